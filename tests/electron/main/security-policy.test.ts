import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isTrustedAppUrl,
} from '../../../electron/main/security-policy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

async function metaPolicy(): Promise<string> {
  const html = await readFile(
    path.resolve(import.meta.dirname, '../../../renderer/index.html'),
    'utf8',
  );
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta?.[1]) throw new Error('renderer/index.html has no CSP meta tag');
  return meta[1];
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('blocks everything not allowed explicitly', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('default-src')).toBe("'none'");
  });

  it('allows scripts only from the app itself', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toBe("'self'");
  });

  it('allows no inline script and no eval anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
  });

  it('allows no plugins', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('object-src')).toBe("'none'");
  });

  it('forbids framing the UI', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toBe("'none'");
  });

  it('names no remote host or wildcard', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('is carried by renderer/index.html as a meta tag, without frame-ancestors which meta cannot set', async () => {
    const expected = new Map(directives(CONTENT_SECURITY_POLICY));
    expected.delete('frame-ancestors');

    expect(directives(await metaPolicy())).toEqual(expected);
  });
});

describe('isTrustedAppUrl', () => {
  it.each([`${APP_ORIGIN}/index.html`, 'app://call-coach/', 'app://call-coach/history?id=3#notes'])(
    'trusts a page of the app: %s',
    (url) => {
      expect(isTrustedAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'https://evil.example/',
    'http://call-coach/index.html',
    'file:///home/me/index.html',
    'app://evil/index.html',
    'app://call-coach.evil.example/index.html',
    'app://call-coach:8080/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
    'not a url',
  ])('does not trust %s', (url) => {
    expect(isTrustedAppUrl(url)).toBe(false);
  });
});
