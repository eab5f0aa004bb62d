/** `--format text`: findings grouped by file and sheet, then a summary line. */
import { fillTemplate, type Locale } from '../core/i18n';
import { countBySeverity, type Finding, type Severity } from '../core/report';
import type { FileResult } from './check-file';
import { CLI_MESSAGES } from './messages';

const SEVERITY_LABEL: Record<Severity, keyof typeof CLI_MESSAGES> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

export function formatText(results: FileResult[], lang: Locale): string {
  const t = (key: keyof typeof CLI_MESSAGES, params: Record<string, string | number> = {}) =>
    fillTemplate(CLI_MESSAGES[key][lang], params);
  const lines: string[] = [];
  for (const r of results) {
    lines.push(t('fileHeading', { file: r.file }));
    for (const e of r.errors) lines.push(`  ${t('fileError', { message: e[lang] })}`);
    if (r.findings.length === 0 && r.errors.length === 0) lines.push(`  ${t('noFindings')}`);
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
    lines.push('');
  }
  const all = results.flatMap((r) => r.findings);
  let summary = t('summary', { files: results.length, ...countBySeverity(all) });
  const unreadable = results.filter((r) => r.errors.length > 0).length;
  if (unreadable > 0) summary += t('summaryUnreadable', { count: unreadable });
  lines.push(summary);
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
