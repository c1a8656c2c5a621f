import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launch, type InstallResult } from './launch-plan';
import { isFile, packageVersionIn, readText } from './files';

// Entry point of `npm start` (run with tsx): wires the launch plan to the real file system,
// Electron's installer and electron-vite.

const require = createRequire(import.meta.url);
// Resolving package.json finds the package without loading it: loading electron downloads.
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronViteBin = path.join(
  path.dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);
const projectDir = path.resolve(import.meta.dirname, '../..');

function install(): Promise<InstallResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ ok: false, output: error.message }));
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, output }));
  });
}

function runElectronVite(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [electronViteBin, ...args], {
      cwd: projectDir,
      env,
      stdio: 'inherit',
    });
    // Ctrl+C reaches the whole process group; this keeps the launcher alive until the app has
    // closed, and passes on a signal sent to the launcher alone.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`Could not run electron-vite: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 1);
    });
  });
}

const electronVersion = packageVersionIn(electronDir);

const exitCode = await launch({
  platform: process.platform,
  arch: process.arch,
  env: process.env,
  cwd: process.cwd(),
  electronDir,
  electronVersion,
  previewArgs: process.argv.slice(2),
  isFile,
  readText,
  install,
  runElectronVite,
  say: (line) => console.log(line),
  complain: (message) => console.error(message),
});
process.exit(exitCode);
