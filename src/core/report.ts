import type { CellValue, CellRange } from './snapshot';
import type { Localized } from './i18n';

export type Severity = 'error' | 'warning' | 'info';

/** A change a host can apply. Coordinates are 0-based on the named sheet. Fixes are data. */
export type Edit =
  | { kind: 'value'; sheet: string; row: number; col: number; value: CellValue }
  | { kind: 'formula'; sheet: string; row: number; col: number; formula: string }
  | { kind: 'fill'; sheet: string; row: number; col: number; color: string | null }
  | { kind: 'note'; sheet: string; row: number; col: number; text: string | null }
  /** Insert `count` empty rows before 0-based `row`, copying formats from row `formatFrom` if given. */
  | { kind: 'insertRows'; sheet: string; row: number; count: number; formatFrom?: number }
  /** Delete `count` rows starting at 0-based `row` (the journal's inverse of insertRows). */
  | { kind: 'deleteRows'; sheet: string; row: number; count: number }
  | { kind: 'merge'; sheet: string; range: CellRange }
  | { kind: 'unmerge'; sheet: string; range: CellRange }
  | { kind: 'addSheet'; sheet: string }
  /** Delete a worksheet (the journal's inverse of addSheet). */
  | { kind: 'deleteSheet'; sheet: string };

export interface Fix {
  /** What the fix does, shown on the 应用修正 button's tooltip and in previews. */
  title: Localized;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** 0-based position of the cell holding the mistake. */
  row: number;
  col: number;
  /** Plain A1 address of that cell (no sheet, no $). */
  cell: string;
  message: Localized;
  expected?: string;
  actual?: string;
  fix?: Fix;
}

export interface Report {
  findings: Finding[];
  /** Problems that stopped part of the check (e.g. a rule that threw); the rest went on. */
  errors: { message: Localized }[];
  /** What the readers recognised, for hosts to show (sheet names, header rows, column roles). */
  detected: DetectedStructure;
}

export interface DetectedStructure {
  calcSheets: { sheet: string; headerRow: number; columns: Record<string, number | number[]> }[];
  indicatorSheets: { sheet: string; layout: string; headerRow: number }[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding, sheetOrder: string[] = []): number {
  const sa = sheetOrder.indexOf(a.sheet);
  const sb = sheetOrder.indexOf(b.sheet);
  if (sa !== sb) return sa - sb;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  if (a.row !== b.row) return a.row - b.row;
  if (a.col !== b.col) return a.col - b.col;
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** True when `s` is as serious as `min` or more (error ≥ warning ≥ info). */
export function atLeast(s: Severity, min: Severity): boolean {
  return SEVERITY_ORDER[s] <= SEVERITY_ORDER[min];
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
