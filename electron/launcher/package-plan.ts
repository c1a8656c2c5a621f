import path from 'node:path';
import { executableInDist, findElectron, type ElectronLookupDeps } from './launch-plan';

// The decisions behind `npm run package`, with every effect passed in. electron-builder packages
// a copy of an unpacked Electron; where none is on the machine it would download one, which
// fails offline after a long wait, so this finds one first (as `npm start` does) or stops.

/** The tools `npm run package` runs, in this order. */
export type PackageTool = 'electron-vite' | 'electron-builder';

export interface PackageStep {
  readonly tool: PackageTool;
  readonly args: readonly string[];
}

export type PackagePlan =
  | {
      readonly kind: 'build';
      readonly electronDist: string;
      readonly steps: readonly PackageStep[];
    }
  | { readonly kind: 'refuse'; readonly message: string };

export interface PackageDeps extends ElectronLookupDeps {
  /** Runs one tool with these arguments in this terminal; its exit code. */
  run(tool: PackageTool, args: readonly string[]): Promise<number>;
  /** The one message that explains why nothing is built (stderr). */
  complain(message: string): void;
}

/**
 * The unpacked Electron folder that holds `execPath`, or null when `execPath` is not where an
 * Electron dist keeps its executable (a lone binary without the libraries beside it).
 */
export function distFolderOf(execPath: string, platform: NodeJS.Platform): string | null {
  const executable = executableInDist(platform);
  if (executable === null) return null;
  const suffix = `${path.sep}${path.normalize(executable)}`;
  const normalized = path.normalize(execPath);
  return normalized.endsWith(suffix) ? normalized.slice(0, -suffix.length) : null;
}

function overrideCommand(platform: NodeJS.Platform): string {
  return platform === 'win32'
    ? '$env:ELECTRON_OVERRIDE_DIST_PATH="C:\\path\\to\\unpacked\\electron\\dist"; npm run package'
    : 'ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked/electron/dist npm run package';
}

function noElectronMessage(deps: ElectronLookupDeps): string {
  const target = `${deps.platform}-${deps.arch}`;
  return [
    `npm run package needs an unpacked Electron ${deps.electronVersion} for ${target}, and there is none on this machine: ${path.join(deps.electronDir, 'dist')} holds no Electron until its binary has been downloaded once.`,
    'Two ways to get one:',
    '  - On a machine with network access, run `npx install-electron` (or `npm start`) once, then npm run package again.',
    `  - Or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${deps.electronVersion} for ${target}:`,
    `      ${overrideCommand(deps.platform)}`,
  ].join('\n');
}

function loneExecutableMessage(execPath: string, platform: NodeJS.Platform): string {
  return [
    `ELECTRON_EXEC_PATH is set to ${execPath}, but electron-builder needs the whole unpacked Electron folder, not only its executable.`,
    `Set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds ${executableInDist(platform) ?? 'the executable'} instead.`,
  ].join('\n');
}

/** What `npm run package` will do on this machine: build with this Electron, or refuse and why. */
export function planPackage(deps: ElectronLookupDeps): PackagePlan {
  const lookup = findElectron(deps);
  if (lookup.kind === 'not-installed') return { kind: 'refuse', message: noElectronMessage(deps) };
  if (lookup.kind === 'unusable') return { kind: 'refuse', message: lookup.message };
  const electronDist = distFolderOf(lookup.execPath, deps.platform);
  if (electronDist === null) {
    return { kind: 'refuse', message: loneExecutableMessage(lookup.execPath, deps.platform) };
  }
  return {
    kind: 'build',
    electronDist,
    steps: [
      { tool: 'electron-vite', args: ['build'] },
      // `--dir`: the unpacked app for this platform and architecture, which needs no tool from
      // the network; installers are built with `electron-builder --win/--mac/--linux`.
      { tool: 'electron-builder', args: ['--dir', `--config.electronDist=${electronDist}`] },
    ],
  };
}

/**
 * `npm run package`: builds the app, then packages it unpacked with the Electron found. Resolves
 * to the exit code: the first failing step's, or 1 after one plain message when there is no
 * Electron to package.
 */
export async function runPackage(deps: PackageDeps): Promise<number> {
  const plan = planPackage(deps);
  if (plan.kind === 'refuse') {
    deps.complain(plan.message);
    return 1;
  }
  for (const step of plan.steps) {
    const code = await deps.run(step.tool, step.args);
    if (code !== 0) return code;
  }
  return 0;
}
