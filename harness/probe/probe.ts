/**
 * The in-page probe: makes one request with the page's own APIs and reports what the page's
 * JavaScript could see. It is sent to the page as source text (`Function.prototype.toString`),
 * so it must stay self-contained: no imports, no closures over module scope, plain JSON in and out.
 */
import type { PageObservation } from '../model/observation.js';
import type { RequestBody } from '../model/scenario.js';

declare global {
  interface Window {
    /** Set by a classic or module script the probe loads: the script ran (and what it exported). */
    corsmatrixValue?: unknown;
    /** The probe's callback for a JSON module script's value. */
    corsmatrixJson?: (value: unknown) => void;
  }
}

interface ScriptRequest {
  url: string;
  method: string;
  headers: Array<[string, string]>;
  body: RequestBody | undefined;
  /** Response headers to try to read. */
  readHeaders: string[];
  timeoutMs: number;
  /** Made from a sandboxed frame of the page, whose origin is `null`. */
  sandboxed?: boolean;
}

export type ProbeRequest = (
  | (ScriptRequest & {
      api: 'fetch';
      credentials: RequestCredentials;
      mode: RequestMode;
      redirect: RequestRedirect;
      keepalive: boolean;
      /** The script of a service worker (same-origin) that controls the page during the request. */
      serviceWorker: string | null;
      /** Read the response's resource-timing entry afterwards. */
      readTiming: boolean;
    })
  | (ScriptRequest & { api: 'xhr'; withCredentials: boolean; uploadListener: boolean })
  | {
      api: 'element';
      url: string;
      element: 'img' | 'script' | 'module-script' | 'stylesheet' | 'iframe-postmessage' | 'font' | 'json-module' | 'video' | 'audio' | 'preload-fetch';
      crossorigin: 'anonymous' | 'use-credentials' | null;
      timeoutMs: number;
      /**
       * How long the probe waits, after a load, for what may still come: a video's first frame, a
       * framed page's message. A safety net, scaled with the machine (harness/pace.ts); the request's
       * own timeoutMs still bounds the whole.
       */
      settleMs: number;
    }
  | { api: 'beacon'; url: string; body: RequestBody | undefined; timeoutMs: number }
  | { api: 'eventsource'; url: string; withCredentials: boolean; timeoutMs: number }
  | { api: 'websocket'; url: string; timeoutMs: number }
  | {
      api: 'worker';
      url: string;
      worker: 'dedicated' | 'shared';
      load: 'classic-script' | 'module-script' | 'import-scripts' | 'static-import';
      credentials: RequestCredentials | null;
      timeoutMs: number;
    }
) & {
  /** Made from an iframe loaded from this URL (a page of another origin that runs the probe), inside the page. */
  frame?: string | undefined;
};

