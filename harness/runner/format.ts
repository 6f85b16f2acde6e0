/** Text for a failing cell: expected against observed, one line a field, readable at a glance. */
import type { Observation } from '../model/observation.js';

function show(value: unknown): string {
  if (value === null) return 'null (absent)';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

export function engineLabel(observation: Pick<Observation, 'engine'>): string {
  const { engine } = observation;
  return `${engine.project}: ${engine.browser} ${engine.version} via ${engine.driver}`;
}

export function formatMismatches(observation: Observation): string {
  const rows = observation.mismatches.map((m): [string, string, string] => [m.field, show(m.expected), show(m.observed)]);
  const widths = [Math.max(5, ...rows.map((row) => row[0].length)), Math.max(8, ...rows.map((row) => row[1].length))];
  const line = (cells: readonly string[]) => `  ${(cells[0] ?? '').padEnd(widths[0] ?? 0)}  ${(cells[1] ?? '').padEnd(widths[1] ?? 0)}  ${cells[2] ?? ''}`;
  const lines = [
    `${observation.scenario.id} (${observation.scenario.file}) differs from its expectation`,
    `  in ${engineLabel(observation)}`,
    line(['field', 'expected', 'observed']),
    ...rows.map(line),
  ];
  if (observation.deviations.length > 0) lines.push(`  (expectation includes known deviations: ${observation.deviations.map((d) => d.bug).join(', ')})`);
  for (const note of observation.notes) lines.push(`  note: ${note}`);
  for (const [index, step] of observation.steps.entries()) {
    const label = observation.steps.length > 1 ? ` (step ${index})` : '';
    if (step.page.error) lines.push(`  page error${label}: ${step.page.error}`);
    const arrived = step.received.map((r) => `${r.isPreflight ? 'preflight ' : ''}${r.method} ${r.origin ?? '?'}${r.path}`);
    lines.push(`  reached the servers${label}: ${arrived.length > 0 ? arrived.join(' -> ') : 'nothing'}`);
  }
  return lines.join('\n');
}
