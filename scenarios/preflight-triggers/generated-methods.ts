import { generatedRow } from './_generated-row.js';

// Method tokens, generated from the standard's definitions: fetch() normalises the six methods
// DELETE, GET, HEAD, OPTIONS, POST and PUT to upper case and no others; only GET, HEAD and POST
// (after that) need no preflight. Any other token is sent as written, after a preflight.
const reference = 'https://fetch.spec.whatwg.org/#concept-method-normalize';
const methods = ['GET', 'get', 'gEt', 'HEAD', 'head', 'POST', 'post', 'pOsT', 'PUT', 'put', 'DELETE', 'delete', 'OPTIONS', 'options', 'PATCH', 'patch', 'Patch', 'CHICKEN', 'Egg', 'eGg', 'Wibbley-Wobbley', 'M-SEARCH', 'a!#$%&\'*+-.^_`|~z'];

export default methods.map((method, index) => generatedRow({ name: `method-${index + 1}`, what: `${method} request`, method, reference }));
