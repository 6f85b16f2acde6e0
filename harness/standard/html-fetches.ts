/**
 * HTML's side of the model (issue #39): the fetch an element or a worker makes (its mode,
 * credentials mode and destination, from the CORS settings attribute or the kind of load), and
 * what the page learns of the response (whether the element loads, and whether its content is
 * readable: a canvas stays clean, cssRules can be read, a script runs).
 */
import type { BlockedReason } from '../model/reasons.js';
import type { ScenarioRequest } from '../model/scenario.js';
import { get } from '../scenario/fetch-cors-check.js';
import { parseMimeType } from '../scenario/fetch-safelist.js';

export type ElementRequest = Extract<ScenarioRequest, { api: 'element' }>;
export type WorkerRequest = Extract<ScenarioRequest, { api: 'worker' }>;

/** The parts of a request that HTML sets for an element's or a worker's fetch. */
export interface HtmlFetch {
  mode: 'cors' | 'no-cors' | 'same-origin';
  credentials: 'omit' | 'same-origin' | 'include';
  /** https://fetch.spec.whatwg.org/#concept-request-destination, as Sec-Fetch-Dest says it. */
  destination: string;
  /** What decides, once the fetch succeeded, whether the element loads and what the page can read. */
  load: 'image' | 'media' | 'audio' | 'classic-script' | 'module-script' | 'json-module' | 'stylesheet' | 'font' | 'preload' | 'worker-script';
}

/**
 * https://html.spec.whatwg.org/#create-a-potential-cors-request: no crossorigin attribute is a
 * "no-cors" request; `anonymous` is "cors" with credentials "same-origin", `use-credentials` "include".
 */
function potentialCors(crossorigin: ElementRequest['crossorigin']): Pick<HtmlFetch, 'mode' | 'credentials'> {
  if (crossorigin === undefined) return { mode: 'no-cors', credentials: 'include' };
  return { mode: 'cors', credentials: crossorigin === 'use-credentials' ? 'include' : 'same-origin' };
}

/** A module's credentials: its crossorigin attribute, `anonymous` when absent (https://html.spec.whatwg.org/#fetch-a-single-module-script). */
const moduleCredentials = (crossorigin: ElementRequest['crossorigin']): HtmlFetch['credentials'] => (crossorigin === 'use-credentials' ? 'include' : 'same-origin');

/** The fetch an element makes, or why the model does not reach it. */
export function elementFetch(request: ElementRequest): HtmlFetch | { outside: string } {
  switch (request.element) {
    case 'img':
      return { ...potentialCors(request.crossorigin), destination: 'image', load: 'image' };
    case 'video':
      return { ...potentialCors(request.crossorigin), destination: 'video', load: 'media' };
    case 'audio':
      return { ...potentialCors(request.crossorigin), destination: 'audio', load: 'audio' };
    case 'script':
      return { ...potentialCors(request.crossorigin), destination: 'script', load: 'classic-script' };
    case 'stylesheet':
      return { ...potentialCors(request.crossorigin), destination: 'style', load: 'stylesheet' };
    case 'preload-fetch':
      return { ...potentialCors(request.crossorigin), destination: 'empty', load: 'preload' };
    case 'module-script':
      return { mode: 'cors', credentials: moduleCredentials(request.crossorigin), destination: 'script', load: 'module-script' };
    case 'json-module':
      return { mode: 'cors', credentials: moduleCredentials(request.crossorigin), destination: 'json', load: 'json-module' };
    case 'font':
      // CSS Fonts: a font is always fetched in "cors" mode, credentials "same-origin" (the FontFace API as well).
      return { mode: 'cors', credentials: 'same-origin', destination: 'font', load: 'font' };
    case 'iframe-postmessage':
      return { outside: 'a navigation in a frame (the framed document decides what the page learns)' };
  }
}

/**
 * The fetch a worker load makes (https://html.spec.whatwg.org/#worker-processing-model): the
 * worker's own script in "same-origin" mode, `importScripts` a "no-cors" classic script, a module
 * worker's static import in "cors" mode with the worker's credentials option, all with the
 * worker's destination but `importScripts`.
 */
export function workerFetch(request: WorkerRequest): HtmlFetch {
  const destination = request.worker === 'shared' ? 'sharedworker' : 'worker';
  const credentials = request.credentials ?? 'same-origin';
  switch (request.load) {
    case 'classic-script':
      return { mode: 'same-origin', credentials: 'same-origin', destination, load: 'worker-script' };
    case 'module-script':
      return { mode: 'same-origin', credentials, destination, load: 'worker-script' };
    case 'import-scripts':
      // "Fetch a classic worker-imported script" sets no credentials mode, so today's text gives a request's default,
      // "same-origin" (whatwg/fetch#1153). That is an accident of the spec (whatwg/html#6354, w3c/ServiceWorker#1497):
      // every engine includes credentials, as a <script> without crossorigin does. The model and the catalogue follow "include".
      return { mode: 'no-cors', credentials: 'include', destination: 'script', load: 'worker-script' };
    case 'static-import':
      return { mode: 'cors', credentials, destination, load: 'module-script' };
  }
}

