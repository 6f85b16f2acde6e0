/**
 * Triage for the fuzzer (issue #39): a difference an engine already has a declared deviation for,
 * in the same field somewhere in the catalogue, is known; the rest are new and listed first.
 */
import type { EngineName } from '../model/engine-names.js';
import type { Expected, Scenario } from '../model/scenario.js';

export interface KnownDeviation {
  engine: EngineName;
  /** Each field of the expectation the deviation changes, as a run's mismatches name them (`finalRequest.origin`), and its value there. */
  fields: Array<{ field: string; value: unknown }>;
  scenarioId: string;
  bug: string;
}

/** The fields a partial expectation names, with their values: `page`, `finalRequest.origin`... */
function fieldsOf(value: unknown, prefix = ''): Array<{ field: string; value: unknown }> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ field: prefix, value }];
  return Object.entries(value).flatMap(([key, inner]) => (inner === undefined ? [] : fieldsOf(inner, prefix === '' ? key : `${prefix}.${key}`)));
}

/**
 * The fields a deviation changes. One that gives the page a response also says the engine names
 * no reason (`blocked` null), as a run reports it.
 */
function changedFields(expected: Partial<Expected>): Array<{ field: string; value: unknown }> {
  const fields = fieldsOf(expected);
  if (expected.page !== undefined && typeof expected.page !== 'string' && expected.blocked === undefined) fields.push({ field: 'blocked', value: null });
  return fields;
}

export function knownDeviations(scenarios: Scenario[]): KnownDeviation[] {
  return scenarios.flatMap((scenario) => scenario.deviations.map((deviation) => ({ engine: deviation.engine, fields: changedFields(deviation.expected), scenarioId: scenario.id, bug: deviation.bug })));
}

/** One engine's difference from the standard in one field, with what the engine did there. */
export interface EngineDifference {
  project: string;
  field: string;
  observed: unknown;
}

/**
 * Whether each difference is one a declared deviation covers (the same engine, the same field,
 * and where the deviation gives a plain value, the value the engine showed), and which scenarios
 * declare them. A difference between engines that nothing checks is always new.
 */
export function triage(differences: EngineDifference[], between: string[], known: KnownDeviation[]): { known: boolean; scenarios: string[] } {
  const scenarios = new Set<string>();
  let allKnown = differences.length > 0 && between.length === 0;
  for (const { project, field, observed } of differences) {
    const covering = known.filter(
      (entry) =>
        project.startsWith(entry.engine) &&
        entry.fields.some((named) => (named.field === field && (typeof named.value === 'string' && named.value.includes('{') ? true : JSON.stringify(named.value) === JSON.stringify(observed))) || named.field.startsWith(`${field}.`)),
    );
    if (covering.length === 0) allKnown = false;
    for (const entry of covering.slice(0, 3)) scenarios.add(entry.scenarioId);
  }
  return { known: allKnown, scenarios: [...scenarios] };
}
