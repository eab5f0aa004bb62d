/** Runs the indicator rules over a snapshot (optionally with hand-built calc sheets) and lists findings. */
import { buildContext, checkWorkbook } from '../../../src/core/check';
import type { CalcSheet } from '../../../src/core/calc/model';
import type { Finding } from '../../../src/core/report';
import type { CheckOptions, Rule } from '../../../src/core/rule';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { INDICATOR_RULES } from '../../../src/core/rules/indicators';
import { toA1 } from '../../../src/core/address';
import { pairProjects } from '../../../src/core/projects';

export interface Hit {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string;
  zh: string;
  en: string;
  expected?: string;
  actual?: string;
}

/** The indicator rules over the snapshot; `calc` replaces the calc reader's output when given. */
export function run(snapshot: WorkbookSnapshot, options: CheckOptions = {}, calc?: CalcSheet[], rules: Rule[] = INDICATOR_RULES): Hit[] {
  if (!calc) return checkWorkbook(snapshot, options, rules).findings.map(toHit);
  const base = buildContext(snapshot, options);
  const { projects, doubts } = pairProjects(snapshot, calc, base.indicators, base.funds);
  const ctx = { ...base, calc, projects, pairingDoubts: doubts };
  const hits: Hit[] = [];
  for (const rule of rules) {
    rule.check(ctx, (f) => {
      hits.push({
        ruleId: rule.id,
        severity: f.severity ?? rule.severity,
        sheet: f.sheet,
        cell: toA1(f.row, f.col),
        zh: f.message['zh-CN'],
        en: f.message['en-US'],
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
      });
    });
  }
  return hits;
}

function toHit(f: Finding): Hit {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    zh: f.message['zh-CN'],
    en: f.message['en-US'],
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
  };
}

/** "ruleId@cell" for every finding of the given severities (default error + warning). */
export function cells(hits: Hit[], severities: string[] = ['error', 'warning']): string[] {
  return hits.filter((h) => severities.includes(h.severity)).map((h) => `${h.ruleId}@${h.cell}`);
}
