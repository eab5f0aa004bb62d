/**
 * Checking one file: read → core → result object. No global state and no output, so a caller may
 * check many files or folders concurrently and format the results afterwards.
 */
import { checkWorkbook } from '../core/check';
import { localize, type Localized } from '../core/i18n';
import type { Finding, Report, Severity } from '../core/report';
import type { CheckOptions } from '../core/rule';
import { projectInfoOf, type ProjectInfo } from '../core/project-info';
import { readWorkbookFileDetailed, XLSX_READ_ERROR_KINDS, XlsxReadError, type OwnOutput } from '../xlsx/read';
import { CLI_MESSAGES } from './messages';

/** Machine-readable reason of a file error (JSON `errors[].code`; the README lists them). */
export const FILE_ERROR_CODES = [...XLSX_READ_ERROR_KINDS, 'timeout', 'outOfMemory', 'crashed', 'checkFailed', 'ruleFailed', 'noMatch', 'emptyFolder', 'annotateFailed'] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/** A file error: its message in both languages and, where known, its code. */
export type FileError = Localized & { code?: FileErrorCode };

export function fileError(message: Localized, code: FileErrorCode): FileError {
  return { ...message, code };
}

export interface FileResult {
  /** The path as given on the command line. */
  file: string;
  findings: Finding[];
  /** Why the file (or part of its check) could not be done: unreadable input, a failing rule. */
  errors: FileError[];
  /** Why the file was not checked on purpose (one of this tool's own outputs); absent otherwise. */
  skipped?: Localized;
  /** Findings left out by --min-severity (counted so that the output can say so). */
  hidden?: { min: Severity; count: number };
  /** What the readers recognised; null when the file could not be read. */
  detected: Report['detected'] | null;
  /** 预算单位 / 项目名称 / 年度资金总额 for batch summaries; absent when the file could not be read. */
  project?: ProjectInfo;
}

export async function checkFile(file: string, options: CheckOptions = {}): Promise<FileResult> {
  try {
    const { snapshot, ownOutput } = await readWorkbookFileDetailed(file);
    if (ownOutput) return { file, findings: [], errors: [], detected: null, skipped: ownOutputReason(ownOutput) };
    const report = checkWorkbook(snapshot, options);
    return {
      file,
      findings: report.findings,
      errors: report.errors.map((e) => fileError(e.message, 'ruleFailed')),
      detected: report.detected,
      project: projectInfoOf(snapshot),
    };
  } catch (e) {
    if (e instanceof XlsxReadError) return { file, findings: [], errors: [fileError(e.localized, e.kind)], detected: null };
    // Not expected: still one file's problem, reported with its cause, and the run goes on.
    const error = e instanceof Error ? e.message : String(e);
    return { file, findings: [], errors: [fileError(localize(CLI_MESSAGES.unexpectedFailure, { file, error }), 'checkFailed')], detected: null };
  }
}

export function ownOutputReason(kind: OwnOutput): Localized {
  return kind === 'summary' ? CLI_MESSAGES.skippedSummary : CLI_MESSAGES.skippedAnnotated;
}

/** 2 when any file could not be (fully) checked, else 1 when any error finding, else 0. */
export function exitCodeOf(results: FileResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.errors.length > 0)) return 2;
  if (results.some((r) => r.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}
