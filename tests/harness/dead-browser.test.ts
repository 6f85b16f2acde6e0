/**
 * A browser killed in the middle of a `npx corsmatrix` run (issue #38): the check it was making
 * is run again in a browser started once more, its cell names the process and the signal, and
 * every other check of the run is measured. Real Chromium and Firefox, killed with SIGKILL as the
 * kernel's OOM killer would.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import type { EngineName } from '../../harness/model/engine-names.js';
import { configSchema } from '../../harness/own-server/config.js';
import type { CheckObservation } from '../../harness/own-server/observation.js';
import { runProject } from '../../harness/own-server/session.js';
import { unmeasurableHere } from './run-command.js';
import { scaled } from '../../harness/pace.js';

/** This process's children that are a browser's main process (not one of its helpers). */
function browserProcesses(engine: EngineName): number[] {
  const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  return children.filter((pid) => {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return (command[0] ?? '').includes(engine === 'chromium' ? 'chrom' : 'firefox') && !command.some((part) => part.startsWith('--type=') || part === '-contentproc');
    } catch {
      return false;
    }
  });
}

test('a browser killed mid-run is started again once; the check it was making is run again and says why', async () => {
  test.setTimeout(scaled(300_000));
  const server = http.createServer((req, res) => {
    if (req.headers.origin === 'http://app.example.com') {
      res.setHeader('Access-Control-Allow-Origin', 'http://app.example.com');
      res.setHeader('Vary', 'Origin');
    }
    // A path that does not exist is an error answer, still readable by the allowed origin.
    res.statusCode = req.url?.startsWith('/data?') ? 200 : 404;
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const config = configSchema.parse({
      pages: ['http://app.example.com'],
      engines: ['chromium', 'firefox'],
      targets: [{ name: 'api', url: `http://127.0.0.1:${port}`, paths: [{ path: '/data', allowedOrigins: ['http://app.example.com'] }] }],
    });
    const killAfter: Partial<Record<EngineName, number>> = { chromium: 3, firefox: 5 };
    const killed: string[] = [];
    const steps: string[] = [];
    const done: Partial<Record<EngineName, number>> = {};
    const result = await runProject(config, process.cwd(), {
      step: (message) => steps.push(message),
      checkDone: (observation: CheckObservation) => {
        const engine = observation.engine.engine;
        done[engine] = (done[engine] ?? 0) + 1;
        if (done[engine] !== killAfter[engine]) return;
        // The browser's main process, as the OOM killer would end it, while the next check starts.
        const [pid] = browserProcesses(engine);
        if (pid === undefined) throw new Error(`no ${engine} process among this process's children`);
        process.kill(pid, 'SIGKILL');
        killed.push(`${engine} (pid ${pid}) was killed by SIGKILL`);
      },
    });
    expect(killed).toHaveLength(2);
    for (const engine of ['chromium', 'firefox'] as const) {
      const cells = result.observations.filter((observation) => observation.engine.engine === engine);
      expect(cells).toHaveLength(result.checks.length);
      // Every check measured, but for what no engine here can measure.
      for (const cell of cells) expect(cell.verdict, `${cell.check.id} in ${engine}: ${cell.error ?? ''}`).toBe(unmeasurableHere(cell.check.kind, engine) ? 'not-measured' : 'intent-delivered');
      const retried = cells.filter((cell) => cell.retried !== undefined);
      expect(retried).toHaveLength(1);
      const named = killed.find((line) => line.startsWith(engine)) ?? '';
      expect(retried[0]?.retried).toContain(named.slice(named.indexOf('(pid')));
      expect(steps.filter((step) => step.startsWith(`${engine}: started again: `))).toHaveLength(1);
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
});
