// Hono's cors middleware on Node. `node server.mjs` serves the policy as meant; `node server.mjs
// mistake` checks the origin with a RegExp that has no start anchor, which lets
// https://evilapp.example.com through.
import https from 'node:https';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { serve } from '@hono/node-server';
import { certificate } from '../certificate.mjs';

const mistake = process.argv[2] === 'mistake';
const port = mistake ? 3106 : 3105;

const app = new Hono();
app.get('/health', (c) => c.text('ok'));
app.use(
  '/api/*',
  cors({
    // Hono answers a refused origin with its fallback (the first allowed one), not with nothing.
    origin: mistake ? (origin) => (/app\.example\.com$/.test(origin) ? origin : 'https://app.example.com') : ['https://app.example.com'],
    credentials: true,
    allowMethods: ['GET', 'PUT'],
    allowHeaders: ['Content-Type', 'Authorization'],
    exposeHeaders: ['X-Request-Id'],
    maxAge: 600,
  }),
);
app.get('/api/profile', (c) => c.json({ name: 'Ada' }, 200, { 'X-Request-Id': 'r-42' }));
app.put('/api/profile', (c) => c.json({ saved: true }, 200, { 'X-Request-Id': 'r-43' }));
app.get('/api/fail', () => {
  throw new Error('the database is down');
});
serve({ fetch: app.fetch, port, hostname: '127.0.0.1', createServer: https.createServer, serverOptions: await certificate() });
