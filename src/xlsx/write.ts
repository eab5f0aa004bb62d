/**
 * The ExcelJS writer: applies the core's Edits to a workbook in memory, and writes a workbook to
 * disk without ever overwriting an input (temporary file in the same folder, then rename).
 *
 * ExcelJS quirks handled here (verified against exceljs 4.4):
 * - cells loaded from a file share style objects, so a fill is set on a copy of the cell's style;
 * - worksheet.spliceRows moves values and styles but neither notes nor merged areas (its _merges
 *   index keeps the old anchors), and it corrupts shared formulas (their master moves away).
 *   Row insertion/deletion therefore unshares formulas, lifts merges and notes, splices, then
 *   puts merges and notes back at their shifted places and rewrites every formula that refers to
 *   the sheet, the way Excel does (ranges stretch and shrink, references to deleted rows → #REF!).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import ExcelJS from 'exceljs';
import type { Edit } from '../core/report';
import type { CellRange, CellValue } from '../core/snapshot';
import { toA1 } from '../core/address';
import { localize, localizeWith, type Localized } from '../core/i18n';
import { ioErrorInWords } from './io-words';
import { movedRow, shiftedRange, shiftFormulaRows, type RowShift } from './shift-rows';
import { WRITE_MESSAGES } from './write-messages';

/** A refused or failed write or edit, with a message for people in both languages. */
export class XlsxWriteError extends Error {
  constructor(
    readonly localized: Localized,
    readonly cause?: unknown,
  ) {
    super(localized['en-US']);
    this.name = 'XlsxWriteError';
  }
}

/** Applies the edits in order. Throws XlsxWriteError on the first edit that cannot be applied. */
export function applyEdits(workbook: ExcelJS.Workbook, edits: Edit[]): void {
  let formulasChanged = false;
  for (const e of edits) {
    applyEdit(workbook, e);
    if (e.kind === 'formula' || e.kind === 'insertRows' || e.kind === 'deleteRows') formulasChanged = true;
  }
  // Formulas written without a cached result (or moved): let Excel recompute when it opens the file.
  if (formulasChanged) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function applyEdit(wb: ExcelJS.Workbook, e: Edit): void {
  switch (e.kind) {
    case 'addSheet':
      if (wb.getWorksheet(e.sheet)) throw new XlsxWriteError(localize(WRITE_MESSAGES.sheetExists, { sheet: e.sheet }));
      wb.addWorksheet(e.sheet);
      return;
    case 'deleteSheet':
      wb.removeWorksheet(worksheet(wb, e.sheet).id);
      return;
    case 'value':
      setValue(cellAt(wb, e.sheet, e.row, e.col), e.value);
      return;
    case 'formula': {
      if (!e.formula.startsWith('=')) throw new XlsxWriteError(localize(WRITE_MESSAGES.notAFormula, { formula: e.formula, cell: toA1(e.row, e.col) }));
      // No cached result: we cannot compute one here, and a stale one would be a lie.
      cellAt(wb, e.sheet, e.row, e.col).value = { formula: e.formula.slice(1) } as ExcelJS.CellFormulaValue;
      return;
    }
    case 'fill': {
      const cell = cellAt(wb, e.sheet, e.row, e.col);
      // Copy the style: cells read from a file share one style object per style id.
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      if (e.color === null) delete style.fill;
      else style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(e.color) } };
      cell.style = style;
      return;
    }
    case 'note': {
      const cell = cellAt(wb, e.sheet, e.row, e.col);
      if (e.text === null) removeNote(cell);
      else cell.note = e.text;
      return;
    }
    case 'merge': {
      const ws = worksheet(wb, e.sheet);
      checkRange(e.range);
      if (mergesOf(ws).some((m) => overlaps(m, e.range))) {
        throw new XlsxWriteError(localize(WRITE_MESSAGES.mergeOverlaps, { sheet: e.sheet, range: rangeText(e.range) }));
      }
      ws.mergeCells(e.range.top + 1, e.range.left + 1, e.range.bottom + 1, e.range.right + 1);
      return;
    }
    case 'unmerge': {
      const ws = worksheet(wb, e.sheet);
      checkRange(e.range);
      for (const m of mergesOf(ws)) if (overlaps(m, e.range)) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      return;
    }
    case 'insertRows': {
      checkCount(e.count, e.kind);
      checkRow(e.row);
      if (e.formatFrom !== undefined) checkRow(e.formatFrom);
      shiftRows(wb, worksheet(wb, e.sheet), { sheet: e.sheet, atRow: e.row, count: e.count }, e.formatFrom);
      return;
    }
    case 'deleteRows':
      checkCount(e.count, e.kind);
      checkRow(e.row);
      shiftRows(wb, worksheet(wb, e.sheet), { sheet: e.sheet, atRow: e.row, count: -e.count });
      return;
    default: {
      const never: never = e;
      throw new XlsxWriteError(localize(WRITE_MESSAGES.unknownEdit, { kind: String((never as { kind?: unknown }).kind) }));
    }
  }
}

