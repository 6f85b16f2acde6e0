/**
 * The in-process server objects behind Playwright's client objects, where the connection exposes
 * them (the library's and the test runner's in-process connection do; a browser connected over
 * the network does not). The harness reaches them for what the client API does not say: the
 * browser's process (its pid and how it exited) and the BiDi adaptations of bidi-pages.ts. Every
 * use degrades to the client API's behaviour where they are missing.
 */
import type { ChildProcess } from 'node:child_process';

/** The in-process server object behind a client object, where the connection exposes it. */
export function serverObject(clientObject: object): unknown {
  const connection: unknown = Reflect.get(clientObject, '_connection');
  const toImpl: unknown = typeof connection === 'object' && connection !== null ? Reflect.get(connection, 'toImpl') : undefined;
  return typeof toImpl === 'function' ? (toImpl as (object: unknown) => unknown).call(connection, clientObject) : undefined;
}

function field(object: unknown, name: string): unknown {
  return typeof object === 'object' && object !== null ? Reflect.get(object, name) : undefined;
}

/** The process Playwright launched for a browser (`options.browserProcess.process` of the server's Browser). */
export function browserProcess(browser: object): ChildProcess | undefined {
  const process = field(field(field(serverObject(browser), 'options'), 'browserProcess'), 'process');
  return typeof field(process, 'pid') === 'number' && typeof field(process, 'once') === 'function' ? (process as ChildProcess) : undefined;
}
