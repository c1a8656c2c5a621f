import iconv from 'iconv-lite';
import { ReportUnreadableError } from './errors';

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A report file's text and how it was written. */
export interface DecodedReport {
  readonly text: string;
  readonly encoding: ReportEncoding;
  readonly hadBom: boolean;
}

const EMPTY_FILE_MESSAGE = 'The file is empty. Export the aging report again and choose that file.';

const NOT_TEXT_MESSAGE =
  'This file is not a text file, so it cannot be an exported CSV report. Export the aging report as CSV and choose that file.';

/** Well-known binary formats a caller may pick by mistake, by their first bytes. */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message:
      'This looks like an Excel workbook (or another zipped file), not a CSV file. Open it in Excel, save it as "CSV UTF-8", and choose that file.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      'This looks like an older Excel workbook (.xls), not a CSV file. Open it in Excel, save it as "CSV UTF-8", and choose that file.',
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    message:
      'This is a PDF, not a CSV file. Export the aging report from your accounting system as CSV instead.',
  },
];

const SNIFF_BYTES = 4096;
/** A text file has tabs and line breaks, but hardly any other control characters. */
const MAX_CONTROL_SHARE = 0.02;
const CONTROL_SAMPLE_CHARS = 65_536;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * UTF-16 written without a byte-order mark: mostly Latin text leaves every other byte zero.
 * Null when the zeros do not fall in that pattern.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeBytes(bytes: Uint8Array): DecodedReport {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    return { text, encoding: 'utf-8', hadBom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
    return { text, encoding: 'utf-16le', hadBom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    const text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
    return { text, encoding: 'utf-16be', hadBom: true };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, hadBom: false };
  if (bytes.includes(0)) throw new ReportUnreadableError(NOT_TEXT_MESSAGE);
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', hadBom: false };
  } catch {
    // Not UTF-8: European exports are mostly Windows-1252, which every byte sequence decodes as.
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252', hadBom: false };
  }
}

function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
    code === 0x7f
  );
}

function refuseBinaryText(text: string): void {
  const sample = Math.min(text.length, CONTROL_SAMPLE_CHARS);
  let controls = 0;
  for (let index = 0; index < sample; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) throw new ReportUnreadableError(NOT_TEXT_MESSAGE);
    if (isControl(code)) controls += 1;
  }
  if (controls > sample * MAX_CONTROL_SHARE) throw new ReportUnreadableError(NOT_TEXT_MESSAGE);
}

/** Old DOS-era exports end with Ctrl-Z, which would read as one more (broken) row. */
function withoutEndOfFileMarks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The text of a report file: UTF-8 with or without a byte-order mark, UTF-16 (with a mark, or
 * recognisable without one), else Windows-1252. Refuses empty files and files that are not text.
 */
export function decodeReport(bytes: Uint8Array): DecodedReport {
  if (bytes.length === 0) throw new ReportUnreadableError(EMPTY_FILE_MESSAGE);
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (known) throw new ReportUnreadableError(known.message);
  const decoded = decodeBytes(bytes);
  const text = withoutEndOfFileMarks(decoded.text);
  if (text.length === 0) throw new ReportUnreadableError(EMPTY_FILE_MESSAGE);
  refuseBinaryText(text);
  return { ...decoded, text };
}
