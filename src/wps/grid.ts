/**
 * Small helpers over the ET object model shared by reading and writing: sheets by name, 1-based
 * cells, rectangles as Range objects, and the shape of Value2 / Formula answers.
 *
 * ET mirrors VBA here (et-jsapi-declare: `Value2: TypedAny<string | Array<any>>`): a range of
 * several cells answers a 2-D array, rows first, "Range("A1:C3").Value() → [["A","B","C"],…]",
 * while a single cell answers the bare value (kancloud "wps-js-macros" Range.Value(): "单个单元格的值
 * 不是数组对象而是具体的值"). Collections are 1-based (`Worksheets.Item(1)`, `Cells.Item(1, 1)`).
 */
import type { CellRange, CellValue } from '../core/snapshot';
import { rangeToA1 } from '../core/address';
import { HostError } from '../host/messages';
import { localize } from '../core/i18n';
import { WPS_MESSAGES } from './messages';

/** Workbook.Worksheets is declared as Sheets, whose Item answers Worksheet | Sheets. */
export function worksheetAt(wb: Et.Workbook, index: number): Et.Worksheet {
  return wb.Worksheets.Item(index) as Et.Worksheet;
}

export function worksheetNames(wb: Et.Workbook): string[] {
  const n = wb.Worksheets.Count;
  const names: string[] = [];
  for (let i = 1; i <= n; i++) names.push(worksheetAt(wb, i).Name);
  return names;
}

/** The worksheet by name; a missing one is a HostError that says so (Item(name) would throw a bare error). */
export function worksheetNamed(wb: Et.Workbook, name: string, names = worksheetNames(wb)): Et.Worksheet {
  const i = names.indexOf(name);
  if (i < 0) throw new HostError(localize(WPS_MESSAGES.sheetNotFound, { sheet: name }));
  return worksheetAt(wb, i + 1);
}

/**
 * Worksheets by name and their Cells, each asked of the object model once per operation: every
 * member access is a call into WPS, and an operation touches the same sheet many times.
 */
export class SheetCache {
  private names: string[];
  private readonly sheets = new Map<string, { ws: Et.Worksheet; cells: Et.Range }>();
  constructor(private readonly wb: Et.Workbook) {
    this.names = worksheetNames(wb);
  }
  worksheet(name: string): Et.Worksheet {
    return this.entry(name).ws;
  }
  /** One cell, 0-based coordinates → Cells.Item(row + 1, col + 1). */
  cell(name: string, row: number, col: number): Et.Range {
    return this.entry(name).cells.Item(row + 1, col + 1);
  }
  /** After a sheet was added or deleted. */
  refresh(): void {
    this.names = worksheetNames(this.wb);
    this.sheets.clear();
  }
  private entry(name: string): { ws: Et.Worksheet; cells: Et.Range } {
    let e = this.sheets.get(name);
    if (!e) {
      const ws = worksheetNamed(this.wb, name, this.names);
      this.sheets.set(name, (e = { ws, cells: ws.Cells }));
    }
    return e;
  }
}

/** The rectangle (0-based, inclusive) as a Range: ws.Range("B2:D9"). */
export function rangeOf(ws: Et.Worksheet, r: CellRange): Et.Range {
  return ws.Range(rangeToA1(r));
}

/** One cell, 0-based coordinates → Cells.Item(row + 1, col + 1). */
export function cellAt(ws: Et.Worksheet, row: number, col: number): Et.Range {
  return ws.Cells.Item(row + 1, col + 1);
}

/** A Value2 / Formula / NumberFormat answer as rows × cols, whatever shape ET gave. */
export function asGrid(answer: unknown, rows: number, cols: number): unknown[][] {
  if (Array.isArray(answer)) {
    return Array.from({ length: rows }, (_, r) => {
      const row: unknown = answer[r];
      return Array.from({ length: cols }, (_, c) => (Array.isArray(row) ? row[c] : c === 0 ? row : undefined));
    });
  }
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => answer));
}

/** What a cell holds as a CellValue: empty cells read as '' or undefined in ET, both null here. */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** NumberFormat of "General" in either spelling (WPS zh-CN shows G/通用格式) is no format. */
export function toNumberFormat(f: unknown): string | null {
  if (typeof f !== 'string' || f === '' || f === 'General' || f === 'G/通用格式') return null;
  return f;
}
