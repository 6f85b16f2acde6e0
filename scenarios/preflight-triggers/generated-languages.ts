import type { DeviationInput } from '../../harness/model/scenario.js';
import { webkitGtkUtf8HeaderValue } from './_deviations.js';
import { generatedRow } from './_generated-row.js';
import { hex, ofLength } from './_tables.js';

// Accept-Language and Content-Language, generated from the standard's definition: only ASCII
// letters and digits, space, "*", ",", "-", ".", ";" and "=", at most 128 bytes. One row per
// other printable ASCII byte, plus tab, a non-ASCII byte and the length limit, for each header.
const reference = 'https://fetch.spec.whatwg.org/#cors-safelisted-request-header';
const allowed = /[0-9A-Za-z *,\-.;=]/;
const others = Array.from({ length: 0x7f - 0x21 }, (_, index) => String.fromCharCode(0x21 + index)).filter((character) => !allowed.test(character));

function rows(header: 'Accept-Language' | 'Content-Language') {
  const prefix = header.toLowerCase();
  const field = header === 'Accept-Language' ? 'acceptLanguage' : 'contentLanguage';
  const row = (name: string, what: string, value: string, deviations: DeviationInput[] = []) => generatedRow({ name: `${prefix}-${name}`, what: `GET with ${header} ${what}`, headers: [[header, value]], reference, deviations });
  return [
    ...others.map((character) => row(`byte-${hex(character.charCodeAt(0))}`, `holding byte 0x${hex(character.charCodeAt(0))}`, `en${character}US`)),
    row('allowed-bytes', '"en-US,de;q=0.5, *.x=1"', 'en-US,de;q=0.5, *.x=1'),
    row('tab', 'holding a tab', 'en\tUS'),
    row('non-ascii', 'holding byte 0xe9', 'fr\xe9', [webkitGtkUtf8HeaderValue('fr\xe9', field)]),
    ...[128, 129].map((length) => row(`length-${length}`, `of ${length} bytes`, ofLength('en-', length))),
  ];
}

export default [...rows('Accept-Language'), ...rows('Content-Language')];
