/**
 * The Koa app behind every listener. It records each request, serves the harness's own pages
 * (the blank page the probe runs in, the cookie-planting page) and answers scenario URLs
 * (`/s/<token>/<hop>`) exactly as the run's plan says, for any method.
 *
 * Deliberately no `router.allowedMethods()`: it would answer OPTIONS itself and replace the
 * preflight response the scenario declared.
 */
import Koa from 'koa';
import Router from '@koa/router';
import { constants as http2Constants, type Http2ServerResponse } from 'node:http2';
import type { ServerResponse } from 'node:http';
import type { ListenerName, OriginName } from '../model/origin-names.js';
import type { RequestLog } from './log.js';
import { plannedAnswerFor, type PlanRegistry } from './plan.js';
import { frameListenerScript } from '../probe/probe.js';
import { isServiceWorkerAnswer, serviceWorkerScript } from './service-worker.js';
import { parseScenarioPath, routes, serviceWorkerAnswers, tokenOfPath } from '../model/urls.js';
import type { PlannedResponse } from '../model/observation.js';
import { rawHeaderPairs } from '../model/raw-headers.js';

interface State {
  origin: OriginName | undefined;
}

export interface OriginAppOptions {
  listener: ListenerName;
  /** Host name (without port) to origin name, for the hosts this listener serves. */
  originsByHost: ReadonlyMap<string, OriginName>;
  /** Host names served with the probe page only: page origins under their real names. */
  pageHosts?: ReadonlySet<string>;
  log: RequestLog;
  plans: PlanRegistry;
}

export const blankPage = '<!doctype html><meta charset="utf-8"><title>corsmatrix probe page</title><p>corsmatrix</p>';

async function bodyLength(stream: NodeJS.ReadableStream): Promise<number> {
  let length = 0;
  for await (const chunk of stream) length += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  return length;
}

/** Writes a planned response byte for byte, bypassing Koa so duplicates and case survive. */
function writePlanned(res: ServerResponse | Http2ServerResponse, planned: PlannedResponse, method: string): void {
  const bodyAllowed = method !== 'HEAD' && planned.status !== 204 && planned.status !== 304;
  const body = bodyAllowed ? Buffer.from(planned.body, planned.bodyEncoding) : Buffer.alloc(0);
  const names = new Set(planned.headers.map(([name]) => name.toLowerCase()));
  const headers: Array<[string, string]> = [...planned.headers];
  if (bodyAllowed && !names.has('content-length')) headers.push(['Content-Length', String(body.length)]);
  if (bodyAllowed && !names.has('content-type')) headers.push(['Content-Type', 'text/plain;charset=utf-8']);
  if (!names.has('cache-control')) headers.push(['Cache-Control', 'no-store']);
  if ('stream' in res) {
    // HTTP/2: header names are lower-case on the wire; duplicates become arrays.
    const grouped: Record<string, string[]> = {};
    for (const [name, value] of headers) (grouped[name.toLowerCase()] ??= []).push(value);
    res.writeHead(planned.status, grouped);
  } else {
    res.writeHead(planned.status, headers.flat());
  }
  res.end(body);
}

/** Drops the request without an HTTP answer: an RST for TCP (HTTP/1), RST_STREAM for HTTP/2. */
function resetConnection(res: ServerResponse | Http2ServerResponse): void {
  if ('stream' in res) res.stream.close(http2Constants.NGHTTP2_INTERNAL_ERROR);
  else res.socket?.resetAndDestroy();
}

