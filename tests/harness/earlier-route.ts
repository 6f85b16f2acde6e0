/**
 * The page-origin route's guard in npm test (docs/route-differential.md): the cells of a run
 * against those the earlier route (root, a private /etc/hosts) recorded for the same targets.
 */
import { fileURLToPath } from 'node:url';
import { comparableCell, differingCells, readComparableRun } from '../../harness/own-server/comparable.js';
import { worstCheckVerdict, type CheckObservation, type CheckVerdict } from '../../harness/own-server/observation.js';

const earlierRoute = readComparableRun(fileURLToPath(new URL('../../docs/route-differential/earlier-route.json.gz', import.meta.url)));

/**
 * Each cell of these targets that differs from the earlier route's, described (one it recorded that
 * this run lacks included); or why nothing was compared: engines of other versions than the
 * recorded ones differ for reasons of their own.
 */
export function differencesFromEarlierRoute(
  observations: readonly CheckObservation[],
  engines: ReadonlyArray<{ engine: string; version: string }>,
  targets: readonly string[],
): { notCompared: string } | { differences: string[] } {
  const otherVersions = engines.map(({ engine, version }) => `${engine} ${version}`).filter((engine) => !earlierRoute.engines.includes(engine));
  if (otherVersions.length > 0) return { notCompared: `the earlier route was recorded with ${earlierRoute.engines.join(', ')}; this run has ${otherVersions.join(', ')}` };
  const inTargets = (key: string) => targets.some((target) => key.startsWith(`${target}/`));
  // A check added since the earlier route was recorded (a new look-alike) has no cell to be compared
  // with; one given steps since (a refused origin's PUT) is compared on the steps it had.
  const recorded = new Map(earlierRoute.cells.map((cell) => [cell.key, cell]));
  const comparable = observations.flatMap((observation) => {
    const cell = comparableCell(observation);
    const earlier = recorded.get(cell.key);
    if (!earlier) return [];
    if (cell.steps.length <= earlier.steps.length || cell.error !== undefined) return [cell];
    const steps = cell.steps.slice(0, earlier.steps.length);
    return [{ ...cell, steps, verdict: worstCheckVerdict(steps.map((step) => step.verdict as CheckVerdict), 'intent-delivered') }];
  });
  return {
    differences: differingCells(earlierRoute.cells, comparable, inTargets).map(
      ({ key, before, after }) => `${key}\n  earlier route: ${JSON.stringify(before)}\n  this run:      ${JSON.stringify(after)}`,
    ),
  };
}
