/**
 * What engines were seen to do differently from the standard in the generated preflight-trigger
 * rows, each with its bug or, where none was found (searched 2026-12-01), the spec text.
 */
import type { EngineName } from '../../harness/model/engine-names.js';
import type { DeviationInput } from '../../harness/model/scenario.js';

/** Firefox's own Content-Type parser gives up at an unquoted "," anywhere in the value. */
export const firefoxCommaInContentType: DeviationInput = {
  engine: 'firefox',
  reason:
    'Firefox checks Content-Type with its own parser (net_ParseRequestContentType, from nsContentUtils IsAllowedNonCorsContentType), which gives up at an unquoted "," ' +
    'anywhere in the value, so a comma inside a parameter is preflighted. whatwg/fetch#1269 reports it (closed as a duplicate of #838, which proposes banning "," in a safelisted Content-Type).',
  bug: 'https://github.com/whatwg/fetch/issues/1269',
  expected: { preflight: { method: 'POST', headers: 'content-type' } },
};

/** Firefox's Content-Type parser refuses empty parameters that "parse a MIME type" skips. */
export const firefoxEmptyParameters: DeviationInput = {
  engine: 'firefox',
  reason:
    'Firefox preflights "text/plain;;;", which "parse a MIME type" reads as text/plain with no parameters. Its own Content-Type parser (net_ParseRequestContentType) is used instead of the standard\'s; ' +
    'the exact step was not traced. No Firefox bug found; linked: the MIME type parser.',
  bug: 'https://mimesniff.spec.whatwg.org/#parse-a-mime-type',
  expected: { preflight: { method: 'POST', headers: 'content-type' } },
};

/** Bytes 0x80-0xFF count as CORS-unsafe in Firefox. */
export function firefoxNonAsciiUnsafe(method: string, header: string): DeviationInput {
  return {
    engine: 'firefox',
    reason:
      'Firefox counts a byte from 0x80 to 0xFF as a CORS-unsafe request-header byte: IsCorsUnsafeRequestHeaderValue (dom/base/nsContentUtils.cpp) compares a signed char with " ", ' +
      'and on x86-64 those bytes are negative. The standard lists only control bytes, DEL and 13 delimiters. No Firefox bug found; linked: the definition.',
    bug: 'https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte',
    expected: { preflight: { method, headers: header } },
  };
}

/** Chromium and WebKit join same-name entries into one value before the 128-byte check. */
export function combinesSameNameEntries(engine: EngineName, preflight: { method: string; headers: string }): DeviationInput {
  return {
    engine,
    reason:
      'Several Accept entries (Headers.append) are joined into one value before the 128-byte check, and the joined value is too long, so it is preflighted. ' +
      'The standard checks each entry of the header list (Firefox does); whatwg/fetch#748 discussed checking the combined value and changed only no-cors Headers.',
    bug: 'https://github.com/whatwg/fetch/issues/748',
    expected: { preflight },
  };
}

export const firefoxNoTotalLimit: DeviationInput = {
  engine: 'firefox',
  reason:
    'Firefox does not apply the 1024-byte total of safelisted header values: InternalHeaders::GetUnsafeHeaders checks each header alone and keeps no running total. ' +
    'No Firefox bug found; linked: the algorithm.',
  bug: 'https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names',
  expected: { preflight: false },
};

export const webkitRangeUnitCaseInsensitive: DeviationInput = {
  engine: 'webkit',
  reason:
    'WebKit matches "bytes" in Range case-insensitively, so "Bytes=0-1" counts as safelisted and is not preflighted. Fixed in WebKit on 2026-08-31 (320912@main), after this WebKitGTK release.',
  bug: 'https://bugs.webkit.org/show_bug.cgi?id=322999',
  expected: { preflight: false },
};

/** A start beyond 2^64 does not parse in any engine: each reads it into a 64-bit integer. */
export function rangeStartOverflows(engine: EngineName): DeviationInput {
  return {
    engine,
    reason:
      'A Range start beyond 2^64 ("bytes=99999999999999999999-") is preflighted: the engine reads the number into a 64-bit integer and fails, ' +
      'where "parse a single range header value" takes any run of digits as a decimal number. All three engines do this; no bug or whatwg/fetch issue found. Linked: the algorithm.',
    bug: 'https://fetch.spec.whatwg.org/#simple-range-header-value',
    expected: { preflight: { method: 'GET', headers: 'range' } },
  };
}

/** Chromium sends its own serialisation of a Range it can parse. */
export function chromiumRewritesRange(range: string): DeviationInput {
  return {
    engine: 'chromium',
    reason:
      `Chromium sends a Range it can parse in its own form ("${range}"), not as the page set it: its HTTP cache (net/http/partial_data.cc) parses the header and writes it back. ` +
      'The preflight decision is taken on the value as set. No Chromium bug found; linked: Fetch, where the request\'s header list is what is sent.',
    bug: 'https://fetch.spec.whatwg.org/#concept-request-header-list',
    standardAllows: 'the rewritten value asks for the same bytes, and an HTTP cache may make range requests of its own (RFC 9111, section 3.3), as Chromium\'s does',
    expected: { hops: [{ hop: 0, request: { range } }] },
  };
}

/** WebKitGTK sends a header value's bytes 0x80-0xFF UTF-8 encoded; `field` names the header in the expectation's words. */
export function webkitGtkUtf8HeaderValue(value: string, field: 'contentType' | 'accept' | 'acceptLanguage' | 'contentLanguage' = 'contentType'): DeviationInput {
  return {
    engine: 'webkit',
    reason:
      'WebKitGTK sends a header value\'s bytes from 0x80 to 0xFF UTF-8 encoded (0xE9 goes out as 0xC3 0xA9): its libsoup glue passes the value as UTF-8. ' +
      'A header value is a byte sequence (a ByteString from JavaScript). WebKit\'s own glib results fail the WPT test linked; no WebKit bug found.',
    bug: 'https://wpt.fyi/results/fetch/api/basic/request-headers-nonascii.any.html',
    expected: { hops: [{ hop: 0, request: { [field]: Buffer.from(value, 'utf8').toString('latin1') } }] },
  };
}
