/** corsmatrix's own version, as every report names it. */
import { readFileSync } from 'node:fs';

export const harnessVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
