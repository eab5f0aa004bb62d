/**
 * Reading a snapshot from the ET object model in blocks, so that a 20,000-row sheet costs tens of
 * calls, not hundreds of thousands:
 *   - extent: UsedRange (Row, Column, Rows.Count, Columns.Count); it may start below or right of A1
 *     and is extended to A1 so indexes are the sheet's own;
 *   - values and formulas: one Value2 and one Formula 2-D array per block of rows (ROWS_PER_BLOCK rows,
 *     fewer on a very wide sheet: CELLS_PER_BLOCK cells);
 *   - number formats: Range.NumberFormat answers one string for the whole range when every cell has
 *     the same format and null when they differ (VBA Range.NumberFormat: "returns Null if all cells in
 *     the specified range don't have the same number format"), so each block is asked whole and split
 *     only where formats differ;
 *   - merged areas: Range.MergeCells answers True when every cell is merged, False when none is, and
 *     Null for a mix (VBA Range.MergeCells), so blocks without merges cost one call; blocks with some
 *     are split until a cell is merged, whose MergeArea ("the merged range containing the specified
 *     cell"; it "only works on a single-cell range") gives the whole area.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { CellState, ReadProgress } from '../host/host';
import { isFormula } from '../excel/addresses';
import { actionOf, wpsReported, wpsStep } from './errors';
import { SheetCache, asGrid, cellAt, rangeOf, toCellValue, toNumberFormat, worksheetNamed, worksheetNames } from './grid';
import { XL_NONE, XL_PATTERN_SOLID, bgrToHex, patternName } from './colors';
import { fillToken } from '../host/fill-token';

/** Rows per Value2 / Formula block at most (2,000 × 20 columns is 40,000 cells per answer)… */
export const ROWS_PER_BLOCK = 2000;
/** …and cells per block at most, so a used range formatted out to column XFD stays within memory. */
export const CELLS_PER_BLOCK = 200_000;

/** Rows per block for a sheet `cols` wide. */
export function rowsPerBlock(cols: number): number {
  return Math.max(1, Math.min(ROWS_PER_BLOCK, Math.floor(CELLS_PER_BLOCK / Math.max(1, cols))));
}

/** Rows × columns from A1 to the bottom-right of the used range (0 × 0 for a sheet with nothing). */
export function extentFromA1(ws: Et.Worksheet): { rows: number; cols: number } {
  const used = ws.UsedRange;
  const rows = used.Row + used.Rows.Count - 1;
  const cols = used.Column + used.Columns.Count - 1;
  // An empty sheet's used range is A1 alone, holding nothing.
  if (rows === 1 && cols === 1 && toCellValue(used.Value2) === null && !used.MergeCells) return { rows: 0, cols: 0 };
  return { rows, cols };
}

export function readSnapshotFrom(wb: Et.Workbook, names: string[], onProgress?: (p: ReadProgress) => void): WorkbookSnapshot {
  const all = wpsStep(actionOf('actionSheetNames'), () => worksheetNames(wb));
  return {
    sheets: names.map((name) =>
      wpsStep(actionOf('actionRead', { sheet: name }), () => readSheet(worksheetNamed(wb, name, all), name, onProgress)),
    ),
  };
}

function readSheet(ws: Et.Worksheet, name: string, onProgress?: (p: ReadProgress) => void): SheetSnapshot {
  const { rows, cols } = extentFromA1(ws);
  const sheet: SheetSnapshot = { name, values: [], formulas: [], numberFormats: [], merges: [] };
  if (rows === 0) {
    onProgress?.({ sheet: name, rowsDone: 0, rowsTotal: 0 });
    return sheet;
  }
  const step = rowsPerBlock(cols);
  for (let top = 0; top < rows; top += step) {
    const height = Math.min(step, rows - top);
    const block = rangeOf(ws, { top, left: 0, bottom: top + height - 1, right: cols - 1 });
    const values = asGrid(block.Value2, height, cols);
    const formulas = asGrid(block.Formula, height, cols);
    const formats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(cols).fill(null));
    readFormats(ws, { top, left: 0, bottom: top + height - 1, right: cols - 1 }, top, formats);
    for (let r = 0; r < height; r++) {
      sheet.values.push(values[r].map(toCellValue));
      sheet.formulas!.push(formulas[r].map((f, c) => (isFormula(f, values[r][c]) ? (f as string) : null)));
      sheet.numberFormats!.push(formats[r]);
    }
    readMerges(ws, { top, left: 0, bottom: top + height - 1, right: cols - 1 }, sheet.merges);
    onProgress?.({ sheet: name, rowsDone: top + height, rowsTotal: rows });
  }
  return sheet;
}

