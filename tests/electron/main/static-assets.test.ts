import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentTypeFor, loadAsset, resolveAssetPath } from '../../../electron/main/static-assets';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security-policy';

let parent: string;
let root: string;

beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'call-coach-assets-'));
  root = path.join(parent, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Call Coach</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(parent, 'secret.txt'), 'not for the UI');
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('resolveAssetPath', () => {
  it('serves index.html for the root path', () => {
    expect(resolveAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
  });

  it('serves index.html for an empty path', () => {
    expect(resolveAssetPath(root, '')).toBe(path.join(root, 'index.html'));
  });

  it('resolves a nested file under the root', () => {
    expect(resolveAssetPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAssetPath(root, '/assets/my%20font.woff2')).toBe(
      path.join(root, 'assets', 'my font.woff2'),
    );
  });

  it('keeps a path with repeated leading slashes under the root', () => {
    expect(resolveAssetPath(root, '//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E/secret.txt',
    '/..%2Fsecret.txt',
  ])('refuses %s, which would climb out of the root', (urlPath) => {
    expect(resolveAssetPath(root, urlPath)).toBeNull();
  });

  it('refuses a path that names the root folder itself', () => {
    expect(resolveAssetPath(root, '/.')).toBeNull();
  });

  it('refuses a sibling folder whose name starts with the root name', () => {
    expect(resolveAssetPath(root, '/../renderer-old/index.html')).toBeNull();
  });

  it('refuses a path with a null byte', () => {
    expect(resolveAssetPath(root, '/index.html%00.png')).toBeNull();
  });

  it('refuses malformed percent-encoding', () => {
    expect(resolveAssetPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['font.woff2', 'font/woff2'],
  ])('names %s as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it('falls back to octet-stream for an unknown extension', () => {
    expect(contentTypeFor('archive.tar.xz')).toBe('application/octet-stream');
  });
});

describe('loadAsset', () => {
  it('answers 200 with the file, its content type and the security headers', async () => {
    const asset = await loadAsset(root, '/assets/app.js');

    expect(asset.status).toBe(200);
    expect(new TextDecoder().decode(asset.body)).toBe('console.log("app");');
    expect(asset.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
  });

  it('answers the root path with index.html', async () => {
    const asset = await loadAsset(root, '/');

    expect(asset.status).toBe(200);
    expect(new TextDecoder().decode(asset.body)).toContain('<title>Call Coach</title>');
    expect(asset.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers 404 with the security headers for a missing file', async () => {
    const asset = await loadAsset(root, '/missing.js');

    expect(asset.status).toBe(404);
    expect(asset.headers).toMatchObject({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
  });

  it('answers 404 for a folder', async () => {
    expect((await loadAsset(root, '/assets')).status).toBe(404);
  });

  it('answers 404 rather than a file outside the root', async () => {
    const asset = await loadAsset(root, '/..%2Fsecret.txt');

    expect(asset.status).toBe(404);
    expect(new TextDecoder().decode(asset.body)).not.toContain('not for the UI');
  });

  it('answers 404 for a link inside the root that leads to a file outside it', async () => {
    await symlink(path.join(parent, 'secret.txt'), path.join(root, 'assets', 'linked.txt'));

    const asset = await loadAsset(root, '/assets/linked.txt');

    expect(asset.status).toBe(404);
    expect(new TextDecoder().decode(asset.body)).not.toContain('not for the UI');
  });

  it('answers 404 for a linked folder that leads outside the root', async () => {
    await symlink(parent, path.join(root, 'outside'));

    expect((await loadAsset(root, '/outside/secret.txt')).status).toBe(404);
  });

  it('serves a link that stays inside the root', async () => {
    await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));

    expect((await loadAsset(root, '/alias.js')).status).toBe(200);
  });
});
