/**
 * Checking one file: read → core → result object. No global state and no output, so a caller may
 * check many files or folders concurrently and format the results afterwards.
 */
import { checkWorkbook } from '../core/check';
import { localize, type Localized } from '../core/i18n';
import type { Finding, Report } from '../core/report';
import type { CheckOptions } from '../core/rule';
import { projectInfoOf, type ProjectInfo } from '../core/project-info';
import { readWorkbookFile, XlsxReadError } from '../xlsx/read';
import { CLI_MESSAGES } from './messages';

export interface FileResult {
  /** The path as given on the command line. */
  file: string;
  findings: Finding[];
  /** Why the file (or part of its check) could not be done: unreadable input, a failing rule. */
  errors: Localized[];
  /** What the readers recognised; null when the file could not be read. */
  detected: Report['detected'] | null;
  /** 预算单位 / 项目名称 / 年度资金总额 for batch summaries; absent when the file could not be read. */
  project?: ProjectInfo;
}

export async function checkFile(file: string, options: CheckOptions = {}): Promise<FileResult> {
  try {
    const snapshot = await readWorkbookFile(file);
    const report = checkWorkbook(snapshot, options);
    return { file, findings: report.findings, errors: report.errors.map((e) => e.message), detected: report.detected, project: projectInfoOf(snapshot) };
  } catch (e) {
    if (e instanceof XlsxReadError) return { file, findings: [], errors: [e.localized], detected: null };
    // Not expected: still one file's problem, reported with its cause, and the run goes on.
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { file, findings: [], errors: [localize(CLI_MESSAGES.unexpectedFailure, { file, error })], detected: null };
  }
}

/** 2 when any file could not be (fully) checked, else 1 when any error finding, else 0. */
export function exitCodeOf(results: FileResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.errors.length > 0)) return 2;
  if (results.some((r) => r.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}
