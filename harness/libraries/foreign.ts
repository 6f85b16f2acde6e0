/**
 * A CORS library that runs outside Node (a Python, Go or Ruby web app), reached through its
 * library origin like the Node ones. One process per set of origins serves the library's apps:
 * each run registers its options (`POST /__corsmatrix/runs`, answered with an id) and gets an app
 * of its own, mounted at `/__corsmatrix/runs/<id>`, so the library sees the endpoint's own path.
 * The origin's handler forwards each request there byte for byte and the answer back, so the
 * library origin records what the library itself sent. The process prints
 * `corsmatrix-library listening <port>` when it is ready and exits when its stdin closes, so it
 * never outlives the Node process that started it, whichever way that one ends.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { rawHeaderPairs } from '../model/raw-headers.js';
import { endpointPaths, invalidBody, ownOptionsAllow, requestIdHeader, requestIdValue, thrownMessage, unauthorizedBody } from './endpoints.js';
import type { LibraryRuntime } from '../model/library-options.js';

const readyLine = /^corsmatrix-library listening (\d+)$/m;
const runsPath = '/__corsmatrix/runs';

/** What every foreign app serves, from the same constants as the Node adapters' endpoints. */
export const endpointContract = { paths: endpointPaths, requestIdHeader, requestIdValue, thrownMessage, unauthorizedBody, invalidBody, ownOptionsAllow };

/** Hop-by-hop headers belong to one connection: each side of the forwarding writes its own. */
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-connection']);

export interface ForeignCommand {
  /** The library's name, for messages. */
  library: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** How long the process may take to print its port. */
  readyTimeoutMs?: number;
}

/** The last lines a process wrote on stderr, for a message that says why it did not start. */
function tail(text: string, lines = 8): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

export function startForeignApps(spec: ForeignCommand): Promise<LibraryRuntime> {
  const child = spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...spec.env } });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8192);
  });
  let exitedWith: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitedWith = signal ?? `code ${code}`;
      resolve();
    }),
  );
  const started = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(`printed no port within ${(spec.readyTimeoutMs ?? 15_000) / 1000} s`), spec.readyTimeoutMs ?? 15_000);
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      reject(new Error(`corsmatrix: ${spec.library}: \`${spec.command} ${spec.args.join(' ')}\` ${why}${stderr ? `:\n${tail(stderr)}` : ''}`));
    };
    child.once('error', (error) => fail(`could not start (${error.message})`));
    const early = () => fail(`exited with ${exitedWith} before it was ready`);
    void exited.then(early);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const ready = readyLine.exec(stdout);
      if (!ready || settled) return;
      settled = true;
      clearTimeout(timer);
      // The process never keeps Node running: when Node exits, its stdin closes and it exits too.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
      resolve(Number(ready[1]));
    });
  });
  return started.then((port) => {
    // No pooled connections: one connection per forwarded request, as a browser's own would be.
    const agent = new http.Agent({ keepAlive: false });
    const control = async (method: string, path: string, body?: unknown): Promise<unknown> => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`corsmatrix: ${spec.library}: ${method} ${path} answered ${response.status}: ${tail(text)}${stderr ? `\n${tail(stderr)}` : ''}`);
      return text ? (JSON.parse(text) as unknown) : undefined;
    };
    return {
      async handlerFor(options, settings) {
        const answer = (await control('POST', runsPath, { options, settings, endpoints: endpointContract })) as { id?: unknown };
        if (typeof answer?.id !== 'string') throw new Error(`corsmatrix: ${spec.library}: POST ${runsPath} gave no run id`);
        const mount = `${runsPath}/${answer.id}`;
        return {
          handle: (req, res) => {
            const headers = rawHeaderPairs(req.rawHeaders).filter(([name]) => !hopByHop.has(name.toLowerCase())).flat();
            const upstream = http.request({ agent, host: '127.0.0.1', port, method: req.method, path: `${mount}${req.url ?? '/'}`, headers, setHost: false }, (answered) => {
              const pairs = rawHeaderPairs(answered.rawHeaders).filter(([name]) => !hopByHop.has(name.toLowerCase()));
              res.writeHead(answered.statusCode ?? 502, answered.statusMessage, pairs.flat());
              answered.pipe(res);
            });
            upstream.on('error', (error) => {
              if (res.headersSent) res.destroy();
              else res.writeHead(502, { 'Content-Type': 'text/plain;charset=utf-8' }).end(`corsmatrix: ${spec.library} did not answer: ${exitedWith ? `its process exited with ${exitedWith}` : error.message}`);
            });
            req.pipe(upstream);
          },
          close: async () => {
            await control('DELETE', mount).catch(() => undefined);
          },
        };
      },
      async stop() {
        child.stdin.end();
        const killer = setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
        await exited;
        clearTimeout(killer);
      },
    };
  });
}
