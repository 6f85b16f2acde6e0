#!/usr/bin/env node
// `npx corsmatrix`: the command is TypeScript like the rest of the harness; tsx runs it, and
// loads the user's corsmatrix.config.ts the same way.
import { register } from 'tsx/esm/api';

register();
await import('../harness/cli.ts');
