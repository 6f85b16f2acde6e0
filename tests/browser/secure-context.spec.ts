/**
 * The https origins use a certificate made at run time; each engine must treat their pages as
 * secure contexts, or secure-context behaviour (Secure cookies, Sec-Fetch-*) would be measured wrong.
 */
import { test, expect } from '../../harness/runner/fixtures.js';
import type { OriginName } from '../../harness/model/origin-names.js';

for (const origin of ['site-https', 'other-https', 'site'] satisfies OriginName[]) {
  test(`a page on ${origin} is a secure context`, async ({ engine, origins }) => {
    const session = await engine.newSession();
    try {
      await session.goto(`${origins.origins[origin]}/__corsmatrix/page/secure-context`);
      expect(await session.evaluate<string>('location.origin')).toBe(origins.origins[origin]);
      expect(await session.evaluate<boolean>('window.isSecureContext')).toBe(true);
    } finally {
      await session.close();
    }
  });
}
