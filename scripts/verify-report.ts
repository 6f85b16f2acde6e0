/**
 * The last step of `npm test`: reads the matrix the run wrote (reports/matrix.json, or
 * CORSMATRIX_REPORT_DIR) and proves that it has the published shape and that no two engines
 * differ anywhere in the trace without an expectation, a deviation or an ignore entry saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
const unchecked = uncheckedRows(matrix);
for (const line of unchecked) console.error(`  ${line}`);
const compared = matrix.rows.filter((row) => Object.values(row.cells).filter((cell) => cell.observation).length > 1).length;
console.log(`corsmatrix verify: ${file}: ${matrix.rows.length} rows, ${compared} compared between engines, ${unchecked.length} with unchecked differences`);
process.exit(unchecked.length === 0 ? 0 : 1);
