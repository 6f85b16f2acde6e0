import { defineConfig } from '../../harness/project/config.js';

// The policy both servers mean: the two front ends read the profile with cookies and may PUT it.
const profile = {
  path: '/api/profile',
  allowedOrigins: ['https://app.example.com', 'https://admin.example.com'],
  credentials: true,
  methods: ['PUT'],
  requestHeaders: ['Content-Type', 'Authorization'],
  exposedHeaders: ['X-Request-Id'],
  maxAge: 600,
};

export default defineConfig({
  pages: ['https://app.example.com', 'https://admin.example.com'],
  targets: [
    { name: 'express-correct', webServer: { command: 'node server.mjs', url: 'https://127.0.0.1:3101/health' }, paths: [profile] },
    { name: 'express-mistake', webServer: { command: 'node server.mjs mistake', url: 'https://127.0.0.1:3102/health' }, paths: [profile] },
  ],
});
