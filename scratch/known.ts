import { loadCatalogue } from '../harness/scenario/load.js';
import { scenarioRoots } from '../harness/scenario/roots.js';
import { knownDeviations } from '../harness/fuzz/triage.js';
const { scenarios } = await loadCatalogue(scenarioRoots());
const known = knownDeviations(scenarios.map(({ scenario }) => scenario));
const by = new Map<string, Set<string>>();
for (const k of known) for (const f of k.fields) { const s = by.get(k.engine) ?? new Set(); s.add(f); by.set(k.engine, s); }
for (const [e, s] of by) console.log(e, [...s].sort().join(' '));
