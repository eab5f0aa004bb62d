import type { CellValue, SheetSnapshot, WorkbookSnapshot, CellRange } from '../../../src/core/snapshot';
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/report';

/** A sheet from rows; a string starting with '=' in `formulas` is that cell's formula. */
export function sheet(name: string, values: CellValue[][], opts: { formulas?: (string | null)[][]; merges?: CellRange[]; numberFormats?: (string | null)[][] } = {}): SheetSnapshot {
  return { name, values, formulas: opts.formulas, merges: opts.merges ?? [], numberFormats: opts.numberFormats };
}

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** Findings as "ruleId@Sheet!A1" strings, for exact assertions. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.sheet}!${f.cell}`);
}

/**
 * The calc rules on calc-only workbooks: the workbook-level missing-part rule (which would name the
 * absent 绩效目标表 on every one of them) is tested in test/core/workbook/missing-part.test.ts.
 */
export function check(...sheets: SheetSnapshot[]) {
  return checkWorkbook(book(...sheets), { severities: { 'workbook/missing-part': 'off' } });
}

/** Formulas grid from a values grid where strings beginning with '=' are formulas with the given cached results. */
export function withFormulas(rows: (CellValue | { f: string; v: CellValue })[][]): { values: CellValue[][]; formulas: (string | null)[][] } {
  const values = rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.v : c)));
  const formulas = rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.f : null)));
  return { values, formulas };
}
