import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The text of a file, or null when it cannot be read (missing, a folder, no permission). */
export function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Whether `file` exists and is a regular file. */
export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The version in a package folder's package.json, or "unknown" when it has none to read. */
export function packageVersionIn(dir: string): string {
  const text = readText(path.join(dir, 'package.json'));
  return (JSON.parse(text ?? '{}') as { version?: string }).version ?? 'unknown';
}
