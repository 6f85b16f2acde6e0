import type { DeviationInput } from '../../harness/model/scenario.js';
import { firefoxNonAsciiUnsafe, webkitGtkUtf8HeaderValue } from './_deviations.js';
import { generatedRow } from './_generated-row.js';
import { hex, ofLength, safePunctuation, unsafeBytes } from './_tables.js';

// Accept, generated from the standard's definition: safelisted when it holds no CORS-unsafe byte
// and is at most 128 bytes; any value otherwise, even one that is no media range.
const reference = 'https://fetch.spec.whatwg.org/#cors-safelisted-request-header';
const row = (name: string, what: string, value: string, deviations: DeviationInput[] = []) =>
  generatedRow({ name: `accept-${name}`, what: `GET with Accept ${what}`, headers: [['Accept', value]], reference, deviations });
const inValue = (character: string) => `text/a${character}b`;

export default [
  ...unsafeBytes.map((byte) => row(`unsafe-byte-${hex(byte)}`, `holding byte 0x${hex(byte)}`, inValue(String.fromCharCode(byte)))),
  ...safePunctuation.map((character) => row(`safe-byte-${hex(character.charCodeAt(0))}`, `holding byte 0x${hex(character.charCodeAt(0))}`, inValue(character))),
  row('non-ascii', 'holding byte 0xe9', inValue('\xe9'), [firefoxNonAsciiUnsafe('GET', 'accept'), webkitGtkUtf8HeaderValue(inValue('\xe9'), 'accept')]),
  row('not-a-media-range', '"anything at all"', 'anything at all'),
  row('list-with-weights', '"application/json, text/plain;q=0.9, */*;q=0.1"', 'application/json, text/plain;q=0.9, */*;q=0.1'),
  ...[127, 128, 129].map((length) => row(`length-${length}`, `of ${length} bytes`, ofLength('text/', length))),
];
