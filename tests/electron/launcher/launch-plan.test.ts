import {
  executableInDist,
  findElectron,
  installerReason,
  launch,
  type InstallResult,
  type LaunchDeps,
} from '../../../electron/launcher/launch-plan';

const electronDir = '/project/node_modules/electron';
const installedBinary = `${electronDir}/dist/electron`;

// What Electron's installer prints when the download cannot reach the network.
const offlineOutput = [
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:14976:13',
  '    at async FetchDownloader.download (file:///project/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
  '    at async downloadArtifact (file:///project/node_modules/@electron/get/dist/index.js:154:12)',
  '',
].join('\n');

interface FakeMachine {
  readonly deps: LaunchDeps;
  readonly files: Map<string, string>;
  readonly said: string[];
  readonly complaints: string[];
  readonly runs: { args: readonly string[]; env: Readonly<Record<string, string | undefined>> }[];
  installs: number;
}

interface MachineOptions {
  readonly platform?: NodeJS.Platform;
  readonly env?: Record<string, string | undefined>;
  readonly files?: Record<string, string>;
  /** What the installer does: unpacks the binary (and writes path.txt), or fails. */
  readonly installer?: 'unpacks' | { readonly fails: string };
  /** Exit codes electron-vite returns, one per run, in order (0 when none is left). */
  readonly exitCodes?: number[];
  readonly previewArgs?: string[];
}

function fakeMachine(options: MachineOptions = {}): FakeMachine {
  const files = new Map(Object.entries(options.files ?? {}));
  const exitCodes = [...(options.exitCodes ?? [])];
  const machine: FakeMachine = {
    files,
    said: [],
    complaints: [],
    runs: [],
    installs: 0,
    deps: {
      platform: options.platform ?? 'linux',
      arch: 'x64',
      env: { PATH: '/usr/bin', ...options.env },
      cwd: '/project',
      electronDir,
      electronVersion: '45.4.1',
      previewArgs: options.previewArgs ?? [],
      isFile: (file) => files.has(file),
      readText: (file) => files.get(file) ?? null,
      install: (): Promise<InstallResult> => {
        machine.installs += 1;
        const installer = options.installer ?? 'unpacks';
        if (installer !== 'unpacks') return Promise.resolve({ ok: false, output: installer.fails });
        files.set(`${electronDir}/path.txt`, 'electron');
        files.set(installedBinary, '');
        return Promise.resolve({ ok: true });
      },
      runElectronVite: (args, env) => {
        machine.runs.push({ args, env });
        return Promise.resolve(exitCodes.shift() ?? 0);
      },
      say: (line) => machine.said.push(line),
      complain: (message) => machine.complaints.push(message),
    },
  };
  return machine;
}

const installed = { [`${electronDir}/path.txt`]: 'electron', [installedBinary]: '' };

describe('executableInDist', () => {
  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ] as const)('names the %s executable %s', (platform, executable) => {
    expect(executableInDist(platform)).toBe(executable);
  });

  it('names none for a platform Electron is not built for', () => {
    expect(executableInDist('aix')).toBeNull();
  });
});

describe('launch: the binary is installed', () => {
  it('starts without downloading anything', async () => {
    const machine = fakeMachine({ files: installed });

    const code = await launch(machine.deps);

    expect(code).toBe(0);
    expect(machine.installs).toBe(0);
    expect(machine.said).toEqual([]);
    expect(machine.complaints).toEqual([]);
  });

  it('builds once, then previews without building again', async () => {
    const machine = fakeMachine({ files: installed });

    await launch(machine.deps);

    expect(machine.runs.map((run) => run.args)).toEqual([['build'], ['preview', '--skipBuild']]);
  });

  it('tells electron-vite which executable to run and keeps the rest of the environment', async () => {
    const machine = fakeMachine({ files: installed });

    await launch(machine.deps);

    for (const run of machine.runs) {
      expect(run.env).toMatchObject({ ELECTRON_EXEC_PATH: installedBinary, PATH: '/usr/bin' });
    }
  });

  it('passes the arguments given after npm start -- on to the preview', async () => {
    const machine = fakeMachine({ files: installed, previewArgs: ['--noSandbox'] });

    await launch(machine.deps);

    expect(machine.runs.map((run) => run.args)).toEqual([
      ['build'],
      ['preview', '--skipBuild', '--noSandbox'],
    ]);
  });

  it('forwards the exit code of the app', async () => {
    const machine = fakeMachine({ files: installed, exitCodes: [0, 3] });

    expect(await launch(machine.deps)).toBe(3);
  });

  it('does not start the app when the build fails', async () => {
    const machine = fakeMachine({ files: installed, exitCodes: [2] });

    const code = await launch(machine.deps);

    expect(code).toBe(2);
    expect(machine.runs.map((run) => run.args)).toEqual([['build']]);
  });

  it('downloads when path.txt names a binary that is not there', async () => {
    const machine = fakeMachine({ files: { [`${electronDir}/path.txt`]: 'electron' } });

    await launch(machine.deps);

    expect(machine.installs).toBe(1);
  });
});

describe('launch: the binary is missing and the download works', () => {
  it('says it is downloading Electron once, and how much', async () => {
    const machine = fakeMachine();

    await launch(machine.deps);

    expect(machine.said).toEqual(['Downloading Electron 45.4.1 (one time, about 100 MB)…']);
  });

  it('runs the installer once, then builds and starts with the binary it unpacked', async () => {
    const machine = fakeMachine();

    const code = await launch(machine.deps);

    expect(code).toBe(0);
    expect(machine.installs).toBe(1);
    expect(machine.runs.map((run) => run.args)).toEqual([['build'], ['preview', '--skipBuild']]);
    expect(machine.runs[1]?.env.ELECTRON_EXEC_PATH).toBe(installedBinary);
    expect(machine.complaints).toEqual([]);
  });
});

