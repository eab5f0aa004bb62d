/**
 * A file's verdict, the same in text output, JSON and the --report summary's 结论 column.
 * - unreadable: the file could not be read (its errors say why);
 * - skipped: not checked on purpose (an annotated copy or summary this tool wrote);
 * - unrecognised: read, but it has neither a 资金测算明细表 nor a 绩效目标表 — never 通过;
 * - fix: error findings; check: warnings, or part of the check failed; pass: nothing above info.
 */
import { countBySeverity } from '../core/report';
import type { Localized } from '../core/i18n';
import type { FileResult } from './check-file';

export type Verdict = 'unreadable' | 'skipped' | 'unrecognised' | 'fix' | 'check' | 'pass';

export function verdictOf(r: FileResult): Verdict {
  if (r.skipped) return 'skipped';
  if (r.detected === null) return 'unreadable';
  const counts = countBySeverity(r.findings);
  if (counts.error > 0) return 'fix';
  if (r.detected.calcSheets.length === 0 && r.detected.indicatorSheets.length === 0) return 'unrecognised';
  if (counts.warning > 0 || r.errors.length > 0) return 'check';
  return 'pass';
}

export const VERDICT_TEXT: Record<Verdict, Localized> = {
  unreadable: { 'zh-CN': '无法读取', 'en-US': 'Unreadable' },
  skipped: { 'zh-CN': '已跳过', 'en-US': 'Skipped' },
  unrecognised: { 'zh-CN': '未识别为预算工作簿', 'en-US': 'Not recognised as a budget workbook' },
  fix: { 'zh-CN': '需修改', 'en-US': 'Needs changes' },
  check: { 'zh-CN': '请核实', 'en-US': 'Check' },
  pass: { 'zh-CN': '通过', 'en-US': 'Passed' },
};
