import { z } from 'zod';
import { COLUMN_ROLE_LABELS, type ColumnMapping, type ColumnRole } from '../../domain/aging-report';
import {
  IMPORT_COLUMNS_MAX,
  IMPORT_FILE_MAX_BYTES,
  type ImportChoices,
  type ImportFile,
} from '../../domain/imports';
import type { ImportsRequests } from '../contracts/imports';
import { argumentList, id } from './common';
import type { RequestSchemas } from './request-schemas';

/** Base64 takes four characters for every three bytes. */
const BASE64_MAX_LENGTH = Math.ceil(IMPORT_FILE_MAX_BYTES / 3) * 4;

const fileSchema = z.strictObject({
  name: z.string().trim().min(1).max(260),
  // Only the length is checked here: the import worker checks the characters, off main's event
  // loop, since a pattern over megabytes of text would hold up every other request.
  bytesBase64: z
    .string()
    .max(
      BASE64_MAX_LENGTH,
      `The file is larger than ${IMPORT_FILE_MAX_BYTES / (1024 * 1024)} MB, the most an aging report can be, so it was not read.`,
    ),
}) satisfies z.ZodType<ImportFile>;

const roles = Object.keys(COLUMN_ROLE_LABELS) as [ColumnRole, ...ColumnRole[]];

const mappingSchema = z.strictObject({
  headerLine: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  roles: z.array(z.enum(roles)).max(IMPORT_COLUMNS_MAX),
  dateOrder: z.enum(['month-first', 'day-first']),
  decimalMark: z.enum(['.', ',']),
}) satisfies z.ZodType<ColumnMapping>;

const choicesSchema = z.strictObject({
  mapping: mappingSchema.nullable(),
  isFullReport: z.boolean(),
}) satisfies z.ZodType<ImportChoices>;

export const importsRequestSchemas = {
  'imports:read': argumentList(z.tuple([fileSchema, choicesSchema])),
  'imports:remap': argumentList(z.tuple([id, choicesSchema])),
  'imports:apply': argumentList(z.tuple([id])),
  'imports:cancel': argumentList(z.tuple([id])),
  'imports:discard': argumentList(z.tuple([id])),
} satisfies RequestSchemas<ImportsRequests>;
