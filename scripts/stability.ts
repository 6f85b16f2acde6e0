/**
 * Runs the catalogue several times in every engine and prints how many cells varied between
 * repetitions (target: 0). With --load, a bounded load runs beside it for the whole run
 * (scripts/load.ts: busy cores, memory held, a file writer), as on a shared CI runner.
 *
 *   npm run stability [-- --repeat 5] [--load <cores>] [-- <playwright args>]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readMatrix } from '../harness/report/schema.js';
import { countOf, memoryMiBOf, startLoad } from './load.js';

const { values, positionals } = parseArgs({
  options: { repeat: { type: 'string', default: '5' }, load: { type: 'string' }, memory: { type: 'string', default: '50%' } },
  allowPositionals: true,
});
const repeat = countOf('repeat', values.repeat ?? '5');
const load = values.load === undefined ? undefined : startLoad({ cores: countOf('load', values.load), memoryMiB: memoryMiBOf(values.memory ?? '50%'), io: 1 });
const args = ['playwright', 'test', `--repeat-each=${repeat}`, 'tests/browser/catalogue.spec.ts', ...positionals];
console.log(`corsmatrix stability: npx ${args.join(' ')}${load ? `, beside a load of ${load.description}` : ''}`);
const started = Date.now();
const status = await new Promise<number | null>((resolve) => spawn('npx', args, { stdio: 'inherit' }).on('close', resolve));
await load?.stop();
const matrix = readMatrix(readFileSync('reports/matrix.json', 'utf8'));
const cells = matrix.rows.reduce((sum, row) => sum + Object.keys(row.cells).filter((project) => row.cells[project]?.status !== 'not-run').length, 0);
console.log(`corsmatrix stability: ${cells} cells x ${repeat} repetitions in ${Math.round((Date.now() - started) / 1000)} s${load ? ` beside ${load.description}` : ''}`);
console.log(`corsmatrix stability: cells that varied: ${matrix.unstableCells.length}${matrix.unstableCells.length > 0 ? ` (${matrix.unstableCells.join(', ')})` : ''}`);
process.exit(status !== 0 || matrix.unstableCells.length > 0 ? 1 : 0);
