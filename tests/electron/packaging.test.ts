import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The electron-builder configuration (package.json "build"), checked against electron-builder's
// own schema and its own file matcher: the installers themselves can only be built on a machine
// with network access, so what can be proved here is proved here.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface TargetEntry {
  readonly target: string;
  readonly arch: readonly string[];
}

interface PlatformOptions {
  readonly target: readonly TargetEntry[];
  readonly files?: readonly string[];
  readonly icon?: string;
  readonly artifactName?: string;
  readonly [key: string]: unknown;
}

interface BuildConfig {
  readonly appId: string;
  readonly productName: string;
  readonly icon: string;
  readonly npmRebuild: boolean;
  readonly directories: { readonly output: string; readonly buildResources: string };
  readonly files: readonly string[];
  readonly asarUnpack: readonly string[];
  readonly electronFuses?: Readonly<Record<string, unknown>>;
  readonly linux: PlatformOptions & { readonly maintainer: string; readonly description: string };
  readonly mac: PlatformOptions;
  readonly win: PlatformOptions;
  readonly dmg: { readonly artifactName: string };
  readonly nsis: Readonly<Record<string, unknown>>;
  readonly deb: Readonly<Record<string, unknown>>;
}

interface SchemaNode {
  readonly $ref?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode | readonly SchemaNode[];
}

interface BuilderSchema extends SchemaNode {
  readonly definitions: Readonly<Record<string, SchemaNode>>;
}

/** electron-builder's matcher of one `files` set (app-builder-lib/out/fileMatcher). */
interface FileMatcher {
  readonly patterns: readonly string[];
  createFilter(): (file: string, stat: Stats & { moduleFullFilePath?: string }) => boolean;
}

interface FileMatcherModule {
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: PlatformOptions,
    packager: { readonly config: BuildConfig; readonly debugLogger: { isEnabled: boolean } },
  ): FileMatcher;
  getFileMatchers(
    config: BuildConfig,
    name: 'asarUnpack',
    destination: string,
    options: {
      readonly macroExpander: (pattern: string) => string;
      readonly customBuildOptions: PlatformOptions;
      readonly globalOutDir: string;
      readonly defaultSrc: string;
    },
  ): FileMatcher[] | null;
}

interface MacroExpanderModule {
  expandMacro(
    pattern: string,
    arch: string | null,
    appInfo: Readonly<Record<string, string>>,
    extra: Readonly<Record<string, string>>,
  ): string;
}

const root = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  readonly name: string;
  readonly build: BuildConfig;
};
const build = packageJson.build;
const fuses = build.electronFuses ?? {};

const require = createRequire(import.meta.url);
const appBuilderDir = path.dirname(require.resolve('app-builder-lib/package.json'));
const schema = JSON.parse(
  readFileSync(path.join(appBuilderDir, 'scheme.json'), 'utf8'),
) as BuilderSchema;
const fileMatchers = require(path.join(appBuilderDir, 'out/fileMatcher.js')) as FileMatcherModule;
const macros = require(
  path.join(appBuilderDir, 'out/util/macroExpander.js'),
) as MacroExpanderModule;

const SQLITE_DIR = 'node_modules/@photostructure/sqlite';

/** The installers this project ships, one per platform and architecture. */
const targets = [
  { os: 'linux', platform: 'linux', arch: 'x64', installers: ['AppImage', 'deb'] },
  { os: 'win', platform: 'win32', arch: 'x64', installers: ['nsis'] },
  { os: 'mac', platform: 'darwin', arch: 'x64', installers: ['dmg'] },
  { os: 'mac', platform: 'darwin', arch: 'arm64', installers: ['dmg'] },
] as const;

type Target = (typeof targets)[number];

