import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runPackage, type PackageTool } from './package-plan';
import { isFile, packageVersionIn, readText } from './files';

// Entry point of `npm run package` (run with tsx): wires the package plan to the real file
// system, electron-vite and electron-builder.

const require = createRequire(import.meta.url);
// Resolving package.json finds the package without loading it: loading electron downloads.
const electronDir = path.dirname(require.resolve('electron/package.json'));
const projectDir = path.resolve(import.meta.dirname, '../..');
const toolScripts: Readonly<Record<PackageTool, string>> = {
  'electron-vite': path.join(
    path.dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  ),
  'electron-builder': path.join(
    path.dirname(require.resolve('electron-builder/package.json')),
    'cli.js',
  ),
};

function run(tool: PackageTool, args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [toolScripts[tool], ...args], {
      cwd: projectDir,
      stdio: 'inherit',
    });
    child.on('error', (error) => {
      console.error(`Could not run ${tool}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const electronVersion = packageVersionIn(electronDir);

const exitCode = await runPackage({
  platform: process.platform,
  arch: process.arch,
  env: process.env,
  cwd: process.cwd(),
  electronDir,
  electronVersion,
  isFile,
  readText,
  run,
  complain: (message) => console.error(message),
});
process.exit(exitCode);
