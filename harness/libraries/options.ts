/** Shared pieces of the adapters' option mapping. */
import type { OriginOption } from './types.js';

/** The generic `origin` option, told apart once so each adapter maps a closed set of cases. */
export type OriginChoice =
  | { kind: 'any' }
  | { kind: 'reflect' }
  | { kind: 'exact'; origin: string }
  | { kind: 'list'; origins: string[] }
  | { kind: 'regexp'; regexp: RegExp }
  | { kind: 'function'; allowList: string[] };

export function originChoice(option: OriginOption): OriginChoice {
  if (option === '*') return { kind: 'any' };
  if (option === 'reflect') return { kind: 'reflect' };
  if (typeof option === 'string') return { kind: 'exact', origin: option };
  if (Array.isArray(option)) return { kind: 'list', origins: option };
  if ('regexp' in option) return { kind: 'regexp', regexp: new RegExp(option.regexp, option.flags) };
  return { kind: 'function', allowList: option.allowList };
}

/**
 * Drops undefined entries: the libraries merge options with `{ ...defaults, ...options }`, so an
 * explicit `undefined` would replace a default (Hono's method list, say) instead of keeping it.
 */
export function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
