/**
 * Firefox's remote agent leaves Nagle's algorithm on for its WebDriver BiDi connection. Once a
 * client subscribes to network events (Playwright always does), each small event message waits
 * for the acknowledgement of the previous one, which Linux delays by 40 ms: every request a
 * page makes costs about 40 ms more through the driver, though the page sees its answer on time
 * (measured: 49 ms per fetch round trip, 7.5 ms without the subscription, 12.6 ms with
 * TCP_NODELAY; docs/speed.md). The shim sets TCP_NODELAY on the connections Firefox accepts,
 * which is only that one: page traffic is never touched. Linux only; without a compiler the
 * harness runs without it, slower.
 */
import { fileURLToPath } from 'node:url';
import { compileShim } from '../shims.js';

const source = fileURLToPath(new URL('./nodelay-shim.c', import.meta.url));

export const firefoxNoDelaySetting =
  'TCP_NODELAY on the WebDriver BiDi connection (LD_PRELOAD shim on accept): Firefox leaves Nagle on, which holds each driver message about 40 ms once network events are subscribed; pages only connect out, so none of their connections is touched';

/** The shim's environment for Firefox, or nothing where it cannot be built. */
export async function firefoxNoDelayEnv(): Promise<Record<string, string> | undefined> {
  if (process.platform !== 'linux') return undefined;
  const library = await compileShim(source, 'firefox-nodelay');
  if ('unavailable' in library) return undefined;
  const existing = process.env.LD_PRELOAD;
  return { LD_PRELOAD: existing ? `${library.path}:${existing}` : library.path };
}
