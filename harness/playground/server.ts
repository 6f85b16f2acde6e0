/**
 * The playground's own web server: the editor page and its API, on loopback only. It starts and
 * stops the Playground (origins and engines) it serves. The API reads scenario files under one
 * folder and writes new ones there, and does nothing else: no command runs, no other file is read.
 *
 * The origins answer with whatever CORS headers a scenario says, and this server can write
 * files, so it answers only its own page: requests must name its own host (a DNS-rebinding page
 * cannot), and a POST must be JSON from its own origin (another site's page cannot send one
 * without a preflight this server never allows).
 */
import { predictAsking } from '../standard/compare.js';
import { expectationsOf } from '../standard/expectation.js';
import { createServer, type Server } from 'node:http';
import Koa, { type Context } from 'koa';
import Router from '@koa/router';
import getPort from 'get-port';
import type { EngineName } from '../model/engine-names.js';
import { originDefinitions, originNames } from '../model/origin-names.js';
import { z } from 'zod';
import { requestCode, serverCode, serverFrameworks } from './code.js';
import { loadPresets, saveScenario, starterScenario, type Preset } from './catalogue.js';
import { playgroundPage } from './page.js';
import { Playground } from './runs.js';
import { validateScenario } from '../catalogue/load.js';

export interface PlaygroundOptions {
  engines: readonly EngineName[];
  /** Where presets are read from and "Save as scenario" writes. */
  scenarioRoot: string;
  /** The harness's schema module, which saved files import their type from. */
  schemaModule: string;
  /** 0 or absent: a free port. */
  port?: number;
}

export interface RunningPlayground {
  url: string;
  playground: Playground;
  stop(): Promise<void>;
}

const maxBodyBytes = 1024 * 1024;

async function jsonBody(ctx: Context): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    if (!(chunk instanceof Buffer)) continue;
    size += chunk.length;
    if (size > maxBodyBytes) ctx.throw(413, 'a scenario is at most 1 MiB');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    return ctx.throw(400, `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What "Show code" posts: the scenario (checked by the loader after) and the framework to write for. */
const codeQuery = z.object({ framework: z.enum(serverFrameworks).default('express'), scenario: z.unknown() });

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const port = options.port || (await getPort({ host: '127.0.0.1' }));
  const ownHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const playground = await Playground.start(options.engines);
  let presets: Promise<Preset[]> | undefined;
  const presetsOnce = () => (presets ??= loadPresets(options.scenarioRoot));
  // Read now, while the page is not open yet: importing a whole catalogue takes a second or two.
  void presetsOnce().catch(() => undefined);

  const app = new Koa();
  const router = new Router();
  app.use(async (ctx, next) => {
    if (!ownHosts.has(ctx.get('Host'))) ctx.throw(403, 'the playground answers only requests addressed to its own host');
    if (ctx.method === 'POST') {
      const origin = ctx.get('Origin');
      if (!ctx.is('application/json')) ctx.throw(415, 'the playground takes JSON');
      if (origin && !ownHosts.has(origin.replace(/^http:\/\//, ''))) ctx.throw(403, 'the playground answers only its own page');
    }
    ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.get('/', (ctx) => {
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:");
    ctx.body = playgroundPage({
      origins: Object.fromEntries(originNames.map((name) => [name, { url: playground.origins.origins[name], relation: originDefinitions[name].relation }])),
      engines: playground.engines.map((engine) => engine.identity),
      unavailable: playground.unavailable,
      frameworks: [...serverFrameworks],
      starter: starterScenario,
    });
  });
  router.get('/api/presets', async (ctx) => {
    ctx.body = (await presetsOnce()).map(({ id, title, file }) => ({ id, title, file }));
  });
  router.get('/api/preset', async (ctx) => {
    const preset = (await presetsOnce()).find((candidate) => candidate.id === ctx.query.id);
    if (!preset) return ctx.throw(404, `no preset "${String(ctx.query.id)}"`);
    ctx.body = preset.input;
  });
  router.post('/api/validate', async (ctx) => {
    const checked = await validateScenario(await jsonBody(ctx));
    ctx.body = { problems: 'problems' in checked ? checked.problems : [] };
  });
  // What the Fetch standard's model says this scenario's steps should do: the expectation the page fills in.
  router.post('/api/predict', async (ctx) => {
    const checked = await validateScenario(await jsonBody(ctx));
    if ('problems' in checked) {
      ctx.body = { covered: false, why: 'the scenario has mistakes (see the loader\'s messages)' };
      return;
    }
    const { origins } = playground.origins;
    const answer = await predictAsking(checked.scenario, origins);
    ctx.body = answer.covered ? { covered: true, expected: expectationsOf(checked.scenario, answer.prediction, origins), steps: answer.prediction.steps } : { covered: false, why: answer.why };
  });
  router.post('/api/run', async (ctx) => {
    ctx.body = await playground.run(await jsonBody(ctx));
  });
  router.post('/api/save', async (ctx) => {
    const result = await saveScenario(await jsonBody(ctx), options.scenarioRoot, options.schemaModule);
    if (result.ok) presets = undefined;
    ctx.body = result;
  });
  router.post('/api/code', async (ctx) => {
    const query = codeQuery.safeParse(await jsonBody(ctx));
    if (!query.success) return ctx.throw(400, `a JSON object with scenario and framework (one of ${serverFrameworks.join(', ')})`);
    const { framework } = query.data;
    const checked = await validateScenario(query.data.scenario);
    if ('problems' in checked) {
      ctx.body = { ok: false, problems: checked.problems };
      return;
    }
    const { scenario } = checked;
    const { origins } = playground.origins;
    const context = { page: origins[scenario.frame ?? scenario.page], target: origins[scenario.target], origins };
    ctx.body = { ok: true, request: requestCode(scenario, context), server: serverCode(scenario, context, framework) };
  });
  app.use(router.routes()).use(router.allowedMethods());

  const server: Server = createServer(app.callback());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port }, resolve);
    });
  } catch (error) {
    await playground.stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    playground,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await playground.stop();
    },
  };
}
