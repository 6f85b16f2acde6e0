import type { ScenarioInput } from '../../harness/model/scenario.js';
import { webkitNoFetchMetadataAfterCrossOriginRedirect } from '../_shared/deviations.js';
import { pngBase64 } from '../_shared/image.js';

// <img crossorigin="use-credentials"> sends cookies, so like fetch() with credentials: 'include'
// it needs the exact origin plus Access-Control-Allow-Credentials: true. The cookie is planted on
// the same-site origin `api` so third-party cookie blocking does not interfere.
// Then canvas tainting: a canvas is tainted by any image that was not fetched with CORS (or
// came from another origin through a redirect), and getImageData on a tainted canvas throws.
const pngType = { 'Content-Type': 'image/png' };
const cookies = { cookies: [{ origin: 'api' as const, setCookie: 'sid=planted; Path=/' }] };

export default [
  {
    id: 'elements/img-use-credentials-exact-origin',
    title: '<img crossorigin=use-credentials>: cookie sent; exact origin + Access-Control-Allow-Credentials: true keeps the canvas readable',
    reference: 'https://html.spec.whatwg.org/multipage/urls-and-fetching.html#attr-crossorigin-use-credentials',
    page: 'site',
    target: 'api',
    setup: cookies,
    request: { api: 'element', element: 'img', crossorigin: 'use-credentials' },
    response: { status: 200, headers: { ...pngType, 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted', secFetchMode: 'cors' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/img-use-credentials-star',
    title: '<img crossorigin=use-credentials> answered with Access-Control-Allow-Origin: * — * is not allowed with credentials, the image fails',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'api',
    setup: cookies,
    request: { api: 'element', element: 'img', crossorigin: 'use-credentials' },
    response: { status: 200, headers: { ...pngType, 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'elements/img-use-credentials-without-allow-credentials',
    title: '<img crossorigin=use-credentials>, exact origin but no Access-Control-Allow-Credentials — the image fails',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'api',
    setup: cookies,
    request: { api: 'element', element: 'img', crossorigin: 'use-credentials' },
    response: { status: 200, headers: { ...pngType, 'Access-Control-Allow-Origin': '{page}' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'elements/img-same-origin-canvas-readable',
    title: "<img> from the page's own origin — no CORS needed, the canvas stays readable",
    reference: 'https://html.spec.whatwg.org/multipage/canvas.html#security-with-canvas-elements',
    page: 'site',
    target: 'site',
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: pngType, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, secFetchSite: 'same-origin' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/img-no-crossorigin-allow-origin-ignored',
    title: '<img> without crossorigin: Access-Control-Allow-Origin: * on the response does not help, the canvas is tainted',
    reference: 'https://html.spec.whatwg.org/multipage/canvas.html#security-with-canvas-elements',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { ...pngType, 'Access-Control-Allow-Origin': '*' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: { bodyReadable: false } },
  },
  {
    id: 'elements/img-same-origin-redirected-away-taints',
    title: "<img> of a same-origin URL that redirects to another origin — the image loads, but it taints the canvas",
    reference: 'https://html.spec.whatwg.org/multipage/canvas.html#security-with-canvas-elements',
    page: 'site',
    target: 'site',
    request: { api: 'element', element: 'img' },
    response: { status: 302, redirect: { to: 'other', response: { status: 200, headers: pngType, bodyBase64: pngBase64 } } },
    expected: { preflight: false, request: { origin: null }, finalRequest: { origin: null }, page: { bodyReadable: false } },
  },
  {
    id: 'elements/img-crossorigin-redirect-to-third-origin',
    title: '<img crossorigin> redirected to a third origin — Origin: null there, and * on both hops keeps the canvas readable',
    reference: 'https://fetch.spec.whatwg.org/#concept-request-tainted-origin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img', crossorigin: 'anonymous' },
    response: {
      status: 302,
      headers: { 'Access-Control-Allow-Origin': '*' },
      redirect: { to: 'api', response: { status: 200, headers: { ...pngType, 'Access-Control-Allow-Origin': '*' }, bodyBase64: pngBase64 } },
    },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: 'null', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'image' }, page: { bodyReadable: true } },
    deviations: [webkitNoFetchMetadataAfterCrossOriginRedirect],
  },
] satisfies ScenarioInput[];
