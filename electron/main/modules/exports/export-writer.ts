import type { ExportFormat } from '../../../../shared/domain/exports';
import { createCsvWriter } from './csv-writer';
import { createJsonWriter } from './json-writer';
import { createMarkdownWriter, type MarkdownLayout } from './markdown-writer';

/**
 * Turns rows into one format's text in pieces: the header, any number of batches, the footer.
 * Joined in order, the pieces are the whole file, however the rows were batched.
 */
export interface ExportWriter<C extends string> {
  header(): string;
  rows(batch: readonly Readonly<Record<C, string>>[]): string;
  footer(): string;
}

/** A fresh writer in `format` for rows of `columns` (one per export: JSON's keeps state). */
export function createExportWriter<C extends string>(
  format: ExportFormat,
  columns: readonly C[],
  markdown: MarkdownLayout<C>,
): ExportWriter<C> {
  switch (format) {
    case 'csv':
      return { ...createCsvWriter(columns), footer: () => '' };
    case 'markdown':
      return createMarkdownWriter(columns, markdown);
    case 'json':
      return createJsonWriter(columns);
  }
}
