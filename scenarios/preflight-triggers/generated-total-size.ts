import { combinesSameNameEntries, firefoxNoTotalLimit } from './_deviations.js';
import { generatedRow } from './_generated-row.js';

// The 1024-byte total: when the safelisted headers' values add up to more than 1024 bytes, every
// one of them counts as unsafe. The standard counts each header entry of the request's header
// list, so several Accept entries of 128 bytes each are each safelisted until the total passes.
const reference = 'https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names';
/** The preflight engines that join the Accept entries send: Accept alone is unsafe. */
const acceptOnly = { method: 'GET', headers: 'accept' };
const accept = (count: number, length = 128): Array<[string, string]> => Array.from({ length: count }, () => ['Accept', 'a'.repeat(length)]);

export default [
  generatedRow({
    name: 'total-1024',
    what: 'GET with 8 Accept entries of 128 bytes (1024 in all)',
    headers: accept(8),
    reference,
    deviations: (['chromium', 'webkit'] as const).map((engine) => combinesSameNameEntries(engine, acceptOnly)),
  }),
  generatedRow({
    name: 'total-1025',
    what: 'GET with 8 Accept entries of 128 bytes and Accept-Language "e" (1025 in all)',
    headers: [...accept(8), ['Accept-Language', 'e']],
    reference,
    deviations: [firefoxNoTotalLimit, ...(['chromium', 'webkit'] as const).map((engine) => combinesSameNameEntries(engine, acceptOnly))],
  }),
  generatedRow({
    name: 'total-four-headers',
    what: 'GET with Accept, Accept-Language, Content-Language and Range values of 100 bytes or less (under 1024)',
    headers: [['Accept', 'a'.repeat(100)], ['Accept-Language', 'e'.repeat(100)], ['Content-Language', 'f'.repeat(100)], ['Range', 'bytes=0-']],
    reference,
  }),
  generatedRow({
    name: 'two-accept-entries',
    what: 'GET with 2 Accept entries of 100 bytes (each under 128, together 200)',
    headers: accept(2, 100),
    reference,
    deviations: (['chromium', 'webkit'] as const).map((engine) => combinesSameNameEntries(engine, acceptOnly)),
  }),
];
