import type { ScenarioInput } from '../../harness/model/scenario.js';
import { pngBase64 } from '../_shared/image.js';

// An <img> without crossorigin loads any image but taints a canvas it is drawn on;
// with crossorigin the request uses CORS, and a failed CORS check fails the load.

export default [
  {
    id: 'elements/img-no-crossorigin-taints-canvas',
    title: '<img> without crossorigin loads a cross-origin image, but getImageData on the canvas throws',
    reference: 'https://html.spec.whatwg.org/multipage/canvas.html#security-with-canvas-elements',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { 'Content-Type': 'image/png' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'image' }, page: { bodyReadable: false } },
  },
  {
    id: 'elements/img-crossorigin-allowed',
    title: '<img crossorigin> with Access-Control-Allow-Origin: * — canvas stays readable',
    reference: 'https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img', crossorigin: 'anonymous' },
    response: { status: 200, headers: { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'image' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/img-crossorigin-without-cors-headers',
    title: '<img crossorigin> without Access-Control-Allow-Origin — the image fails to load',
    reference: 'https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img', crossorigin: 'anonymous' },
    response: { status: 200, headers: { 'Content-Type': 'image/png' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: 'network-error' },
  },
  {
    id: 'elements/script-jsonp',
    title: 'JSONP: a cross-origin <script> runs and hands its data to the page without any CORS header',
    reference: 'https://html.spec.whatwg.org/multipage/scripting.html#the-script-element',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'script' },
    response: { status: 200, headers: { 'Content-Type': 'text/javascript' }, body: "window.corsmatrixValue = 'jsonp data';" },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/iframe-postmessage-proxy',
    title: 'iframe + postMessage proxy: a framed page on another site posts data to the page, no CORS involved',
    reference: 'https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'iframe-postmessage' },
    response: { status: 200, headers: { 'Content-Type': 'text/html' }, body: "<script>parent.postMessage('proxied data', '*')</script>" },
    expected: { preflight: false, request: { origin: null, secFetchDest: 'iframe', secFetchMode: 'navigate' }, page: { bodyReadable: true } },
  },
] satisfies ScenarioInput[];
