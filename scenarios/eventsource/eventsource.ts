import type { ScenarioInput } from '../../harness/model/scenario.js';
import { webkitNoFetchMetadataAfterCrossOriginRedirect } from '../_shared/deviations.js';

// new EventSource(url) is a CORS GET (Accept: text/event-stream) with credentials "same-origin";
// `withCredentials: true` makes it "include". A response that fails the CORS check fails the
// connection for good: an error event, readyState CLOSED, no reconnection. The probe reads the
// first message and closes the source.
const stream = { 'Content-Type': 'text/event-stream' };
const body = 'data: hello\n\n';
const allowCredentialed = { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' };

export default [
  {
    id: 'eventsource/allowed',
    title: 'EventSource to another site that allows the page — a CORS GET, and the first message arrives',
    reference: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#dom-eventsource',
    page: 'site',
    target: 'other',
    request: { api: 'eventsource' },
    response: { status: 200, headers: { ...stream, 'Access-Control-Allow-Origin': '{page}' }, body },
    expected: { preflight: false, request: { method: 'GET', origin: '{page}', cookie: null, secFetchMode: 'cors', secFetchDest: 'empty' }, page: { bodyReadable: true } },
  },
  {
    id: 'eventsource/without-allow-origin',
    title: 'EventSource without Access-Control-Allow-Origin — the connection fails: an error event, no message',
    reference: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#dom-eventsource',
    page: 'site',
    target: 'other',
    request: { api: 'eventsource' },
    response: { status: 200, headers: stream, body },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error', blocked: 'allow-origin-missing' },
  },
  {
    id: 'eventsource/no-cookie-without-credentials',
    title: 'EventSource to a same-site subdomain without withCredentials — credentials "same-origin": no cookie',
    reference: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#dom-eventsource-withcredentials',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'eventsource' },
    response: { status: 200, headers: { ...stream, 'Access-Control-Allow-Origin': '*' }, body },
    expected: { preflight: false, request: { origin: '{page}', cookie: null, secFetchSite: 'same-site' }, page: { bodyReadable: true } },
  },
  {
    id: 'eventsource/with-credentials',
    title: 'EventSource with withCredentials to a same-site subdomain — the cookie goes, and the message arrives with Allow-Credentials',
    reference: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#dom-eventsource-withcredentials',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'eventsource', withCredentials: true },
    response: { status: 200, headers: { ...stream, ...allowCredentialed }, body },
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted' }, page: { bodyReadable: true } },
  },
  {
    id: 'eventsource/with-credentials-wildcard',
    title: 'EventSource with withCredentials and Access-Control-Allow-Origin: * — * is refused with credentials: the connection fails',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'eventsource', withCredentials: true },
    response: { status: 200, headers: { ...stream, 'Access-Control-Allow-Origin': '*' }, body },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error', blocked: 'allow-origin-wildcard-with-credentials' },
  },
  {
    id: 'eventsource/redirect-followed',
    title: 'EventSource answered with a 302 to another origin — followed with the CORS check on both hops; the tainted origin travels as "null"',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'eventsource' },
    response: { status: 302, headers: { 'Access-Control-Allow-Origin': '*' }, redirect: { to: 'api', response: { status: 200, headers: { ...stream, 'Access-Control-Allow-Origin': '*' }, body } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: 'null', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' }, page: { bodyReadable: true } },
    deviations: [webkitNoFetchMetadataAfterCrossOriginRedirect],
  },
] satisfies ScenarioInput[];
