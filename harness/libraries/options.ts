/** Shared pieces of the adapters' option mapping. */
import { type LibraryCorsOptions, type OriginOption } from '../model/library-options.js';
import { UnsupportedOptionError } from '../model/unsupported-option.js';

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
 * How one library writes each origin form: a function of the form's details, or `null` for a
 * form it has no option for (the adapter then refuses it, saying what the library takes instead).
 */
export type OriginForms<T> = { [K in OriginChoice['kind']]: ((choice: Extract<OriginChoice, { kind: K }>) => T) | null };

/**
 * The generic `origin` option in one library's words, or undefined when the scenario leaves it
 * to the library's default. Throws `UnsupportedOptionError` for a form the library lacks.
 */
export function mapOrigin<T>(option: OriginOption | undefined, forms: OriginForms<T>, library: { packageName: string; takes: string }): T | undefined {
  if (option === undefined) return undefined;
  const choice = originChoice(option);
  const form = forms[choice.kind] as ((choice: OriginChoice) => T) | null;
  if (form === null) throw new UnsupportedOptionError(library.packageName, originFormNames[choice.kind], library.takes);
  return form(choice);
}

const originFormNames: Record<OriginChoice['kind'], string> = {
  any: "origin '*'",
  reflect: 'a reflected origin',
  exact: 'one exact origin',
  list: 'a list of origins',
  regexp: 'a RegExp origin',
  function: 'an origin function',
};

/**
 * Drops undefined entries: the libraries merge options with `{ ...defaults, ...options }`, so an
 * explicit `undefined` would replace a default (Hono's method list, say) instead of keeping it.
 */
export function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** An origin function in the callback form both libraries take (each documents its own use of it). */
export type ExpressStyleOriginFunction = (requestOrigin: string | undefined, callback: (error: Error | null, allow: boolean) => void) => void;

/**
 * The option object that `cors` (Express) and `@fastify/cors` share: the latter kept the former's
 * names and origin forms, so one mapping serves both and each adapter checks it against its own
 * library's types.
 */
export interface ExpressStyleCorsOptions {
  origin?: boolean | string | RegExp | string[] | ExpressStyleOriginFunction;
  credentials?: boolean;
  allowedHeaders?: string[];
  exposedHeaders?: string[];
  maxAge?: number;
  methods?: string[];
}

/**
 * The two share the callback signature but document it differently, so each adapter passes the
 * origin function its own README writes for an allow-list.
 */
export function expressStyleOptions(options: LibraryCorsOptions, originFunction: (allowList: string[]) => ExpressStyleOriginFunction): Partial<ExpressStyleCorsOptions> {
  return withoutUndefined({
    origin: options.origin === undefined ? undefined : expressStyleOrigin(originChoice(options.origin), originFunction),
    credentials: options.credentials,
    allowedHeaders: options.allowedHeaders,
    exposedHeaders: options.exposedHeaders,
    maxAge: options.maxAge,
    methods: options.methods,
  });
}

function expressStyleOrigin(choice: OriginChoice, originFunction: (allowList: string[]) => ExpressStyleOriginFunction): ExpressStyleCorsOptions['origin'] {
  switch (choice.kind) {
    case 'any':
      return '*';
    case 'exact':
      return choice.origin;
    case 'list':
      return choice.origins;
    case 'regexp':
      return choice.regexp;
    case 'reflect':
      return true;
    case 'function':
      return originFunction(choice.allowList);
  }
}

/** The options besides `origin` in the words @koa/cors and hono/cors share (`allowHeaders`, ...). */
export function koaStyleFields(options: LibraryCorsOptions) {
  return {
    credentials: options.credentials,
    allowHeaders: options.allowedHeaders,
    exposeHeaders: options.exposedHeaders,
    maxAge: options.maxAge,
    allowMethods: options.methods,
  };
}
