/**
 * SheetJS (Community Edition, npm mirror @e965/xlsx) workbook → WorkbookSnapshot.
 *
 * SheetJS is the snapshot reader (docs/reading.md says why: it reads every valid workbook of the
 * corpus but two, .xls (BIFF8) too, and costs what the cells cost — data validations are not
 * expanded, merges are a list). What a cell becomes matches the ExcelJS path (snapshotOfWorkbook):
 * - formulas: cached result as value, formula text with a leading '=' (SheetJS already translates
 *   shared formulas to each cell's own references);
 * - rich text and hyperlinks as their text; errors as '#REF!' strings;
 * - dates (date-formatted numbers) as 'YYYY-MM-DD'; numbers stored as text stay strings;
 * - the non-anchor cells of a merged area are null; merges are listed, clipped to the data plus a
 *   margin (a merge over a whole column costs its data rows, not a million).
 */
import type * as XLSXTypes from '@e965/xlsx';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';

type XLSXModule = typeof XLSXTypes;
let xlsxModule: XLSXModule | null = null;

/** Loaded on first use: the CLI's start-up does not pay for it when no file is read. */
export function sheetjs(): XLSXModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  xlsxModule ??= require('@e965/xlsx') as XLSXModule;
  return xlsxModule;
}

/** The read options the checker needs: formulas, number formats, dense rows; nothing rendered. */
export const SHEETJS_READ_OPTIONS: XLSXTypes.ParsingOptions = {
  type: 'buffer',
  cellFormula: true,
  cellNF: true,
  cellDates: true,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  dense: true,
  // A formula cell without a cached result is a stub; without stubs SheetJS would drop it.
  sheetStubs: true,
  // Never run the VBA or keep pivot caches: only cells are read.
  bookVBA: false,
};

/** Excel's error codes (BIFF numbers) as the text a cell shows. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export function snapshotOfSheetjsWorkbook(wb: XLSXTypes.WorkBook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    // Chart sheets have no cells the checker reads; ExcelJS skipped them too.
    if (!ws || (ws as { '!type'?: string })['!type'] === 'chart') continue;
    sheets.push(snapshotOfSheetjsSheet(name, ws));
  }
  return { sheets };
}

export function snapshotOfSheetjsSheet(name: string, ws: XLSXTypes.WorkSheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const data = (ws as { '!data'?: (XLSXTypes.CellObject | undefined)[][] })['!data'] ?? [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const value = valueOf(cell);
      const formula = typeof cell.f === 'string' && cell.f !== '' ? `=${cell.f.replace(/^=/, '')}` : null;
      const z = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : null;
      if (value === null && formula === null && z === null) continue;
      put(values, r, c, value, null);
      if (formula !== null) put(formulas, r, c, formula, null);
      if (z !== null) put(numberFormats, r, c, z, null);
    }
  }
  for (const grid of [values, formulas, numberFormats] as unknown[][][]) {
    for (let r = 0; r < values.length; r++) if (!grid[r]) grid[r] = [];
  }
  const merges = mergesOf(ws, values);
  // The covered cells of a merged area read as null, as Office.js and ExcelJS report them.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, values.length - 1); r++) {
      const row = values[r];
      const last = Math.min(m.right, row.length - 1);
      for (let c = m.left; c <= last; c++) {
        if (r === m.top && c === m.left) continue;
        row[c] = null;
        if (formulas[r] && c < formulas[r].length) formulas[r][c] = null;
      }
    }
  }
  return { name, values, formulas, numberFormats, merges };
}

/**
 * Rows and columns a merged area may reach past the cells that hold data. A merge over a whole
 * column (A1:A1048576) or row is clipped to the data plus this margin: nothing below it can be read,
 * and the cost of everything that walks merges follows the data.
 */
export const MERGE_MARGIN = 1000;

/** Merged areas, 0-based, sorted, clipped to the data plus MERGE_MARGIN. */
function mergesOf(ws: XLSXTypes.WorkSheet, values: CellValue[][]): CellRange[] {
  const list = ws['!merges'] ?? [];
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  const maxRow = values.length + MERGE_MARGIN;
  const maxCol = width + MERGE_MARGIN;
  const out: CellRange[] = [];
  for (const m of list) {
    if (!m || !m.s || !m.e) continue;
    const top = Math.min(m.s.r, m.e.r);
    const left = Math.min(m.s.c, m.e.c);
    if (top > maxRow || left > maxCol) continue; // wholly outside anything read
    out.push({ top, left, bottom: Math.min(Math.max(m.s.r, m.e.r), maxRow), right: Math.min(Math.max(m.s.c, m.e.c), maxCol) });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

function valueOf(cell: XLSXTypes.CellObject): CellValue {
  const v = cell.v;
  switch (cell.t as string) {
    case 'n':
      return typeof v === 'number' ? v : null;
    case 'b':
      return typeof v === 'boolean' ? v : null;
    case 's':
    case 'str':
      return typeof v === 'string' ? v : v === undefined || v === null ? null : String(v);
    case 'e':
      return typeof v === 'number' ? (ERROR_TEXT[v] ?? '#VALUE!') : typeof cell.w === 'string' ? cell.w : '#VALUE!';
    case 'd':
      return v instanceof Date ? isoDate(v) : typeof v === 'string' ? v.slice(0, 10) : null;
    case 'z':
    default:
      return null;
  }
}

function put<T>(grid: T[][], r: number, c: number, v: T, empty: T): void {
  const row = (grid[r] ??= []);
  while (row.length < c) row.push(empty);
  row[c] = v;
}

/**
 * SheetJS turns a date serial into a Date at local midnight of the 1900 system; the day is what
 * the user typed, so read it in local time (Excel dates carry no zone).
 */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // Rounding to the nearest minute absorbs SheetJS's sub-second float error.
  const t = new Date(Math.round(d.getTime() / 60000) * 60000);
  const y = t.getFullYear();
  const m = String(t.getMonth() + 1).padStart(2, '0');
  const day = String(t.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Names of the workbook's defined names (SheetJS keeps them under Workbook.Names). */
export function definedNamesOf(wb: XLSXTypes.WorkBook): string[] {
  return (wb.Workbook?.Names ?? []).map((n) => n.Name);
}