export async function probe(request: ProbeRequest): Promise<PageObservation> {
  const started = performance.now();
  const observation: PageObservation = {
    result: 'network-error',
    status: null,
    type: null,
    redirected: null,
    url: null,
    bodyReadable: false,
    body: null,
    headers: {},
    visibleHeaderNames: [],
    error: null,
    durationMs: 0,
  };
  const finish = (): PageObservation => {
    observation.durationMs = Math.round(performance.now() - started);
    return observation;
  };

  // Only what XMLHttpRequest can send too: no stream.
  const makeBody = (): XMLHttpRequestBodyInit | undefined => {
    const body = 'body' in request ? request.body : undefined;
    if (!body) return undefined;
    switch (body.kind) {
      case 'text':
        return body.text;
      case 'urlencoded':
        return new URLSearchParams(body.fields);
      case 'form-data': {
        const form = new FormData();
        for (const [name, value] of Object.entries<string>(body.fields)) form.append(name, value);
        return form;
      }
      case 'blob':
        return new Blob([body.text], { type: body.type });
    }
  };

  if (request.api === 'element') {
    const { element, url, crossorigin, settleMs } = request;
    return new Promise<PageObservation>((resolve) => {
      let settled = false;
      // Taken out of the document when settled, so the next run on this page finds it as loaded.
      let added: Element | undefined;
      const done = (result: PageObservation['result'], readable: boolean, detail: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        added?.remove();
        if (added instanceof HTMLMediaElement) {
          added.removeAttribute('src');
          added.load();
        }
        window.removeEventListener('message', onMessage);
        window.removeEventListener('error', onScriptError);
        observation.result = result;
        observation.bodyReadable = readable;
        if (detail !== null) observation.body = detail.slice(0, 200);
        resolve(finish());
      };
      const timer = setTimeout(() => done('timeout', false, null), request.timeoutMs);
      window.corsmatrixValue = undefined;
      // A cross-origin classic script's errors reach window.onerror muted, as "Script error.".
      const onScriptError = (event: ErrorEvent) => {
        observation.error = `window error event: ${event.message}`;
      };
      const onMessage = (event: MessageEvent) => {
        if (event.origin === new URL(url).origin) done('response', true, String(event.data));
      };
      // A canvas that drew cross-origin data without CORS is tainted: getImageData throws.
      // A video may have no frame to draw yet at loadeddata (seen in Chromium): then nothing is
      // drawn, nothing taints, and the pixel is blank. The test media are opaque, so a blank
      // pixel means "not drawn yet": try again, and say so if no frame ever comes.
      const readPixel = (source: CanvasImageSource, width: number, height: number, frameDeadline = 0) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d');
        context?.drawImage(source, 0, 0);
        let pixel: Uint8ClampedArray | undefined;
        try {
          pixel = context?.getImageData(0, 0, 1, 1).data;
        } catch (error) {
          done('response', false, `getImageData: ${String(error)}`);
          return;
        }
        if (source instanceof HTMLVideoElement && pixel?.[3] === 0) {
          if (performance.now() < frameDeadline) setTimeout(() => readPixel(source, width, height, frameDeadline), 25);
          else {
            observation.error = `the video loaded, but no frame of it could be drawn on a canvas within ${settleMs} ms`;
            done('timeout', false, null);
          }
          return;
        }
        done('response', true, pixel ? `pixel ${Array.from(pixel).join(',')}` : null);
      };
      if (element === 'img') {
        const img = new Image();
        if (crossorigin) img.crossOrigin = crossorigin;
        img.onload = () => readPixel(img, img.naturalWidth, img.naturalHeight);
        img.onerror = () => done('network-error', false, null);
        img.src = url;
      } else if (element === 'script' || element === 'module-script') {
        window.addEventListener('error', onScriptError);
        const script = document.createElement('script');
        if (element === 'module-script') script.type = 'module';
        if (crossorigin) script.crossOrigin = crossorigin;
        script.onload = () =>
          // A module script runs after its load event has been queued; give it a task to finish.
          setTimeout(() => done('response', window.corsmatrixValue !== undefined, window.corsmatrixValue === undefined ? null : String(window.corsmatrixValue)), 0);
        script.onerror = () => done('network-error', false, null);
        script.src = url;
        added = script;
        document.head.append(script);
      } else if (element === 'stylesheet') {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        if (crossorigin) link.crossOrigin = crossorigin;
        link.onload = () => {
          try {
            const rules = link.sheet?.cssRules.length ?? 0;
            done('response', true, `${rules} rules`);
          } catch (error) {
            done('response', false, `cssRules: ${String(error)}`);
          }
        };
        link.onerror = () => done('network-error', false, null);
        link.href = url;
        added = link;
        document.head.append(link);
      } else if (element === 'video' || element === 'audio') {
        const media = document.createElement(element);
        media.muted = true;
        media.preload = 'auto';
        if (crossorigin) media.crossOrigin = crossorigin;
        media.onloadeddata = () =>
          media instanceof HTMLVideoElement ? readPixel(media, media.videoWidth, media.videoHeight, performance.now() + settleMs) : done('response', false, `loaded, ${media.duration.toFixed(2)} s`);
        media.onerror = () => {
          observation.error = `media error ${media.error?.code ?? '?'}: ${media.error?.message ?? ''}`;
          done('network-error', false, null);
        };
        // Taken out of the document by done(), and its src dropped, so nothing keeps loading.
        added = media;
        media.src = url;
        document.body.append(media);
      } else if (element === 'preload-fetch') {
        const link = document.createElement('link');
        link.rel = 'preload';
        link.as = 'fetch';
        if (crossorigin) link.crossOrigin = crossorigin;
        link.onload = () => done('response', false, 'preloaded');
        link.onerror = () => done('network-error', false, null);
        // Taken out when settled like the others: the document keeps its preloaded response,
        // keyed by URL, mode and credentials, whether the link stays or not.
        link.href = url;
        added = link;
        document.head.append(link);
      } else if (element === 'font') {
        // Fonts are always fetched in CORS mode, credentials same-origin; no attribute changes that.
        const face = new FontFace(`corsmatrix-${Math.random().toString(36).slice(2)}`, `url(${JSON.stringify(url)})`);
        face.load().then(
          () => done('response', true, `font ${face.status}`),
          (error: unknown) => {
            observation.error = `FontFace.load: ${String(error)}`;
            done('network-error', false, null);
          },
        );
      } else if (element === 'json-module') {
        // An inline module script's imports take its crossorigin attribute as their credentials mode.
        const script = document.createElement('script');
        script.type = 'module';
        if (crossorigin) script.crossOrigin = crossorigin;
        window.corsmatrixJson = (value) => done('response', true, JSON.stringify(value));
        // An import that fails to fetch (or is not JSON) leaves the script without a result: error event.
        script.onerror = () => done('network-error', false, null);
        script.textContent = `import value from ${JSON.stringify(url)} with { type: 'json' };\nwindow.corsmatrixJson(value);`;
        added = script;
        document.head.append(script);
      } else {
        window.addEventListener('message', onMessage);
        const frame = document.createElement('iframe');
        // Loaded without a message: the framed page did not (or could not) talk to us.
        frame.onload = () => setTimeout(() => done('response', false, null), settleMs);
        frame.src = url;
        added = frame;
        document.body.append(frame);
      }
    });
  }

  if (request.api === 'beacon') {
    let queued: boolean;
    try {
      queued = navigator.sendBeacon(request.url, makeBody());
    } catch (error) {
      observation.result = 'threw';
      observation.error = String(error);
      return finish();
    }
    // The page learns nothing more; what reached the servers tells the rest.
    observation.result = queued ? 'queued' : 'threw';
    if (!queued) observation.error = 'sendBeacon returned false: the browser did not queue it';
    return finish();
  }

  if (request.api === 'worker') {
    const { url, worker, load, credentials, timeoutMs } = request;
    const module = load === 'module-script' || load === 'static-import';
    // A worker of the page's own origin (a blob: URL) that loads the URL and reports back: to
    // the page in a dedicated worker, to the first port that connects in a shared one.
    const prelude = [
      'let outcome; let port;',
      'const send = () => { if (outcome && port) port.postMessage(outcome); };',
      'self.onconnect = (event) => { port = event.ports[0]; send(); };',
      "const report = (kind, detail) => { outcome = [kind, String(detail)]; if ('postMessage' in self) self.postMessage(outcome); else send(); };",
    ].join('\n');
    const body =
      load === 'import-scripts'
        ? `try { importScripts(${JSON.stringify(url)}); report('ran', self.corsmatrixValue); } catch (error) { report('failed', error); }`
        : `import ${JSON.stringify(url)};\nreport('ran', self.corsmatrixValue);`;
    const scriptUrl = load === 'classic-script' || load === 'module-script' ? url : URL.createObjectURL(new Blob([`${prelude}\n${body}`], { type: 'text/javascript' }));
    return new Promise<PageObservation>((resolve) => {
      let instance: Worker | SharedWorker | undefined;
      // The first of message, error and timeout decides; a later one must not rewrite the observation.
      let settled = false;
      const done = (result: PageObservation['result'], value: string | null, error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (instance instanceof Worker) instance.terminate();
        else instance?.port.close();
        if (scriptUrl !== url) URL.revokeObjectURL(scriptUrl);
        observation.result = result;
        observation.bodyReadable = value !== null;
        observation.body = value;
        observation.error = error;
        resolve(finish());
      };
      const timer = setTimeout(() => done('timeout', null, null), timeoutMs);
      const onMessage = (event: MessageEvent) => {
        const [kind, detail]: unknown[] = Array.isArray(event.data) ? event.data : [];
        if (kind === 'ran') done('response', String(detail), null);
        else if (kind === 'failed') done('network-error', null, String(detail));
      };
      const options: WorkerOptions = { type: module ? 'module' : 'classic', ...(credentials ? { credentials } : {}) };
      try {
        if (worker === 'shared') {
          const sharedWorker = new SharedWorker(scriptUrl, { ...options, name: `corsmatrix-${Math.random().toString(36).slice(2)}` });
          instance = sharedWorker;
          sharedWorker.port.onmessage = onMessage;
          sharedWorker.onerror = () => done('network-error', null, 'SharedWorker error event');
        } else {
          const dedicated = new Worker(scriptUrl, options);
          instance = dedicated;
          dedicated.onmessage = onMessage;
          dedicated.onerror = (event) => {
            event.preventDefault();
            done('network-error', null, `Worker error event${event.message ? `: ${event.message}` : ''}`);
          };
        }
      } catch (error) {
        done('threw', null, String(error));
      }
    });
  }

  if (request.api === 'websocket') {
    const { url, timeoutMs } = request;
    return new Promise<PageObservation>((resolve) => {
      let settled = false;
      const socket = new WebSocket(url.replace(/^http/, 'ws'));
      const done = (result: PageObservation['result'], data: string | null, error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.close();
        observation.result = result;
        observation.bodyReadable = data !== null;
        observation.body = data === null ? null : data.slice(0, 200);
        observation.error = error;
        resolve(finish());
      };
      const timer = setTimeout(() => done('timeout', null, null), timeoutMs);
      socket.onmessage = (event: MessageEvent) => done('response', String(event.data), null);
      socket.onerror = () => done('network-error', null, 'WebSocket error event');
      socket.onclose = (event: CloseEvent) => done('network-error', null, `WebSocket closed (code ${event.code})`);
    });
  }

  if (request.api === 'eventsource') {
    const { url, withCredentials, timeoutMs } = request;
    return new Promise<PageObservation>((resolve) => {
      const source = new EventSource(url, { withCredentials });
      let settled = false;
      // Closed at once either way, so the browser never reconnects on its own.
      const done = (result: PageObservation['result'], data: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        source.close();
        observation.result = result;
        observation.bodyReadable = data !== null;
        observation.body = data === null ? null : data.slice(0, 200);
        if (result === 'network-error') observation.error = 'EventSource error event';
        resolve(finish());
      };
      const timer = setTimeout(() => done('timeout', null), timeoutMs);
      source.onmessage = (event: MessageEvent) => done('response', String(event.data));
      source.onerror = () => done('network-error', null);
    });
  }

  if (request.api === 'fetch') {
    let registration: ServiceWorkerRegistration | undefined;
    if (request.serviceWorker) {
      try {
        // Scoped to this page alone, and controlling it before the request is made.
        registration = await navigator.serviceWorker.register(request.serviceWorker, { scope: location.pathname });
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve, reject) => {
            navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
            setTimeout(() => reject(new Error(`no control within ${request.timeoutMs} ms`)), request.timeoutMs);
          });
        }
      } catch (error) {
        await registration?.unregister();
        observation.result = 'threw';
        observation.error = `service worker: ${String(error)}`;
        return finish();
      }
    }
    // The resource-timing buffer holds 250 entries, and a shared page makes many requests.
    if (request.readTiming) performance.clearResourceTimings();
    try {
      return await fetchAndRead(request);
    } finally {
      await registration?.unregister();
    }
  }

  async function fetchAndRead(request: ProbeRequest & { api: 'fetch' }): Promise<PageObservation> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeoutMs);
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: makeBody(),
        credentials: request.credentials,
        mode: request.mode,
        redirect: request.redirect,
        keepalive: request.keepalive,
        signal: controller.signal,
      });
    } catch (error) {
      clearTimeout(timer);
      observation.result = timedOut ? 'timeout' : error instanceof TypeError ? 'network-error' : 'threw';
      observation.error = String(error);
      return finish();
    }
    observation.result = 'response';
    observation.status = response.status;
    observation.type = response.type;
    observation.redirected = response.redirected;
    observation.url = response.url;
    for (const name of request.readHeaders) observation.headers[name] = response.headers.get(name);
    response.headers.forEach((_value, name) => observation.visibleHeaderNames.push(name));
    try {
      const text = await response.text();
      observation.body = text.slice(0, 200);
      observation.bodyReadable = response.type !== 'opaque' && response.type !== 'opaqueredirect';
    } catch (error) {
      observation.error = `body: ${String(error)}`;
    }
    clearTimeout(timer);
    if (request.readTiming) {
      // The entry is queued once the body has been read; give the task that reports it a turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const entries = performance.getEntriesByName(response.url || request.url, 'resource').filter((entry) => entry instanceof PerformanceResourceTiming);
      const entry = entries[entries.length - 1];
      // The fields the timing allow check zeroes (Resource Timing, "mark resource timing").
      const guarded = ['redirectStart', 'redirectEnd', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'requestStart', 'responseStart', 'transferSize', 'encodedBodySize', 'decodedBodySize', 'nextHopProtocol'] as const;
      observation.timingExposed = entry ? guarded.filter((name) => entry[name] !== 0 && entry[name] !== '') : [];
      if (!entry) observation.error = 'no resource-timing entry for the response';
    }
    return finish();
  }

  return new Promise<PageObservation>((resolve) => {
    const xhr = new XMLHttpRequest();
    try {
      xhr.open(request.method, request.url);
      xhr.withCredentials = request.withCredentials;
      xhr.timeout = request.timeoutMs;
      for (const [name, value] of request.headers) xhr.setRequestHeader(name, value);
      if (request.uploadListener) xhr.upload.addEventListener('progress', () => {});
    } catch (error) {
      observation.result = 'threw';
      observation.error = String(error);
      resolve(finish());
      return;
    }
    xhr.onload = () => {
      observation.result = 'response';
      observation.status = xhr.status;
      observation.url = xhr.responseURL;
      for (const name of request.readHeaders) observation.headers[name] = xhr.getResponseHeader(name);
      observation.visibleHeaderNames = xhr
        .getAllResponseHeaders()
        .trim()
        .split(/\r?\n/)
        .filter((line) => line !== '')
        .map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
      observation.body = xhr.responseText.slice(0, 200);
      observation.bodyReadable = true;
      resolve(finish());
    };
    xhr.onerror = () => {
      observation.result = 'network-error';
      observation.error = 'XMLHttpRequest error event';
      resolve(finish());
    };
    xhr.ontimeout = () => {
      observation.result = 'timeout';
      observation.error = 'XMLHttpRequest timeout event';
      resolve(finish());
    };
    xhr.send(makeBody() ?? null);
  });
}

