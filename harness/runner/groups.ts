/**
 * How the catalogue's tests are handed to Playwright Test's workers. Each group runs in one
 * worker, in order; groups run in parallel. This order matters (measured: docs/speed.md):
 *
 * - A fresh profile costs the browser a new renderer and network context, CPU the two workers
 *   share: two at once take far longer each than one after another, so the scenarios that need
 *   one form one group, while the other worker runs the scenarios that share a page.
 * - The longest groups (those fresh profiles, the waits) come first, so no worker is left with
 *   a long group at the end while the other idles.
 * - The rest go by topic, in groups of at most `topicGroupSize`: for each group, a worker
 *   rebuilds the whole file's suite, which with one test per group (fullyParallel) cost time in
 *   proportion to the number of tests squared.
 */
import type { LoadedScenario } from '../model/scenario.js';
import { needsFreshProfile } from './run.js';
import { waitsOnPurpose } from './overlap.js';

export const topicGroupSize = 25;

export interface CatalogueGroup {
  /** The describe block's title: part of each test's title, so `-g` can select it. */
  title: string;
  /** `waits`: started together and overlapped (harness/runner/overlap.ts); `run`: one after another. */
  kind: 'waits' | 'run';
  scenarios: LoadedScenario[];
}

/** The topic of a scenario: its id without the last part (`libraries/koa-cors/max-age` gives `libraries/koa-cors`). */
function topicOf(loaded: LoadedScenario): string {
  const parts = loaded.scenario.id.split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '(no topic)';
}

/** Every scenario in exactly one group, in the order the groups should start. */
export function catalogueGroups(scenarios: LoadedScenario[]): CatalogueGroup[] {
  const waits: LoadedScenario[] = [];
  const fresh: LoadedScenario[] = [];
  const byTopic = new Map<string, LoadedScenario[]>();
  for (const loaded of scenarios) {
    if (waitsOnPurpose(loaded.scenario)) waits.push(loaded);
    else if (needsFreshProfile(loaded.scenario)) fresh.push(loaded);
    else {
      const topic = topicOf(loaded);
      const list = byTopic.get(topic);
      if (list) list.push(loaded);
      else byTopic.set(topic, [loaded]);
    }
  }
  const groups: CatalogueGroup[] = [];
  if (fresh.length > 0) groups.push({ title: 'fresh profiles', kind: 'run', scenarios: fresh });
  if (waits.length > 0) groups.push({ title: 'waits', kind: 'waits', scenarios: waits });
  for (const [topic, list] of byTopic) {
    const parts = Math.ceil(list.length / topicGroupSize);
    for (let part = 0; part < parts; part++) {
      groups.push({
        title: parts > 1 ? `${topic} (${part + 1}/${parts})` : topic,
        kind: 'run',
        scenarios: list.slice(part * topicGroupSize, (part + 1) * topicGroupSize),
      });
    }
  }
  return groups;
}