function resolveRef(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const resolved = schema.definitions[name];
  if (!resolved) throw new Error(`scheme.json has no definition ${name}`);
  return resolveRef(resolved);
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The keys in `value` that `node` does not declare, as paths. Where the schema allows several
 * shapes, the one that fits best decides: electron-builder takes the first shape that validates.
 */
function unknownKeys(value: Json, node: SchemaNode, at: string): string[] {
  const resolved = resolveRef(node);
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  if (alternatives) {
    const shaped = alternatives
      .map(resolveRef)
      .filter((branch) =>
        Array.isArray(value)
          ? branch.items !== undefined
          : isObject(value) && branch.properties !== undefined,
      );
    const results = shaped.map((branch) => unknownKeys(value, branch, at));
    return results.sort((a, b) => a.length - b.length)[0] ?? [];
  }
  if (Array.isArray(value)) {
    const items = resolved.items;
    if (items === undefined || Array.isArray(items)) return [];
    return value.flatMap((item, index) =>
      unknownKeys(item, items as SchemaNode, `${at}[${index}]`),
    );
  }
  if (!isObject(value) || resolved.properties === undefined) return [];
  const properties = resolved.properties;
  return Object.entries(value).flatMap(([key, child]) => {
    const declared = properties[key];
    if (declared) return unknownKeys(child, declared, `${at}.${key}`);
    const extra = resolved.additionalProperties;
    if (typeof extra === 'object') return unknownKeys(child, extra, `${at}.${key}`);
    return extra === true ? [] : [`${at}.${key}`];
  });
}

/** A PNG's pixel size, from its IHDR chunk (the first one, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** electron-builder's expansion of a pattern for one target (platformPackager's macroExpander). */
function macroExpanderFor(target: Target): (pattern: string) => string {
  return (pattern) =>
    macros.expandMacro(
      pattern,
      target.arch,
      { name: packageJson.name, productName: build.productName },
      { os: target.os, '/*': '{,/**/*}' },
    );
}

/**
 * The files of the SQLite package that go into `target`'s app, walked the way electron-builder
 * copies a dependency: a folder its filter refuses is not entered.
 */
function packagedSqliteFiles(target: Target): string[] {
  const matcher = fileMatchers.getNodeModuleFileMatcher(
    root,
    path.join(root, 'app'),
    macroExpanderFor(target),
    build[target.os],
    { config: build, debugLogger: { isEnabled: false } },
  );
  const filter = matcher.createFilter();
  const kept: string[] = [];
  const walk = (relativeDir: string): void => {
    for (const name of readdirSync(path.join(root, relativeDir)).sort()) {
      const relative = `${relativeDir}/${name}`;
      const stat: Stats & { moduleFullFilePath?: string } = lstatSync(path.join(root, relative));
      stat.moduleFullFilePath = relative;
      if (!filter(path.join(root, relative), stat)) continue;
      if (stat.isDirectory()) walk(relative);
      else kept.push(relative);
    }
  };
  walk(SQLITE_DIR);
  return kept;
}

/** Whether electron-builder leaves `file` outside the asar archive for `target`. */
function isUnpacked(target: Target, file: string): boolean {
  const matchers = fileMatchers.getFileMatchers(build, 'asarUnpack', path.join(root, 'app'), {
    macroExpander: macroExpanderFor(target),
    customBuildOptions: build[target.os],
    globalOutDir: path.join(root, build.directories.output),
    defaultSrc: root,
  });
  const filter = matchers?.[0]?.createFilter();
  const stat: Stats & { moduleFullFilePath?: string } = lstatSync(path.join(root, file));
  stat.moduleFullFilePath = file;
  return filter?.(path.join(root, file), stat) ?? false;
}

/** Every native binary the SQLite package ships, whatever the platform. */
function allSqliteBinaries(): string[] {
  const prebuilds = `${SQLITE_DIR}/prebuilds`;
  return readdirSync(path.join(root, prebuilds)).flatMap((dir) =>
    readdirSync(path.join(root, prebuilds, dir))
      .filter((name) => name.endsWith('.node'))
      .map((name) => `${prebuilds}/${dir}/${name}`),
  );
}

describe('package.json build: the app', () => {
  it('names the app and its id, the one main gives Windows for notifications', () => {
    expect(build.productName).toBe('Call Coach');
    expect(build.appId).toBe('app.callcoach.desktop');
    const main = readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain(`'${build.appId}'`);
  });

  it('does not rebuild native modules (the SQLite binaries are Node-API prebuilds)', () => {
    expect(build.npmRebuild).toBe(false);
  });

  it('packages the built main, preload and renderer', () => {
    expect(build.files).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']),
    );
  });

  it('has an icon of at least 1024×1024 for the macOS and Windows icons to be made from', () => {
    const icon = path.join(root, build.icon);

    expect(pngSize(icon)).toEqual({ width: 1024, height: 1024 });
  });

  it('has a Linux icon set whose files are the size their names say, 512 px among them', () => {
    const dir = path.join(root, build.linux.icon ?? '');
    const names = readdirSync(dir).filter((name) => name.endsWith('.png'));

    expect(names).toContain('512x512.png');
    for (const name of names) {
      const [width, height] = name.replace('.png', '').split('x').map(Number);
      expect(pngSize(path.join(dir, name))).toEqual({ width, height });
    }
  });
});

