// Bytes per piece: a multiple of 3, so each piece encodes to base64 without padding and the
// pieces join into one valid string; small enough to pass to String.fromCharCode as arguments.
const PIECE_BYTES = 3 * 8192;

/** Chromium's own encoder (Chromium 140 and later), where there is one. */
type NativeBase64 = Uint8Array & { readonly toBase64?: () => string };

/**
 * The bytes in base64: by the platform's encoder when it has one, else piece by piece, so a 50 MB
 * file never goes through one call with millions of arguments, which would overflow the stack.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += PIECE_BYTES) {
    const piece = bytes.subarray(start, start + PIECE_BYTES);
    pieces.push(btoa(String.fromCharCode(...piece)));
  }
  return pieces.join('');
}

/** A chosen file's raw bytes in base64: main works out how its text is encoded. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
