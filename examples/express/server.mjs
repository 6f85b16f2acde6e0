// Express with the `cors` package. `node server.mjs` serves the policy as meant;
// `node server.mjs mistake` an allowlist RegExp with an unescaped dot and no end anchor, which
// lets https://app.example.com.evil.test and https://app-example.com through.
import https from 'node:https';
import express from 'express';
import cors from 'cors';
import { certificate } from '../certificate.mjs';

const mistake = process.argv[2] === 'mistake';
const port = mistake ? 3102 : 3101;

const app = express();
app.get('/health', (req, res) => res.send('ok'));
app.use(
  '/api',
  cors({
    origin: mistake ? /^https:\/\/app.example.com/ : ['https://app.example.com'],
    credentials: true,
    methods: ['GET', 'PUT'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    exposedHeaders: ['X-Request-Id'],
    maxAge: 600,
  }),
);
app.get('/api/profile', (req, res) => res.set('X-Request-Id', 'r-42').json({ name: 'Ada' }));
app.put('/api/profile', (req, res) => res.set('X-Request-Id', 'r-43').json({ saved: true }));
app.get('/api/fail', () => {
  throw new Error('the database is down');
});
https.createServer(await certificate(), app).listen(port, '127.0.0.1');
