/**
 * `npx corsmatrix`: runs the checks a corsmatrix.config implies in Chromium, Firefox and WebKit
 * and writes the report. Exits 1 when a check fails (unsafe, blocked what should pass, not
 * delivered) or an engine did not start, 2 when the config cannot be used.
 * `npx corsmatrix playground`: the live playground (harness/playground/).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import { tsImport } from 'tsx/esm/api';
import { engineNames, type EngineName } from './engines/names.js';
import { startPlayground } from './playground/server.js';
import { defaultScenarioRoot, scenarioRoots } from './scenario/roots.js';
import { configProblems, configSchema, type ProjectConfig } from './project/config.js';
import { checkVerdictLabels, failingVerdicts } from './project/observation.js';
import { ProjectSetupError, runProject } from './project/session.js';
import { writeProjectReport } from './report/project.js';

const configNames = ['corsmatrix.config.ts', 'corsmatrix.config.mts', 'corsmatrix.config.js', 'corsmatrix.config.mjs'];

class UsageError extends Error {}

async function loadConfig(file: string | undefined): Promise<{ config: ProjectConfig; file: string }> {
  const found = file ? path.resolve(file) : configNames.map((name) => path.resolve(name)).find((candidate) => existsSync(candidate));
  if (!found) throw new UsageError(`no config: none of ${configNames.join(', ')} in ${process.cwd()}; pass --config <file>`);
  if (!existsSync(found)) throw new UsageError(`${found}: no such file`);
  let loaded: unknown;
  try {
    // tsx compiles a TypeScript config on the fly, as Playwright does for playwright.config.ts.
    const module = (await tsImport(pathToFileURL(found).href, import.meta.url)) as { default?: unknown };
    loaded = module.default;
    // A config outside an ESM package is loaded as CommonJS: its default export arrives wrapped.
    if (typeof loaded === 'object' && loaded !== null && Object.keys(loaded).length === 1 && 'default' in loaded) loaded = loaded.default;
  } catch (error) {
    throw new UsageError(`${found}: could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problems = configProblems(loaded);
  if (problems.length > 0) throw new UsageError(`${found}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  return { config: configSchema.parse(loaded), file: found };
}

async function run(options: { config?: string; engine?: string[]; output: string }): Promise<number> {
  const { config, file } = await loadConfig(options.config);
  const selected = options.engine ? { ...config, engines: config.engines.filter((engine) => options.engine?.includes(engine)) } : config;
  console.log(`corsmatrix: ${path.relative(process.cwd(), file) || file}`);
  const controller = new AbortController();
  const interrupt = () => {
    console.log('\ncorsmatrix: interrupted; stopping the browsers, the page origins and the servers it started');
    controller.abort();
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const result = await runProject(
      selected,
      path.dirname(file),
      {
        step: (message) => console.log(`  ${message}`),
        checkDone: (observation, done, total) => {
          const mark = failingVerdicts.has(observation.verdict) ? '✗' : observation.verdict === 'not-measured' ? '-' : '✓';
          console.log(`  [${done}/${total}] ${mark} ${observation.engine.engine.padEnd(8)} ${checkVerdictLabels[observation.verdict].padEnd(24)} ${observation.check.target}: ${observation.check.title}${observation.error ? ` (${observation.error})` : ''}`);
        },
      },
      controller.signal,
    );
    const output = path.resolve(options.output);
    const shown = path.relative(process.cwd(), output).startsWith('..') ? output : path.relative(process.cwd(), output) || '.';
    await writeProjectReport(output, result);
    const failed = result.observations.filter((observation) => failingVerdicts.has(observation.verdict));
    const unmeasured = result.observations.filter((observation) => observation.verdict === 'not-measured');
    console.log(
      `corsmatrix: ${result.observations.length - failed.length - unmeasured.length} delivered, ${failed.length} failed, ${unmeasured.length} not measured; report in ${shown}/report.html`,
    );
    for (const { engine, why } of result.unavailable) console.log(`corsmatrix: ${engine} did not run: ${why}`);
    return failed.length > 0 || result.unavailable.length > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}

const program = new Command('corsmatrix')
  .description("Your server's CORS set-up, seen from your own front-end origins, in Chromium, Firefox and WebKit.")
  .option('-c, --config <file>', `the config file (default: the first of ${configNames.join(', ')})`)
  .addOption(new Option('-e, --engine <name...>', 'run only these engines').choices(engineNames))
  .option('-o, --output <dir>', 'where the report is written', 'corsmatrix-report')
  .action(async (options: { config?: string; engine?: string[]; output: string }) => {
    process.exitCode = await run(options);
  });

program
  .command('playground')
  .description('Edit one scenario in a local page and run it in every engine at once; stops at Ctrl-C')
  .option('-p, --port <port>', 'the port of the page (default: a free one)', (value) => Number.parseInt(value, 10))
  .addOption(new Option('-e, --engine <name...>', 'start only these engines').choices(engineNames))
  .option('-s, --scenarios <dir>', 'where presets come from and "Save as scenario" writes (default: the catalogue in a checkout of corsmatrix, else ./scenarios)')
  .action(async (options: { port?: number; engine?: EngineName[]; scenarios?: string }) => {
    // The published package has no catalogue: there, scenarios are the user's own.
    const scenarios = options.scenarios ?? (process.env.CORSMATRIX_SCENARIOS || existsSync(defaultScenarioRoot) ? scenarioRoots()[0] : undefined) ?? 'scenarios';
    await servePlayground({ port: options.port, engines: options.engine ?? [...engineNames], scenarioRoot: path.resolve(scenarios) });
  });

async function servePlayground(options: { port: number | undefined; engines: EngineName[]; scenarioRoot: string }): Promise<void> {
  console.log(`corsmatrix playground: starting the origins and ${options.engines.join(', ')}…`);
  const running = await startPlayground({ ...options, schemaModule: fileURLToPath(new URL('./scenario/schema.ts', import.meta.url)) });
  for (const { engine, why } of running.playground.unavailable) console.log(`corsmatrix playground: ${engine} did not start: ${why}`);
  console.log(`corsmatrix playground: ${running.url} (scenarios in ${options.scenarioRoot}); Ctrl-C stops it`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      console.log(`\ncorsmatrix playground: ${signal}; stopping the browsers and the origins`);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.stop().finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof UsageError || error instanceof ProjectSetupError) {
    console.error(`corsmatrix: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof Error && error.name === 'AbortError') {
    process.exitCode = 130;
  } else {
    throw error;
  }
}
