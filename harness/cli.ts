/**
 * `npx corsmatrix`: runs the checks a corsmatrix.config implies in Chromium, Firefox and WebKit
 * and writes the report; exit codes in harness/own-server/exit-codes.ts.
 * `npx corsmatrix playground`: the live playground (harness/playground/).
 * `npx corsmatrix install`: the browsers of corsmatrix's own Playwright.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { tsImport } from 'tsx/esm/api';
import { engineNames, isEngineName, type EngineName } from './model/engine-names.js';
import { startPlayground } from './playground/server.js';
import { defaultScenarioRoot, scenarioRoots } from './scenario/roots.js';
import { AcceptedFileError, acceptedFileName, acceptedStatusText, acceptFindings, loadAcceptedFindings } from './own-server/accepted.js';
import { generateChecks, secretsOf } from './own-server/checks.js';
import { configProblems, configSchema, type ProjectConfig } from './own-server/config.js';
import { StorageStateError, withStorageStateCookies } from './own-server/storage-state.js';
import { exitCodes, failOnLevels, failsAt, runExitCode, type FailOn } from './own-server/exit-codes.js';
import { checkVerdictLabels, failingVerdicts, type Check } from './own-server/observation.js';
import { ProjectSetupError, runProject } from './own-server/session.js';
import { checkStatus, type CheckStatus } from './report/own-server.js';
import { defaultProjectReporters, emitProjectReports, projectReporters, redact, type ProjectReporter } from './report/own-server-reporters.js';
import { harnessVersion } from './version.js';
import { slownessNote } from './pace.js';

const configNames = ['corsmatrix.config.ts', 'corsmatrix.config.mts', 'corsmatrix.config.js', 'corsmatrix.config.mjs'];

/** The command line or the config cannot be used as given: exit code 2. */
class UsageError extends Error {}

async function loadConfig(file: string | undefined): Promise<{ config: ProjectConfig; file: string }> {
  const found = file ? path.resolve(file) : configNames.map((name) => path.resolve(name)).find((candidate) => existsSync(candidate));
  if (!found) throw new UsageError(`no config: none of ${configNames.join(', ')} in ${process.cwd()}; pass --config <file> (--help shows an example)`);
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
  try {
    // Read now, so that its cookies' values are known secrets before anything is printed.
    return { config: withStorageStateCookies(configSchema.parse(loaded), path.dirname(found)), file: found };
  } catch (error) {
    if (error instanceof StorageStateError) throw new UsageError(`${found}:\n  ${error.message}`);
    throw error;
  }
}

interface RunOptions {
  config?: string;
  engine?: EngineName[];
  target?: string[];
  grep?: RegExp;
  list?: boolean;
  failOn: FailOn;
  reporter: ProjectReporter[];
  accepted?: string;
  output: string;
}

/** The config narrowed to the command line's engines and targets, and the checks `--grep` selects. */
function selection(config: ProjectConfig, options: RunOptions): { config: ProjectConfig; checks: Check[] } {
  const unknown = (options.target ?? []).filter((name) => !config.targets.some((target) => target.name === name));
  if (unknown.length > 0) throw new UsageError(`--target ${unknown.join(', ')}: no such target; the config has ${config.targets.map((target) => target.name).join(', ')}`);
  const selected: ProjectConfig = {
    ...config,
    engines: options.engine ? config.engines.filter((engine) => options.engine?.includes(engine)) : config.engines,
    targets: options.target ? config.targets.filter((target) => options.target?.includes(target.name)) : config.targets,
  };
  if (selected.engines.length === 0) throw new UsageError(`--engine ${options.engine?.join(', ')}: the config's engines are ${config.engines.join(', ')}`);
  const checks = generateChecks(selected).filter((check) => !options.grep || options.grep.test(check.id) || options.grep.test(check.title));
  if (checks.length === 0) throw new UsageError(`--grep ${String(options.grep)}: matches no check; --list shows them`);
  return { config: selected, checks };
}

/** `--list`: what a run would check, without starting anything. */
function list(config: ProjectConfig, checks: Check[]): number {
  for (const target of config.targets) {
    const own = checks.filter((check) => check.target === target.name);
    if (own.length === 0) continue;
    console.log(`${target.name} (${own.length} checks)`);
    for (const check of own) console.log(`  ${check.id}\n      ${check.title}`);
  }
  console.log(`corsmatrix: ${checks.length} checks in ${config.engines.join(', ')}: ${checks.length * config.engines.length} cells`);
  return exitCodes.delivered;
}

