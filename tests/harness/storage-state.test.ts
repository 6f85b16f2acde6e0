/** auth.storageState: a Playwright storageState file read for the cookies of the target's host, or a message naming the field. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { configSchema } from '../../harness/own-server/config.js';
import { withStorageStateCookies } from '../../harness/own-server/storage-state.js';

const cookie = (name: string, domain: string, extra: Record<string, unknown> = {}) => ({ name, value: `${name}-value`, domain, path: '/', expires: -1, httpOnly: true, secure: true, sameSite: 'Lax', ...extra });

const config = (file: string, origin?: string) =>
  configSchema.parse({
    pages: ['https://app.example.com'],
    targets: [{ name: 'api', url: 'https://127.0.0.1:3000', ...(origin ? { origin } : {}), paths: [{ path: '/me', allowedOrigins: ['https://app.example.com'], credentials: true, requestHeaders: ['X-Csrf'], auth: { storageState: file, headers: { 'X-Csrf': 'token' } } }] }],
  });

test.describe('storageState', () => {
  let dir = '';
  test.beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-state-'));
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("the cookies of the target's host become the path's auth.cookies, a domain cookie as a Domain attribute; others are left", () => {
    writeFileSync(
      path.join(dir, 'state.json'),
      JSON.stringify({
        cookies: [cookie('host', 'api.example.com'), cookie('site', '.example.com', { expires: 2_000_000_000, sameSite: 'None' }), cookie('elsewhere', 'other.test'), cookie('sibling', 'www.example.com')],
        origins: [{ origin: 'https://app.example.com', localStorage: [] }],
      }),
    );
    const read = withStorageStateCookies(config('state.json', 'https://api.example.com'), dir);
    expect(read.targets[0]?.paths[0]?.auth).toEqual({
      headers: { 'X-Csrf': 'token' },
      cookies: [
        { name: 'host', value: 'host-value', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
        { name: 'site', value: 'site-value', path: '/', httpOnly: true, secure: true, sameSite: 'None', domain: 'example.com', expires: 2_000_000_000 },
      ],
    });
    // Read once: a config already read is left as it is.
    expect(withStorageStateCookies(read, dir)).toEqual(read);
  });

  test('a file with no cookie for the host, a file that is not one, and a missing file are each named with the field', () => {
    writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ cookies: [cookie('host', 'api.example.com')], origins: [] }));
    // The target as the browsers address it here is 127.0.0.1, which the file has no cookie for.
    expect(() => withStorageStateCookies(config('state.json'), dir)).toThrow(`targets.0.paths.0.auth.storageState: ${path.join(dir, 'state.json')} has no cookie for 127.0.0.1 (its cookies are for api.example.com)`);
    writeFileSync(path.join(dir, 'not.json'), JSON.stringify({ cookies: [{ name: 'x' }] }));
    expect(() => withStorageStateCookies(config('not.json', 'https://api.example.com'), dir)).toThrow(/^targets\.0\.paths\.0\.auth\.storageState: .*not\.json is not a Playwright storageState file \(cookies\.0\.value: /);
    expect(() => withStorageStateCookies(config('missing.json', 'https://api.example.com'), dir)).toThrow(/^targets\.0\.paths\.0\.auth\.storageState: .*missing\.json: ENOENT/);
  });
});
