#!/usr/bin/env node
// `npx corsmatrix`. The published package runs its compiled JavaScript (dist/, built at prepack);
// a checkout of the repository runs the TypeScript sources. Either way tsx is registered, because
// it loads the user's corsmatrix.config.ts and scenario files.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const source = new URL('../harness/cli.ts', import.meta.url);
await import(existsSync(source) ? source.href : new URL('../dist/cli.js', import.meta.url).href);
