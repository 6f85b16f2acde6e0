import { defineConfig } from 'corsmatrix';

// The policy every example means: the front end reads the profile with cookies, may PUT it with
// a JSON body and a bearer token, reads X-Request-Id, caches the preflight for ten minutes, and
// reads error answers too.
const profile = {
  path: '/api/profile',
  allowedOrigins: ['https://app.example.com'],
  credentials: true,
  methods: ['PUT'],
  requestHeaders: ['Content-Type', 'Authorization'],
  exposedHeaders: ['X-Request-Id'],
  maxAge: 600,
  // A route that fails (500): the front end must still read the error.
  errorPaths: ['/api/fail'],
};

/** Each example twice: the policy as meant, and its realistic mistake. */
const targets = [
  ['express', 3101, 3102],
  ['fastify', 3103, 3104],
  ['hono', 3105, 3106],
].flatMap(([name, port, mistakePort]) => [
  { name: `${name}-correct`, webServer: { command: 'node server.mjs', cwd: String(name), url: `https://127.0.0.1:${port}/health` }, paths: [profile] },
  { name: `${name}-mistake`, webServer: { command: 'node server.mjs mistake', cwd: String(name), url: `https://127.0.0.1:${mistakePort}/health` }, paths: [profile] },
]);

export default defineConfig({ pages: ['https://app.example.com'], targets });
