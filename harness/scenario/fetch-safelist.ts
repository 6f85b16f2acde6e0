/**
 * The Fetch standard's rules for what needs a CORS preflight, written from the spec text
 * (whatwg/fetch 586cd2a, July 2026; whatwg/mimesniff 8a3b918, January 2026), so that the
 * generated preflight-trigger rows get their expectation from the standard and not from a
 * browser. tests/harness/fetch-safelist.test.ts checks them against the standard's own examples.
 * Header values are JavaScript strings whose code points are bytes (0x00-0xFF), as in a ByteString.
 */
import { normalizeMethod } from './consistency.js';

/** https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte */
export function isCorsUnsafeRequestHeaderByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09) || [0x22, 0x28, 0x29, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b, 0x5c, 0x5d, 0x7b, 0x7d, 0x7f].includes(byte);
}

const bytesOf = (value: string): number[] => [...value].map((character) => character.codePointAt(0) ?? 0);
const containsUnsafeByte = (value: string): boolean => bytesOf(value).some(isCorsUnsafeRequestHeaderByte);

/** https://mimesniff.spec.whatwg.org/#http-token-code-point */
const isHttpTokenCodePoint = (character: string): boolean => /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/.test(character);
/** https://mimesniff.spec.whatwg.org/#http-quoted-string-token-code-point */
const isHttpQuotedStringTokenCodePoint = (character: string): boolean => /^[\t\x20-\x7e\x80-\xff]$/.test(character);
const httpWhitespace = /^[\n\r\t ]+|[\n\r\t ]+$/g;

export interface MimeType {
  type: string;
  subtype: string;
  parameters: Map<string, string>;
}

/** https://mimesniff.spec.whatwg.org/#parse-a-mime-type */
export function parseMimeType(text: string): MimeType | 'failure' {
  const input = text.replace(httpWhitespace, '');
  let position = 0;
  const collect = (stop: (character: string) => boolean): string => {
    const start = position;
    while (position < input.length && !stop(input.charAt(position))) position++;
    return input.slice(start, position);
  };
  const type = collect((c) => c === '/');
  if (type === '' || ![...type].every(isHttpTokenCodePoint)) return 'failure';
  if (position >= input.length) return 'failure';
  position++;
  const subtype = collect((c) => c === ';').replace(/[\n\r\t ]+$/, '');
  if (subtype === '' || ![...subtype].every(isHttpTokenCodePoint)) return 'failure';
  const mimeType: MimeType = { type: type.toLowerCase(), subtype: subtype.toLowerCase(), parameters: new Map() };
  while (position < input.length) {
    position++;
    collect((c) => !/[\n\r\t ]/.test(c));
    const name = collect((c) => c === ';' || c === '=').toLowerCase();
    if (position < input.length) {
      if (input[position] === ';') continue;
      position++;
    }
    if (position >= input.length) break;
    let value: string;
    if (input[position] === '"') {
      value = collectQuotedString();
      collect((c) => c === ';');
    } else {
      value = collect((c) => c === ';').replace(/[\n\r\t ]+$/, '');
      if (value === '') continue;
    }
    if (name !== '' && [...name].every(isHttpTokenCodePoint) && [...value].every(isHttpQuotedStringTokenCodePoint) && !mimeType.parameters.has(name)) {
      mimeType.parameters.set(name, value);
    }
  }
  return mimeType;

  /** https://fetch.spec.whatwg.org/#collect-an-http-quoted-string, with extract-value true. */
  function collectQuotedString(): string {
    let value = '';
    position++;
    for (;;) {
      value += collect((c) => c === '"' || c === '\\');
      if (position >= input.length) break;
      const quoteOrBackslash = input[position];
      position++;
      if (quoteOrBackslash === '\\') {
        if (position >= input.length) {
          value += '\\';
          break;
        }
        value += input[position];
        position++;
      } else break;
    }
    return value;
  }
}