describe('launch: the binary is missing and the download fails', () => {
  async function launchOffline(options: MachineOptions = {}) {
    const machine = fakeMachine({ installer: { fails: offlineOutput }, ...options });
    const code = await launch(machine.deps);
    return { machine, code, message: machine.complaints.join('\n') };
  }

  it('exits non-zero without building or starting anything', async () => {
    const { machine, code } = await launchOffline();

    expect(code).toBe(1);
    expect(machine.runs).toEqual([]);
  });

  it('prints one message', async () => {
    const { machine } = await launchOffline();

    expect(machine.complaints).toHaveLength(1);
  });

  it('says what is missing and where it was expected', async () => {
    const { message } = await launchOffline();

    expect(message).toContain('Electron 45.4.1 binary for linux-x64 is not installed');
    expect(message).toContain(installedBinary);
  });

  it("gives the installer's reason without its stack trace", async () => {
    const { message } = await launchOffline();

    expect(message).toContain('(fetch failed)');
    expect(message).not.toMatch(/^\s+at /m);
    expect(message).not.toContain('TypeError');
    expect(message).not.toContain('FetchDownloader');
  });

  it('names both ways out: the network, or an unpacked Electron', async () => {
    const { message } = await launchOffline();

    expect(message).toMatch(/network/i);
    expect(message).toContain(
      'ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked/electron/dist npm start',
    );
  });

  it('shows the PowerShell form of the way out on Windows', async () => {
    const { message } = await launchOffline({ platform: 'win32' });

    expect(message).toContain('$env:ELECTRON_OVERRIDE_DIST_PATH=');
    expect(message).toContain(`${electronDir}/dist/electron.exe`);
  });

  it('still says what is missing when the installer gives no reason', async () => {
    const { message, code } = await launchOffline({ installer: { fails: '' } });

    expect(code).toBe(1);
    expect(message).toContain('downloading it failed.');
  });
});

describe('launch: ELECTRON_OVERRIDE_DIST_PATH is set', () => {
  const distDir = '/opt/electron-45/dist';

  it('runs the executable in that folder without downloading', async () => {
    const machine = fakeMachine({
      env: { ELECTRON_OVERRIDE_DIST_PATH: distDir },
      files: { [`${distDir}/electron`]: '' },
    });

    const code = await launch(machine.deps);

    expect(code).toBe(0);
    expect(machine.installs).toBe(0);
    expect(machine.runs.map((run) => run.env.ELECTRON_EXEC_PATH)).toEqual([
      `${distDir}/electron`,
      `${distDir}/electron`,
    ]);
  });

  it('looks for the macOS app bundle on macOS', async () => {
    const executable = `${distDir}/Electron.app/Contents/MacOS/Electron`;
    const machine = fakeMachine({
      platform: 'darwin',
      env: { ELECTRON_OVERRIDE_DIST_PATH: distDir },
      files: { [executable]: '' },
    });

    await launch(machine.deps);

    expect(machine.runs[0]?.env.ELECTRON_EXEC_PATH).toBe(executable);
  });

  it('resolves a relative folder from where npm start runs', async () => {
    const machine = fakeMachine({
      env: { ELECTRON_OVERRIDE_DIST_PATH: 'vendor/electron' },
      files: { '/project/vendor/electron/electron': '' },
    });

    await launch(machine.deps);

    expect(machine.runs[0]?.env.ELECTRON_EXEC_PATH).toBe('/project/vendor/electron/electron');
  });

  it('says what it expected where when the folder holds no executable, and stops', async () => {
    const machine = fakeMachine({
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/home/me/Downloads' },
      files: installed,
    });

    const code = await launch(machine.deps);

    expect(code).toBe(1);
    expect(machine.installs).toBe(0);
    expect(machine.runs).toEqual([]);
    expect(machine.complaints).toHaveLength(1);
    expect(machine.complaints[0]).toContain(
      'ELECTRON_OVERRIDE_DIST_PATH is set to /home/me/Downloads',
    );
    expect(machine.complaints[0]).toContain('Expected /home/me/Downloads/electron');
  });
});

describe('findElectron: ELECTRON_EXEC_PATH is set', () => {
  it('takes the executable it names', () => {
    const machine = fakeMachine({
      env: { ELECTRON_EXEC_PATH: '/opt/electron/electron' },
      files: { '/opt/electron/electron': '' },
    });

    expect(findElectron(machine.deps)).toEqual({
      kind: 'found',
      execPath: '/opt/electron/electron',
    });
  });

  it('refuses a path with no file, rather than downloading another Electron', () => {
    const machine = fakeMachine({ env: { ELECTRON_EXEC_PATH: '/opt/nothing/electron' } });

    expect(findElectron(machine.deps)).toMatchObject({ kind: 'unusable' });
  });
});

describe('installerReason', () => {
  it('keeps the error message and drops the stack', () => {
    expect(installerReason(offlineOutput)).toBe('fetch failed');
  });

  it('keeps a checksum mismatch as the installer words it', () => {
    const output =
      'Error: Generated checksum for "electron-v45.4.1-linux-x64.zip" did not match expected checksum.\n    at validateArtifact (file:///x.js:1:1)\n';

    expect(installerReason(output)).toBe(
      'Generated checksum for "electron-v45.4.1-linux-x64.zip" did not match expected checksum.',
    );
  });

  it('gives none for empty output', () => {
    expect(installerReason('\n')).toBeNull();
  });
});
