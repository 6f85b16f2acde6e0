import { loadCatalogue } from '../harness/scenario/load.js';
import { scenarioRoots } from '../harness/scenario/roots.js';
const { scenarios } = await loadCatalogue(scenarioRoots());
const list = scenarios.filter(({ scenario }) => scenario.then.length > 0);
const by = new Map<string, number>();
for (const { file, scenario } of list) { const k = file.replace(/.*scenarios\//, '') + (scenario.library ? '' : ''); by.set(k, (by.get(k) ?? 0) + 1); }
console.log([...by].sort((a, b) => b[1] - a[1]));
const cacheCtl = list.filter(({ scenario }) => JSON.stringify(scenario).includes('max-age=') || JSON.stringify(scenario).toLowerCase().includes('cache-control'));
console.log('with Cache-Control', cacheCtl.length, 'with wait', list.filter(({ scenario }) => scenario.then.some((t) => t.waitAfterLastPreflightMs !== undefined)).length);
