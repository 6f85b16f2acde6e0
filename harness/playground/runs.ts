/**
 * The playground's browsers and origins, and its runs: one scenario, checked as the loader
 * checks a file, run in every engine at once, compared as the report compares a row. The
 * Playground owns the origins and the engines it starts; nothing else stops them.
 */
import { EngineUnavailableError } from '../engines/errors.js';
import { launchEngine } from '../engines/launch.js';
import type { EngineName } from '../model/engine-names.js';
import type { BrowserEngine } from '../engines/types.js';
import { startOrigins, type RunningOrigins } from '../origins/servers.js';
import { buildMatrix } from '../report/matrix.js';
import type { MatrixCell, MatrixRow } from '../report/schema.js';
import { notMeasuredIn } from '../runner/not-measured.js';
import { runScenario } from '../runner/run.js';
import type { ConsistencyProblem } from '../scenario/consistency.js';
import { validateScenario, type LoadedScenario } from '../catalogue/load.js';
import type { EngineIdentity } from '../model/observation.js';

export type RunResult =
  | { ok: false; problems: ConsistencyProblem[] }
  | {
      ok: true;
      /** The row as the report has it: each engine's cell, its summary and what sets it apart. */
      row: MatrixRow;
      columns: EngineIdentity[];
      /** Engines that did not start, and why. */
      unavailable: Array<{ engine: EngineName; why: string }>;
      durationMs: number;
    };

const playgroundFile = 'playground';

export class Playground {
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly origins: RunningOrigins,
    readonly engines: BrowserEngine[],
    readonly unavailable: Array<{ engine: EngineName; why: string }>,
  ) {}

  /** Starts the origins and each engine; an engine that cannot start is named, and the rest go on. */
  static async start(engineNames: readonly EngineName[]): Promise<Playground> {
    const origins = await startOrigins({ outsideTestRun: 'the playground runs the scenario its user edits, on loopback only' });
    const started = await Promise.all(
      engineNames.map((engine) =>
        launchEngine({ engine }, engine, { publicPorts: [origins.ports['http-alt']] }).then(
          (launched) => ({ engine, launched }),
          (reason: unknown) => ({ engine, reason }),
        ),
      ),
    );
    const engines: BrowserEngine[] = [];
    const unavailable: Array<{ engine: EngineName; why: string }> = [];
    for (const result of started) {
      if ('launched' in result) engines.push(result.launched);
      else unavailable.push({ engine: result.engine, why: result.reason instanceof EngineUnavailableError || result.reason instanceof Error ? result.reason.message : String(result.reason) });
    }
    return new Playground(origins, engines, unavailable);
  }

  /**
   * Checks the scenario and, if it is valid, runs it in every engine at once. Runs are queued:
   * two at once in one engine would share its page. Each run has a fresh token, so a preflight
   * cache entry of an earlier run is never reused.
   */
  run(input: unknown): Promise<RunResult> {
    const next = this.#queue.then(() => this.#run(input));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #run(input: unknown): Promise<RunResult> {
    const checked = await validateScenario(input);
    if ('problems' in checked) return { ok: false, problems: checked.problems };
    const started = performance.now();
    const loaded: LoadedScenario = { scenario: checked.scenario, file: playgroundFile, index: 0 };
    const scenarioId = checked.scenario.id;
    const cells = await Promise.all(
      this.engines.map(async (engine): Promise<MatrixCell> => {
        const project = engine.identity.project;
        const why = notMeasuredIn(checked.scenario, engine);
        if (why !== undefined) return { scenarioId, project, status: 'not-run', reason: `not measured: ${why}` };
        if (engine.failure) return { scenarioId, project, status: 'error', reason: engine.failure };
        try {
          const observation = await runScenario(loaded, engine, this.origins);
          return { scenarioId, project, status: observation.verdict, observation };
        } catch (error) {
          return { scenarioId, project, status: 'error', reason: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const matrix = buildMatrix(cells);
    const row = matrix.rows[0];
    if (!row) throw new Error('the playground run produced no row');
    return { ok: true, row, columns: matrix.columns, unavailable: this.unavailable, durationMs: Math.round(performance.now() - started) };
  }

  /** Stops the engines and the origins, also after a failed run. */
  async stop(): Promise<void> {
    await this.#queue.catch(() => undefined);
    await Promise.allSettled(this.engines.map((engine) => engine.close()));
    await this.origins.stop();
  }
}
