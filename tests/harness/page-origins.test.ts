/**
 * Page origins under their real names: the harness serves its probe page as
 * https://app.example.test and http://app.example.test (default ports), and as both schemes of
 * app.example.test:8443, all on one free loopback port, without root; each engine reaches them
 * there, and requests from that page carry exactly that origin, as a server's allowlist would see it.
 */
import { test, expect } from '@playwright/test';
import { launchEngine } from '../../harness/engines/launch.js';
import { simpleFetch } from './probe-requests.js';
import { engineNames } from '../../harness/model/engine-names.js';
import { headerValue } from '../../harness/origins/log.js';
import { startOrigins } from '../../harness/origins/servers.js';
import { ownPageUrl, plainPagePath } from '../../harness/model/urls.js';
import { scaled } from '../../harness/pace.js';

test('a page origin is checked before anything listens', async () => {
  await expect(startOrigins({ pageOrigins: ['https://app.example.test/'] })).rejects.toThrow('"https://app.example.test/" is not an origin');
  await expect(startOrigins({ pageOrigins: ['ftp://app.example.test'] })).rejects.toThrow('"ftp://app.example.test" is not an origin');
  await expect(startOrigins({ pageOrigins: ['https://site.localhost'] })).rejects.toThrow('"site.localhost" is one of the harness\'s own origins');
});

const pageOrigins = ['https://app.example.test', 'http://app.example.test', 'https://app.example.test:8443', 'http://app.example.test:8443'];

for (const engineName of engineNames) {
  test(`${engineName}: pages on ${pageOrigins.join(', ')}, and the Origin their requests carry`, async () => {
    // A safety limit: 5-10 s alone; an engine's launch took over 25 s beside the package test's
    // build (tsc on both cores) in a fresh-clone CI, and 30 s ran out (#38: limits that scale).
    test.setTimeout(scaled(60_000));
    const origins = await startOrigins({ pageOrigins });
    try {
      const pages = origins.pages;
      if (!pages) throw new Error('no page listeners');
      // Nothing a non-root user cannot bind: the default ports are the browser's view only.
      expect(pages.listener.port).toBeGreaterThanOrEqual(1024);
      expect(pages.proxy.port).toBeGreaterThanOrEqual(1024);
      const engine = await launchEngine({ engine: engineName }, engineName, { pages });
      try {
        const session = await engine.newSession();
        expect(pages.origins).toEqual(pageOrigins);
        expect(pages.hosts).toEqual(['app.example.test']);
        for (const page of pages.origins) {
          await session.goto(`${page}${plainPagePath}`);
          expect(await session.evaluate<string>('location.origin')).toBe(page);
          // Not a loopback name: only the https page is a secure context.
          expect(await session.evaluate<boolean>('window.isSecureContext')).toBe(page.startsWith('https:'));
          const token = `page-origins-${engineName}-${pages.origins.indexOf(page)}`;
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
