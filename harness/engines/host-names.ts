/**
 * Page origins under their real names (`https://app.example.com`, default port included): the
 * origins serve them on one free loopback port (harness/origins/page-proxy.ts), and each engine
 * is told, for this browser only, to reach them there. No root, nothing changed on the machine,
 * and the page's URL, and so its origin, stays exactly the one the user declared:
 * - Chromium maps each page host and port to the listener itself (`--host-resolver-rules`), so
 *   its page is served from a loopback address, as a direct connection;
 * - Firefox sends requests for the page host names through the run's forward proxy (a PAC
 *   script), and everything else directly;
 * - WebKit sends every request but loopback ones through that proxy (WebKitGTK's MiniBrowser
 *   `--proxy`, Playwright's `proxy` option), which forwards what is not a page origin untouched.
 * Each engine's changed settings say which route it took.
 */
import { checkHostNames, isLoopbackHost } from '../model/origin-names.js';
import type { Forward } from '../origins/page-proxy.js';

export interface PageRoutes {
  /** The page origins, as the page's URL has them (`https://app.example.com`, `http://admin.example.com:8080`). */
  origins: string[];
  /** Where every page origin is served, http and https on one port. */
  listener: { address: string; port: number };
  /** A forward proxy that sends requests for the page origins to `listener`, and anything else where it was addressed. */
  proxy: { address: string; port: number };
  /** Other hosts and ports reached elsewhere: a target under the name its front end calls it by, at its real address. */
  forwards?: readonly Forward[];
}

/** `host:port` as the browser addresses each page origin, default ports spelt out; each once. */
function authorities(routes: PageRoutes): string[] {
  return [
    ...new Set(
      routes.origins.map((origin) => {
        const url = new URL(origin);
        return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
      }),
    ),
  ];
}

/** The host names routed (page origins, then forwards), each once; throws naming the first that is not a host name. */
function hostNames(routes: PageRoutes): string[] {
  return checkHostNames([...routes.origins.map((origin) => new URL(origin).hostname), ...(routes.forwards ?? []).map((forward) => forward.host)]);
}

/** Where each forwarded host and port goes, as notes say it. */
const forwardsNote = (routes: PageRoutes) =>
  (routes.forwards ?? []).length === 0 ? '' : `; ${(routes.forwards ?? []).map((forward) => `${forward.host}:${forward.port} is reached at ${forward.to.address}:${forward.to.port}`).join(', ')}`;

/** The routes, once their host names are checked. */
export function checkPageRoutes(routes: PageRoutes): PageRoutes {
  hostNames(routes);
  const loopbackForward = routes.forwards?.find((forward) => isLoopbackHost(forward.host));
  if (loopbackForward) throw new Error(`"${loopbackForward.host}" is a loopback name, which browsers reach directly: it cannot be routed elsewhere`);
  return routes;
}

const served = (routes: PageRoutes) => `${routes.listener.address}:${routes.listener.port}`;
const proxied = (routes: PageRoutes) => `${routes.proxy.address}:${routes.proxy.port}`;

/** Chromium: each page host and port resolves to the listener (host and port), in this browser only. */
export function chromiumPageRules(routes: PageRoutes): { arg: string; note: string } {
  const rules = [
    ...authorities(routes).map((authority) => `MAP ${authority} ${served(routes)}`),
    ...(routes.forwards ?? []).map((forward) => `MAP ${forward.host}:${forward.port} ${forward.to.address}:${forward.to.port}`),
  ];
  const arg = `--host-resolver-rules=${rules.join(',')}`;
  return { arg, note: `${arg}: the page origins ${routes.origins.join(', ')} are served on loopback${forwardsNote(routes)}; their URLs, and so their origins, are unchanged` };
}

/**
 * Firefox: a PAC script sends requests for the page host names to the run's proxy and every
 * other request directly, as before.
 */
export function firefoxPagePrefs(routes: PageRoutes): { prefs: Record<string, string | number>; note: string } {
  const names = hostNames(routes);
  const script = `function FindProxyForURL(url, host) { return ${JSON.stringify(names)}.indexOf(host) >= 0 ? "PROXY ${proxied(routes)}" : "DIRECT"; }`;
  return {
    prefs: { 'network.proxy.type': 2, 'network.proxy.autoconfig_url': `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(script)}` },
    note: `network.proxy.type=2 with a PAC script: requests for ${names.join(', ')} go through corsmatrix's proxy on ${proxied(routes)} (a CONNECT tunnel for https), which serves the page origins on loopback${forwardsNote(routes)}; every other request is direct`,
  };
}

/** Loopback names and addresses, which WebKit reaches directly, never through the proxy. */
const loopbackHosts = ['localhost', '*.localhost', '127.0.0.0/8', '::1'];

/** WebKitGTK's MiniBrowser: every request but loopback ones through the run's proxy. */
export function webkitGtkPageArgs(routes: PageRoutes): { args: string[]; note: string } {
  const args = [`--proxy=http://${proxied(routes)}`, ...loopbackHosts.map((host) => `--ignore-host=${host}`)];
  return {
    args,
    note: `MiniBrowser ${args.join(' ')}: requests for ${hostNames(routes).join(', ')} go through corsmatrix's proxy (a CONNECT tunnel for https), which serves the page origins on loopback${forwardsNote(routes)} and forwards any other non-loopback request untouched; loopback requests are direct`,
  };
}

/**
 * Playwright's WebKit: the same route through Playwright's `proxy` launch option, which on Linux
 * becomes the very switches MiniBrowser gets above (`--proxy`, one `--ignore-host` per bypass
 * entry), and on macOS `--proxy` and `--proxy-bypass-list`.
 */
export function playwrightWebKitProxy(routes: PageRoutes): { proxy: { server: string; bypass: string }; note: string } {
  const proxy = { server: `http://${proxied(routes)}`, bypass: loopbackHosts.join(',') };
  return {
    proxy,
    note: `proxy ${proxy.server} (bypass ${proxy.bypass}): requests for ${hostNames(routes).join(', ')} go through corsmatrix's proxy, which serves the page origins on loopback${forwardsNote(routes)} and forwards any other request untouched`,
  };
}
