/**
 * The rows of docs/deviations.md (written by `npm run deviations`, checked by a test): one per
 * declared deviation and one per cell not measured here. Only a deviation's "seen in" column
 * depends on a run, so a row is given as the two ends around it.
 */
import type { Deviation, Scenario } from '../model/scenario.js';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** A deviation's row without its "seen in" column: the row is `${start}${seenIn}${end}`. */
export function deviationRowEnds(scenarioId: string, deviation: Deviation): { start: string; end: string } {
  const when = [deviation.versions ? `versions ${deviation.versions}` : '', deviation.variants ? `variants ${deviation.variants.join(', ')}` : ''].filter(Boolean).join(', ');
  const allows = deviation.standardAllows ? ` **The standard allows this too:** ${deviation.standardAllows}` : '';
  return {
    start: `| \`${scenarioId}\` | ${deviation.engine}${when ? ` (${when})` : ''} | `,
    end: ` | ${escapeCell(`${deviation.reason}${allows}`)} | ${deviation.bug} |`,
  };
}

export function deviationRow(scenarioId: string, deviation: Deviation, seenIn: string): string {
  const { start, end } = deviationRowEnds(scenarioId, deviation);
  return `${start}${escapeCell(seenIn)}${end}`;
}

export function notMeasuredRow(scenarioId: string, entry: Scenario['notMeasured'][number]): string {
  return `| \`${scenarioId}\` | ${entry.engine} | ${escapeCell(entry.reason)}${entry.link ? ` (${entry.link})` : ''} |`;
}
