import { isOneOf } from './name-lists.js';

/** The browser engines a scenario can name in a known deviation. */
export const engineNames = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof engineNames)[number];

export function isEngineName(value: string): value is EngineName {
  return isOneOf(engineNames, value);
}

/**
 * Engine variants: an engine started with a non-default configuration that reproduces a
 * behaviour real users had (an older default, an enterprise policy). Each is its own
 * Playwright project and its own column in the matrix.
 */
export const variantNames = ['legacy-method-case', 'local-network-access'] as const;
export type VariantName = (typeof variantNames)[number];

/**
 * Permissions a scenario can have the user grant to its page before the request, by their
 * Permissions API names. A driver that cannot grant one leaves the scenario "not measured".
 */
export const permissionNames = ['local-network-access'] as const;
export type PermissionName = (typeof permissionNames)[number];
