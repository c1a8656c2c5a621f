import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from '../../../../electron/main/tray/png';

interface Chunk {
  readonly type: string;
  readonly data: Buffer;
  readonly crcMatches: boolean;
}

function chunks(png: Buffer): Chunk[] {
  const found: Chunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    found.push({
      type,
      data,
      crcMatches: crc === crc32(png.subarray(offset + 4, offset + 8 + length)),
    });
    offset += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
  const png = encodePng(2, 2, rgba);

  it('starts with the PNG signature', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('writes a header, the image data and an end, each with a correct checksum', () => {
    const found = chunks(png);

    expect(found.map(({ type }) => type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(found.every(({ crcMatches }) => crcMatches)).toBe(true);
  });

  it('describes a 2×2 8-bit RGBA image', () => {
    const header = chunks(png)[0]!.data;

    expect(header.readUInt32BE(0)).toBe(2);
    expect(header.readUInt32BE(4)).toBe(2);
    expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  });

  it('stores each row unfiltered with the pixels as given', () => {
    const scanlines = inflateSync(chunks(png)[1]!.data);

    expect([...scanlines]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => encodePng(2, 2, new Uint8Array(12))).toThrow(/16 bytes/);
  });
});
