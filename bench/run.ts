/**
 * `npm run bench` — measures, asserts nothing (a benchmark is not a test).
 *
 * 1. Workbooks with 1k / 10k / 50k calc lines + 300 indicators (bench/generate.ts) in a temp folder:
 *    median ExcelJS load time (workbook.xlsx.load), median snapshot time, median check time
 *    (checkWorkbook), and check ÷ load. Snapshot and check are the compiled modules in lib/ — the code
 *    `budget-check` runs — not this file's tsx build of src/ (esbuild's keepNames wraps every function
 *    made at run time in a defineProperty call, ≈ 35 % slower). Each size first runs untimed warm-up
 *    rounds: the first checks of a size still run partly unoptimised code, a batch of files runs warm.
 * 2. The Office.js adapter on the fake host (test/excel/fake-excel.ts): syncs and request/response
 *    bytes of one readSnapshot at 1k / 20k / 100k rows.
 * 3. Batch throughput: the compiled CLI (`node lib/cli/main.js --format json <folder>`) over 200
 *    workbooks (copies of examples/), wall clock including process start.
 * 4. Peak memory (max RSS) of reading + checking one workbook, each size in a fresh process.
 * 5. Hostile declarations (test/xlsx/hostile-package.ts): examples/004 with a dropdown over 10 whole
 *    columns, then also 50,000 merges and 2 whole-column merges — the compiled CLI on each, wall
 *    clock including process start (the issue-12 hangs: > 300 s / 1.2 GB before).
 *
 * The last line is machine-readable:
 * RESULT check_to_load_ratio_10k=<x> syncs_read_20k=<n> workbooks_per_s=<y> peak_rss_mb_50k=<m> hostile_dropdown_s=<d>
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildBenchWorkbook } from './generate';
// The compiled core (`npm run bench` runs tsc first), typed by its sources.
/* eslint-disable @typescript-eslint/no-require-imports -- lib/ is loaded at run time on purpose */
const { snapshotOfWorkbook } = require('../lib/xlsx/read') as typeof import('../src/xlsx/read');
const { checkWorkbook } = require('../lib/core/check') as typeof import('../src/core/check');
/* eslint-enable @typescript-eslint/no-require-imports */
import { ExcelHost } from '../src/excel/excel-host';
import { FakeExcel, budgetRows } from '../test/excel/fake-excel';
import { withHostileDeclarations, type Hostility } from '../test/xlsx/hostile-package';

