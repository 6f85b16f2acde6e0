/**
 * What a corsmatrix.config.ts imports: `defineConfig` and the config's types. The command
 * (`npx corsmatrix`, harness/cli.ts) loads the config and does the rest.
 */
export { defineConfig } from './project/config.js';
export type { PathPolicy, ProjectConfig, ProjectConfigInput as Config, Target } from './project/config.js';
export { projectReportSchema, projectReportSchemaVersion, readProjectReport } from './report/project-schema.js';
export type { ProjectReport } from './report/project-schema.js';
