/**
 * One CORS library as a standalone https server on a loopback port, with the options of the
 * library policy in one origin form (harness/libraries/policy.ts): the command a library target's
 * webServer runs, so that the library is checked the way `npx corsmatrix` checks a user's server.
 *
 *   node --import tsx scripts/serve-library.ts <library> <list|exact|regexp|function> <port>
 */
import https from 'node:https';
import { generate } from 'selfsigned';
import { thrownMessage } from '../harness/libraries/endpoints.js';
import { libraryAdapters } from '../harness/libraries/index.js';
import { isLibraryName } from '../harness/model/library-names.js';
import { libraryPolicy, originForms, policyEndpointSettings, policyOptions, readyPath, type OriginForm } from '../harness/libraries/policy.js';

const [library = '', form = '', portText = ''] = process.argv.slice(2);
const port = Number(portText);
if (!isLibraryName(library) || !(originForms as readonly string[]).includes(form) || !Number.isInteger(port) || port <= 0) {
  console.error(`usage: serve-library.ts <${Object.keys(libraryAdapters).join('|')}> <${originForms.join('|')}> <port>`);
  process.exit(2);
}

// A framework that prints the error /throws raises on purpose (Hono does) would fill the run's output.
const printError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (!args.some((arg) => arg instanceof Error && arg.message === thrownMessage)) printError(...args);
};

// A library in another language runs in a process of its own, started here and stopped with this one.
const adapter = libraryAdapters[library];
const runtime = await adapter.start?.();
const handler = await adapter.createHandler(policyOptions(libraryPolicy, form as OriginForm), policyEndpointSettings, runtime);
// Pages are https: an http API would be blocked as mixed content before any CORS check.
const { private: key, cert } = await generate([{ name: 'commonName', value: '127.0.0.1' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' });
const server = https.createServer({ key, cert }, (req, res) => {
  // Answered here, not by the library: the webServer waits for it, and an app may refuse a
  // request without Origin (@fastify/cors's documented origin function throws on one).
  if (req.url === readyPath) res.end('ready');
  else handler.handle(req, res);
});
server.listen(port, '127.0.0.1');

const stop = () => {
  server.close();
  server.closeAllConnections();
  void handler
    .close()
    .then(() => runtime?.stop())
    .finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