const ROOT = path.join(__dirname, '..');
const SIZES = [1_000, 10_000, 50_000];
/** Timed rounds per size, after untimed warm-up rounds. */
const RUNS: Record<number, number> = { 1_000: 9, 10_000: 9, 50_000: 3 };
const WARMUP: Record<number, number> = { 1_000: 3, 10_000: 3, 50_000: 1 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

async function loadAndCheck(dir: string): Promise<{ ratio10k: number; files: Record<number, string> }> {
  console.log('## Load vs check (ExcelJS load, snapshot, checkWorkbook in lib/), medians after warm-up rounds');
  console.log('| calc lines | file size | warm-up + runs | ExcelJS load | snapshot | check | check ÷ load | findings |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  let ratio10k = NaN;
  const files: Record<number, string> = {};
  for (const n of SIZES) {
    const file = path.join(dir, `bench-${n}.xlsx`);
    await buildBenchWorkbook(n).xlsx.writeFile(file);
    files[n] = file;
    const data = await fs.readFile(file);
    const loads: number[] = [];
    const snaps: number[] = [];
    const checks: number[] = [];
    let findings = 0;
    for (let i = 0; i < WARMUP[n] + RUNS[n]; i++) {
      const timed = i >= WARMUP[n];
      let t = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
      if (timed) loads.push(performance.now() - t);
      t = performance.now();
      const snapshot = snapshotOfWorkbook(wb);
      if (timed) snaps.push(performance.now() - t);
      t = performance.now();
      findings = checkWorkbook(snapshot).findings.length;
      if (timed) checks.push(performance.now() - t);
    }
    const ratio = median(checks) / median(loads);
    if (n === 10_000) ratio10k = ratio;
    console.log(`| ${n.toLocaleString('en-US')} | ${(data.length / 1024).toFixed(0)} KB | ${WARMUP[n]} + ${RUNS[n]} | ${ms(median(loads))} | ${ms(median(snaps))} | ${ms(median(checks))} | ${ratio.toFixed(2)} | ${findings} |`);
  }
  return { ratio10k, files };
}

async function adapterSyncs(): Promise<number> {
  console.log('\n## Office.js adapter on the fake host: one readSnapshot of a 12-column sheet');
  console.log('| rows | syncs | request bytes | response bytes |');
  console.log('|---:|---:|---:|---:|');
  let syncs20k = NaN;
  for (const rows of [1_000, 20_000, 100_000]) {
    const excel = new FakeExcel();
    excel.addSheet('测算', budgetRows(rows));
    const host = new ExcelHost(excel.environment());
    excel.resetCounters();
    await host.readSnapshot(['测算']);
    const req = excel.syncs.reduce((n, s) => n + s.requestBytes, 0);
    const res = excel.syncs.reduce((n, s) => n + s.responseBytes, 0);
    if (rows === 20_000) syncs20k = excel.syncs.length;
    console.log(`| ${rows.toLocaleString('en-US')} | ${excel.syncs.length} | ${req.toLocaleString('en-US')} | ${res.toLocaleString('en-US')} |`);
  }
  return syncs20k;
}

async function batchThroughput(dir: string): Promise<number> {
  const folder = path.join(dir, 'batch');
  await fs.mkdir(folder);
  const examples = (await fs.readdir(path.join(ROOT, 'examples'))).filter((n) => n.endsWith('.xlsx'));
  for (let i = 0; i < 200; i++) {
    const name = examples[i % examples.length];
    await fs.copyFile(path.join(ROOT, 'examples', name), path.join(folder, `${String(i).padStart(3, '0')}-${name}`));
  }
  const cli = path.join(ROOT, 'lib', 'cli', 'main.js');
  const t = performance.now();
  // Exit code 1 means error findings (the examples have some); 2 would mean unreadable files.
  const run = spawnSync(process.execPath, [cli, '--format', 'json', folder], { maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited with ${run.status}: ${run.stderr.toString()}`);
  const out = run.stdout.toString();
  const seconds = (performance.now() - t) / 1000;
  const files = (JSON.parse(out) as { files: unknown[] }).files.length;
  const rate = files / seconds;
  console.log(`\n## Batch: ${files} workbooks (copies of examples/), ${os.availableParallelism()} cores`);
  console.log(`${seconds.toFixed(2)} s wall clock including process start → ${rate.toFixed(1)} workbooks/s`);
  return rate;
}

/** Max RSS of a fresh process that reads and checks one file with the compiled modules. */
function peakRssMb(file: string): number {
  const script = `
    const { readWorkbookFile } = require(${JSON.stringify(path.join(ROOT, 'lib', 'xlsx', 'read.js'))});
    const { checkWorkbook } = require(${JSON.stringify(path.join(ROOT, 'lib', 'core', 'check.js'))});
    readWorkbookFile(process.argv[1]).then((s) => {
      checkWorkbook(s);
      process.stdout.write(String(process.resourceUsage().maxRSS / 1024));
    });`;
  return Number(execFileSync(process.execPath, ['-e', script, file]).toString());
}

async function hostileDeclarations(dir: string): Promise<number> {
  console.log('\n## Hostile declarations: examples/004-干部教育培训经费.xlsx, the compiled CLI, one process each');
  console.log('| declared | file size | wall clock | peak RSS | findings |');
  console.log('|---|---:|---:|---:|---:|');
  const plain = await fs.readFile(path.join(ROOT, 'examples', '004-干部教育培训经费.xlsx'));
  const cases: [string, Hostility][] = [
    ['dropdown over A4:J1048576 (10 whole columns)', { validationColumns: 10 }],
    ['the same + 50,000 merges + 2 whole-column merges', { validationColumns: 10, merges: 50_000, wholeColumnMerges: 2 }],
  ];
  let dropdownSeconds = NaN;
  for (const [label, h] of cases) {
    const file = path.join(dir, `hostile-${cases.findIndex((c) => c[0] === label)}.xlsx`);
    const data = await withHostileDeclarations(plain, h);
    await fs.writeFile(file, data);
    const t = performance.now();
    // /usr/bin/time is not everywhere: the CLI's own peak RSS comes from process.resourceUsage at exit.
    const run = spawnSync(process.execPath, ['-e', `process.on('exit', () => process.stderr.write('RSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], 'cli', '--format', 'json', '--jobs', '1', ${JSON.stringify(file)}]; require(${JSON.stringify(path.join(ROOT, 'lib/cli/main.js'))}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; })`], { maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
    const seconds = (performance.now() - t) / 1000;
    if (Number.isNaN(dropdownSeconds)) dropdownSeconds = seconds;
    const rss = Number(/RSS (\d+)/.exec(run.stderr.toString())?.[1] ?? NaN) / 1024;
    const found = run.status === 0 || run.status === 1 ? (JSON.parse(run.stdout.toString()) as { files: { findings: unknown[] }[] }).files[0].findings.length : `exit ${run.status}`;
    console.log(`| ${label} | ${(data.length / 1024).toFixed(0)} KB | ${seconds.toFixed(2)} s | ${rss.toFixed(0)} MB | ${found} |`);
  }
  return dropdownSeconds;
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-check-bench-'));
  try {
    console.log(`# budget-check benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}\n`);
    const { ratio10k, files } = await loadAndCheck(dir);
    const syncs20k = await adapterSyncs();
    const rate = await batchThroughput(dir);
    console.log('\n## Peak memory (max RSS) reading + checking one workbook in a fresh process');
    console.log('| calc lines | peak RSS |');
    console.log('|---:|---:|');
    let rss50k = NaN;
    for (const n of SIZES) {
      const mb = peakRssMb(files[n]);
      if (n === 50_000) rss50k = mb;
      console.log(`| ${n.toLocaleString('en-US')} | ${mb.toFixed(0)} MB |`);
    }
    const hostile = await hostileDeclarations(dir);
    console.log(`\nRESULT check_to_load_ratio_10k=${ratio10k.toFixed(2)} syncs_read_20k=${syncs20k} workbooks_per_s=${rate.toFixed(1)} peak_rss_mb_50k=${rss50k.toFixed(0)} hostile_dropdown_s=${hostile.toFixed(2)}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
