/**
 * What a corsmatrix.config.ts imports: `defineConfig` and the config's types. The command
 * (`npx corsmatrix`, harness/cli.ts) loads the config and does the rest.
 */
export { defineConfig } from './own-server/config.js';
export type { PathPolicy, ProjectConfig, ProjectConfigInput as Config, Target } from './own-server/config.js';
// The report.json a run writes, for tools that read it: its schema and a reader that checks it.
export { projectReportSchema, projectReportSchemaVersion, readProjectReport } from './report/own-server-schema.js';
export type { ProjectReport } from './report/own-server-schema.js';
