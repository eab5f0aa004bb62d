/**
 * The checking engine: snapshot → readers → rules → Report. Host-independent.
 */
import type { WorkbookSnapshot } from './snapshot';
import { toA1 } from './address';
import { localize } from './i18n';
import { compareFindings, type Finding, type Report } from './report';
import type { CheckOptions, FindingInput, Rule, RuleContext } from './rule';
import { readCalcSheets } from './calc/reader';
import { readDeclaredFunds } from './calc/funds';
import { readIndicatorSheets } from './indicators/reader';
import { ALL_RULES } from './rules';
import { pairProjects } from './projects';
import { ENGINE_MESSAGES } from './messages/engine';

export function buildContext(snapshot: WorkbookSnapshot, options: CheckOptions = {}): RuleContext {
  const calc = readCalcSheets(snapshot, options);
  const funds = readDeclaredFunds(snapshot);
  const indicators = readIndicatorSheets(snapshot, options.indicatorSheets);
  const { projects, doubts } = pairProjects(snapshot, calc, indicators, funds);
  return { snapshot, calc, funds, indicators, projects, pairingDoubts: doubts, options };
}

export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}, rules: Rule[] = ALL_RULES): Report {
  const report: Report = { findings: [], errors: [], detected: { calcSheets: [], indicatorSheets: [] } };
  let ctx: RuleContext;
  try {
    ctx = buildContext(snapshot, options);
  } catch (e) {
    report.errors.push({ message: localize(ENGINE_MESSAGES.readerFailed, { error: errorText(e) }) });
    return report;
  }
  report.detected.calcSheets = ctx.calc.map((c) => ({
    sheet: c.sheet,
    headerRow: c.headerRow,
    columns: Object.fromEntries(groupColumns(c.columns)),
  }));
  report.detected.indicatorSheets = ctx.indicators.map((s) => ({ sheet: s.sheet, layout: s.layout, headerRow: s.headerRow }));

  const seen = new Set<string>();
  for (const rule of rules) {
    const override = options.severities?.[rule.id];
    if (override === 'off') continue;
    const add = (f: FindingInput) => {
      const key = `${rule.id}|${f.sheet}|${f.row}|${f.col}`;
      if (seen.has(key)) return; // one finding per rule per cell
      seen.add(key);
      const finding: Finding = {
        ruleId: rule.id,
        severity: override ?? f.severity ?? rule.severity,
        sheet: f.sheet,
        row: f.row,
        col: f.col,
        cell: toA1(f.row, f.col),
        message: f.message,
      };
      if (f.expected !== undefined) finding.expected = f.expected;
      if (f.actual !== undefined) finding.actual = f.actual;
      if (f.fix) finding.fix = f.fix;
      report.findings.push(finding);
    };
    try {
      rule.check(ctx, add);
    } catch (e) {
      // A broken rule must not hide the others: say so and go on.
      report.errors.push({ message: localize(ENGINE_MESSAGES.ruleFailed, { rule: rule.id, error: errorText(e) }) });
    }
  }
  const order = snapshot.sheets.map((s) => s.name);
  report.findings.sort((a, b) => compareFindings(a, b, order));
  return report;
}

function groupColumns(cols: { role: string; col: number }[]): [string, number | number[]][] {
  const m = new Map<string, number[]>();
  for (const c of cols) m.set(c.role, [...(m.get(c.role) ?? []), c.col]);
  return [...m].map(([role, list]) => [role, list.length === 1 ? list[0] : list]);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