function seconds(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

async function run(options: RunOptions): Promise<number> {
  const loaded = await loadConfig(options.config);
  const { config, checks } = selection(loaded.config, options);
  if (options.list) return list(config, checks);
  let accepted: ReturnType<typeof loadAcceptedFindings>;
  try {
    accepted = loadAcceptedFindings(options.accepted, path.dirname(loaded.file));
  } catch (error) {
    if (error instanceof AcceptedFileError) throw new UsageError(error.message);
    throw error;
  }
  // With the JSON on stdout, everything else goes to stderr so that stdout stays one JSON document.
  const secrets = secretsOf(loaded.config);
  const print = options.reporter.includes('json-stdout') ? (text: string) => console.error(text) : (text: string) => console.log(text);
  const say = (text: string) => print(redact(text, secrets));
  say(`corsmatrix ${harnessVersion}: ${path.relative(process.cwd(), loaded.file) || loaded.file}${accepted ? `, accepted findings from ${path.relative(process.cwd(), accepted.file)}` : ''}`);
  const note = slownessNote();
  if (note) say(`corsmatrix: ${note}`);
  const controller = new AbortController();
  const interrupt = () => {
    say('\ncorsmatrix: interrupted; stopping the browsers, the page origins and the servers it started');
    controller.abort();
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  let firstCheckAt: number | undefined;
  try {
    const result = await runProject(
      config,
      path.dirname(loaded.file),
      {
        step: (message) => say(`  ${message}`),
        checkDone: (observation, done, total) => {
          // From the pace since the first check ended: the engines run side by side, so done/total is the whole run's share.
          firstCheckAt ??= Date.now();
          const left = done > 1 && done < total ? `, ~${seconds(((Date.now() - firstCheckAt) / (done - 1)) * (total - done))} left` : '';
          const mark = failsAt(options.failOn, observation.verdict) ? '✗' : observation.verdict === 'not-measured' ? '-' : '✓';
          say(`  [${done}/${total}${left}] ${mark} ${observation.engine.engine.padEnd(8)} ${checkVerdictLabels[observation.verdict].padEnd(24)} ${observation.check.target}: ${observation.check.title}${observation.error ? ` (${observation.error})` : ''}`);
        },
      },
      { signal: controller.signal, checks },
    );
    if (accepted) result.accepted = acceptFindings(accepted.findings, result.observations, checks, generateChecks(loaded.config), new Date().toISOString().slice(0, 10));
    const output = path.resolve(options.output);
    const shown = path.relative(process.cwd(), output).startsWith('..') ? output : path.relative(process.cwd(), output) || '.';
    const written = await emitProjectReports(result, {
      reporters: options.reporter,
      dir: output,
      failOn: options.failOn,
      config: { file: loaded.file, text: readFileSync(loaded.file, 'utf8') },
      ...(accepted ? { acceptedFile: accepted.file } : {}),
      secrets,
    });
    const statuses = result.observations.map(checkStatus);
    const count = (wanted: CheckStatus) => statuses.filter((status) => status === wanted).length;
    const failed = result.observations.filter((observation) => checkStatus(observation) !== 'accepted' && failingVerdicts.has(observation.verdict)).length;
    const where = written.length > 0 ? `; ${written.length === 1 ? 'report' : 'reports'} in ${shown}/ (${written.map((file) => path.basename(file)).join(', ')})` : '';
    say(`corsmatrix: ${count('intent-delivered')} delivered, ${failed} failed, ${count('accepted')} accepted, ${count('not-measured')} not measured${where}`);
    for (const { engine, why } of result.unavailable) say(`corsmatrix: ${engine} did not run: ${why}`);
    for (const entry of result.accepted ?? []) {
      if (entry.status !== 'accepted') say(`corsmatrix: accepted finding ${entry.check}${entry.engine ? ` (${entry.engine})` : ''}: ${acceptedStatusText[entry.status]}`);
    }
    // An accepted cell fails nothing; an expired entry accepted none, so its cells count.
    const code = runExitCode(options.failOn, result.observations.filter((observation) => checkStatus(observation) !== 'accepted').map((observation) => observation.verdict), result.unavailable.length);
    if (failed > 0 && code !== exitCodes.checkFailed) say(`corsmatrix: --fail-on ${options.failOn}: the failed checks do not fail the run`);
    return code;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}

function regExpOption(value: string): RegExp {
  try {
    return new RegExp(value, 'i');
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

const example = `
A config (corsmatrix.config.ts) says which front-end origins load your pages, how to reach each
server, and the CORS policy you mean for each path; the checks follow from it:

  import { defineConfig } from 'corsmatrix';

  export default defineConfig({
    pages: ['https://app.example.com'],               // your front ends' origins
    // engines: ['chromium', 'firefox', 'webkit'],    // the default
    targets: [{
      name: 'api',
      webServer: { command: 'npm start', url: 'http://127.0.0.1:3000/health' },  // or url: '…' if it runs
      paths: [{
        path: '/api/me',
        allowedOrigins: ['https://app.example.com'],  // or RegExps tested against the whole Origin
        credentials: true,                            // cookies included
        methods: ['PUT'], requestHeaders: ['Content-Type'], exposedHeaders: ['X-Request-Id'],
        maxAge: 600,
      }],
    }],
  });

Accepted findings (corsmatrix.accepted.json beside the config), ids as --list prints them:

  { "findings": [{ "target": "api", "check": "api/api/me refused-origin null", "engine": "webkit",
                   "reason": "sandboxed embeds; fixed by #412", "expires": "2027-03-01" }] }

Exit codes:
  ${exitCodes.delivered}  every check delivered in every engine
  ${exitCodes.checkFailed}  a check failed at the --fail-on level (unsafe; by default also blocked or not delivered)
  ${exitCodes.config}  the config or the command line cannot be used as given
  ${exitCodes.environment}  the environment: an engine could not start, a target never answered, a port was taken

Examples:
  npx corsmatrix                              run every check in every engine
  npx corsmatrix --list                       the checks a run would make, without browsers
  npx corsmatrix --target api --grep refused  one target, the checks whose name matches
  npx corsmatrix --fail-on unsafe             fail only when a refused origin can read
  npx corsmatrix --reporter junit github      JUnit XML in --output; annotations and a step summary in GitHub Actions
`;

const program = new Command('corsmatrix')
  // A bad option is a usage error (2), not commander's 1, which means a failed check here.
  .exitOverride()
  .description("Your server's CORS set-up, seen from your own front-end origins, in Chromium, Firefox and WebKit.")
  .version(harnessVersion, '-V, --version', 'print the version')
  .option('-c, --config <file>', `the config file (default: the first of ${configNames.join(', ')})`)
  .addOption(new Option('-e, --engine <name...>', 'run only these engines').choices(engineNames))
  .option('-t, --target <name...>', "run only these targets (the config's names)")
  .option('-g, --grep <pattern>', 'run only the checks whose name or title matches (a RegExp, case-insensitive)', regExpOption)
  .option('--list', 'list the checks a run would make, start nothing')
  .addOption(new Option('--fail-on <level>', 'which findings fail the run: unsafe ones, failed checks of any kind, or none').choices(failOnLevels).default('failed'))
  .addOption(new Option('-r, --reporter <name...>', 'where results go: report files (html, markdown, json, junit) in --output, json-stdout, github (annotations and $GITHUB_STEP_SUMMARY)').choices(projectReporters).default(defaultProjectReporters))
  .option('-a, --accepted <file>', `known findings that fail no run, each with a reason and an optional expiry date (default: ${acceptedFileName} beside the config)`)
  .option('-o, --output <dir>', 'where the report files are written', 'corsmatrix-report')
  .addHelpText('after', example)
  .action(async (options: RunOptions) => {
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

program
  .command('install')
  .description("Install the browsers of corsmatrix's own Playwright (the version it drives; your project's Playwright may differ)")
  .argument('[engine...]', `the engines (default: ${engineNames.join(', ')})`)
  .option('--with-deps', "also install the browsers' system libraries (needs root)")
  .action(async (engines: string[], options: { withDeps?: boolean }) => {
    const unknown = engines.filter((engine) => !isEngineName(engine));
    if (unknown.length > 0) throw new UsageError(`install ${unknown.join(', ')}: the engines are ${engineNames.join(', ')}`);
    // Resolved from here: npx playwright would run the project's own Playwright, whose browsers are another build.
    const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('playwright/package.json')), 'cli.js');
    const args = [cli, 'install', ...(options.withDeps ? ['--with-deps'] : []), ...(engines.length > 0 ? engines : engineNames)];
    process.exitCode = await new Promise<number>((resolve) => {
      spawn(process.execPath, args, { stdio: 'inherit' }).on('close', (code) => resolve(code === 0 ? exitCodes.delivered : exitCodes.environment));
    });
  });

async function servePlayground(options: { port: number | undefined; engines: EngineName[]; scenarioRoot: string }): Promise<void> {
  console.log(`corsmatrix playground: starting the origins and ${options.engines.join(', ')}…`);
  const running = await startPlayground({ ...options, schemaModule: fileURLToPath(new URL(`./model/scenario${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url)) });
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

// `npx corsmatrix --list | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // commander has printed its message (or the help, or the version).
    process.exitCode = error.exitCode === 0 ? exitCodes.delivered : exitCodes.config;
  } else if (error instanceof UsageError) {
    console.error(`corsmatrix: ${error.message}`);
    process.exitCode = exitCodes.config;
  } else if (error instanceof ProjectSetupError) {
    console.error(`corsmatrix: ${error.message}`);
    process.exitCode = error.fault === 'config' ? exitCodes.config : exitCodes.environment;
  } else if (error instanceof Error && error.name === 'AbortError') {
    process.exitCode = 130;
  } else {
    throw error;
  }
}