/** https://mimesniff.spec.whatwg.org/#javascript-mime-type */
const javaScriptMimeTypes = new Set([
  'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript', 'text/ecmascript', 'text/javascript',
  'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5',
  'text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript',
]);

const isJsonMimeType = (essence: string) => essence === 'application/json' || essence === 'text/json' || essence.endsWith('+json');

export type HtmlOutcome = { loads: true; readable: boolean } | { loads: false; blocked: BlockedReason | undefined; why: string } | { outside: string };

/**
 * Whether the element loads and the page can read its content, once the fetch has given a
 * response: `opaque` when it was a cross-origin "no-cors" fetch. `complete` says the headers are
 * all the server sent (otherwise a missing Content-Type is not known).
 */
export function htmlOutcome(fetch: HtmlFetch, response: { status: number; headers: Array<[string, string]> }, opaque: boolean, complete: boolean): HtmlOutcome {
  const contentType = get(response.headers, 'content-type');
  const parsed = contentType === null ? 'failure' : parseMimeType(contentType);
  const essence = parsed === 'failure' ? undefined : `${parsed.type}/${parsed.subtype}`;
  const ok = response.status >= 200 && response.status <= 299;
  const scriptLike = ['classic-script', 'module-script', 'json-module', 'worker-script', 'stylesheet'].includes(fetch.load);
  if (!ok) {
    // A script, a module or a style sheet with a status that is not ok is not run or applied; what an image or a font does with one is the decoder's.
    if (scriptLike) return { loads: false, blocked: undefined, why: `status ${response.status} is not ok` };
    return { outside: `status ${response.status}: what a ${fetch.load} does with a body that is not ok is the engine's` };
  }
  const nosniff = /^\s*nosniff\s*(,|$)/i.test(get(response.headers, 'x-content-type-options') ?? '');
  const needsType = (what: string) => (complete ? undefined : { outside: `the response declares no Content-Type, which decides whether a ${what} runs` });
  switch (fetch.load) {
    case 'module-script':
    case 'json-module': {
      // https://html.spec.whatwg.org/#fetch-a-single-module-script: the MIME type decides the module's type.
      if (essence === undefined) return needsType(fetch.load) ?? { loads: false, blocked: 'module-mime-type', why: 'no MIME type' };
      const fits = fetch.load === 'json-module' ? isJsonMimeType(essence) : javaScriptMimeTypes.has(essence);
      return fits ? { loads: true, readable: true } : { loads: false, blocked: 'module-mime-type', why: `${essence} is not a ${fetch.load === 'json-module' ? 'JSON' : 'JavaScript'} MIME type` };
    }
    case 'worker-script':
      // A worker's classic script and importScripts need a JavaScript MIME type.
      if (essence === undefined) return needsType('worker script') ?? { loads: false, blocked: undefined, why: 'no MIME type' };
      return javaScriptMimeTypes.has(essence) ? { loads: true, readable: true } : { loads: false, blocked: undefined, why: `${essence} is not a JavaScript MIME type` };
    case 'classic-script':
      // https://fetch.spec.whatwg.org/#should-response-to-request-be-blocked-due-to-mime-type? and nosniff: a classic script runs, opaque or not.
      if (essence === undefined) return needsType('script') ?? { loads: true, readable: true };
      if (/^(audio|image|video)\//.test(essence) || essence === 'text/csv') return { loads: false, blocked: undefined, why: `a script may not be ${essence}` };
      if (nosniff && !javaScriptMimeTypes.has(essence)) return { loads: false, blocked: undefined, why: `nosniff and ${essence}` };
      return { loads: true, readable: true };
    case 'stylesheet':
      // A style sheet in a document in no-quirks mode must be text/css; its rules are readable when it is not opaque.
      if (essence === undefined) return needsType('style sheet') ?? { loads: false, blocked: undefined, why: 'no MIME type' };
      return essence === 'text/css' ? { loads: true, readable: !opaque } : { loads: false, blocked: undefined, why: `${essence} is not text/css` };
    case 'image':
    case 'media':
      // Drawn on a canvas: getImageData throws on a canvas an opaque image or video tainted.
      return { loads: true, readable: !opaque };
    case 'font':
      return { loads: true, readable: true };
    case 'audio':
    case 'preload':
      // The probe cannot read an audio's samples, and a preload is never read itself.
      return { loads: true, readable: false };
  }
}
