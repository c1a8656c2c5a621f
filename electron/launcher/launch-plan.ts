import path from 'node:path';

// The decisions behind `npm start`, with every effect passed in. It runs in plain Node before
// any Electron binary exists, so it never imports electron (requiring it starts a download).

/** The Electron zip for one platform weighs about this much (it varies by platform and release). */
export const DOWNLOAD_SIZE_MB = 100;

export type InstallResult = { readonly ok: true } | { readonly ok: false; readonly output: string };

export interface LaunchDeps {
  readonly platform: NodeJS.Platform;
  readonly arch: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where relative ELECTRON_OVERRIDE_DIST_PATH and ELECTRON_EXEC_PATH are resolved from. */
  readonly cwd: string;
  /** The installed `electron` package folder (it holds install.js, path.txt and dist/). */
  readonly electronDir: string;
  readonly electronVersion: string;
  /** What came after `npm start --`, for `electron-vite preview` (`--noSandbox`, say). */
  readonly previewArgs: readonly string[];
  isFile(file: string): boolean;
  /** A file's text, or null when it cannot be read. */
  readText(file: string): string | null;
  /** Runs Electron's own installer (download, checksum check, unpack) with its output captured. */
  install(): Promise<InstallResult>;
  /** Runs electron-vite with these arguments and environment in this terminal; its exit code. */
  runElectronVite(
    args: readonly string[],
    env: Readonly<Record<string, string | undefined>>,
  ): Promise<number>;
  /** A line of progress for the user (stdout). */
  say(line: string): void;
  /** The one message that explains why nothing starts (stderr). */
  complain(message: string): void;
}

/** What finding an Electron needs: the machine and its files, none of the effects of starting. */
export type ElectronLookupDeps = Pick<
  LaunchDeps,
  'platform' | 'arch' | 'env' | 'cwd' | 'electronDir' | 'electronVersion' | 'isFile' | 'readText'
>;

export type ElectronFound = { readonly kind: 'found'; readonly execPath: string };
export type ElectronUnusable = { readonly kind: 'unusable'; readonly message: string };
export type ElectronLookup = ElectronFound | ElectronUnusable | { readonly kind: 'not-installed' };

/** Where the executable sits in an unpacked Electron dist folder (as Electron's installer says). */
export function executableInDist(platform: NodeJS.Platform): string | null {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

function overrideCommand(platform: NodeJS.Platform): string {
  return platform === 'win32'
    ? '$env:ELECTRON_OVERRIDE_DIST_PATH="C:\\path\\to\\unpacked\\electron\\dist"; npm start'
    : 'ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked/electron/dist npm start';
}

/** The Electron executable `npm start` will run, if one is already on this machine. */
export function findElectron(deps: ElectronLookupDeps): ElectronLookup {
  const override = deps.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = executableInDist(deps.platform);
    if (executable === null) {
      return {
        kind: 'unusable',
        message: `Electron does not run on this platform (${deps.platform}).`,
      };
    }
    const distDir = path.resolve(deps.cwd, override);
    const execPath = path.join(distDir, executable);
    if (deps.isFile(execPath)) return { kind: 'found', execPath };
    return {
      kind: 'unusable',
      message: [
        `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron executable in it.`,
        `Expected ${execPath}: point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${deps.electronVersion} dist folder for ${deps.platform}-${deps.arch}, the folder that holds ${executable}.`,
      ].join('\n'),
    };
  }
  // electron-vite's own variable for the executable itself, honoured as electron-vite would.
  const givenExecPath = deps.env.ELECTRON_EXEC_PATH;
  if (givenExecPath) {
    const execPath = path.resolve(deps.cwd, givenExecPath);
    if (deps.isFile(execPath)) return { kind: 'found', execPath };
    return {
      kind: 'unusable',
      message: `ELECTRON_EXEC_PATH is set to ${givenExecPath}, but there is no file there. Point it at the Electron executable, or unset it.`,
    };
  }
  // Electron's installer writes path.txt only after it has unpacked the binary.
  const installedAs = deps.readText(path.join(deps.electronDir, 'path.txt'))?.trim();
  if (installedAs) {
    const execPath = path.join(deps.electronDir, 'dist', installedAs);
    if (deps.isFile(execPath)) return { kind: 'found', execPath };
  }
  return { kind: 'not-installed' };
}

/** The installer's own reason in one line: the error message, without its stack. */
export function installerReason(output: string): string | null {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at '));
  if (line === undefined) return null;
  const reason = line.replace(/^[A-Za-z]*Error:\s*/, '');
  return reason.length > 200 ? `${reason.slice(0, 200)}…` : reason;
}

function downloadFailedMessage(deps: LaunchDeps, output: string): string {
  const expected = path.join(
    deps.electronDir,
    'dist',
    executableInDist(deps.platform) ?? 'electron',
  );
  const reason = installerReason(output);
  return [
    `Call Coach cannot start: the Electron ${deps.electronVersion} binary for ${deps.platform}-${deps.arch} is not installed (expected ${expected}), and downloading it failed${reason ? ` (${reason})` : ''}.`,
    'Two ways out:',
    `  - Connect to the network and run npm start again. Electron is downloaded once (about ${DOWNLOAD_SIZE_MB} MB) and checked against the checksums shipped in node_modules/electron.`,
    `  - Or use an Electron ${deps.electronVersion} you already have unpacked:`,
    `      ${overrideCommand(deps.platform)}`,
  ].join('\n');
}

async function ensureElectron(deps: LaunchDeps): Promise<ElectronFound | ElectronUnusable> {
  const lookup = findElectron(deps);
  if (lookup.kind !== 'not-installed') return lookup;
  deps.say(
    `Downloading Electron ${deps.electronVersion} (one time, about ${DOWNLOAD_SIZE_MB} MB)…`,
  );
  const result = await deps.install();
  const after = result.ok ? findElectron(deps) : lookup;
  if (after.kind === 'found') return after;
  return { kind: 'unusable', message: downloadFailedMessage(deps, result.ok ? '' : result.output) };
}

/**
 * `npm start`: finds or fetches the Electron binary, then builds once and starts the app with it.
 * Resolves to the exit code; when no binary can be had, that is 1 after one plain message.
 */
export async function launch(deps: LaunchDeps): Promise<number> {
  const electron = await ensureElectron(deps);
  if (electron.kind === 'unusable') {
    deps.complain(electron.message);
    return 1;
  }
  // electron-vite runs the executable named here instead of looking for path.txt.
  const env = { ...deps.env, ELECTRON_EXEC_PATH: electron.execPath };
  const built = await deps.runElectronVite(['build'], env);
  if (built !== 0) return built;
  return deps.runElectronVite(['preview', '--skipBuild', ...deps.previewArgs], env);
}
