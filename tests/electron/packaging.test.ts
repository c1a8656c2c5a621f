import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface PackageJson {
  readonly build: { readonly electronFuses?: Readonly<Record<string, unknown>> };
}

interface BuilderSchema {
  readonly definitions: {
    readonly FuseOptionsV1: { readonly properties: Readonly<Record<string, unknown>> };
  };
}

const root = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(
  readFileSync(path.join(root, 'package.json'), 'utf8'),
) as PackageJson;
const fuses = packageJson.build.electronFuses ?? {};

describe('package.json build.electronFuses', () => {
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
    // electron-builder rejects an unknown key only once it packages; this finds it sooner.
    const require = createRequire(import.meta.url);
    const schemaPath = path.join(
      path.dirname(require.resolve('app-builder-lib/package.json')),
      'scheme.json',
    );
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as BuilderSchema;
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);

    expect(known).toEqual(expect.arrayContaining(Object.keys(fuses)));
  });
});
