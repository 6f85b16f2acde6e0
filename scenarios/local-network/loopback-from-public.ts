import type { ScenarioInput } from '../../harness/model/scenario.js';
import { pngBase64 } from '../_shared/image.js';

// Local Network Access (formerly Private Network Access): a page on a public address that
// requests a loopback one. Every origin here is on loopback, so no engine sees an address-space
// change by default. Chromium and Firefox can be told that some loopback ports are public, with
// the switch and the preference their WPT runners use: the *-local-network-access projects mark
// `site-port` public, so its requests to `site` and `other` cross into the loopback space. No
// WebKit setting for it was found, and WebKit has no Local Network Access.
const notMeasuredHere = [
  {
    engine: 'chromium',
    reason: 'every origin is on loopback: only the chromium-local-network-access project presents site-port as a public address',
    exceptVariants: ['local-network-access'],
  },
  {
    engine: 'firefox',
    reason: 'every origin is on loopback: only the firefox-local-network-access project presents site-port as a public address',
    exceptVariants: ['local-network-access'],
  },
  {
    engine: 'webkit',
    reason: 'every origin is on loopback, and no WebKit setting to treat a loopback port as public was found',
    link: 'https://wicg.github.io/local-network-access/',
  },
] satisfies ScenarioInput['notMeasured'];

// Firefox has no words of its own for a denied permission (its prompt times out, see the
// variant's settings): a fetch gets its message for any failed connection, an image none.
const firefoxSaysConnectionFailed = {
  engine: 'firefox',
  reason:
    'Firefox ESR 153 reports a denied Local Network Access permission as a failed connection: "CORS request did not succeed. Status code: (null)", the message it prints when a server cannot be reached. No bug found (searched 2026-12-02); linked: the permission step of the specification.',
  bug: 'https://wicg.github.io/local-network-access/#integration-fetch',
  standardAllows: 'Local Network Access requires a network error, which Firefox gives; the console words are diagnostics, which no specification prescribes',
  expected: { blocked: 'network-failure' as const },
} satisfies NonNullable<ScenarioInput['deviations']>[number];

const firefoxSaysNothing = {
  engine: 'firefox',
  reason: 'Firefox ESR 153 prints nothing when Local Network Access denies an image: the element only fires error. No bug found (searched 2026-12-02); linked: the permission step of the specification.',
  bug: 'https://wicg.github.io/local-network-access/#integration-fetch',
  standardAllows: 'Local Network Access requires a network error, which Firefox gives; a console message is diagnostics, which no specification prescribes',
  expected: { blocked: 'silent' as const },
} satisfies NonNullable<ScenarioInput['deviations']>[number];

const granted = { cookies: [], permissions: ['local-network-access' as const] };

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
    deviations: [firefoxSaysConnectionFailed],
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
    deviations: [firefoxSaysConnectionFailed],
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
    deviations: [firefoxSaysNothing],
    notMeasured: notMeasuredHere,
  },
  {
    id: 'local-network/public-page-fetches-loopback-granted',
    title: 'A public page whose user granted local network access fetches a loopback origin: plain CORS applies, no extra preflight',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site-port',
    target: 'other',
    setup: granted,
    request: { api: 'fetch' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: true, page: { status: 200, bodyReadable: true } },
    notMeasured: notMeasuredHere,
  },
  {
    id: 'local-network/public-page-preflighted-to-loopback-granted',
    title: 'A public page whose user granted local network access sends a preflighted PUT to loopback: the usual preflight, then the request',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site-port',
    target: 'other',
    setup: granted,
    request: { api: 'fetch', method: 'PUT' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'PUT' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: true, request: true, page: { status: 200, bodyReadable: true } },
    notMeasured: notMeasuredHere,
  },
  {
    id: 'local-network/public-page-granted-still-needs-cors',
    title: 'The permission is not CORS: a granted public page fetching loopback without Access-Control-Allow-Origin is still blocked',
    reference: 'https://wicg.github.io/local-network-access/#integration-fetch',
    page: 'site-port',
    target: 'other',
    setup: granted,
    request: { api: 'fetch' },
    response: { status: 200 },
    expected: { preflight: false, request: true, page: 'network-error', blocked: 'allow-origin-missing' },
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
