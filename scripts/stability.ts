/**
 * Runs the catalogue several times in every engine and prints how many cells varied between
 * repetitions (target: 0). Usage: npm run stability [-- --repeat 5 -- <playwright args>]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readMatrix } from '../harness/report/schema.js';

const { values, positionals } = parseArgs({ options: { repeat: { type: 'string', default: '5' } }, allowPositionals: true });
const repeat = Number(values.repeat ?? '5');
const args = ['playwright', 'test', `--repeat-each=${repeat}`, 'tests/browser/catalogue.spec.ts', ...positionals];
console.log(`corsmatrix stability: npx ${args.join(' ')}`);
const started = Date.now();
const run = spawnSync('npx', args, { stdio: 'inherit' });
const matrix = readMatrix(readFileSync('reports/matrix.json', 'utf8'));
const cells = matrix.rows.reduce((sum, row) => sum + Object.keys(row.cells).length, 0);
console.log(`corsmatrix stability: ${cells} cells x ${repeat} repetitions in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`corsmatrix stability: cells that varied: ${matrix.unstableCells.length}${matrix.unstableCells.length > 0 ? ` (${matrix.unstableCells.join(', ')})` : ''}`);
process.exit(run.status !== 0 || matrix.unstableCells.length > 0 ? 1 : 0);
