import { readFileSync, statSync } from 'node:fs';

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
