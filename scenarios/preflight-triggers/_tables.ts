/** Value tables the generated preflight-trigger rows share. */
import { isCorsUnsafeRequestHeaderByte } from '../../harness/scenario/fetch-safelist.js';

export const hex = (byte: number): string => byte.toString(16).padStart(2, '0');

/**
 * Every CORS-unsafe request-header byte that can be in a header value at all. 0x00, 0x0A and
 * 0x0D cannot (https://fetch.spec.whatwg.org/#header-value): fetch() throws before any CORS
 * rule applies, so no row can show a preflight for them.
 */
export const unsafeBytes = Array.from({ length: 0x80 }, (_, byte) => byte).filter(
  (byte) => isCorsUnsafeRequestHeaderByte(byte) && ![0x00, 0x0a, 0x0d].includes(byte),
);

/** Printable ASCII that is not a CORS-unsafe byte, and tab: allowed in Accept and Content-Type values. */
export const safePunctuation = [...'\t!#$%&\'*+,-./;=^_`|~'];

/** A value of exactly `length` bytes: `prefix` padded with `x`. */
export const ofLength = (prefix: string, length: number): string => prefix + 'x'.repeat(length - prefix.length);
