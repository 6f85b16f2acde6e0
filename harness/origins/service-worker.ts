/**
 * The script of the service worker a scenario page can register (`request.serviceWorker`). It
 * takes control at once and answers the page's requests to scenario URLs (`/s/<token>/<hop>`) in
 * the way its `answer` query parameter says:
 * - `network`: `fetch(event.request)`, the request as the page made it (mode, credentials);
 * - `no-cors`: a no-cors fetch of the same URL, whose opaque response a CORS request must refuse;
 * - `synthetic`: a `new Response()` made in the worker, which never reaches a server.
 * Everything else goes to the network as usual.
 */
import { isOneOf } from '../model/name-lists.js';
import { serviceWorkerAnswers } from '../model/urls.js';

export const serviceWorkerScript = `
const answer = new URL(self.location.href).searchParams.get('answer');
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (!new URL(event.request.url).pathname.startsWith('/s/')) return;
  if (answer === 'network') event.respondWith(fetch(event.request));
  else if (answer === 'no-cors') event.respondWith(fetch(event.request.url, { mode: 'no-cors', credentials: 'omit' }));
  else if (answer === 'synthetic') event.respondWith(new Response('made by the service worker', { headers: { 'X-Made-By': 'service-worker' } }));
});
`;

/** Whether a query value names an answer the script knows. */
export function isServiceWorkerAnswer(value: string | undefined): boolean {
  return isOneOf(serviceWorkerAnswers, value ?? '');
}
