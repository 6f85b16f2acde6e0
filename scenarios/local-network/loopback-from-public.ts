import type { ScenarioInput } from '../../harness/scenario/schema.js';
import { pngBase64 } from '../_shared/image.js';

// Local Network Access (formerly Private Network Access): a page on a public address that
// requests a loopback one. Every origin here is on loopback, so no engine sees an address-space
// change by default. Chromium can be told that some loopback ports are public
// (--ip-address-space-overrides, as WPT's runner does): the chromium-local-network-access project
// marks `site-port` public, so its requests to `site` and `other` cross into the loopback space.
// Firefox and WebKit have no such switch that was found, so their cells say "not measured".
const notMeasuredHere = [
  {
    engine: 'chromium',
    reason: 'every origin is on loopback: only the chromium-local-network-access project presents site-port as a public address',
    exceptVariants: ['local-network-access'],
  },
  {
    engine: 'firefox',
    reason: 'every origin is on loopback, and no Firefox setting to treat a loopback port as public was found',
    link: 'https://wicg.github.io/local-network-access/',
  },
  {
    engine: 'webkit',
    reason: 'every origin is on loopback, and no WebKit setting to treat a loopback port as public was found',
    link: 'https://wicg.github.io/local-network-access/',
  },
] satisfies ScenarioInput['notMeasured'];

export default [
  {
    id: 'local-network/public-page-fetches-loopback',
    title: 'A public page fetches a loopback origin: blocked until the user grants local network access',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site-port',
    target: 'other',
    request: { api: 'fetch' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: false, page: 'network-error', blocked: 'local-network-denied' },
    notMeasured: notMeasuredHere,
  },
  {
    id: 'local-network/public-page-preflighted-to-loopback',
    title: 'A public page sends a preflighted PUT to a loopback origin: nothing reaches the server without the permission',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site-port',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'PUT', 'Access-Control-Allow-Private-Network': 'true' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: false, page: 'network-error', blocked: 'local-network-denied' },
    notMeasured: notMeasuredHere,
  },
  {
    id: 'local-network/public-page-img-to-loopback',
    title: 'A public page loads an <img> from a loopback origin: subresources fall under the same permission',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site-port',
    target: 'other',
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { 'Content-Type': 'image/png' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: false, page: 'network-error', blocked: 'local-network-denied' },
    notMeasured: notMeasuredHere,
  },
  {
    id: 'local-network/loopback-page-fetches-loopback',
    title: 'A loopback page fetching another loopback origin is not a local-network request: plain CORS applies',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: true, page: { status: 200, bodyReadable: true } },
  },
] satisfies ScenarioInput[];
