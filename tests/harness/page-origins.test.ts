/**
 * Page origins under their real names: the harness serves its probe page as
 * https://app.example.test and http://app.example.test (ports 443 and 80, on a loopback address
 * of its own), each engine resolves the name there, and requests from that page carry exactly
 * that origin, as a server's allowlist would see it.
 */
import { test, expect } from '@playwright/test';
import { launchEngine } from '../../harness/engines/launch.js';
import { simpleFetch } from './probe-requests.js';
import { engineNames } from '../../harness/engines/names.js';
import { headerValue } from '../../harness/origins/log.js';
import { startOrigins } from '../../harness/origins/servers.js';
import { ownPageUrl, plainPagePath } from '../../harness/origins/urls.js';

test('a page host is checked before anything listens', async () => {
  await expect(startOrigins({ pageHosts: ['app example.test'] })).rejects.toThrow('"app example.test" is not a host name');
  await expect(startOrigins({ pageHosts: ['site.localhost'] })).rejects.toThrow('"site.localhost" is one of the harness\'s own origins');
});

for (const engineName of engineNames) {
  test(`${engineName}: pages on https://app.example.test and http://app.example.test, and the Origin their requests carry`, async () => {
    const origins = await startOrigins({ pageHosts: ['app.example.test'] });
    try {
      const pages = origins.pages;
      if (!pages) throw new Error('no page listeners');
      expect(pages.address).toMatch(/^127\.0\.0\.\d+$/);
      const engine = await launchEngine({ engine: engineName }, engineName, { hosts: { address: pages.address, names: pages.hosts } });
      try {
        const session = await engine.newSession();
        for (const scheme of ['https', 'http'] as const) {
          const page = pages.origins['app.example.test']?.[scheme] ?? '';
          expect(page).toBe(`${scheme}://app.example.test`);
          await session.goto(`${page}${plainPagePath}`);
          expect(await session.evaluate<string>('location.origin')).toBe(page);
          // Not a loopback name: only the https page is a secure context.
          expect(await session.evaluate<boolean>('window.isSecureContext')).toBe(scheme === 'https');
          const token = `page-origins-${engineName}-${scheme}`;
          const seen = await session.probe(simpleFetch(ownPageUrl(origins.origins['other-https'], token)));
          // The harness page sends no Access-Control-Allow-Origin: the page is refused, the server saw the origin.
          expect(seen.result).toBe('network-error');
          const [request] = origins.log.forToken(token);
          expect(request && headerValue(request, 'origin')).toBe(page);
        }
        await session.close();
      } finally {
        await engine.close();
      }
    } finally {
      await origins.stop();
    }
  });
}