function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new XlsxWriteError(localize(WRITE_MESSAGES.noSheet, { sheet: name }));
  return ws;
}

function cellAt(wb: ExcelJS.Workbook, sheet: string, row: number, col: number): ExcelJS.Cell {
  checkRow(row);
  if (!Number.isInteger(col) || col < 0 || col >= 16384) throw new XlsxWriteError(localize(WRITE_MESSAGES.badPosition, { row, col }));
  return worksheet(wb, sheet).getCell(row + 1, col + 1);
}

function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= 1048576) throw new XlsxWriteError(localize(WRITE_MESSAGES.badPosition, { row, col: 0 }));
}

function checkCount(count: number, kind: string): void {
  if (!Number.isInteger(count) || count <= 0) throw new XlsxWriteError(localize(WRITE_MESSAGES.badCount, { kind, count }));
}

function checkRange(r: CellRange): void {
  for (const n of [r.top, r.left, r.bottom, r.right]) if (!Number.isInteger(n) || n < 0) throw new XlsxWriteError(localize(WRITE_MESSAGES.badRange, { range: JSON.stringify(r) }));
  if (r.bottom < r.top || r.right < r.left) throw new XlsxWriteError(localize(WRITE_MESSAGES.badRange, { range: JSON.stringify(r) }));
}

function setValue(cell: ExcelJS.Cell, value: CellValue): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new XlsxWriteError(localize(WRITE_MESSAGES.badNumber, { cell: cell.address, value: String(value) }));
  }
  cell.value = value;
}

function removeNote(cell: ExcelJS.Cell): void {
  // ExcelJS has no public way to remove a note. The note lives in _comment, and a cell loaded
  // from a file also keeps a copy in its value's model, which the writer prefers.
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internal._comment = undefined;
  if (internal._value?.model && 'comment' in internal._value.model) delete internal._value.model.comment;
}

/** '#FFC7CE', 'FFC7CE', '#80FFC7CE' → ExcelJS ARGB 'FFFFC7CE'. */
export function argbOf(color: string): string {
  const hex = color.trim().replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new XlsxWriteError(localize(WRITE_MESSAGES.badColor, { color }));
}

/** Merged areas of a worksheet, 0-based. */
export function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const byAnchor = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> })._merges;
  const out: CellRange[] = [];
  for (const m of Object.values(byAnchor ?? {})) if (m) out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  return out;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function rangeText(r: CellRange): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

// ——— row insertion and deletion ———

interface LiftedNote {
  row: number;
  col: number;
  note: ExcelJS.Comment | string;
}

function shiftRows(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, shift: RowShift, formatFrom?: number): void {
  unshareFormulas(wb);
  // Lift merged areas: unmerge, splice, merge again where they moved to.
  const merges = mergesOf(ws);
  for (const m of merges) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // Lift notes at or below the shift (spliceRows does not move them).
  const notes: LiftedNote[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber - 1 < shift.atRow) return;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const comment = (cell as unknown as { _comment?: { note: ExcelJS.Comment | string } })._comment;
      if (comment) {
        notes.push({ row: rowNumber - 1, col: colNumber - 1, note: comment.note });
        removeNote(cell);
      }
    });
  });
  // Style of the template row, taken before anything moves (formatFrom counts rows before the insertion).
  const template = formatFrom !== undefined ? rowStyleOf(ws, formatFrom) : null;

  if (shift.count > 0) ws.spliceRows(shift.atRow + 1, 0, ...Array.from({ length: shift.count }, () => []));
  else ws.spliceRows(shift.atRow + 1, -shift.count);

  if (template) {
    for (let r = shift.atRow; r < shift.atRow + shift.count; r++) applyRowStyle(ws, r, template);
  }
  for (const n of notes) {
    const row = movedRow(n.row, shift);
    if (row >= 0) ws.getCell(row + 1, n.col + 1).note = n.note;
  }
  for (const m of merges) {
    const moved = shiftedRange(m, shift);
    if (moved && (moved.bottom > moved.top || moved.right > moved.left)) {
      ws.mergeCellsWithoutStyle(moved.top + 1, moved.left + 1, moved.bottom + 1, moved.right + 1);
    }
  }
  // Formulas on every sheet that point at the shifted sheet.
  for (const sheet of wb.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (!v || typeof v !== 'object' || !('formula' in v) || typeof v.formula !== 'string') return;
        const shifted = shiftFormulaRows(v.formula, sheet.name, shift);
        if (shifted !== v.formula) cell.value = { ...v, formula: shifted };
      });
    });
  }
  // Defined names are shifted by ExcelJS's spliceRows itself.
}

