/**
 * One unit of batch work, the same in a worker thread and in-process: check a file with the CLI's
 * checkFile (reused, not duplicated) and, when asked, write its annotated copy.
 */
import { checkFile, fileError, type FileResult } from '../cli/check-file';
import type { CheckOptions } from '../core/rule';
import { atLeast, type Severity } from '../core/report';
import type { Locale, Localized } from '../core/i18n';
import { writeAnnotatedCopy } from './annotate';
import { BATCH_MESSAGES, withCause } from './messages';

export interface BatchTask {
  /** Position in the input order. */
  index: number;
  file: string;
  options: CheckOptions;
  /** Where the annotated copy goes (decided by the caller so that names never collide), if wanted. */
  annotateTo?: string;
  /** Every input of the run: an output may never be one of them. */
  inputs?: string[];
  lang: Locale;
  /** --min-severity: less serious findings are left out of everything the run reports and writes. */
  minSeverity?: Severity;
}

export interface BatchOutcome {
  index: number;
  result: FileResult;
  /** The annotated copy written, or null. */
  annotated: string | null;
  /** Why the annotated copy could not be written, or null. */
  annotateError: Localized | null;
}

export async function runTask(task: BatchTask): Promise<BatchOutcome> {
  const checked = await checkFile(task.file, task.options);
  const min = task.minSeverity;
  const kept = min ? checked.findings.filter((f) => atLeast(f.severity, min)) : checked.findings;
  const hidden = checked.findings.length - kept.length;
  const result: FileResult = min ? { ...checked, findings: kept, ...(hidden > 0 ? { hidden: { min, count: hidden } } : {}) } : checked;
  const outcome: BatchOutcome = { index: task.index, result, annotated: null, annotateError: null };
  // A file that could not be read has nothing to annotate; its error is in result.errors.
  if (task.annotateTo && result.detected !== null) {
    try {
      await writeAnnotatedCopy(task.file, task.annotateTo, result, task.lang, task.inputs ?? [task.file]);
      outcome.annotated = task.annotateTo;
    } catch (e) {
      outcome.annotateError = fileError(withCause(BATCH_MESSAGES.annotateFailed, { file: task.file }, e), 'annotateFailed');
    }
  }
  return outcome;
}
