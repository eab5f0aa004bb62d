/**
 * Issue 12 item 4: each file in a batch runs under a time and a memory budget. A worker past either
 * is ended, its file reported with the budget's code, its size and the option that sets the limit,
 * and a fresh worker takes the next file: the run finishes. The budgets here are far below what
 * reading any workbook needs (1 ms; 8 MB of heap, less than loading the readers), so the outcome
 * does not depend on the machine's speed — a busier machine only exceeds them further.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { runPool, type PoolOptions } from '../../src/batch/pool';
import type { BatchOutcome } from '../../src/batch/task';

jest.setTimeout(120_000); // worker threads loading the readers under tsx, several times

const EXAMPLES = path.join(__dirname, '../../examples');
const tasks = ['004-干部教育培训经费.xlsx', '003-干部工作经费.xlsx', '001-人才服务管理经费.xlsx'].map((name, index) => ({
  index,
  file: path.join(EXAMPLES, name),
  options: {},
  lang: 'zh-CN' as const,
}));

/**
 * runPool under a tiny budget, in a child process. A worker ended while V8 still compiles its
 * start-up code can abort the whole process (a Node bug: "Assertion failed: (data.first) !=
 * nullptr" in NodePlatform::ForIsolate), which these budgets provoke; such an abort is retried, up to
 * three times, so that it cannot take jest down. Any other outcome is the result.
 */
function poolInChild(options: PoolOptions): BatchOutcome[] {
  const script = `require(${JSON.stringify(path.join(__dirname, '../../src/batch/pool.ts'))}).runPool(${JSON.stringify(tasks)}, ${JSON.stringify({ jobs: 2, ...options })}).then((o) => process.stdout.write(JSON.stringify(o)))`;
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8', timeout: 100_000 });
    const nodeBug = run.status !== 0 && /data\.first/.test(run.stderr);
    if (!nodeBug || attempt === 3) {
      if (run.status !== 0) throw new Error(`the pool's process ended with ${run.status ?? run.signal}: ${run.stderr}`);
      return JSON.parse(run.stdout) as BatchOutcome[];
    }
  }
}

test('past the time budget: 超时, with the size and --timeout, and the run goes on', () => {
  const outcomes = poolInChild({ timeoutMs: 1 });
  expect(outcomes.map((o) => o.result.file)).toEqual(tasks.map((t) => t.file));
  for (const o of outcomes) {
    expect(o.result.detected).toBeNull();
    expect(o.result.errors.map((e) => e.code)).toEqual(['timeout']);
    expect(o.result.errors[0]['zh-CN']).toMatch(/^检查 .+（\d+ KB）超过 0 秒仍未完成，已停止（超时）；其余文件照常检查。可用 --timeout 放宽上限$/);
  }
});

test('past the memory budget: 内存超限, with the size and --max-memory, and the run goes on', () => {
  const outcomes = poolInChild({ maxMemoryMb: 8 });
  expect(outcomes.map((o) => o.result.file)).toEqual(tasks.map((t) => t.file));
  for (const o of outcomes) {
    expect(o.result.errors.map((e) => e.code)).toEqual(['outOfMemory']);
    expect(o.result.errors[0]['zh-CN']).toMatch(/^检查 .+（\d+ KB）所需内存超过 8 MB，已停止（内存超限）；其余文件照常检查。可用 --max-memory 放宽上限$/);
  }
});

test('within both budgets the same files are checked', async () => {
  const outcomes = await runPool(tasks, { jobs: 2, timeoutMs: 60_000, maxMemoryMb: 1024 });
  expect(outcomes.map((o) => [path.basename(o.result.file), o.result.errors.length, o.result.findings.some((f) => f.severity === 'error')])).toEqual([
    ['004-干部教育培训经费.xlsx', 0, true],
    ['003-干部工作经费.xlsx', 0, false],
    ['001-人才服务管理经费.xlsx', 0, true],
  ]);
});