/**
 * Source text that runs a function in a page. Some TypeScript loaders (esbuild's keepNames)
 * wrap functions in a `__name` helper that does not exist in the page; bind a no-op one.
 */
export function inPageSource(fn: (...args: never[]) => unknown): string {
  return `((__name) => (${fn.toString()}))((target) => target)`;
}

/** An expression that runs the probe for the request and evaluates to its promise. */
export function probeExpression(request: ProbeRequest): string {
  if (request.frame !== undefined) return framedProbeExpression({ ...request, frame: undefined }, request.frame);
  if ('sandboxed' in request && request.sandboxed) return framedProbeExpression({ ...request, sandboxed: false }, null);
  return `${inPageSource(probe)}(${JSON.stringify(request)})`;
}

let frameListener: string | undefined;

/**
 * The script of a frame that runs the probe for its parent: it takes one request from the parent
 * page by postMessage and posts the observation back. For a frame of another origin it is served
 * by that origin (harness/origins/app.ts); for a sandboxed frame it is the frame's srcdoc.
 */
export function frameListenerScript(): string {
  // The same text every time, with the probe's whole source in it: built once per process.
  frameListener ??= [
    "addEventListener('message', async (event) => {",
    '  if (event.source !== parent || typeof event.data?.channel !== "string") return;',
    `  const observation = await (${inPageSource(probe)})(event.data.request);`,
    '  parent.postMessage({ channel: event.data.channel, observation }, "*");',
    '});',
  ]
    .join('\n')
    .replace(/<\/script/gi, '<\\/script');
  return frameListener;
}

