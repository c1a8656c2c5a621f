import iconv from 'iconv-lite';
import { decodeReport } from '../../../../../../electron/main/modules/imports/aging-report/decode';
import { ReportUnreadableError } from '../../../../../../electron/main/modules/imports/aging-report/errors';

const TEXT = 'Customer,Balance\nMüller GmbH,"1.234,56 €"\n';

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

function utf16be(text: string): Uint8Array {
  return utf16le(text).map((_, index, bytes) => bytes[index ^ 1] ?? 0);
}

function refusal(bytes: Uint8Array): string {
  try {
    decodeReport(bytes);
  } catch (error) {
    if (error instanceof ReportUnreadableError) return error.message;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('decodeReport', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeReport(new TextEncoder().encode(TEXT))).toEqual({
      text: TEXT,
      encoding: 'utf-8',
      hadBom: false,
    });
  });

  it('reads UTF-8 with the byte-order mark Excel adds, and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);

    expect(decodeReport(bytes)).toEqual({ text: TEXT, encoding: 'utf-8', hadBom: true });
  });

  it('reads UTF-16 little-endian with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16le(TEXT)]);

    expect(decodeReport(bytes)).toEqual({ text: TEXT, encoding: 'utf-16le', hadBom: true });
  });

  it('reads UTF-16 big-endian with a byte-order mark', () => {
    const bytes = new Uint8Array([0xfe, 0xff, ...utf16be(TEXT)]);

    expect(decodeReport(bytes)).toEqual({ text: TEXT, encoding: 'utf-16be', hadBom: true });
  });

  it('recognises UTF-16 written without a byte-order mark by its zero bytes', () => {
    expect(decodeReport(utf16le(TEXT))).toEqual({
      text: TEXT,
      encoding: 'utf-16le',
      hadBom: false,
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, euro sign included', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, 'win1252'));

    expect(decodeReport(bytes)).toEqual({ text: TEXT, encoding: 'windows-1252', hadBom: false });
  });

  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array())).toMatch(/^The file is empty\./);
  });

  it('refuses a file that holds only a byte-order mark', () => {
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatch(/^The file is empty\./);
  });

  it('refuses a binary file with zero bytes in it', () => {
    const bytes = new Uint8Array([0x43, 0x75, 0x73, 0x74, 0x00, 0x01, 0x02, 0x00, 0x41, 0x42]);

    expect(refusal(bytes)).toMatch(/not a text file/);
  });

  it('refuses a file full of control characters', () => {
    const bytes = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x07 : 0x41));

    expect(refusal(bytes)).toMatch(/not a text file/);
  });

  it('tells an Excel workbook chosen by mistake to be saved as CSV first', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

    expect(refusal(bytes)).toMatch(/Excel workbook.*save it as "CSV UTF-8"/);
  });

  it('drops the Ctrl-Z that old exports end with', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(TEXT), 0x1a]);

    expect(decodeReport(bytes).text).toBe(TEXT);
  });

  it('keeps tabs, line breaks and form feeds, which text files have', () => {
    const text = 'A\tB\r\nC\fD\n';

    expect(decodeReport(new TextEncoder().encode(text)).text).toBe(text);
  });
});
