// An Express API behind the `cors` package. `node server.mjs` serves the policy as meant;
// `node server.mjs mistake` serves a realistic mistake: an allowlist RegExp with an unescaped
// dot and no end anchor, which lets https://app.example.com.evil.test through.
import https from 'node:https';
import express from 'express';
import cors from 'cors';
import { generate } from 'selfsigned';

const mistake = process.argv[2] === 'mistake';
const port = Number(process.env.PORT ?? (mistake ? 3102 : 3101));
const allowedOrigins = mistake ? /^https:\/\/(app|admin).example.com/ : ['https://app.example.com', 'https://admin.example.com'];

const app = express();
app.get('/health', (req, res) => res.send('ok'));
app.use(
  '/api',
  cors({
    origin: allowedOrigins,
    credentials: true,
    methods: ['GET', 'PUT'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    exposedHeaders: ['X-Request-Id'],
    maxAge: 600,
  }),
);
app.get('/api/profile', (req, res) => res.set('X-Request-Id', 'r-42').json({ name: 'Ada' }));
app.put('/api/profile', (req, res) => res.set('X-Request-Id', 'r-43').json({ saved: true }));
// Served over https, as an API for https pages must be: browsers block an https page's request
// to plain http as mixed content (WebKit even for 127.0.0.1). The certificate is made at start.
const { private: key, cert } = await generate([{ name: 'commonName', value: '127.0.0.1' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' });
https.createServer({ key, cert }, app).listen(port, '127.0.0.1', () => console.log(`express example (${mistake ? 'mistake' : 'correct'}) on https://127.0.0.1:${port}`));
