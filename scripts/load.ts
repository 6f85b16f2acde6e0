/**
 * A bounded load beside a run, the way a shared CI runner or a busy laptop has one: busy loops on
 * some cores, memory held and touched again and again (it pushes the page cache out, so the
 * browsers' files are read from disk again), and a writer that unpacks and deletes trees of small
 * files with fsync, as an `npm install` beside the run does. Everything runs in worker threads of
 * one process, so it ends with that process whichever way it ends.
 *
 *   npm run load -- [--cores 2] [--memory 50%|<MiB>] [--io 1] [--seconds 3600] [-- <command>]
 *
 * With a command, the load lasts as long as the command and the exit code is the command's;
 * without one, for --seconds, or until interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants as osConstants, freemem, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

export interface LoadOptions {
  /** Busy loops, one per core. */
  cores: number;
  /** Memory held and touched, in MiB. */
  memoryMiB: number;
  /** Writers of small files. */
  io: number;
}

export interface Load {
  readonly description: string;
  stop(): Promise<void>;
}

// Each worker is a small script of its own: it stops when the parent posts anything.
const busyLoop = `
const { parentPort } = require('node:worker_threads');
let running = true;
parentPort.once('message', () => (running = false));
(function spin() { const until = Date.now() + 50; while (Date.now() < until); if (running) setImmediate(spin); })();
`;

const memoryToucher = `
const { parentPort, workerData } = require('node:worker_threads');
let running = true;
parentPort.once('message', () => (running = false));
const chunks = [];
for (let i = 0; i < workerData.mib; i++) chunks.push(Buffer.alloc(1 << 20, i & 0xff));
let next = 0;
// One byte per page, 64 MiB every 100 ms: every page stays resident and recently used (so the
// kernel evicts the page cache first), for a few percent of a core.
(function touch() {
  for (let n = 0; n < 64 && chunks.length > 0; n++, next = (next + 1) % chunks.length) {
    const chunk = chunks[next];
    for (let offset = 0; offset < chunk.length; offset += 4096) chunk[offset] = (chunk[offset] + 1) & 0xff;
  }
  if (running) setTimeout(touch, 100);
})();
`;

// Its directory is the parent's, which removes it once the writer has stopped (or been stopped).
const fileWriter = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
let running = true;
parentPort.once('message', () => (running = false));
const dir = workerData.dir;
const content = Buffer.alloc(16 * 1024, 7);
(function round() {
  const tree = path.join(dir, String(Date.now()));
  for (let i = 0; i < 400 && running; i++) {
    const sub = path.join(tree, String(i % 20));
    fs.mkdirSync(sub, { recursive: true });
    const fd = fs.openSync(path.join(sub, i + '.js'), 'w');
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  }
  fs.rmSync(tree, { recursive: true, force: true });
  if (running) setImmediate(round);
})();
`;

export function startLoad(options: LoadOptions): Load {
  const workers: Worker[] = [];
  const start = (source: string, workerData?: unknown) => workers.push(new Worker(source, { eval: true, workerData }));
  for (let i = 0; i < options.cores; i++) start(busyLoop);
  if (options.memoryMiB > 0) start(memoryToucher, { mib: options.memoryMiB });
  const written: string[] = [];
  for (let i = 0; i < options.io; i++) {
    written.push(mkdtempSync(path.join(tmpdir(), 'corsmatrix-load-')));
    start(fileWriter, { dir: written.at(-1) });
  }
  const description = `${options.cores} busy core${options.cores === 1 ? '' : 's'}, ${options.memoryMiB} MiB held, ${options.io} file writer${options.io === 1 ? '' : 's'}`;
  // Once: a stopped worker has no second exit event to wait for.
  let stopped: Promise<void> | undefined;
  return {
    description,
    stop() {
      stopped ??= Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
        // A writer ends its round first (a round of fsyncs can take seconds on a busy disk).
        setTimeout(() => void worker.terminate(), 5_000).unref();
      }))).then(() => {
        for (const dir of written) rmSync(dir, { recursive: true, force: true });
      });
      return stopped;
    },
  };
}

/** A whole number of at least 0, or a message naming the option. */
export function countOf(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`--${option} ${value}: give a whole number, e.g. 2`);
  return Number(value);
}

/** `50%` of the memory free now, or a number of MiB. */
export function memoryMiBOf(value: string): number {
  const share = /^(\d+(?:\.\d+)?)%$/.exec(value);
  if (share) return Math.floor((freemem() / 2 ** 20) * (Number(share[1]) / 100));
  if (/^\d+$/.test(value)) return Math.min(Number(value), Math.floor(totalmem() / 2 ** 20));
  throw new Error(`--memory ${value}: give a share of free memory (50%) or a number of MiB`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { cores: { type: 'string', default: '2' }, memory: { type: 'string', default: '50%' }, io: { type: 'string', default: '1' }, seconds: { type: 'string' } },
    allowPositionals: true,
  });
  const options = { cores: countOf('cores', values.cores ?? '2'), memoryMiB: memoryMiBOf(values.memory ?? '50%'), io: countOf('io', values.io ?? '1') };
  const seconds = values.seconds === undefined ? undefined : countOf('seconds', values.seconds);
  // Stopped from outside (Ctrl-C, timeout, a CI runner): the command stops too, and the writers
  // take their files with them before the process goes. Listened for before anything starts: a
  // signal between the writer's first directory and the listener would leave that directory behind.
  let load: Load | undefined;
  let child: ChildProcess | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      child?.kill(signal);
      void (load?.stop() ?? Promise.resolve()).then(() => process.exit(128 + osConstants.signals[signal]));
    });
  }
  load = startLoad(options);
  console.error(`corsmatrix load: ${load.description}${seconds !== undefined ? ` for ${seconds} s` : ''}`);
  const started = load;
  const limit = seconds !== undefined ? setTimeout(() => void started.stop(), seconds * 1000) : undefined;
  const [command, ...args] = positionals;
  child = command ? spawn(command, args, { stdio: 'inherit' }) : undefined;
  if (!child) return;
  const running = child;
  const code = await new Promise<number>((resolve) => running.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
  clearTimeout(limit);
  await started.stop();
  process.exit(code);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main().catch((error: unknown) => {
    console.error(`corsmatrix load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
}