/** https://fetch.spec.whatwg.org/#simple-range-header-value */
export function parseSingleRangeHeaderValue(value: string, allowWhitespace: boolean): [number | null, number | null] | 'failure' {
  const data = value;
  if (!data.startsWith('bytes')) return 'failure';
  let position = 'bytes'.length;
  const collect = (pattern: RegExp): string => {
    const start = position;
    while (position < data.length && pattern.test(data.charAt(position))) position++;
    return data.slice(start, position);
  };
  const skipWhitespace = () => allowWhitespace && collect(/[\t ]/);
  skipWhitespace();
  if (data[position] !== '=') return 'failure';
  position++;
  skipWhitespace();
  const rangeStart = collect(/[0-9]/);
  const rangeStartValue = rangeStart === '' ? null : Number(rangeStart);
  skipWhitespace();
  if (data[position] !== '-') return 'failure';
  position++;
  skipWhitespace();
  const rangeEnd = collect(/[0-9]/);
  const rangeEndValue = rangeEnd === '' ? null : Number(rangeEnd);
  if (position < data.length) return 'failure';
  if (rangeEndValue === null && rangeStartValue === null) return 'failure';
  if (rangeStartValue !== null && rangeEndValue !== null && rangeStartValue > rangeEndValue) return 'failure';
  return [rangeStartValue, rangeEndValue];
}

/** https://fetch.spec.whatwg.org/#cors-safelisted-request-header */
export function isCorsSafelistedRequestHeader(name: string, value: string): boolean {
  if (value.length > 128) return false;
  switch (name.toLowerCase()) {
    case 'accept':
      return !containsUnsafeByte(value);
    case 'accept-language':
    case 'content-language':
      return /^[0-9A-Za-z *,\-.;=]*$/.test(value);
    case 'content-type': {
      if (containsUnsafeByte(value)) return false;
      const mimeType = parseMimeType(value);
      if (mimeType === 'failure') return false;
      return ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'].includes(`${mimeType.type}/${mimeType.subtype}`);
    }
    case 'range': {
      const rangeValue = parseSingleRangeHeaderValue(value, false);
      return rangeValue !== 'failure' && rangeValue[0] !== null;
    }
    default:
      return false;
  }
}

/** https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names: a sorted, lower-case set. */
export function corsUnsafeRequestHeaderNames(headers: Array<[string, string]>): string[] {
  const unsafeNames: string[] = [];
  const potentiallyUnsafeNames: string[] = [];
  let safelistValueSize = 0;
  for (const [name, value] of headers) {
    if (!isCorsSafelistedRequestHeader(name, value)) unsafeNames.push(name);
    else {
      potentiallyUnsafeNames.push(name);
      safelistValueSize += value.length;
    }
  }
  if (safelistValueSize > 1024) unsafeNames.push(...potentiallyUnsafeNames);
  return [...new Set(unsafeNames.map((name) => name.toLowerCase()))].sort();
}

/** https://fetch.spec.whatwg.org/#concept-method-normalize (the loader's consistency checks use it too). */
export { normalizeMethod };

/** What Headers does to a value before anything else sees it: https://fetch.spec.whatwg.org/#concept-header-value-normalize */
export function normalizeHeaderValue(value: string): string {
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

/** https://fetch.spec.whatwg.org/#cors-safelisted-method */
export function isCorsSafelistedMethod(method: string): boolean {
  return ['GET', 'HEAD', 'POST'].includes(method);
}

/**
 * Whether a fetch() with this method and these headers is preflighted, and what the preflight's
 * Access-Control-Request-Method and -Headers say (https://fetch.spec.whatwg.org/#cors-preflight-fetch:
 * the names joined with "," and no space).
 */
export function expectedPreflight(method: string, headers: Array<[string, string]>): false | { method: string; headers: string | null } {
  const normalized = normalizeMethod(method);
  const unsafe = corsUnsafeRequestHeaderNames(headers);
  if (isCorsSafelistedMethod(normalized) && unsafe.length === 0) return false;
  return { method: normalized, headers: unsafe.length === 0 ? null : unsafe.join(',') };
}
