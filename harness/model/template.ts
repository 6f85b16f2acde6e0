/**
 * Placeholders in header values and expectations, because ports are chosen at run time:
 * `{page}` is the page's origin, `{target}` the target's origin, `{origin:NAME}` any named origin.
 */
import { isOriginName, type OriginName } from './origin-names.js';

const placeholder = /\{([^{}]*)\}/g;

export interface TemplateContext {
  page: string;
  target: string;
  origins: Record<OriginName, string>;
}

export function findTemplateError(value: string): string | undefined {
  for (const match of value.matchAll(placeholder)) {
    const name = match[1] ?? '';
    if (name === 'page' || name === 'target') continue;
    if (name.startsWith('origin:')) {
      const origin = name.slice('origin:'.length);
      if (isOriginName(origin)) continue;
      return `unknown origin "${origin}" in placeholder {${name}}`;
    }
    return `unknown placeholder {${name}}; use {page}, {target} or {origin:NAME}`;
  }
  return undefined;
}

export function resolveTemplate(value: string, context: TemplateContext): string {
  return value.replace(placeholder, (whole, name: string) => {
    if (name === 'page') return context.page;
    if (name === 'target') return context.target;
    const origin = name.startsWith('origin:') ? name.slice('origin:'.length) : '';
    return isOriginName(origin) ? context.origins[origin] : whole;
  });
}
