/**
 * The in-page demo workbook: sheets of cells (value, formula, fill, note, number format, style),
 * merged areas, and recalculation through the tiny formula evaluator. Pure data and functions, no
 * DOM, so the demo host and its tests run in Node too.
 */
import type { CellRange, CellValue } from '../core/snapshot';
import type { Edit } from '../core/report';
import { toA1 } from '../core/address';
import { evaluateFormula, shiftFormulaRows } from './formula';

export interface DemoCell {
  /** A constant, or for a formula cell its last computed value. */
  value: CellValue;
  formula?: string;
  fill?: string | null;
  note?: string | null;
  numberFormat?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface DemoSheet {
  name: string;
  /** cells[row][col], 0-based; holes are empty cells. */
  cells: (DemoCell | undefined)[][];
  merges: CellRange[];
  /** Column widths in pixels (grid only). */
  colWidths?: number[];
}

export interface DemoWorkbook {
  id: string;
  title: { 'zh-CN': string; 'en-US': string };
  sheets: DemoSheet[];
  active: string;
}

export function cloneWorkbook(wb: DemoWorkbook): DemoWorkbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((row) => (row ? row.map((c) => (c ? { ...c } : undefined)) : row)),
      merges: s.merges.map((m) => ({ ...m })),
      colWidths: s.colWidths ? [...s.colWidths] : undefined,
    })),
  };
}

export function findSheet(wb: DemoWorkbook, name: string): DemoSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`Sheet not found: ${name}`);
  return s;
}

export function getCell(sheet: DemoSheet, row: number, col: number): DemoCell | undefined {
  return sheet.cells[row]?.[col];
}

/** The cell at (row, col), created empty when missing. */
export function ensureCell(sheet: DemoSheet, row: number, col: number): DemoCell {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const r = (sheet.cells[row] ??= []);
  let c = r[col];
  if (!c) {
    c = { value: null };
    r[col] = c;
  }
  return c;
}

export function sheetSize(sheet: DemoSheet): { rows: number; cols: number } {
  let cols = 0;
  for (const r of sheet.cells) if (r && r.length > cols) cols = r.length;
  for (const m of sheet.merges) cols = Math.max(cols, m.right + 1);
  const rows = Math.max(sheet.cells.length, ...sheet.merges.map((m) => m.bottom + 1), 0);
  return { rows, cols };
}

/**
 * Recomputes every formula cell of the workbook. References are resolved on demand with memoising
 * and cycle detection (a cycle reads as #REF!, where Excel would warn about a circular reference).
 */
export function recalculate(wb: DemoWorkbook): void {
  for (const sheet of wb.sheets) {
    const done = new Map<string, CellValue>();
    const visiting = new Set<string>();
    const valueAt = (row: number, col: number): CellValue => {
      const cell = getCell(sheet, row, col);
      if (!cell) return null;
      if (!cell.formula) return cell.value;
      const key = `${row},${col}`;
      if (done.has(key)) return done.get(key) as CellValue;
      if (visiting.has(key)) return '#REF!';
      visiting.add(key);
      const v = evaluateFormula(cell.formula, valueAt);
      visiting.delete(key);
      done.set(key, v);
      cell.value = v;
      return v;
    };
    sheet.cells.forEach((r, row) => r?.forEach((_c, col) => valueAt(row, col)));
  }
}

