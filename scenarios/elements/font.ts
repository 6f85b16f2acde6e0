import type { DeviationInput, ExpectedInput, ScenarioInput } from '../../harness/model/scenario.js';
import { fontBase64, fontType } from '../_shared/font.js';

// Fonts are always fetched in CORS mode with credentials "same-origin" (CSS Fonts, "fetch a
// font"), whether from @font-face or the FontFace API: a cross-origin font without
// Access-Control-Allow-Origin never loads, and no attribute changes the credentials mode.
const font = { bodyBase64: fontBase64 };

/** WebKit fetches fonts in no-cors mode (credentials "include") and loads them whatever CORS says. */
function webkitFontsWithoutCors(expected: Partial<ExpectedInput>): DeviationInput {
  return {
    engine: 'webkit',
    reason:
      'WebKit fetches web fonts in no-cors mode: no Origin header, Sec-Fetch-Mode: no-cors, cookies included, and a cross-origin font loads without ' +
      'Access-Control-Allow-Origin. On purpose since 2011 (webkit-dev: "our intent to willfully ignore this requirement"); WPT fetch/metadata/font.https.sub.html ' +
      'fails in WebKit for the same reason. No open WebKit bug.',
    bug: 'https://lists.webkit.org/pipermail/webkit-dev/2011-January/015797.html',
    expected,
  };
}

export default [
  {
    id: 'elements/font-allowed',
    title: 'A font from another site with Access-Control-Allow-Origin: * — a CORS request (Sec-Fetch-Dest: font), and it loads',
    reference: 'https://drafts.csswg.org/css-fonts-4/#fetch-a-font',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'font' },
    response: { status: 200, headers: { ...fontType, 'Access-Control-Allow-Origin': '*' }, ...font },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'font' }, page: { bodyReadable: true } },
    deviations: [webkitFontsWithoutCors({ request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'font' } })],
  },
  {
    id: 'elements/font-without-allow-origin',
    title: 'A font from another site without Access-Control-Allow-Origin — fetched, then the load fails',
    reference: 'https://drafts.csswg.org/css-fonts-4/#fetch-a-font',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'font' },
    response: { status: 200, headers: fontType, ...font },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: 'network-error', blocked: 'allow-origin-missing' },
    deviations: [webkitFontsWithoutCors({ request: { origin: null, secFetchMode: 'no-cors' }, page: { bodyReadable: true } })],
  },
  {
    id: 'elements/font-same-origin',
    title: "A font from the page's own origin — no CORS headers needed",
    reference: 'https://drafts.csswg.org/css-fonts-4/#fetch-a-font',
    page: 'site',
    target: 'site',
    request: { api: 'element', element: 'font' },
    response: { status: 200, headers: fontType, ...font },
    expected: { preflight: false, request: { origin: null, secFetchSite: 'same-origin', secFetchMode: 'cors', secFetchDest: 'font' }, page: { bodyReadable: true } },
    deviations: [
      {
        engine: 'chromium',
        reason:
          "Chromium sends Origin on a same-origin font request (mode 'cors', but response tainting 'basic', so Fetch sends no Origin on a GET), as on a same-origin module script. " +
          "No Chromium bug found; linked: the Fetch issue on Origin for same-origin 'cors'-mode requests.",
        bug: 'https://github.com/whatwg/fetch/issues/871',
        expected: { request: { origin: '{page}' } },
      },
      webkitFontsWithoutCors({ request: { secFetchMode: 'no-cors' } }),
    ],
  },
  {
    id: 'elements/font-no-cookie-to-subdomain',
    title: 'A font from a same-site subdomain — credentials "same-origin": the cookie stays home, and * is enough',
    reference: 'https://drafts.csswg.org/css-fonts-4/#fetch-a-font',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'element', element: 'font' },
    response: { status: 200, headers: { ...fontType, 'Access-Control-Allow-Origin': '*' }, ...font },
    expected: { preflight: false, request: { origin: '{page}', cookie: null, secFetchSite: 'same-site', secFetchMode: 'cors' }, page: { bodyReadable: true } },
    deviations: [webkitFontsWithoutCors({ request: { origin: null, cookie: 'sid=planted', secFetchMode: 'no-cors' } })],
  },
  {
    id: 'elements/font-redirect',
    title: 'A font answered with a 302 to another origin — followed; the final answer needs * for the tainted origin "null"',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'font' },
    response: { status: 302, headers: { 'Access-Control-Allow-Origin': '*' }, redirect: { to: 'api', response: { status: 200, headers: { ...fontType, 'Access-Control-Allow-Origin': '*' }, ...font } } },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, finalRequest: { origin: 'null', secFetchMode: 'cors', secFetchDest: 'font' }, page: { bodyReadable: true } },
    deviations: [webkitFontsWithoutCors({ request: { origin: null, secFetchMode: 'no-cors' }, finalRequest: { origin: null, secFetchMode: 'no-cors' } })],
  },
] satisfies ScenarioInput[];
