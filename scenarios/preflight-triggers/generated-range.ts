import type { DeviationInput } from '../../harness/model/scenario.js';
import { chromiumRewritesRange, rangeStartOverflows, webkitRangeUnitCaseInsensitive } from './_deviations.js';
import { generatedRow } from './_generated-row.js';

// Range, generated from the standard's definition: safelisted when "parse a single range header
// value" (without whitespace) succeeds and the range has a start. Each form of the grammar, and
// each way to fail it.
const reference = 'https://fetch.spec.whatwg.org/#simple-range-header-value';
const forms: Array<[string, string, DeviationInput[]?]> = [
  ['open-end', 'bytes=0-'],
  ['first-byte', 'bytes=0-0'],
  ['bounded', 'bytes=256-511'],
  ['leading-zeros', 'bytes=007-009', [chromiumRewritesRange('bytes=7-9')]],
  ['huge-start', 'bytes=99999999999999999999-', [rangeStartOverflows('chromium'), rangeStartOverflows('firefox'), rangeStartOverflows('webkit')]],
  ['suffix', 'bytes=-500'],
  ['no-numbers', 'bytes=-'],
  ['start-after-end', 'bytes=5-4'],
  ['two-ranges', 'bytes=0-1,3-4'],
  ['space-around-equals', 'bytes = 0-1', [chromiumRewritesRange('bytes=0-1')]],
  ['space-around-dash', 'bytes=0 - 1', [chromiumRewritesRange('bytes=0-1')]],
  ['capital-unit', 'Bytes=0-1', [chromiumRewritesRange('bytes=0-1'), webkitRangeUnitCaseInsensitive]],
  ['upper-case-unit', 'BYTES=0-1', [chromiumRewritesRange('bytes=0-1'), webkitRangeUnitCaseInsensitive]],
  ['other-unit', 'items=0-1'],
  ['letters', 'bytes=a-b'],
  ['three-parts', 'bytes=1-2-3'],
  ['trailing-space', 'bytes=0-1 '],
];

export default forms.map(([name, value, deviations]) =>
  generatedRow({ name: `range-${name}`, what: `GET with Range ${JSON.stringify(value)}`, headers: [['Range', value]], reference, deviations }),
);
