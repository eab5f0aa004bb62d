/** `--format text`: findings grouped by file and sheet, then a summary line. */
import { fillTemplate, type Locale } from '../core/i18n';
import { countBySeverity, type Finding, type Severity } from '../core/report';
import type { FileResult } from './check-file';
import { CLI_MESSAGES } from './messages';
import { VERDICT_TEXT, verdictOf, type Verdict } from './verdict';

const SEVERITY_LABEL: Record<Severity, keyof typeof CLI_MESSAGES> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

export function formatText(results: FileResult[], lang: Locale): string {
  return results.map((r) => formatFileText(r, lang)).join('') + formatTextSummary(results, lang);
}

/** One file's block, ending with an empty line: printed as soon as the file is done. */
export function formatFileText(r: FileResult, lang: Locale): string {
  const t = (key: keyof typeof CLI_MESSAGES, params: Record<string, string | number> = {}) =>
    fillTemplate(CLI_MESSAGES[key][lang], params);
  const lines: string[] = [];
  {
    lines.push(t('fileHeading', { file: r.file }));
    const verdict = verdictOf(r);
    if (r.skipped) lines.push(`  ${t('skippedLine', { reason: r.skipped[lang] })}`);
    for (const e of r.errors) lines.push(`  ${t('fileError', { message: e[lang] })}`);
    if (verdict === 'unrecognised') lines.push(`  ${t('unrecognisedDetail')}`);
    else if (r.findings.length === 0 && r.errors.length === 0 && !r.skipped) lines.push(`  ${t('noFindings')}`);
    for (const [sheet, findings] of groupBySheet(r.findings)) {
      lines.push(`  ${t('sheetHeading', { sheet })}`);
      const width = Math.max(...findings.map((f) => f.cell.length));
      for (const f of findings) {
        lines.push(`    ${f.cell.padEnd(width)}  ${t(SEVERITY_LABEL[f.severity])}  ${f.message[lang]}  [${f.ruleId}]`);
        const detail = expectedActual(f, t);
        if (detail) lines.push(`    ${' '.repeat(width)}  ${detail}`);
      }
    }
    if (r.findings.length > 0) lines.push(`  ${t('fileSummary', countBySeverity(r.findings))}`);
    if (r.hidden) lines.push(`  ${t('hiddenFindings', { min: r.hidden.min, count: r.hidden.count })}`);
    if (verdict !== 'unrecognised' && verdict !== 'skipped') lines.push(`  ${t('verdictLine', { verdict: VERDICT_TEXT[verdict][lang] })}`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

/** The closing lines: counts of findings, of files per verdict, and what --min-severity hid. */
export function formatTextSummary(results: FileResult[], lang: Locale): string {
  const t = (key: keyof typeof CLI_MESSAGES, params: Record<string, string | number> = {}) =>
    fillTemplate(CLI_MESSAGES[key][lang], params);
  const all = results.flatMap((r) => r.findings);
  let summary = t('summary', { files: results.length, ...countBySeverity(all) });
  const unreadable = results.filter((r) => r.errors.length > 0).length;
  if (unreadable > 0) summary += t('summaryUnreadable', { count: unreadable });
  const lines = [summary];
  const byVerdict = new Map<Verdict, number>();
  for (const r of results) byVerdict.set(verdictOf(r), (byVerdict.get(verdictOf(r)) ?? 0) + 1);
  const order: Verdict[] = ['fix', 'check', 'pass', 'unrecognised', 'unreadable', 'skipped'];
  const list = order.filter((v) => byVerdict.has(v)).map((v) => t('verdictCount', { verdict: VERDICT_TEXT[v][lang], count: byVerdict.get(v)! }));
  if (list.length > 0) lines.push(t('summaryVerdicts', { list: list.join(lang === 'zh-CN' ? '，' : ', ') }));
  const hidden = results.reduce((n, r) => n + (r.hidden?.count ?? 0), 0);
  const min = results.find((r) => r.hidden)?.hidden?.min;
  if (hidden > 0 && min) lines.push(t('hiddenFindings', { min, count: hidden }));
  return lines.join('\n') + '\n';
}

function groupBySheet(findings: Finding[]): [string, Finding[]][] {
  const m = new Map<string, Finding[]>();
  for (const f of findings) m.set(f.sheet, [...(m.get(f.sheet) ?? []), f]);
  return [...m];
}

function expectedActual(f: Finding, t: (key: keyof typeof CLI_MESSAGES, p?: Record<string, string>) => string): string | null {
  if (f.expected !== undefined && f.actual !== undefined) return t('expectedActual', { expected: f.expected, actual: f.actual });
  if (f.expected !== undefined) return t('expectedOnly', { expected: f.expected });
  if (f.actual !== undefined) return t('actualOnly', { actual: f.actual });
  return null;
}
