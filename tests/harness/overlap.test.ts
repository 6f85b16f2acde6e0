/**
 * Runs that overlap their waits (harness/runner/overlap.ts) take turns for everything else: one
 * holder at a time, in the order they asked. The catalogue's groups (harness/runner/groups.ts)
 * put the costly scenarios first and the rest in small groups by topic.
 */
import { test, expect } from '@playwright/test';
import { needsFreshProfile, Turns } from '../../harness/runner/run.js';
import { catalogueGroups, topicGroupSize } from '../../harness/runner/groups.js';
import { waitsOnPurpose } from '../../harness/runner/overlap.js';
import { loadCatalogue } from '../../harness/scenario/load.js';
import { defaultScenarioRoot } from '../../harness/scenario/roots.js';

test('turns go to one holder at a time, in the order they were asked for', async () => {
  const turns = new Turns();
  const log: string[] = [];
  let active = 0;
  const work = async (name: string, steps: number) => {
    for (let step = 0; step < steps; step++) {
      await turns.take();
      active++;
      expect(active).toBe(1);
      log.push(`${name}${step}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
      turns.give();
      // The wait on purpose: others take their turns meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all([work('a', 2), work('b', 2), work('c', 2)]);
  expect(log).toEqual(['a0', 'b0', 'c0', 'a1', 'b1', 'c1']);
});

test('the catalogue scenarios that wait on purpose are the preflight-cache expiry ones', async () => {
  const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
  const waiting = scenarios.filter(({ scenario }) => waitsOnPurpose(scenario)).map(({ scenario }) => scenario.id);
  expect(waiting.length).toBeGreaterThan(3);
  for (const id of waiting) expect(id).toMatch(/max-age/);
});

test('the catalogue groups hold every scenario once: fresh profiles and waits first, the rest by topic in small groups', async () => {
  const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
  const groups = catalogueGroups(scenarios);
  const ids = groups.flatMap((group) => group.scenarios.map(({ scenario }) => scenario.id));
  expect(ids.sort()).toEqual(scenarios.map(({ scenario }) => scenario.id).sort());
  expect(groups.map(({ title }) => title).slice(0, 2)).toEqual(['fresh profiles', 'waits']);
  const [fresh, waits, ...topics] = groups;
  expect(fresh?.scenarios.every(({ scenario }) => needsFreshProfile(scenario) && !waitsOnPurpose(scenario))).toBe(true);
  expect(waits?.kind).toBe('waits');
  expect(waits?.scenarios.every(({ scenario }) => waitsOnPurpose(scenario))).toBe(true);
  for (const group of topics) {
    expect(group.kind).toBe('run');
    expect(group.scenarios.length).toBeLessThanOrEqual(topicGroupSize);
    // One topic per group, named in its title, and no scenario that needs a profile of its own.
    const topic = group.title.replace(/ \(\d+\/\d+\)$/, '');
    for (const { scenario } of group.scenarios) {
      expect(scenario.id.startsWith(`${topic}/`)).toBe(true);
      expect(needsFreshProfile(scenario)).toBe(false);
    }
  }
  // A big topic is split: preflight-triggers has far more than one group's worth.
  expect(topics.filter(({ title }) => title.startsWith('preflight-triggers (')).length).toBeGreaterThan(1);
});
