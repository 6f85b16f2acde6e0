/**
 * The last step of `npm test`, and of a sharded run after its shards are merged
 * (scripts/merge-shards.sh): reads the matrix (reports/matrix.json, or CORSMATRIX_REPORT_DIR),
 * proves that it has the published shape, and applies the run's gates (harness/report/gates.ts):
 * no two engines differ anywhere in the trace without an expectation, a deviation or an ignore
 * entry saying so, and, with CORSMATRIX_FAIL_ON_CHANGE=1, no cell changed since the baseline.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { failOnChangeFromEnv, matrixGates } from '../harness/report/gates.js';
import { uncheckedRows } from '../harness/report/matrix.js';
import { matrixJsonSchema } from '../harness/report/schema.js';

const file = path.join(process.env.CORSMATRIX_REPORT_DIR ?? 'reports', 'matrix.json');
if (!existsSync(file)) {
  console.error(`corsmatrix verify: ${file} does not exist; the run wrote no matrix`);
  process.exit(1);
}
const parsed = matrixJsonSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.success) {
  const issues = parsed.error.issues;
  const listed = issues.slice(0, 10).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  console.error(`corsmatrix verify: ${file} does not have the published shape (${issues.length} problems):\n${listed.join('\n')}`);
  process.exit(1);
}
const matrix = parsed.data;
const gates = matrixGates(matrix, { failOnChange: failOnChangeFromEnv() });
for (const line of gates.lines) (gates.failed ? console.error : console.log)(line);
const compared = matrix.rows.filter((row) => Object.values(row.cells).filter((cell) => cell.observation).length > 1).length;
console.log(`corsmatrix verify: ${file}: ${matrix.rows.length} rows, ${compared} compared between engines, ${uncheckedRows(matrix).length} with unchecked differences${gates.failed ? '; failed' : ''}`);
process.exit(gates.failed ? 1 : 0);