/** Applies one edit in place (no recalculation). Throws on an edit that cannot apply. */
export function applyEdit(wb: DemoWorkbook, e: Edit): void {
  if (e.kind === 'addSheet') {
    if (wb.sheets.some((s) => s.name === e.sheet)) throw new Error(`Sheet already exists: ${e.sheet}`);
    wb.sheets.push({ name: e.sheet, cells: [], merges: [] });
    return;
  }
  if (e.kind === 'deleteSheet') {
    findSheet(wb, e.sheet);
    if (wb.sheets.length === 1) throw new Error(`Cannot delete the only sheet: ${e.sheet}`);
    wb.sheets = wb.sheets.filter((s) => s.name !== e.sheet);
    if (wb.active === e.sheet) wb.active = wb.sheets[0].name;
    return;
  }
  const sheet = findSheet(wb, e.sheet);
  switch (e.kind) {
    case 'value': {
      checkPosition(e.row, e.col);
      const c = ensureCell(sheet, e.row, e.col);
      c.value = e.value;
      delete c.formula;
      return;
    }
    case 'formula': {
      checkPosition(e.row, e.col);
      if (!e.formula.startsWith('=')) throw new Error(`Not a formula at ${toA1(e.row, e.col)}: ${e.formula}`);
      const c = ensureCell(sheet, e.row, e.col);
      c.formula = e.formula;
      return;
    }
    case 'fill':
      checkPosition(e.row, e.col);
      ensureCell(sheet, e.row, e.col).fill = e.color;
      return;
    case 'note':
      checkPosition(e.row, e.col);
      ensureCell(sheet, e.row, e.col).note = e.text;
      return;
    case 'insertRows': {
      if (e.count <= 0) throw new Error(`insertRows needs a positive count, got ${e.count}`);
      const template = e.formatFrom !== undefined ? sheet.cells[e.formatFrom] : undefined;
      const blank = (): (DemoCell | undefined)[] =>
        template ? template.map((c) => (c ? { value: null, fill: c.fill, numberFormat: c.numberFormat, bold: c.bold, align: c.align } : undefined)) : [];
      while (sheet.cells.length < e.row) sheet.cells.push([]);
      sheet.cells.splice(e.row, 0, ...Array.from({ length: e.count }, blank));
      shiftRows(sheet, e.row, e.count);
      return;
    }
    case 'deleteRows':
      if (e.count <= 0) throw new Error(`deleteRows needs a positive count, got ${e.count}`);
      sheet.cells.splice(e.row, e.count);
      shiftRows(sheet, e.row, -e.count);
      return;
    case 'merge': {
      if (sheet.merges.some((m) => overlaps(m, e.range))) throw new Error(`Merge overlaps an existing merged area on ${e.sheet}`);
      // As Excel's Range.merge: only the top-left cell keeps its content (fills and formats stay).
      const { top, left, bottom, right } = e.range;
      for (let row = top; row <= bottom; row++)
        for (let col = left; col <= right; col++) {
          const covered = row === top && col === left ? undefined : getCell(sheet, row, col);
          if (covered) {
            covered.value = null;
            delete covered.formula;
          }
        }
      sheet.merges.push({ ...e.range });
      return;
    }
    case 'unmerge':
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, e.range));
      return;
  }
}

function checkPosition(row: number, col: number): void {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) throw new Error(`Invalid cell position (${row}, ${col})`);
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Rewrites formulas and merged areas of `sheet` after inserting/deleting rows. */
function shiftRows(sheet: DemoSheet, atRow: number, count: number): void {
  for (const r of sheet.cells) for (const c of r ?? []) if (c?.formula) c.formula = shiftFormulaRows(c.formula, atRow, count);
  const deletedEnd = atRow - count;
  sheet.merges = sheet.merges
    .filter((m) => !(count < 0 && m.top >= atRow && m.bottom < deletedEnd))
    .map((m) => {
      const move = (row: number) => (row < atRow ? row : count > 0 ? row + count : Math.max(atRow, row + count));
      return { ...m, top: move(m.top), bottom: count < 0 && m.bottom >= atRow && m.bottom < deletedEnd ? atRow - 1 : move(m.bottom) };
    });
}

/** Applies edits atomically: all of them, or none (the workbook is left untouched on failure). */
export function applyEdits(wb: DemoWorkbook, edits: Edit[]): DemoWorkbook {
  const next = cloneWorkbook(wb);
  for (const e of edits) applyEdit(next, e);
  recalculate(next);
  return next;
}
