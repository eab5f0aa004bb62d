/**
 * Parallel checking on all cores: a pool of worker_threads, each taking the next file when it is
 * free. Results come back in the order of the inputs whatever order they finish in. A worker that
 * dies (a bug, memory exhaustion) costs only the file it held: that file gets an error result and
 * a fresh worker takes over the rest.
 */
import { Worker } from 'worker_threads';
import * as os from 'os';
import * as path from 'path';
import { localize } from '../core/i18n';
import { BATCH_MESSAGES } from './messages';
import { runTask, type BatchOutcome, type BatchTask } from './task';

export interface PoolOptions {
  /** Worker count; default: the number of cores. 1 runs in this thread, without workers. */
  jobs?: number;
  /** Called as each file finishes (in finishing order). */
  onDone?: (done: number, total: number, outcome: BatchOutcome) => void;
}

/** Below this many files, and without --jobs, the batch runs in the main thread. */
export const MIN_FILES_FOR_WORKERS = 4;

export function defaultJobs(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, n);
}

export async function runPool(tasks: BatchTask[], options: PoolOptions = {}): Promise<BatchOutcome[]> {
  // A worker costs a start-up (loading ExcelJS and the core): a few files are faster in this thread.
  const wanted = options.jobs ?? (tasks.length < MIN_FILES_FOR_WORKERS ? 1 : defaultJobs());
  const jobs = Math.max(1, Math.min(wanted, tasks.length));
  const outcomes: BatchOutcome[] = new Array(tasks.length);
  const position = new Map(tasks.map((t, i) => [t.index, i]));
  let done = 0;
  const finish = (o: BatchOutcome) => {
    outcomes[position.get(o.index) ?? done] = o;
    done++;
    options.onDone?.(done, tasks.length, o);
  };
  if (jobs <= 1) {
    for (const t of tasks) finish(await runTask(t));
    return outcomes;
  }
  let next = 0;
  let running = 0;
  await new Promise<void>((resolve) => {
    const startWorker = () => {
      running++;
      const worker = spawnWorker();
      let current: BatchTask | null = null;
      let lastError: string | null = null;
      const feed = () => {
        current = next < tasks.length ? tasks[next++] : null;
        if (current) worker.postMessage(current);
        else void worker.terminate(); // nothing left: retire
      };
      worker.on('message', (o: BatchOutcome) => {
        finish(o);
        feed();
      });
      worker.on('error', (e) => {
        lastError = e instanceof Error ? (e.stack ?? e.message) : String(e);
      });
      // 'exit' always comes last, after 'error' when there was one.
      worker.on('exit', (code) => {
        running--;
        if (current) {
          // It died holding a file: that file gets an error result, the batch goes on.
          const file = current.file;
          const error = lastError ?? `exit code ${code}`;
          finish({
            index: current.index,
            result: { file, findings: [], errors: [localize(BATCH_MESSAGES.workerCrashed, { file, error })], detected: null },
            annotated: null,
            annotateError: null,
          });
          current = null;
          if (next < tasks.length) startWorker();
        }
        if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < jobs; i++) startWorker();
  });
  return outcomes;
}

/** The worker script next to this module: compiled .js in lib/, or .ts under tsx/ts-jest. */
function spawnWorker(): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `worker${ext}`);
  if (ext === '.ts') {
    // Running from sources (tests, tsx): the worker needs a TypeScript loader too.
    return new Worker(file, { execArgv: ['--require', require.resolve('tsx/cjs')] });
  }
  return new Worker(file);
}
