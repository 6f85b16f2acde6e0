import { loadCatalogue } from '../harness/scenario/load.js';
import { scenarioRoots } from '../harness/scenario/roots.js';
import { compareWithModel } from '../harness/standard/compare.js';
const { scenarios } = await loadCatalogue(scenarioRoots());
for (const { scenario } of scenarios) {
  const a = await compareWithModel(scenario);
  if (a.verdict !== 'outside' || !a.why.includes('cookie')) continue;
  const r = scenario.request as { credentials?: string; crossorigin?: string; withCredentials?: boolean; api: string };
  console.log(scenario.id.padEnd(60), scenario.page, '->', scenario.target, r.api, r.credentials ?? r.crossorigin ?? r.withCredentials ?? '', '|', scenario.setup.cookies.map((c) => c.origin + ':' + c.setCookie).join(' ; '), '| exp', JSON.stringify(typeof scenario.expected.request === 'object' ? scenario.expected.request.cookie : ''));
}
