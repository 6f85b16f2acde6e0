/**
 * Runs that overlap their waits (harness/runner/overlap.ts) take turns for everything else: one
 * holder at a time, in the order they asked.
 */
import { test, expect } from '@playwright/test';
import { Turns } from '../../harness/runner/run.js';
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
