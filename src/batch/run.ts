/**
 * A batch run: inputs (files, folders, globs) → workbooks → parallel checks → results in input
 * order, then the optional summary workbook (--report) and annotated copies (--annotate).
 * Output formatting stays with the CLI: this returns FileResults of the same shape as one-file checks.
 */
import { promises as fs } from 'fs';
import type { FileResult } from '../cli/check-file';
import { localize, type Locale, type Localized } from '../core/i18n';
import type { CheckOptions } from '../core/rule';
import { annotatedPaths } from './annotate';
import { discoverInputs } from './discover';
import { BATCH_MESSAGES, withCause } from './messages';
import { runPool } from './pool';
import { createProgress, shouldShowProgress, type ProgressStream } from './progress';
import { writeSummaryReport } from './summary';
import type { BatchTask } from './task';
import type { Severity } from '../core/report';

export interface BatchOptions {
  inputs: readonly string[];
  check?: CheckOptions;
  lang: Locale;
  format: 'text' | 'json';
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
  const outcomes = await runPool(tasks, { jobs: b.jobs, onDone: (done, total, o) => progress.update(done, total, o.result.file) });
  progress.finish();

  const byFile = new Map(outcomes.map((o) => [o.result.file, o]));
  const results: FileResult[] = entries.map((e) => {
    if (!('file' in e)) return { file: e.input, findings: [], errors: [e.problem], detected: null };
    const o = byFile.get(e.file)!;
    return o.annotateError ? { ...o.result, errors: [...o.result.errors, o.annotateError] } : o.result;
  });

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
