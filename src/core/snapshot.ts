/**
 * WorkbookSnapshot: what a host (Excel via Office.js, ExcelJS, the browser demo) hands the core.
 * Everything is 0-based and anchored at A1: values[r][c] is the cell in row r+1, column c+1.
 * Rows may be ragged or shorter than the sheet; a missing cell reads as null.
 */

/** A cell's value as the host reports it. Error values (#REF!, #DIV/0!) arrive as strings. */
export type CellValue = string | number | boolean | null;

/** An inclusive rectangle of cells, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Cached values (for formulas: the last computed result). */
  values: CellValue[][];
  /** Formulas as typed in A1 style with a leading '=', or null/'' where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Number formats (e.g. '0.00', '#,##0.00"万元"'), same shape as values where known. */
  numberFormats?: (string | null)[][];
  /** Merged areas. */
  merges: CellRange[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function cellFormula(sheet: SheetSnapshot, row: number, col: number): string | null {
  const f = sheet.formulas?.[row]?.[col];
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

export function cellNumberFormat(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.numberFormats?.[row]?.[col] ?? null;
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

const widths = new WeakMap<CellValue[][], number>();

/** Width of the widest row. Snapshots are not mutated once read, so the answer is remembered per grid. */
export function columnCount(sheet: SheetSnapshot): number {
  const known = widths.get(sheet.values);
  if (known !== undefined) return known;
  let n = 0;
  for (const r of sheet.values) if (r && r.length > n) n = r.length;
  widths.set(sheet.values, n);
  return n;
}

/** The merged area that covers (row, col), if any. */
export function mergeAt(sheet: SheetSnapshot, row: number, col: number): CellRange | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The value a reader sees at (row, col): a cell inside a merged area reads as its top-left cell,
 * which is how a person reads a merged 一级/二级 or category cell.
 */
export function visibleValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const m = mergeAt(sheet, row, col);
  return m ? cellValue(sheet, m.top, m.left) : cellValue(sheet, row, col);
}

/** Text of a cell, trimmed; '' for null. Numbers are rendered without exponent where possible. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v).trim();
}
