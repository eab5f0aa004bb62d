/**
 * Parallel checking on all cores: a pool of worker_threads, each taking the next file when it is
 * free. Results come back in the order of the inputs whatever order they finish in. A worker that
 * dies (a bug, memory exhaustion) costs only the file it held: that file gets an error result and
 * a fresh worker takes over the rest. Each file runs under a budget: a worker past the time limit is
 * ended (the file reported as timeout, with its size), and the heap limit (resourceLimits) ends a
 * worker that would exhaust memory (outOfMemory).
 */
import { Worker } from 'worker_threads';
import { statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { localize } from '../core/i18n';
import { BATCH_MESSAGES } from './messages';
import { runTask, type BatchOutcome, type BatchTask } from './task';
import { fileError } from '../cli/check-file';

export interface PoolOptions {
  /** Worker count; default: the number of cores. 1 runs in this thread, without workers. */
  jobs?: number;
  /** Called as each file finishes (in finishing order). */
  onDone?: (done: number, total: number, outcome: BatchOutcome) => void;
  /** Time one file may take in a worker before the worker is ended (ms); default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Heap one worker may use (MB); default DEFAULT_MAX_MEMORY_MB. */
  maxMemoryMb?: number;
}

/** Far above any real budget workbook (the 50k-row bench workbook checks in seconds). */
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_MEMORY_MB = 2048;

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
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  await new Promise<void>((resolve) => {
    const startWorker = () => {
      running++;
      const worker = spawnWorker(maxMemoryMb);
      let current: BatchTask | null = null;
      let lastError: unknown = null;
      let timedOut = false;
      let timer: NodeJS.Timeout | null = null;
      const feed = () => {
        current = next < tasks.length ? tasks[next++] : null;
        if (current) {
          worker.postMessage(current);
          // The file's budget: past it the worker is ended, the file reported, the run goes on.
          timer = setTimeout(() => {
            timedOut = true;
            void worker.terminate();
          }, timeoutMs);
        } else void worker.terminate(); // nothing left: retire
      };
      worker.on('message', (o: BatchOutcome) => {
        if (timer) clearTimeout(timer);
        finish(o);
        feed();
      });
      worker.on('error', (e) => {
        lastError = e;
      });
      // 'exit' always comes last, after 'error' when there was one.
      worker.on('exit', (code) => {
        running--;
        if (timer) clearTimeout(timer);
        if (current) {
          // It died holding a file: that file gets an error result, the batch goes on.
          const file = current.file;
          const size = sizeText(file);
          const oom = (lastError as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
          const error = timedOut
            ? fileError(localize(BATCH_MESSAGES.timedOut, { file, size, seconds: Math.round(timeoutMs / 1000) }), 'timeout')
            : oom
              ? fileError(localize(BATCH_MESSAGES.outOfMemory, { file, size, limit: maxMemoryMb }), 'outOfMemory')
              : fileError(
                  localize(BATCH_MESSAGES.workerCrashed, { file, error: lastError instanceof Error ? lastError.message : `exit code ${code}` }),
                  'crashed',
                );
          finish({
            index: current.index,
            result: { file, findings: [], errors: [error], detected: null },
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
function spawnWorker(maxMemoryMb: number): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `worker${ext}`);
  const resourceLimits = { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, maxMemoryMb / 16)) };
  if (ext === '.ts') {
    // Running from sources (tests, tsx): the worker needs a TypeScript loader too.
    return new Worker(file, { execArgv: ['--require', require.resolve('tsx/cjs')], resourceLimits });
  }
  return new Worker(file, { resourceLimits });
}

/** "3.2 MB" / "12 KB": the size of the file a budget stopped, for the message. */
function sizeText(file: string): string {
  try {
    const bytes = statSync(file).size;
    return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  } catch {
    return '?';
  }
}
