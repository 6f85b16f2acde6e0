/**
 * Library scenarios: the schema's rules (a library or declared answers, never both; the target
 * is the library's origin; an expectation that contradicts the intent needs a finding, and only
 * then; an option the library lacks is refused when loaded), placeholders in options, and the
 * verdict rule.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { libraryAdapters } from '../../harness/libraries/index.js';
import { libraryNames, type LibraryName } from '../../harness/model/library-names.js';

import { stepVerdict, worstLibraryVerdict } from '../../harness/model/intent.js';
import type { OriginName } from '../../harness/model/origin-names.js';
import { formatScenarioError, loadCatalogue } from '../../harness/catalogue/load.js';
import { resolveLibraryOptions } from '../../harness/scenario/plan.js';
import { UnsupportedOptionError } from '../../harness/model/unsupported-option.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const broken = path.join(fixtures, 'broken-library-scenarios');
const valid = path.join(fixtures, 'valid-scenarios');

const cases: Array<{ file: string; field: string; message: RegExp }> = [
  { file: 'library-and-response.ts', field: 'response', message: /either library or response, not both/ },
  { file: 'library-wrong-target.ts', field: 'target', message: /set target: 'koa-cors', not 'other'/ },
  { file: 'library-without-intent.ts', field: 'intent', message: /states its intent/ },
  { file: 'library-missing-finding.ts', field: 'expected', message: /does not deliver the intent \(blocked what should pass\): declare a finding/ },
  { file: 'library-needless-finding.ts', field: 'finding', message: /every expectation delivers the intent/ },
  { file: 'library-unsupported-option.ts', field: 'library.options', message: /@koa\/cors has no option for a list of origins/ },
  { file: 'library-specific-other-library.ts', field: 'library.options', message: /hono has no option for hook \(options of fastify-cors\).*names fastify-cors, not hono-cors/ },
  { file: 'library-refused-method-sent.ts', field: 'expected.request', message: /cannot reach hono-cors.*request: false/ },
  { file: 'declared-targets-library-origin.ts', field: 'target', message: /library origin: give library: \{ name: 'koa-cors'/ },
  { file: 'intent-on-declared.ts', field: 'intent', message: /intent belongs to library scenarios/ },
];

for (const expected of cases) {
  test(`broken library scenario: ${expected.file}`, async () => {
    const catalogue = await loadCatalogue([valid, path.join(broken, expected.file)]);
    expect(catalogue.scenarios.map((s) => s.scenario.id)).toEqual(['fixture/valid']);
    expect(catalogue.errors, catalogue.errors.map(formatScenarioError).join('\n')).toHaveLength(1);
    const [error] = catalogue.errors;
    expect(error?.scenario).toBe(`broken/${expected.file.replace(/\.ts$/, '')}`);
    expect(error?.field).toBe(expected.field);
    expect(error?.message).toMatch(expected.message);
  });
}

test('the shipped library scenarios load, each targets its own library, and cover all four libraries', async () => {
  const catalogue = await loadCatalogue([fileURLToPath(new URL('../../scenarios/libraries', import.meta.url))]);
  expect(catalogue.errors.map(formatScenarioError)).toEqual([]);
  const byLibrary = new Map<string, number>();
  for (const { scenario } of catalogue.scenarios) {
    expect(scenario.library, scenario.id).toBeDefined();
    expect(scenario.target).toBe(scenario.library?.name);
    expect(scenario.id.startsWith(`libraries/${scenario.target}/`)).toBe(true);
    byLibrary.set(scenario.target, (byLibrary.get(scenario.target) ?? 0) + 1);
  }
  for (const name of libraryNames) expect(byLibrary.get(name) ?? 0, name).toBeGreaterThanOrEqual(20);
});

test('placeholders in options are resolved, a RegExp is taken as written', () => {
  const origins = Object.fromEntries(['site', 'api'].map((name) => [name, `http://${name}.localhost:1`])) as Record<OriginName, string>;
  const context = { page: origins.site, target: 'http://koa-cors.localhost:2', origins };
  expect(resolveLibraryOptions({ origin: '{page}', credentials: true }, context)).toEqual({ origin: 'http://site.localhost:1', credentials: true });
  expect(resolveLibraryOptions({ origin: ['{origin:site}', '{origin:api}'] }, context).origin).toEqual(['http://site.localhost:1', 'http://api.localhost:1']);
  expect(resolveLibraryOptions({ origin: { allowList: ['{origin:api}'] } }, context).origin).toEqual({ allowList: ['http://api.localhost:1'] });
  expect(resolveLibraryOptions({ origin: { regexp: '^http://x{1,3}$', flags: 'g' } }, context).origin).toEqual({ regexp: '^http://x{1,3}$', flags: 'g' });
});

test('each adapter refuses exactly the options its library lacks, with a message naming the library', () => {
  const lacks: Record<LibraryName, string[]> = {
    'koa-cors': ['list', 'regexp'],
    'express-cors': [],
    'fastify-cors': [],
    'hono-cors': ['regexp'],
    'elysia-cors': [],
    'itty-cors': [],
    'h3-cors': [],
    'flask-cors': ['function'],
  };
  const shapes = { list: ['http://a.localhost'], regexp: { regexp: '^x$' }, function: { allowList: ['http://a.localhost'] }, reflect: 'reflect', any: '*' };
  for (const name of libraryNames) {
    const adapter = libraryAdapters[name];
    for (const [shape, origin] of Object.entries(shapes)) {
      const map = () => adapter.mapOptions({ origin });
      if (lacks[name].includes(shape)) expect(map, `${name} ${shape}`).toThrow(UnsupportedOptionError);
      else expect(map, `${name} ${shape}`).not.toThrow();
    }
  }
  expect(() => libraryAdapters['hono-cors'].mapOptions({ origin: { regexp: 'x' } })).toThrow(/hono\/cors has no option for a RegExp origin/);
});

test('verdicts: allow and block against what the page read; a preflight intent; the worst step wins', () => {
  expect(stepVerdict({ intent: 'allow' }, { read: true, preflightSent: false })).toBe('intent-delivered');
  expect(stepVerdict({ intent: 'allow' }, { read: false, preflightSent: true })).toBe('blocked-what-should-pass');
  expect(stepVerdict({ intent: 'block' }, { read: true, preflightSent: false })).toBe('unsafe');
  expect(stepVerdict({ intent: 'block' }, { read: false, preflightSent: false })).toBe('intent-delivered');
  expect(stepVerdict({ intent: 'allow', preflight: 'sent' }, { read: true, preflightSent: false })).toBe('intent-not-delivered');
  expect(stepVerdict({ intent: 'allow', preflight: 'cached' }, { read: true, preflightSent: false })).toBe('intent-delivered');
  expect(worstLibraryVerdict(['intent-delivered', 'blocked-what-should-pass', 'intent-not-delivered'])).toBe('blocked-what-should-pass');
  expect(worstLibraryVerdict(['blocked-what-should-pass', 'unsafe'])).toBe('unsafe');
  expect(worstLibraryVerdict([])).toBe('intent-delivered');
});
