import type { ScenarioInput } from '../../harness/model/scenario.js';
import { audioType, audioWavBase64, videoType, videoWebmBase64 } from '../_shared/media.js';

// <video> and <audio> play cross-origin media without CORS (no-cors, like <img>), but a video
// frame drawn on a canvas then taints it. The crossorigin attribute makes the request a CORS
// request: the media then fails to load without Access-Control-Allow-Origin, and with it the
// canvas stays readable. The probe cannot read audio samples, so audio scenarios check only
// whether it loads and what reached the server.
const video = { bodyBase64: videoWebmBase64 };
const audio = { bodyBase64: audioWavBase64 };

// Whether the first request of a media resource asks for a byte range is the user agent's choice
// (HTML: "the byte range required", "entire resource" or not): no expectation decides it.
const rangeIsTheEnginesChoice = [
  {
    field: 'request at hop 0 (*): Range',
    reason: 'Chromium and Firefox ask for bytes=0- on the first media request, WebKit asks for the entire resource; HTML leaves the byte range to the user agent',
  },
];

export default [
  {
    id: 'elements/video-no-cors-taints-canvas',
    title: "<video> from another site without crossorigin — plays (no-cors), but a frame drawn on a canvas taints it",
    reference: 'https://html.spec.whatwg.org/multipage/media.html#concept-media-load-resource',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'video' },
    response: { status: 200, headers: videoType, ...video },
    ignoreDifferences: rangeIsTheEnginesChoice,
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'video' }, page: { bodyReadable: false } },
  },
  {
    id: 'elements/video-crossorigin-allowed',
    title: '<video crossorigin> with Access-Control-Allow-Origin: * — a CORS request, and the canvas stays readable',
    reference: 'https://html.spec.whatwg.org/multipage/media.html#attr-media-crossorigin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'video', crossorigin: 'anonymous' },
    response: { status: 200, headers: { ...videoType, 'Access-Control-Allow-Origin': '*' }, ...video },
    ignoreDifferences: rangeIsTheEnginesChoice,
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'video' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/video-crossorigin-without-allow-origin',
    title: '<video crossorigin> without Access-Control-Allow-Origin — the media fails to load',
    reference: 'https://html.spec.whatwg.org/multipage/media.html#attr-media-crossorigin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'video', crossorigin: 'anonymous' },
    response: { status: 200, headers: videoType, ...video },
    ignoreDifferences: rangeIsTheEnginesChoice,
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: 'network-error', blocked: 'allow-origin-missing' },
  },
  {
    id: 'elements/audio-no-cors',
    title: '<audio> from another site without crossorigin — a no-cors request, and it loads',
    reference: 'https://html.spec.whatwg.org/multipage/media.html#concept-media-load-resource',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'audio' },
    response: { status: 200, headers: audioType, ...audio },
    ignoreDifferences: rangeIsTheEnginesChoice,
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'audio' }, page: {} },
  },
  {
    id: 'elements/audio-crossorigin-without-allow-origin',
    title: '<audio crossorigin> without Access-Control-Allow-Origin — the media fails to load',
    reference: 'https://html.spec.whatwg.org/multipage/media.html#attr-media-crossorigin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'audio', crossorigin: 'anonymous' },
    response: { status: 200, headers: audioType, ...audio },
    ignoreDifferences: rangeIsTheEnginesChoice,
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'audio' }, page: 'network-error', blocked: 'allow-origin-missing' },
  },
  {
    id: 'elements/audio-crossorigin-use-credentials',
    title: '<audio crossorigin=use-credentials> to a same-site subdomain — the cookie goes, and Allow-Credentials lets it load',
    reference: 'https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'element', element: 'audio', crossorigin: 'use-credentials' },
    response: { status: 200, headers: { ...audioType, 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' }, ...audio },
    ignoreDifferences: rangeIsTheEnginesChoice,
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted', secFetchMode: 'cors' }, page: {} },
  },
] satisfies ScenarioInput[];