describe.each(targets)('package.json build: $platform-$arch', (target) => {
  const options = build[target.os];

  it(`builds ${target.installers.join(' and ')} for ${target.arch}`, () => {
    const built = options.target
      .filter((entry) => entry.arch.includes(target.arch))
      .map((entry) => entry.target);

    expect(built).toEqual(target.installers);
  });

  it(`puts exactly the ${target.platform}-${target.arch} SQLite binary in the app`, () => {
    const binaries = packagedSqliteFiles(target).filter((file) => file.endsWith('.node'));
    const expected = allSqliteBinaries().filter(
      // Electron's Linux builds link glibc, so the musl build could never load.
      (file) => file.includes(`/${target.platform}-${target.arch}/`) && !file.includes('.musl.'),
    );

    expect(expected).toHaveLength(1);
    expect(binaries).toEqual(expected);
  });

  it('keeps the SQLite loader and its binary outside the asar archive, side by side', () => {
    const files = packagedSqliteFiles(target);
    const [binary] = files.filter((file) => file.endsWith('.node'));

    // The package finds its binary relative to its own file, so both must be real files.
    expect(files).toContain(`${SQLITE_DIR}/dist/index.mjs`);
    expect(isUnpacked(target, `${SQLITE_DIR}/dist/index.mjs`)).toBe(true);
    expect(isUnpacked(target, binary ?? '')).toBe(true);
  });

  it("leaves the SQLite package's C sources out", () => {
    expect(packagedSqliteFiles(target).filter((file) => file.includes('/src/'))).toEqual([]);
  });
});

describe('package.json build: installers', () => {
  it('names each macOS disk image after its architecture, so x64 and arm64 do not collide', () => {
    const names = ['x64', 'arm64'].map((arch) =>
      macros.expandMacro(
        build.dmg.artifactName,
        arch,
        { name: packageJson.name, version: '1.2.3', productName: build.productName },
        { ext: 'dmg' },
      ),
    );

    expect(names).toEqual(['call-coach-1.2.3-mac-x64.dmg', 'call-coach-1.2.3-mac-arm64.dmg']);
  });

  it('installs on Windows for the current user, without asking for administrator rights', () => {
    expect(build.nsis).toMatchObject({ oneClick: true, perMachine: false });
  });

  it('keeps the call history when Call Coach is uninstalled', () => {
    expect(build.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('gives the deb package a maintainer with an address and a description', () => {
    expect(build.linux.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^>\s]+>$/);
    expect(build.linux.description.length).toBeGreaterThan(40);
  });
});

describe('package.json build: electronFuses', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('names only fuses that electron-builder knows', () => {
    const known = Object.keys(schema.definitions.FuseOptionsV1?.properties ?? {});

    expect(known).toEqual(expect.arrayContaining(Object.keys(fuses)));
  });
});

describe("package.json build: electron-builder's schema", () => {
  // electron-builder rejects an unknown key only once it packages; these find it sooner.
  it('uses only keys that app-builder-lib/scheme.json declares', () => {
    expect(unknownKeys(build as unknown as Json, schema, 'build')).toEqual([]);
  });

  it('finds a misspelt key, wherever it is', () => {
    const misspelt = { ...build, nsis: { ...build.nsis, perUser: true } } as unknown as Json;

    expect(unknownKeys(misspelt, schema, 'build')).toEqual(['build.nsis.perUser']);
  });
});
