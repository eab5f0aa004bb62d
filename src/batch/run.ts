/**
 * A batch run: inputs (files, folders, globs) → workbooks → parallel checks → results in input
 * order, then the optional summary workbook (--report) and annotated copies (--annotate).
 * Output formatting stays with the CLI: this returns FileResults of the same shape as one-file checks.
 */
import { promises as fs } from 'fs';
import { fileError, type FileResult } from '../cli/check-file';
import { localize, type Locale, type Localized } from '../core/i18n';
import type { CheckOptions } from '../core/rule';
import { annotatedPaths } from './annotate';
import { discoverInputs, type DiscoveredEntry } from './discover';
import { BATCH_MESSAGES, withCause } from './messages';
import { defaultJobs, runPool } from './pool';
import { createProgress, shouldShowProgress, type ProgressStream } from './progress';
import { writeSummaryReport } from './summary';
import type { BatchOutcome, BatchTask } from './task';
import type { Severity } from '../core/report';

export interface BatchOptions {
  inputs: readonly string[];
  check?: CheckOptions;
  lang: Locale;
  format: 'text' | 'json' | 'jsonl';
  /** Per-file budget in workers (see PoolOptions). */
  timeoutMs?: number;
  maxMemoryMb?: number;
  /** Called as each file's result is ready (finishing order), with its position in `results`. */
  onResult?: (result: FileResult, position: number) => void;
  /** Worker threads; default all cores. */
  jobs?: number;
  /** --report: the summary workbook to write. */
  report?: string;
  /** --annotate: the folder for annotated copies. */
  annotate?: string;
  /** Where the progress bar goes (stderr). */
  progress?: ProgressStream;
  /** --min-severity: findings below it are left out. */
  minSeverity?: Severity;
}

export interface BatchRun {
  /** One per workbook, or per input that named none, in input order. */
  results: FileResult[];
  /** What was written (summary, annotated copies), for stderr. */
  notices: Localized[];
  /** Outputs that could not be written: the run's exit code reflects them. */
  outputErrors: Localized[];
}

export async function runBatch(b: BatchOptions): Promise<BatchRun> {
  const entries = await discoverInputs(b.inputs);
  const files = entries.flatMap((e) => ('file' in e ? [e.file] : []));
  let outPaths: string[] = [];
  if (b.annotate !== undefined) {
    await fs.mkdir(b.annotate, { recursive: true });
    outPaths = annotatedPaths(files, b.annotate, b.lang);
  }
  const tasks: BatchTask[] = files.map((file, index) => ({
    index,
    file,
    options: b.check ?? {},
    ...(b.minSeverity ? { minSeverity: b.minSeverity } : {}),
    lang: b.lang,
    inputs: files,
    ...(b.annotate !== undefined ? { annotateTo: outPaths[index] } : {}),
  }));
  const stream = b.progress ?? { isTTY: false, write: () => true };
  const progress = createProgress(stream, shouldShowProgress(stream, b.format, tasks.length), b.lang);
  // Position of each file's result among all entries (problems included), for streaming.
  const positionOfTask: number[] = [];
  entries.forEach((e, i) => {
    if ('file' in e) positionOfTask.push(i);
  });
  const resultOf = (o: BatchOutcome): FileResult => (o.annotateError ? { ...o.result, errors: [...o.result.errors, o.annotateError] } : o.result);
  const problemResult = (e: Exclude<DiscoveredEntry, { file: string }>): FileResult => ({
    file: e.input,
    findings: [],
    errors: [fileError(e.problem, e.code)],
    detected: null,
  });
  entries.forEach((e, i) => {
    if (!('file' in e)) b.onResult?.(problemResult(e), i);
  });
  // A per-file budget needs a worker: asking for one means workers even for a few files.
  const jobs = b.jobs ?? (b.timeoutMs !== undefined || b.maxMemoryMb !== undefined ? Math.min(defaultJobs(), Math.max(1, tasks.length)) : undefined);
  const outcomes = await runPool(tasks, {
    jobs,
    timeoutMs: b.timeoutMs,
    maxMemoryMb: b.maxMemoryMb,
    onDone: (done, total, o) => {
      progress.update(done, total, o.result.file);
      b.onResult?.(resultOf(o), positionOfTask[o.index]);
    },
  });
  progress.finish();

  const byFile = new Map(outcomes.map((o) => [o.result.file, o]));
  const results: FileResult[] = entries.map((e) => ('file' in e ? resultOf(byFile.get(e.file)!) : problemResult(e)));

  const notices: Localized[] = [];
  const outputErrors: Localized[] = [];
  if (b.annotate !== undefined) {
    const count = outcomes.filter((o) => o.annotated !== null).length;
    notices.push(localize(BATCH_MESSAGES.annotatedWritten, { dir: b.annotate, count }));
  }
  if (b.report !== undefined) {
    try {
      await writeSummaryReport(results, b.report, b.lang, files);
      notices.push(localize(BATCH_MESSAGES.reportWritten, { file: b.report }));
    } catch (e) {
      outputErrors.push(withCause(BATCH_MESSAGES.reportFailed, { file: b.report }, e));
    }
  }
  return { results, notices, outputErrors };
}
