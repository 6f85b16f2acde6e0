import type { ScenarioInput } from '../../harness/model/scenario.js';
import { pngBase64 } from '../_shared/image.js';

// Cross-Origin-Embedder-Policy: a page that sends `require-corp` may load a cross-origin no-cors
// resource only if the response opts in with Cross-Origin-Resource-Policy; a CORS request needs
// no CORP (passing CORS is the opt-in). `credentialless` instead loads no-cors resources without
// CORP but without credentials. CORP itself applies with or without COEP: `same-origin` and
// `same-site` forbid other origins and sites to load the resource in no-cors mode.
const image = { 'Content-Type': 'image/png' };
const requireCorp = { 'Cross-Origin-Embedder-Policy': 'require-corp' };
const credentialless = { 'Cross-Origin-Embedder-Policy': 'credentialless' };
const reference = 'https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check';

export default [
  {
    id: 'cross-origin-isolation/require-corp-img-without-corp',
    title: '<img> from another site on a COEP require-corp page, without Cross-Origin-Resource-Policy — fetched, then blocked',
    reference,
    page: 'site',
    target: 'other',
    pageHeaders: requireCorp,
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: image, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'image' }, page: 'network-error', blocked: 'corp-blocked' },
  },
  {
    id: 'cross-origin-isolation/require-corp-img-corp-cross-origin',
    title: '<img> from another site on a COEP require-corp page, with Cross-Origin-Resource-Policy: cross-origin — loads (the canvas is still tainted)',
    reference,
    page: 'site',
    target: 'other',
    pageHeaders: requireCorp,
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { ...image, 'Cross-Origin-Resource-Policy': 'cross-origin' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null }, page: { bodyReadable: false } },
  },
  {
    id: 'cross-origin-isolation/require-corp-img-corp-same-site-from-subdomain',
    title: '<img> from a same-site subdomain on a COEP require-corp page, with Cross-Origin-Resource-Policy: same-site — loads',
    reference,
    page: 'site',
    target: 'api',
    pageHeaders: requireCorp,
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { ...image, 'Cross-Origin-Resource-Policy': 'same-site' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, secFetchSite: 'same-site' }, page: { bodyReadable: false } },
  },
  {
    id: 'cross-origin-isolation/require-corp-cors-img-without-corp',
    title: '<img crossorigin> from another site on a COEP require-corp page, with Access-Control-Allow-Origin and no CORP — CORS is enough: loads, readable',
    reference: 'https://html.spec.whatwg.org/multipage/browsers.html#coep',
    page: 'site',
    target: 'other',
    pageHeaders: requireCorp,
    request: { api: 'element', element: 'img', crossorigin: 'anonymous' },
    response: { status: 200, headers: { ...image, 'Access-Control-Allow-Origin': '*' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: { bodyReadable: true } },
  },
  {
    id: 'cross-origin-isolation/require-corp-no-cors-fetch-without-corp',
    title: "fetch(url, { mode: 'no-cors' }) on a COEP require-corp page, without CORP — the opaque response is refused: a network error",
    reference,
    page: 'site',
    target: 'other',
    pageHeaders: requireCorp,
    request: { api: 'fetch', mode: 'no-cors' },
    response: { status: 200 },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: 'network-error', blocked: 'corp-blocked' },
  },
  {
    id: 'cross-origin-isolation/credentialless-img-without-corp',
    title: '<img> from a same-site subdomain on a COEP credentialless page, without CORP — loads, but without the cookie',
    reference: 'https://html.spec.whatwg.org/multipage/browsers.html#coep-credentialless',
    page: 'site',
    target: 'api',
    pageHeaders: credentialless,
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: image, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, cookie: null }, page: { bodyReadable: false } },
    deviations: [
      {
        engine: 'webkit',
        reason: 'WebKit does not implement COEP credentialless (its standards position supports it); the page is treated as unsafe-none, so the no-cors request keeps its cookie.',
        bug: 'https://bugs.webkit.org/show_bug.cgi?id=230550',
        expected: { request: { cookie: 'sid=planted' } },
      },
    ],
  },
  {
    id: 'cross-origin-isolation/require-corp-img-sends-cookie',
    title: '<img> from a same-site subdomain on a COEP require-corp page, with CORP: same-site — the control for credentialless: the cookie goes',
    reference,
    page: 'site',
    target: 'api',
    pageHeaders: requireCorp,
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { ...image, 'Cross-Origin-Resource-Policy': 'same-site' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, cookie: 'sid=planted' }, page: { bodyReadable: false } },
  },
  {
    id: 'cross-origin-isolation/corp-same-site-from-other-site-without-coep',
    title: '<img> from another site answered with Cross-Origin-Resource-Policy: same-site, on an ordinary page — CORP applies without COEP: blocked',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { ...image, 'Cross-Origin-Resource-Policy': 'same-site' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null }, page: 'network-error', blocked: 'corp-blocked' },
  },
] satisfies ScenarioInput[];
