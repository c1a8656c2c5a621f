import {
  distFolderOf,
  planPackage,
  runPackage,
  type PackageDeps,
  type PackageTool,
} from '../../../electron/launcher/package-plan';

const electronDir = '/project/node_modules/electron';

interface FakeMachine {
  readonly deps: PackageDeps;
  readonly runs: { tool: PackageTool; args: readonly string[] }[];
  readonly complaints: string[];
}

interface MachineOptions {
  readonly platform?: NodeJS.Platform;
  readonly env?: Record<string, string | undefined>;
  readonly files?: Record<string, string>;
  /** Exit codes the tools return, one per run, in order (0 when none is left). */
  readonly exitCodes?: number[];
}

function fakeMachine(options: MachineOptions = {}): FakeMachine {
  const files = new Map(Object.entries(options.files ?? {}));
  const exitCodes = [...(options.exitCodes ?? [])];
  const machine: FakeMachine = {
    runs: [],
    complaints: [],
    deps: {
      platform: options.platform ?? 'linux',
      arch: 'x64',
      env: { PATH: '/usr/bin', ...options.env },
      cwd: '/project',
      electronDir,
      electronVersion: '45.4.1',
      isFile: (file) => files.has(file),
      readText: (file) => files.get(file) ?? null,
      run: (tool, args) => {
        machine.runs.push({ tool, args });
        return Promise.resolve(exitCodes.shift() ?? 0);
      },
      complain: (message) => machine.complaints.push(message),
    },
  };
  return machine;
}

const downloaded = {
  [`${electronDir}/path.txt`]: 'electron',
  [`${electronDir}/dist/electron`]: '',
};

describe('distFolderOf', () => {
  it.each([
    ['linux', '/opt/electron/dist/electron', '/opt/electron/dist'],
    ['darwin', '/opt/electron/Electron.app/Contents/MacOS/Electron', '/opt/electron'],
  ] as const)('finds the %s dist folder around its executable', (platform, execPath, folder) => {
    expect(distFolderOf(execPath, platform)).toBe(folder);
  });

  it('gives none for an executable that does not sit in a dist folder', () => {
    expect(distFolderOf('/usr/local/bin/my-electron', 'linux')).toBeNull();
  });
});

describe('planPackage', () => {
  it("packages with Electron's own dist once its binary has been downloaded", () => {
    const plan = planPackage(fakeMachine({ files: downloaded }).deps);

    expect(plan).toEqual({
      kind: 'build',
      electronDist: `${electronDir}/dist`,
      steps: [
        { tool: 'electron-vite', args: ['build'] },
        {
          tool: 'electron-builder',
          args: ['--dir', `--config.electronDist=${electronDir}/dist`],
        },
      ],
    });
  });

  it('packages with the folder ELECTRON_OVERRIDE_DIST_PATH names, resolved from where it runs', () => {
    const machine = fakeMachine({
      env: { ELECTRON_OVERRIDE_DIST_PATH: 'vendor/electron' },
      files: { ...downloaded, '/project/vendor/electron/electron': '' },
    });

    expect(planPackage(machine.deps)).toMatchObject({
      kind: 'build',
      electronDist: '/project/vendor/electron',
    });
  });

  it('packages with the dist folder around ELECTRON_EXEC_PATH', () => {
    const machine = fakeMachine({
      env: { ELECTRON_EXEC_PATH: '/opt/electron-45/electron' },
      files: { '/opt/electron-45/electron': '' },
    });

    expect(planPackage(machine.deps)).toMatchObject({
      kind: 'build',
      electronDist: '/opt/electron-45',
    });
  });

  it('refuses an ELECTRON_EXEC_PATH that is a lone executable, naming the variable to use', () => {
    const machine = fakeMachine({
      env: { ELECTRON_EXEC_PATH: '/usr/local/bin/my-electron' },
      files: { '/usr/local/bin/my-electron': '' },
    });

    const plan = planPackage(machine.deps);

    expect(plan.kind).toBe('refuse');
    expect(plan.kind === 'refuse' && plan.message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('refuses an ELECTRON_OVERRIDE_DIST_PATH without an Electron in it, saying what it expected', () => {
    const machine = fakeMachine({
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/home/me/Downloads' },
      files: downloaded,
    });

    const plan = planPackage(machine.deps);

    expect(plan.kind).toBe('refuse');
    expect(plan.kind === 'refuse' && plan.message).toContain(
      'Expected /home/me/Downloads/electron',
    );
  });
});

describe('runPackage: there is no Electron on the machine', () => {
  it('exits non-zero without running any tool', async () => {
    const machine = fakeMachine();

    expect(await runPackage(machine.deps)).toBe(1);
    expect(machine.runs).toEqual([]);
  });

  it('says plainly what it needs, where it looked, and both ways to get it, in one message', async () => {
    const machine = fakeMachine();

    await runPackage(machine.deps);

    expect(machine.complaints).toHaveLength(1);
    const [message] = machine.complaints;
    expect(message).toContain('needs an unpacked Electron 45.4.1 for linux-x64');
    expect(message).toContain(`${electronDir}/dist`);
    expect(message).toContain('npx install-electron');
    expect(message).toContain(
      'ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked/electron/dist npm run package',
    );
    expect(message).not.toMatch(/^\s+at /m);
  });

  it('shows the PowerShell form of the override on Windows', async () => {
    const machine = fakeMachine({ platform: 'win32' });

    await runPackage(machine.deps);

    expect(machine.complaints[0]).toContain('$env:ELECTRON_OVERRIDE_DIST_PATH=');
  });

  it('does not take a path.txt whose binary is missing for an Electron', async () => {
    const machine = fakeMachine({ files: { [`${electronDir}/path.txt`]: 'electron' } });

    expect(await runPackage(machine.deps)).toBe(1);
    expect(machine.runs).toEqual([]);
  });
});

describe('runPackage: an Electron is there', () => {
  it('builds the app, then packages it unpacked with that Electron', async () => {
    const machine = fakeMachine({ files: downloaded });

    expect(await runPackage(machine.deps)).toBe(0);
    expect(machine.runs.map((run) => run.tool)).toEqual(['electron-vite', 'electron-builder']);
    expect(machine.complaints).toEqual([]);
  });

  it('does not package when the build fails, and passes its exit code on', async () => {
    const machine = fakeMachine({ files: downloaded, exitCodes: [2] });

    expect(await runPackage(machine.deps)).toBe(2);
    expect(machine.runs.map((run) => run.tool)).toEqual(['electron-vite']);
  });

  it("passes electron-builder's exit code on", async () => {
    const machine = fakeMachine({ files: downloaded, exitCodes: [0, 7] });

    expect(await runPackage(machine.deps)).toBe(7);
  });
});