/** Fills `out` (rows from `origin`) with the formats of `area`, splitting only where they differ. */
function readFormats(ws: Et.Worksheet, area: CellRange, origin: number, out: (string | null)[][]): void {
  const f: unknown = rangeOf(ws, area).NumberFormat;
  const single = area.top === area.bottom && area.left === area.right;
  // '' for several cells is taken as "not one format" too (not verified in WPS: split rather than guess).
  if (typeof f === 'string' && (f !== '' || single)) {
    const format = toNumberFormat(f);
    if (format !== null) for (let r = area.top; r <= area.bottom; r++) out[r - origin].fill(format, area.left, area.right + 1);
    return;
  }
  if (single) return; // no answer for one cell: no format
  // Mixed (null): columns first — a budget sheet's formats run down its columns.
  for (const part of halves(area)) readFormats(ws, part, origin, out);
}

/** Adds the merged areas whose top-left cell lies in `area` (areas spanning blocks are found once). */
function readMerges(ws: Et.Worksheet, area: CellRange, out: CellRange[]): void {
  const merged: unknown = rangeOf(ws, area).MergeCells;
  if (merged === false) return;
  if (area.top === area.bottom && area.left === area.right) {
    if (out.some((m) => covers(m, area.top, area.left))) return;
    const m = cellAt(ws, area.top, area.left).MergeArea;
    const top = m.Row - 1;
    const left = m.Column - 1;
    const found = { top, left, bottom: top + m.Rows.Count - 1, right: left + m.Columns.Count - 1 };
    if (found.bottom > found.top || found.right > found.left) out.push(found);
    return;
  }
  for (const part of halves(area)) if (!coveredByKnown(part, out)) readMerges(ws, part, out);
}

/** Two halves: across the columns while wider than one column, then across the rows. */
function halves(a: CellRange): CellRange[] {
  if (a.right > a.left) {
    const mid = Math.floor((a.left + a.right) / 2);
    return [{ ...a, right: mid }, { ...a, left: mid + 1 }];
  }
  const mid = Math.floor((a.top + a.bottom) / 2);
  return [{ ...a, bottom: mid }, { ...a, top: mid + 1 }];
}

const covers = (m: CellRange, row: number, col: number): boolean => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;

/** Whether known merged areas cover every cell of `a` (nothing more to find there). */
function coveredByKnown(a: CellRange, known: CellRange[]): boolean {
  return known.some((m) => m.top <= a.top && m.bottom >= a.bottom && m.left <= a.left && m.right >= a.right);
}

/** The current state of scattered cells, one cell at a time (they are few: those an edit touches). */
export function readCellsFrom(wb: Et.Workbook, cells: { sheet: string; row: number; col: number }[]): CellState[] {
  try {
    const sheets = new SheetCache(wb);
    return cells.map((c) => {
      const cell = sheets.cell(c.sheet, c.row, c.col);
      const value: CellValue = toCellValue(cell.Value2);
      const formula = cell.HasFormula === true ? String(cell.Formula) : null;
      const comment = cell.Comment as Et.Comment | null | undefined;
      return { sheet: c.sheet, row: c.row, col: c.col, value, formula, fill: fillOf(cell.Interior), note: comment ? comment.Text() : null };
    });
  } catch (e) {
    throw wpsReported(e);
  }
}

/** Interior → '#RRGGBB', null for no fill, or a pattern token (fill-token.ts) for a patterned fill. */
export function fillOf(interior: Et.Interior): string | null {
  const pattern: unknown = interior.Pattern;
  if (pattern === XL_NONE) return null;
  const color: unknown = interior.Color;
  if (pattern === XL_PATTERN_SOLID) return typeof color === 'number' ? bgrToHex(color) : null;
  const patternColor: unknown = interior.PatternColor;
  return fillToken({
    pattern: typeof pattern === 'number' ? patternName(pattern) : String(pattern),
    patternColor: typeof patternColor === 'number' ? bgrToHex(patternColor) : null,
    color: typeof color === 'number' ? bgrToHex(color) : null,
  });
}
