// Fastify with @fastify/cors. `node server.mjs` serves the policy as meant; `node server.mjs
// mistake` reflects any origin with credentials (`origin: true`), so every site reads the profile
// with the user's cookies.
import Fastify from 'fastify';
import cors from '@fastify/cors';
import { certificate } from '../certificate.mjs';

const mistake = process.argv[2] === 'mistake';
const port = mistake ? 3104 : 3103;

const app = Fastify({ https: await certificate() });
await app.register(cors, {
  origin: mistake ? true : ['https://app.example.com'],
  credentials: true,
  methods: ['GET', 'PUT'],
  allowedHeaders: ['Content-Type', 'Authorization'],
  exposedHeaders: ['X-Request-Id'],
  maxAge: 600,
});
app.get('/health', async () => 'ok');
app.get('/api/profile', async (request, reply) => reply.header('X-Request-Id', 'r-42').send({ name: 'Ada' }));
app.put('/api/profile', async (request, reply) => reply.header('X-Request-Id', 'r-43').send({ saved: true }));
app.get('/api/fail', async () => {
  throw new Error('the database is down');
});
await app.listen({ port, host: '127.0.0.1' });