export function createOriginApp(options: OriginAppOptions): Koa<State> {
  const { listener, originsByHost, log, plans } = options;
  const pageHosts = options.pageHosts ?? new Set<string>();
  const app = new Koa<State>();
  app.silent = true;

  app.use(async (ctx, next) => {
    const origin = originsByHost.get(ctx.hostname);
    ctx.state.origin = origin;
    const token = tokenOfPath(ctx.path);
    const headers = rawHeaderPairs(ctx.req.rawHeaders);
    const method = ctx.req.method ?? '';
    log.record({
      token,
      hop: parseScenarioPath(ctx.path)?.hop,
      origin,
      listener,
      method,
      path: ctx.path,
      httpVersion: ctx.req.httpVersion,
      headers,
      isPreflight: method === 'OPTIONS' && ctx.get('access-control-request-method') !== '',
      bodyLength: await bodyLength(ctx.req),
      receivedAt: Date.now(),
    });
    if (origin === undefined && pageHosts.has(ctx.hostname)) {
      if (ctx.method === 'GET' && (ctx.path === routes.plainPage || ctx.path.startsWith(`${routes.plainPage}/`))) return next();
      ctx.status = 404;
      ctx.body = `corsmatrix: ${ctx.hostname} is a page origin; it serves ${routes.plainPage} only`;
      return;
    }
    if (origin === undefined) {
      ctx.status = 421;
      ctx.body = `corsmatrix: this server does not serve host "${ctx.hostname}" on its ${listener} listener`;
      return;
    }
    await next();
  });

  const router = new Router<State>();
  // The plain probe page is the same for every run, so a shared session can stay on it between
  // runs; a run's own page (with a token) carries the headers its scenario declares for the page.
  const probePage: Parameters<typeof router.get>[1] = (ctx) => {
    const token = ctx.params.token;
    for (const [name, value] of (token === undefined ? undefined : plans.get(token))?.pageHeaders ?? []) ctx.append(name, value);
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = blankPage;
  };
  router.get(routes.plainPage, probePage);
  router.get(routes.ownPage, probePage);
  router.get(routes.plant, (ctx) => {
    const plan = plans.get(ctx.params.token ?? '');
    const lines = plan?.cookies.filter((cookie) => cookie.origin === ctx.state.origin).map((c) => c.setCookie) ?? [];
    if (lines.length > 0) ctx.set('Set-Cookie', lines);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = blankPage;
  });
  // The page a frame of this origin loads to run the probe for its parent (a request made from an iframe).
  router.get(routes.frame, (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = `<!doctype html><meta charset="utf-8"><title>corsmatrix frame</title><script>${frameListenerScript()}</script>`;
  });
  // Same-origin with every page; allowed to control any path, so a run registers it for its own page only.
  router.get(routes.serviceWorker, (ctx) => {
    if (!isServiceWorkerAnswer(ctx.query.answer?.toString())) {
      ctx.status = 400;
      ctx.body = `corsmatrix: answer must be one of ${serviceWorkerAnswers.join(', ')}`;
      return;
    }
    ctx.set('Service-Worker-Allowed', '/');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/javascript';
    ctx.body = serviceWorkerScript;
  });
  app.use(router.routes());

  app.use(async (ctx, next) => {
    const run = parseScenarioPath(ctx.path);
    if (!run) return next();
    const plan = plans.get(run.token);
    const hop = plan?.hops[run.hop];
    if (!plan || !hop) {
      ctx.status = 404;
      ctx.body = `corsmatrix: no scenario run is registered for ${ctx.path}`;
      return;
    }
    if (hop.origin !== ctx.state.origin) {
      ctx.status = 421;
      ctx.body = `corsmatrix: ${ctx.path} belongs to origin "${hop.origin}", not "${ctx.state.origin}"`;
      return;
    }
    const method = ctx.req.method ?? '';
    const isPreflight = method === 'OPTIONS' && ctx.get('access-control-request-method') !== '';
    const planned: PlannedResponse = plannedAnswerFor(hop, { isPreflight, headers: rawHeaderPairs(ctx.req.rawHeaders) });
    ctx.respond = false;
    if (planned.fault === 'reset') return resetConnection(ctx.res);
    // Held until the run ends, so the browser's own timeout, not the server's, decides.
    if (planned.fault === 'stall') return plans.onRelease(plan.token, () => resetConnection(ctx.res));
    writePlanned(ctx.res, planned, method);
  });

  app.use((ctx) => {
    ctx.status = 404;
    ctx.body = `corsmatrix: no route for ${ctx.method} ${ctx.path}`;
  });
  return app;
}