/**
 * Runs the probe in an iframe of the current page: one loaded from `frameUrl` (a page of another
 * origin that runs the listener script), or, without it, a sandboxed frame (`sandbox="allow-scripts"`,
 * no allow-same-origin) whose origin is opaque, so that its requests carry `Origin: null`.
 * Self-contained like the probe; the listener's source comes in as text.
 */
function inFrame(listener: string, frameUrl: string | null, request: ProbeRequest): Promise<PageObservation> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    const channel = `probe-${Math.random().toString(36).slice(2)}`;
    const finish = (observation: PageObservation) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(observation);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { channel?: string; observation?: PageObservation };
      if (event.source === frame.contentWindow && data.channel === channel && data.observation) finish(data.observation);
    };
    // The frame never answering is the harness's failure, not the request's: say so.
    const timer = setTimeout(
      () => finish({ result: 'timeout', status: null, type: null, redirected: null, url: null, bodyReadable: false, body: null, headers: {}, visibleHeaderNames: [], error: 'the frame did not answer', durationMs: request.timeoutMs }),
      request.timeoutMs + 2_000,
    );
    window.addEventListener('message', onMessage);
    if (frameUrl === null) {
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.srcdoc = `<!doctype html><script>${listener}</script>`;
    } else {
      frame.src = frameUrl;
    }
    frame.onload = () => frame.contentWindow?.postMessage({ channel, request }, '*');
    document.body.append(frame);
  });
}

/** An expression that runs the probe in a frame of the current page: of another origin, or sandboxed (origin `null`). */
function framedProbeExpression(request: ProbeRequest, frameUrl: string | null): string {
  return `${inPageSource(inFrame)}(${JSON.stringify(frameListenerScript())}, ${JSON.stringify(frameUrl)}, ${JSON.stringify(request)})`;
}
