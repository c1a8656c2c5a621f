import type { ExportWriter } from './export-writer';

// Backslash-escaped so a reader's Markdown shows them as typed instead of as formatting; a pipe
// would otherwise end the table cell.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]#|~]/g;

/**
 * Text made safe for one Markdown table cell or heading: Markdown punctuation escaped, `&` `<` `>`
 * as entities (so a note holding HTML is shown, never run by a viewer), and line breaks as `<br>`
 * since a cell cannot span lines.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (mark) => `\\${mark}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

export interface MarkdownLayout<C extends string> {
  /** The document's title. */
  readonly title: string;
  /** What one row's section is headed with, as plain text (it is escaped here). */
  readonly heading: (row: Readonly<Record<C, string>>) => string;
}

/**
 * Writes Markdown for people to read: a title, then one section per row with a two-column
 * table of its fields in column order. Empty fields are left out of a section, not the order.
 */
export function createMarkdownWriter<C extends string>(
  columns: readonly C[],
  layout: MarkdownLayout<C>,
): ExportWriter<C> {
  const section = (row: Readonly<Record<C, string>>): string => {
    const lines = [
      `## ${escapeMarkdown(layout.heading(row))}`,
      '',
      '| Field | Value |',
      '| --- | --- |',
    ];
    for (const column of columns) {
      if (row[column] !== '') lines.push(`| ${column} | ${escapeMarkdown(row[column])} |`);
    }
    return `${lines.join('\n')}\n\n`;
  };
  return {
    header: () => `# ${escapeMarkdown(layout.title)}\n\n`,
    rows: (batch) => batch.map(section).join(''),
    footer: () => '',
  };
}
