/**
 * npm run corpus -- DIR [--jobs 2] [--timeout 60]: checks every spreadsheet-like file under DIR,
 * one process per file (the compiled CLI, `--format json`) with a timeout, and prints
 *   CORPUS files=N read=N unreadable=N crashes=N hangs=N unclear_errors=N false_alarms=N slow=N
 * plus the files behind each count. When DIR holds VALID.txt / UNREADABLE.txt (paths relative to
 * DIR), a valid file that is not read is listed as missed_valid. A tool, not a test.
 */
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { workbooksUnder } from '../src/batch/discover';

const SLOW_MS = 5000;
/** Library internals that must never reach a user. */
const UNCLEAR = /Cannot read propert|undefined|TypeError|is not a function|Bad (un)?compressed size|Unsupported ZIP|Corrupted zip|Error: |\bat .*\.js:\d+/;

interface Outcome {
  file: string;
  status: 'ok' | 'crash' | 'hang';
  ms: number;
  json?: { files: { verdict: string; findings: { severity: string; ruleId: string; cell: string; sheet: string }[]; errors: { message: string; code: string }[] }[] };
  stderr: string;
}

function runOne(root: string, file: string, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'lib/cli/main.js'), '--format', 'json', '--jobs', '1', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - t0;
      if (signal) return resolve({ file, status: 'hang', ms, stderr: err });
      try {
        const json = JSON.parse(out);
        resolve({ file, status: code !== null && code <= 2 ? 'ok' : 'crash', ms, json, stderr: err });
      } catch {
        resolve({ file, status: 'crash', ms, stderr: err || `exit ${code}` });
      }
    });
  });
}

async function readList(dir: string, name: string): Promise<Set<string> | null> {
  try {
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    return new Set(text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => path.join(dir, l)));
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: number) => {
    const i = args.indexOf(name);
    if (i < 0) return dflt;
    const v = Number(args[i + 1]);
    args.splice(i, 2);
    return v;
  };
  const jobs = opt('--jobs', 2);
  const timeoutMs = opt('--timeout', 60) * 1000;
  const dir = args[0];
  if (!dir) throw new Error('usage: npm run corpus -- DIR [--jobs N] [--timeout SECONDS]');
  const root = path.join(__dirname, '..');
  const files = await workbooksUnder(dir);
  const valid = await readList(dir, 'VALID.txt');
  const unreadableList = await readList(dir, 'UNREADABLE.txt');
  const outcomes: Outcome[] = [];
  let next = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < files.length) {
        const f = files[next++];
        outcomes.push(await runOne(root, f, timeoutMs));
        if (outcomes.length % 200 === 0) process.stderr.write(`${outcomes.length}/${files.length}\n`);
      }
    }),
  );
  outcomes.sort((a, b) => (a.file < b.file ? -1 : 1));
  const lists: Record<string, string[]> = { read: [], unreadable: [], crashes: [], hangs: [], unclear_errors: [], false_alarms: [], slow: [], missed_valid: [], read_but_listed_unreadable: [] };
  for (const o of outcomes) {
    const rel = path.relative(dir, o.file);
    if (o.status === 'hang') lists.hangs.push(`${rel} (>${timeoutMs / 1000}s)`);
    if (o.status === 'crash') lists.crashes.push(`${rel}: ${o.stderr.split('\n')[0]}`);
    if (o.ms > SLOW_MS) lists.slow.push(`${rel} (${(o.ms / 1000).toFixed(1)}s)`);
    const r = o.json?.files[0];
    if (!r) {
      if (valid?.has(o.file)) lists.missed_valid.push(rel);
      continue;
    }
    if (r.verdict === 'unreadable') {
      lists.unreadable.push(`${rel}: [${r.errors.map((e) => e.code).join(',')}] ${r.errors.map((e) => e.message).join(' | ')}`);
      if (valid?.has(o.file)) lists.missed_valid.push(rel);
    } else {
      lists.read.push(`${rel} (${r.verdict})`);
      if (unreadableList?.has(o.file)) lists.read_but_listed_unreadable.push(rel);
    }
    for (const e of r.errors) if (UNCLEAR.test(e.message)) lists.unclear_errors.push(`${rel}: ${e.message}`);
    const alarms = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    if (alarms.length > 0) lists.false_alarms.push(`${rel}: ${alarms.map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`).slice(0, 3).join('; ')}`);
  }
  const verdicts = new Map<string, number>();
  for (const o of outcomes) {
    const v = o.json?.files[0]?.verdict ?? o.status;
    verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
  }
  for (const [name, list] of Object.entries(lists)) {
    if (name === 'read' || list.length === 0) continue;
    console.log(`## ${name} (${list.length})`);
    for (const l of list) console.log(`  ${l}`);
  }
  console.log(`verdicts: ${[...verdicts].map(([v, n]) => `${v}=${n}`).join(' ')}; wall ${(Date.now() - t0) / 1000}s with ${jobs} processes`);
  console.log(
    `CORPUS files=${files.length} read=${lists.read.length} unreadable=${lists.unreadable.length} crashes=${lists.crashes.length} hangs=${lists.hangs.length} unclear_errors=${lists.unclear_errors.length} false_alarms=${lists.false_alarms.length} slow=${lists.slow.length}` +
      (valid ? ` valid=${valid.size} missed_valid=${lists.missed_valid.length}` : ''),
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