/** Shared formulas become ordinary ones, each with its own translated text and cached result. */
function unshareFormulas(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (!v || typeof v !== 'object') return;
        const o = v as { formula?: string; sharedFormula?: string; shareType?: string; ref?: string; result?: unknown };
        if (o.sharedFormula !== undefined || o.shareType === 'shared') {
          const formula = cell.formula; // ExcelJS translates the master's formula to this cell
          const next: { formula: string; result?: unknown } = { formula };
          if (o.result !== undefined) next.result = o.result;
          cell.value = next as ExcelJS.CellFormulaValue;
        }
      });
    });
  }
}

interface RowStyle {
  height: number | undefined;
  cells: Map<number, Partial<ExcelJS.Style>>;
}

function rowStyleOf(ws: ExcelJS.Worksheet, row: number): RowStyle {
  const r = ws.getRow(row + 1);
  const cells = new Map<number, Partial<ExcelJS.Style>>();
  r.eachCell({ includeEmpty: true }, (cell, colNumber) => {
    cells.set(colNumber, structuredClone(cell.style ?? {}));
  });
  return { height: r.height, cells };
}

function applyRowStyle(ws: ExcelJS.Worksheet, row: number, style: RowStyle): void {
  const r = ws.getRow(row + 1);
  if (style.height !== undefined) r.height = style.height;
  for (const [col, s] of style.cells) r.getCell(col).style = structuredClone(s);
}

// ——— writing ———

export interface WriteOptions {
  /** Files the run reads: the output may never be one of them. */
  inputs?: readonly string[];
}

/**
 * Writes the workbook to `outPath` through a temporary file in the same folder, renamed into place,
 * so a reader never sees half a file and a failed write leaves any previous file intact.
 * Refuses (XlsxWriteError) an output that is one of the inputs, even through a link or another spelling.
 */
export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, outPath: string, options: WriteOptions = {}): Promise<void> {
  await writeAtomically(outPath, options, (tmp) => workbook.xlsx.writeFile(tmp));
}

/** The same for bytes already made (a patched package). */
export async function writeBufferAtomically(data: Buffer, outPath: string, options: WriteOptions = {}): Promise<void> {
  await writeAtomically(outPath, options, (tmp) => fs.writeFile(tmp, data));
}

/**
 * Writes through a temporary file: `write(tmp)` makes it, `check(tmp)` (optional) may refuse it
 * by throwing, then it is renamed into place. The temporary file never survives a failure.
 */
export async function writeAtomically(outPath: string, options: WriteOptions, write: (tmp: string) => Promise<void>, check?: (tmp: string) => Promise<void>): Promise<void> {
  await refuseInputAsOutput(outPath, options.inputs ?? []);
  const dir = path.dirname(path.resolve(outPath));
  const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(tmp);
    if (check) {
      try {
        await check(tmp);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
    }
    await fs.rename(tmp, outPath);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof XlsxWriteError) throw e;
    throw new XlsxWriteError(localizeWith(WRITE_MESSAGES.writeFailed, { file: outPath, error: ioErrorInWords(e, 'write') ?? (e instanceof Error ? e.message : String(e)) }), e);
  }
}

/** Throws when `outPath` names the same file as one of `inputs`. */
export async function refuseInputAsOutput(outPath: string, inputs: readonly string[]): Promise<void> {
  const out = await identityOf(outPath);
  for (const input of inputs) {
    const inp = await identityOf(input);
    const sameInode = out.inode !== null && inp.inode !== null && out.inode === inp.inode;
    if (sameInode || out.real === inp.real || (caseInsensitiveFs() && out.real.toLowerCase() === inp.real.toLowerCase())) {
      throw new XlsxWriteError(localize(WRITE_MESSAGES.outputIsInput, { file: outPath, input }));
    }
  }
}

interface FileIdentity {
  /** Resolved real path (links followed); for a file not yet created, its real folder + name. */
  real: string;
  /** 'dev:ino' of an existing file, else null. */
  inode: string | null;
}

async function identityOf(p: string): Promise<FileIdentity> {
  const abs = path.resolve(p);
  try {
    const real = await fs.realpath(abs);
    const st = await fs.stat(real);
    return { real, inode: `${st.dev}:${st.ino}` };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    let dir = path.dirname(abs);
    try {
      dir = await fs.realpath(dir);
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code !== 'ENOENT') throw e2;
    }
    return { real: path.join(dir, path.basename(abs)), inode: null };
  }
}

function caseInsensitiveFs(): boolean {
  return process.platform === 'win32' || process.platform === 'darwin';
}

