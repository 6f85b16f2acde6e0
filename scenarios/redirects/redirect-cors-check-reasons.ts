import type { ScenarioInput } from '../../harness/model/scenario.js';

// The CORS check runs on a redirect response as on any other (HTTP fetch step 4.4 / HTTP-redirect
// fetch), and its failure has the same reasons. Found by the differential fuzzer (issue #39):
// engines block these redirects alike, but not all say which check failed. Each scenario leaves
// `expected` out: the Fetch standard's model (harness/standard/) gives it.
const followed = { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } };

export default [
  {
    id: 'redirects/redirect-allow-origin-listed-twice',
    title: 'The redirect sends Access-Control-Allow-Origin: * twice — the CORS check fails on the redirect (several values), which is never followed',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'fetch' },
    response: { status: 302, headers: [['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Origin', '*']], redirect: { to: 'api', response: followed } },
  },
  {
    id: 'redirects/redirect-wildcard-with-credentials',
    title: "A credentialed fetch whose redirect answers Access-Control-Allow-Origin: * — the CORS check fails on the redirect (a wildcard with credentials)",
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', credentials: 'include' },
    response: { status: 302, headers: { 'Access-Control-Allow-Origin': '*' }, redirect: { to: 'other', response: followed } },
  },
  {
    id: 'redirects/redirect-credentials-not-allowed',
    title: 'A credentialed fetch whose redirect names the page origin but sends no Access-Control-Allow-Credentials — the CORS check fails on the redirect',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', credentials: 'include' },
    response: { status: 307, headers: { 'Access-Control-Allow-Origin': '{page}' }, redirect: { to: 'other', response: followed } },
  },
] satisfies ScenarioInput[];
