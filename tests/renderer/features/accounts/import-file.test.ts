import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../../renderer/features/accounts/import-file';

// Node has no Uint8Array.prototype.toBase64 (Chromium does): these run the encoder in pieces.
describe('bytesToBase64', () => {
  it('encodes every byte value as Node does', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);

    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes a file far too long for one call’s arguments, joining its pieces into one string', () => {
    // Spread into String.fromCharCode at once, 5 MB overflows the stack.
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
    for (let index = 0; index < bytes.length; index += 4099) bytes[index] = index % 251;

    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes an empty file as an empty string', () => {
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });

  it('uses the platform’s own encoder when it has one', () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    Object.defineProperty(bytes, 'toBase64', { value: () => 'native' });

    expect(bytesToBase64(bytes)).toBe('native');
  });
});
