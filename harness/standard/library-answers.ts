/**
 * What a real CORS library answers, for the model (issue #39): the library's app, built as its
 * origin builds it for a run (same adapter, options and endpoint), served on a loopback port and
 * asked from Node with the preflight and the request a browser that follows the standard sends.
 * The model then predicts a library scenario as it does one with declared answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpointPaths } from '../libraries/endpoints.js';
import { libraryAdapters } from '../libraries/index.js';
import type { LibraryName } from '../model/library-names.js';
import type { LibraryRuntime } from '../model/library-options.js';
import type { OriginName } from '../model/origin-names.js';
import type { ResponseSpec, ScenarioDraft } from '../model/scenario.js';
import { requestFromNode } from '../own-server/ask.js';
import { expectedPreflight } from '../scenario/fetch-safelist.js';
import { planLibrary, templateContext } from '../scenario/plan.js';
import { plannedSteps, requestAsMade, type LibraryAnswers } from './predict.js';

const askTimeoutMs = 10_000;

/**
 * A library in another language runs in a process of its own: one per library for all the
 * model's questions, started at the first, and ending with this process (foreign.ts).
 */
const runtimes = new Map<LibraryName, Promise<LibraryRuntime>>();

function runtimeFor(name: LibraryName, start: () => Promise<LibraryRuntime>): Promise<LibraryRuntime> {
  let runtime = runtimes.get(name);
  if (!runtime) {
    runtime = start();
    runtimes.set(name, runtime);
    runtime.catch(() => runtimes.delete(name));
  }
  return runtime;
}

/**
 * The library's answers to what each step's request sends (one app for the whole run, as its
 * origin keeps one, so state such as a RegExp's lastIndex carries over as in a browser run), or
 * why it is not asked. A step's preflight is asked where one is due, unless `preflightAt` says
 * the preflight cache spares it.
 */
export async function askLibrary(scenario: Extract<ScenarioDraft, { library: object }>, origins: Record<OriginName, string>, preflightAt?: boolean[]): Promise<LibraryAnswers[] | { why: string }> {
  const steps = plannedSteps(scenario);
  for (const { request } of steps) {
    // The origin a library origin sees is the page's in "cors" mode; cookies it would be asked without.
    if (request.api !== 'fetch' && request.api !== 'xhr') return { why: `the ${request.api} API is not modelled yet` };
    if (request.api === 'fetch' && request.mode !== 'cors') return { why: `a library asked in "${request.mode}" mode` };
  }
  if (scenario.setup.cookies.length > 0) return { why: 'a library asked with cookies' };
  const adapter = libraryAdapters[scenario.library.name];
  const unavailable = adapter.unavailable?.();
  if (unavailable) return { why: `${scenario.library.name} cannot run here: ${unavailable}` };
  const planned = planLibrary(scenario.library, templateContext(scenario, origins));
  const runtime = adapter.start ? await runtimeFor(scenario.library.name, adapter.start) : undefined;
  const handler = await adapter.createHandler(planned.options, planned.settings, runtime);
  const server = http.createServer((req, res) => {
    req.url = endpointPaths[planned.endpoint];
    handler.handle(req, res);
  });
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${endpointPaths[planned.endpoint]}`;
    const ask = async (askedMethod: string, askedHeaders: Array<[string, string]>, askedBody?: Buffer): Promise<ResponseSpec> => {
      const answer = await requestFromNode(url, { method: askedMethod, headers: askedHeaders, timeoutMs: askTimeoutMs, ...(askedBody ? { body: askedBody } : {}) });
      if (answer.status === null) throw new Error(`${scenario.library.name} did not answer ${askedMethod}: ${answer.error ?? 'no status'}`);
      return { status: answer.status, headers: answer.headers };
    };
    const answers: LibraryAnswers[] = [];
    for (const [index, step] of steps.entries()) {
      if (step.request.api !== 'fetch' && step.request.api !== 'xhr') break;
      const origin = origins[step.frame ?? step.page];
      const { method, headers, body } = requestAsMade(step.request);
      const preflight = expectedPreflight(method, headers);
      const preflightAnswer =
        preflight === false || preflightAt?.[index] === false
          ? undefined
          : await ask('OPTIONS', [['Origin', origin], ['Access-Control-Request-Method', preflight.method], ...(preflight.headers === null ? [] : [['Access-Control-Request-Headers', preflight.headers] satisfies [string, string]])]);
      // The body's bytes where the model knows them (text); the others go without one.
      answers.push({ preflight: preflightAnswer, response: await ask(method, [['Origin', origin], ...headers], body?.kind === 'text' ? Buffer.from(body.text) : undefined) });
    }
    return answers;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await handler.close();
  }
}
