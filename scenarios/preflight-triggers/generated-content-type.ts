import type { DeviationInput } from '../../harness/model/scenario.js';
import { firefoxCommaInContentType, firefoxEmptyParameters, firefoxNonAsciiUnsafe, webkitGtkUtf8HeaderValue } from './_deviations.js';
import { generatedRow, shown } from './_generated-row.js';
import { hex, ofLength, safePunctuation, unsafeBytes } from './_tables.js';

// Content-Type, generated from the standard's definition: safelisted when it holds no CORS-unsafe
// byte, parses as a MIME type whose essence is text/plain, multipart/form-data or
// application/x-www-form-urlencoded (any parameters), and is at most 128 bytes. Each row's
// expectation comes from harness/scenario/fetch-safelist.ts; add a value to a table to add a row.
const reference = 'https://fetch.spec.whatwg.org/#cors-safelisted-request-header';
const row = (name: string, what: string, value: string, deviations: DeviationInput[] = []) =>
  generatedRow({ name: `content-type-${name}`, what: `POST with Content-Type ${what}`, method: 'POST', headers: [['Content-Type', value]], reference, deviations });

/** Inside a parameter value, so that only the byte itself can matter. */
const inParameter = (character: string) => `text/plain; x=a${character}b`;

/** Values the MIME type parser treats specially: quoted strings, "," ";" "=", whitespace, non-ASCII. */
const grammar: Array<[string, string, DeviationInput[]?]> = [
  ['quoted-parameter', 'text/plain; charset="utf-8"'],
  ['comma-in-parameter', 'text/plain; charset=utf-8, text/html', [firefoxCommaInContentType]],
  ['comma-after-essence', 'text/plain, application/json'],
  ['empty-parameters', 'text/plain;;;', [firefoxEmptyParameters]],
  ['parameter-without-value', 'text/plain;charset'],
  ['parameter-only-equals', 'text/plain;='],
  ['parameter-empty-name', 'text/plain;=utf-8'],
  ['space-before-semicolon', 'text/plain ; charset=utf-8'],
  ['space-after-slash', 'text/ plain'],
  ['space-before-slash', 'text /plain'],
  ['tab-in-subtype', 'text/pl\tain'],
  ['no-subtype', 'text/'],
  ['no-slash', 'text'],
  ['non-ascii-parameter', 'text/plain; charset=\xe9', [firefoxNonAsciiUnsafe('POST', 'content-type'), webkitGtkUtf8HeaderValue('text/plain; charset=\xe9')]],
  ['non-ascii-type', 't\xe9xt/plain', [webkitGtkUtf8HeaderValue('t\xe9xt/plain')]],
  ['non-ascii-subtype', 'text/pl\xe4in', [webkitGtkUtf8HeaderValue('text/pl\xe4in')]],
  ['duplicate-parameter', 'text/plain; charset=a; charset=b'],
  ['multipart-without-boundary', 'multipart/form-data'],
];

const essences = [
  'text/plain', 'TEXT/PLAIN', 'Text/Plain; Charset=UTF-8',
  'multipart/form-data; boundary=x', 'MULTIPART/FORM-DATA; boundary=x',
  'application/x-www-form-urlencoded', 'Application/X-WWW-Form-Urlencoded; charset=utf-8',
  'application/json', 'text/html', 'text/xml', 'application/xml', 'text/csv', 'application/octet-stream',
  'multipart/mixed', 'text/plain+json', 'text/plainx', 'application/csp-report', 'text/*', '*/*',
];

export default [
  ...unsafeBytes.map((byte) => row(`unsafe-byte-${hex(byte)}`, `holding byte 0x${hex(byte)} in a parameter`, inParameter(String.fromCharCode(byte)))),
  ...safePunctuation.map((character) =>
    row(`safe-byte-${hex(character.charCodeAt(0))}`, `holding byte 0x${hex(character.charCodeAt(0))} in a parameter`, inParameter(character), character === ',' ? [firefoxCommaInContentType] : []),
  ),
  ...grammar.map(([name, value, deviations]) => row(name, shown(value), value, deviations)),
  ...essences.map((value, index) => row(`essence-${index + 1}`, shown(value), value)),
  ...[127, 128, 129].map((length) => row(`length-${length}`, `of ${length} bytes`, ofLength('text/plain;a=', length))),
];
