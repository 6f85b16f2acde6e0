import { loadCatalogue } from '../harness/scenario/load.js';
import { scenarioRoots } from '../harness/scenario/roots.js';
const { scenarios } = await loadCatalogue(scenarioRoots());
for (const api of ['element', 'worker']) {
  const list = scenarios.map(({ scenario }) => scenario).filter((s) => s.request.api === api);
  console.log(api, list.length, 'then', list.filter((s) => s.then.length).length, 'lib', list.filter((s) => s.library).length, 'frame', list.filter((s) => s.frame).length, 'cookies', list.filter((s) => s.setup.cookies.length).length, 'redirects', list.filter((s) => s.response?.redirect).length);
  for (const s of list.slice(0, 400)) console.log(' ', s.id, JSON.stringify(s.request).slice(0, 90), '=>', JSON.stringify(s.expected).slice(0, 160));
}
