/**
 * What the playground reads and writes in a scenario folder: the presets (each valid scenario
 * exactly as its file writes it, defaults left out) and a new scenario file, written in the
 * catalogue's format and topic layout. It reads nothing but scenario files under that folder
 * and writes nothing outside it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { knownSections } from '../scenario/references.js';
import { listScenarioFiles, loadCatalogue, validateScenario } from '../catalogue/load.js';
import type { ScenarioInput } from '../model/scenario.js';
import type { ConsistencyProblem } from '../scenario/consistency.js';

/** Where the page starts when the scenario folder (a user's own, at first empty) offers no preset. */
export const starterScenario: ScenarioInput = {
  id: 'playground/put-allowed',
  title: 'PUT: the preflight allows it — preflight, then the PUT, readable',
  reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
  page: 'site',
  target: 'other',
  request: { api: 'fetch', method: 'PUT', body: { kind: 'text', text: 'payload' } },
  preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT' } },
  response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
  expected: { preflight: { method: 'PUT', headers: null }, request: { method: 'PUT', origin: '{page}' }, page: { status: 200, bodyReadable: true } },
};

export interface Preset {
  id: string;
  title: string;
  /** The file, relative to the scenario folder. */
  file: string;
  /** The scenario as written, which the editor shows. */
  input: unknown;
}

export async function loadPresets(root: string): Promise<Preset[]> {
  const presets: Preset[] = [];
  for (const file of listScenarioFiles(root)) {
    let exported: unknown;
    try {
      exported = ((await import(pathToFileURL(path.resolve(file)).href)) as { default?: unknown }).default;
    } catch {
      continue; // `npm run check` names a file that cannot be loaded; the playground offers the rest.
    }
    if (!Array.isArray(exported)) continue;
    for (const value of exported as unknown[]) {
      const checked = await validateScenario(value);
      if ('scenario' in checked) presets.push({ id: checked.scenario.id, title: checked.scenario.title, file: path.relative(root, file), input: structuredClone(value) });
    }
  }
  return presets;
}

/** A scenario object as TypeScript source: unquoted keys and single-quoted strings, as the catalogue writes them. */
export function scenarioSource(input: unknown, indent: string): string {
  const json = JSON.stringify(input, null, 2);
  return json
    .replace(/"((?:[^"\\]|\\.)*)"(:?)/g, (whole, body: string, colon: string) => {
      if (colon && /^[A-Za-z_$][\w$]*$/.test(body)) return `${body}:`;
      if (body.includes("'") || body.includes('\\')) return whole;
      return `'${body}'${colon}`;
    })
    // Trailing commas, as the catalogue writes them.
    .replace(/([^,{[\s])(\n\s*[}\]])/g, '$1,$2')
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
}

/**
 * A scenario file's whole source, as `file` will hold it: the schema's type imported relative to
 * the file, `header` (comment lines) above, the scenario in the catalogue's format.
 */
export function scenarioFileSource(input: unknown, file: string, schemaModule: string, header = ''): string {
  let schemaImport = path.relative(path.dirname(file), schemaModule).split(path.sep).join('/').replace(/\.ts$/, '.js');
  if (!schemaImport.startsWith('.')) schemaImport = `./${schemaImport}`;
  return `${header}import type { ScenarioInput } from '${schemaImport}';

export default [
${scenarioSource(input, '  ')},
] satisfies ScenarioInput[];
`;
}

export type SaveResult = { ok: true; file: string; next: string } | { ok: false; problems: ConsistencyProblem[] };

/**
 * Writes the scenario as `<root>/<topic>/<name>.ts` for the id `topic/name`: a file of its own,
 * one concern a file. Refuses an invalid scenario, an id already in the folder, a reference the
 * catalogue does not list, and an existing file.
 */
export async function saveScenario(input: unknown, root: string, schemaModule: string): Promise<SaveResult> {
  const checked = await validateScenario(input);
  if ('problems' in checked) return { ok: false, problems: checked.problems };
  const { id, reference } = checked.scenario;
  const slash = id.lastIndexOf('/');
  if (slash < 0) return { ok: false, problems: [{ field: 'id', message: `a catalogue id is "topic/name", the topic being its folder (say "playground/${id}")` }] };
  if (!knownSections.has(reference)) {
    return { ok: false, problems: [{ field: 'reference', message: 'the catalogue refers only to sections listed in harness/scenario/references.ts; pick one of them or add the section there first' }] };
  }
  const catalogue = await loadCatalogue([root]);
  const existing = catalogue.scenarios.find((loaded) => loaded.scenario.id === id);
  if (existing) return { ok: false, problems: [{ field: 'id', message: `"${id}" already exists in ${existing.file}; choose another id` }] };
  const file = path.resolve(root, `${id}.ts`);
  // The id's pattern allows no "..", but the file must stay in the folder whatever the pattern says.
  if (!file.startsWith(`${path.resolve(root)}${path.sep}`)) return { ok: false, problems: [{ field: 'id', message: 'the id leads outside the scenario folder' }] };
  if (existsSync(file)) return { ok: false, problems: [{ field: 'id', message: `${path.relative(root, file)} already exists; choose another id` }] };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, scenarioFileSource(input, file, schemaModule), { flag: 'wx' });
  return { ok: true, file, next: 'npm run check accepts it; run npm run coverage to update docs/coverage.md, then npx playwright test -g to run it in every engine' };
}
