import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Real temporary directories for storage tests. Call `make()` in a test or beforeEach and
 * `cleanup()` in afterEach; every directory made is removed.
 */
export function tempDirs(prefix = 'call-coach-test-'): { make(): string; cleanup(): void } {
  const made: string[] = [];
  return {
    make() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
