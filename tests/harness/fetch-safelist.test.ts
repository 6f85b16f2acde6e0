/**
 * The functions that give the generated preflight-trigger rows their expectation, checked
 * against the examples and notes of the Fetch and MIME Sniffing standards themselves.
 */
import { test, expect } from '@playwright/test';
import {
  corsUnsafeRequestHeaderNames,
  expectedPreflight,
  isCorsSafelistedRequestHeader,
  isCorsUnsafeRequestHeaderByte,
  normalizeMethod,
  parseMimeType,
  parseSingleRangeHeaderValue,
} from '../../harness/scenario/fetch-safelist.js';

test('CORS-unsafe request-header bytes: controls but tab, and the listed delimiters and DEL', () => {
  const unsafe = Array.from({ length: 256 }, (_, byte) => byte).filter(isCorsUnsafeRequestHeaderByte);
  expect(unsafe.filter((byte) => byte >= 0x20).map((byte) => String.fromCharCode(byte)).join('')).toBe('"():<>?@[\\]{}\x7f');
  expect(unsafe.filter((byte) => byte < 0x20)).toHaveLength(31);
  expect(isCorsUnsafeRequestHeaderByte(0x09)).toBe(false);
  // ",", "/", ";" and "=" are delimiters too, but left out on purpose (spec source comment).
  for (const character of ',/;=') expect(isCorsUnsafeRequestHeaderByte(character.charCodeAt(0))).toBe(false);
});

test('"parse a single range header value": the notes\' examples and the failures its steps give', () => {
  // Note: "bytes=0-" or "bytes=-500" are valid ranges.
  expect(parseSingleRangeHeaderValue('bytes=0-', false)).toEqual([0, null]);
  expect(parseSingleRangeHeaderValue('bytes=-500', false)).toEqual([null, 500]);
  expect(parseSingleRangeHeaderValue('bytes=0-1,3-4', false)).toBe('failure');
  expect(parseSingleRangeHeaderValue('bytes=5-4', false)).toBe('failure');
  expect(parseSingleRangeHeaderValue('bytes=-', false)).toBe('failure');
  expect(parseSingleRangeHeaderValue('Bytes=0-1', false)).toBe('failure');
  expect(parseSingleRangeHeaderValue('bytes = 0 - 1', false)).toBe('failure');
  expect(parseSingleRangeHeaderValue('bytes = 0 - 1', true)).toEqual([0, 1]);
});

test('Range is safelisted only for a single range with a start (the note: browsers never emitted bytes=-500)', () => {
  expect(isCorsSafelistedRequestHeader('Range', 'bytes=0-')).toBe(true);
  expect(isCorsSafelistedRequestHeader('Range', 'bytes=256-511')).toBe(true);
  expect(isCorsSafelistedRequestHeader('Range', 'bytes=-500')).toBe(false);
});

test('"parse a MIME type": the trailing-garbage example, and failures for a type or subtype that is not a token', () => {
  // Example: given text/html;charset="shift_jis"iso-2022-jp you end up with text/html;charset=shift_jis.
  const parsed = parseMimeType('text/html;charset="shift_jis"iso-2022-jp');
  expect(parsed).not.toBe('failure');
  if (parsed === 'failure') return;
  expect([parsed.type, parsed.subtype, Object.fromEntries(parsed.parameters)]).toEqual(['text', 'html', { charset: 'shift_jis' }]);
  expect(parseMimeType('TEXT/Plain ; Charset=UTF-8')).toMatchObject({ type: 'text', subtype: 'plain' });
  expect(parseMimeType('text/plain, text/html')).toBe('failure');
  expect(parseMimeType('text /plain')).toBe('failure');
  expect(parseMimeType('text')).toBe('failure');
  expect(parseMimeType('/plain')).toBe('failure');
  // The collect-an-HTTP-quoted-string examples, with extract-value: "Hello \\ World\"" gives Hello \ World".
  const quoted = parseMimeType('text/plain;a="Hello \\\\ World\\""');
  expect(quoted !== 'failure' && quoted.parameters.get('a')).toBe('Hello \\ World"');
});

test('Content-Type: the standard\'s example of two values is preflighted; safelisted essences with any parameters are not', () => {
  // The example beside the content-type branch: application/json plus text/plain must not pass as text/plain.
  expect(expectedPreflight('POST', [['Content-Type', 'application/json'], ['Content-Type', 'text/plain']])).toEqual({ method: 'POST', headers: 'content-type' });
  expect(isCorsSafelistedRequestHeader('Content-Type', 'application/json, text/plain')).toBe(false);
  for (const essence of ['text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded']) {
    expect(isCorsSafelistedRequestHeader('Content-Type', essence)).toBe(true);
    expect(isCorsSafelistedRequestHeader('Content-Type', `${essence.toUpperCase()}; charset=utf-8; x=\xe9`)).toBe(true);
  }
  // A quoted parameter needs `"`, a CORS-unsafe byte.
  expect(isCorsSafelistedRequestHeader('Content-Type', 'text/plain; charset="utf-8"')).toBe(false);
  expect(isCorsSafelistedRequestHeader('Content-Type', `text/plain;${'x'.repeat(128 - 'text/plain;'.length)}`)).toBe(true);
  expect(isCorsSafelistedRequestHeader('Content-Type', `text/plain;${'x'.repeat(129 - 'text/plain;'.length)}`)).toBe(false);
});

test('Accept-Language and Content-Language allow alphanumerics and " *,-.;=" only', () => {
  expect(isCorsSafelistedRequestHeader('Accept-Language', 'en-US,en;q=0.9, *')).toBe(true);
  expect(isCorsSafelistedRequestHeader('Content-Language', 'de-DE_x')).toBe(false);
  expect(isCorsSafelistedRequestHeader('Content-Language', 'fr\xe9')).toBe(false);
});

test('the 1024-byte total makes every safelisted header unsafe, counted per header entry, names as a set', () => {
  const entries = (size: number, count: number): Array<[string, string]> => Array.from({ length: count }, () => ['Accept', 'a'.repeat(size)]);
  expect(corsUnsafeRequestHeaderNames(entries(128, 8))).toEqual([]);
  expect(corsUnsafeRequestHeaderNames([...entries(128, 8), ['Accept-Language', 'e']])).toEqual(['accept', 'accept-language']);
  expect(corsUnsafeRequestHeaderNames([['X-B', '1'], ['x-b', '2'], ['X-A', '3']])).toEqual(['x-a', 'x-b']);
});

test('methods: the normalization example and note (patch stays patch; CHICKEN, Egg and eGg are fine as they are)', () => {
  expect(normalizeMethod('patch')).toBe('patch');
  expect(normalizeMethod('delete')).toBe('DELETE');
  for (const method of ['CHICKEN', 'Egg', 'eGg']) expect(normalizeMethod(method)).toBe(method);
  expect(expectedPreflight('post', [])).toBe(false);
  expect(expectedPreflight('patch', [])).toEqual({ method: 'patch', headers: null });
  expect(expectedPreflight('GET', [['Range', 'bytes=-500']])).toEqual({ method: 'GET', headers: 'range' });
});
