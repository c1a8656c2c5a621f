import { drawTrayMark, trayIconImages } from '../../../../electron/main/tray/tray-icon';

function pixel(pixels: Uint8Array, size: number, x: number, y: number): number[] {
  const offset = (y * size + x) * 4;
  return [...pixels.subarray(offset, offset + 4)];
}

describe('drawTrayMark', () => {
  it('leaves the corners transparent, so the mark is rounded', () => {
    const pixels = drawTrayMark(16, 'color');

    expect(pixel(pixels, 16, 0, 0)[3]).toBe(0);
    expect(pixel(pixels, 16, 15, 15)[3]).toBe(0);
  });

  it('paints the coloured mark in the app blue, fully opaque inside', () => {
    const pixels = drawTrayMark(32, 'color');

    expect(pixel(pixels, 32, 6, 26)).toEqual([0x1f, 0x5f, 0xbf, 255]);
  });

  it('paints the tick white on the coloured mark', () => {
    const pixels = drawTrayMark(32, 'color');

    expect(pixel(pixels, 32, 14, 21)).toEqual([255, 255, 255, 255]);
  });

  it('draws the template mark in black only, with the tick cut out', () => {
    const pixels = drawTrayMark(32, 'template');
    const colours = new Set<string>();
    for (let offset = 0; offset < pixels.length; offset += 4) {
      colours.add(pixels.subarray(offset, offset + 3).join(','));
    }

    expect([...colours]).toEqual(['0,0,0']);
    expect(pixel(pixels, 32, 6, 26)[3]).toBe(255);
    expect(pixel(pixels, 32, 14, 21)[3]).toBe(0);
  });
});

describe('trayIconImages', () => {
  it('gives a 16 px and a 32 px PNG for 1× and 2× displays', () => {
    const images = trayIconImages('win32');

    expect(images.map(({ scaleFactor, png }) => [scaleFactor, png.readUInt32BE(16)])).toEqual([
      [1, 16],
      [2, 32],
    ]);
  });

  it('uses the template style on macOS and the coloured one elsewhere', () => {
    const mac = trayIconImages('darwin')[0]!.png;
    const windows = trayIconImages('win32')[0]!.png;

    expect(mac.equals(windows)).toBe(false);
    expect(trayIconImages('linux')[0]!.png.equals(windows)).toBe(true);
  });
});
