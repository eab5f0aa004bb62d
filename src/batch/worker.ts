/**
 * Worker thread of the batch pool: receives BatchTasks, answers BatchOutcomes, one at a time.
 * runTask never rejects for a file's problem (checkFile turns them into results), so an exception
 * here is a real bug: it ends the worker and the pool reports it for that file.
 */
import { parentPort } from 'worker_threads';
import { runTask, type BatchTask } from './task';

if (!parentPort) throw new Error('src/batch/worker must run as a worker thread');
const port = parentPort;
port.on('message', (task: BatchTask) => {
  runTask(task).then(
    (outcome) => port.postMessage(outcome),
    (e: unknown) => {
      // Let the pool see it as a crash of this worker, with the cause.
      setImmediate(() => {
        throw e instanceof Error ? e : new Error(String(e));
      });
    },
  );
});
