/**
 * Applying edits on the ET object model, in order, synchronously. Each edit is one or a few calls;
 * fills of consecutive cells of one column with the same colour go in one Range. ET has no
 * transaction: an edit that throws leaves the ones before it applied, and the error says which edit
 * stopped it (the undo journal, src/host/journal.ts, then restores the before-state it read).
 *
 * ET's rules this follows (VBA's, which the ET object model mirrors):
 * - Value2 = "30216" is parsed like typed input (it becomes the number 30216, "=x" a formula), so
 *   text that would be read as something else is written with a leading apostrophe (the prefix
 *   character, Range.PrefixCharacter), unless the cell's NumberFormat is "@" (text), where what is
 *   written stays as written;
 * - Interior.Color takes a BGR integer and makes the fill solid; no fill is Interior.ColorIndex =
 *   xlColorIndexNone (-4142);
 * - a note is a Comment: Range.AddComment(text) on a cell without one, Comment.Delete() to remove;
 *   a changed note is deleted and added again with the new text (Comment.Text(text) inserts rather
 *   than replaces unless Start/Overwrite are right, and a fresh comment has exactly our text);
 * - Insert(xlShiftDown, CopyOrigin) takes formats from the row above (xlFormatFromLeftOrAbove = 0)
 *   or below (xlFormatFromRightOrBelow = 1); any other template row is copied onto the new rows and
 *   their contents and comments cleared;
 * - Worksheet.Delete and Range.Merge ask the user to confirm unless Application.DisplayAlerts is off;
 * - formulas written while Application.Calculation is xlCalculationManual (-4135) are recalculated
 *   (Application.Calculate) so the re-check reads current values.
 */
import type { Edit } from '../core/report';
import type { CellValue } from '../core/snapshot';
import { toA1 } from '../core/address';
import { localize } from '../core/i18n';
import { HostError, localizeWithCause } from '../host/messages';
import { parseFillToken } from '../host/fill-token';
import { needsTextGuard } from '../excel/write';
import { WPS_MESSAGES } from './messages';
import { XL_NONE, hexToBgr } from './colors';
import { cellAt, rangeOf, worksheetAt, worksheetNamed, worksheetNames } from './grid';

const XL_SHIFT_DOWN = -4121;
const XL_SHIFT_UP = -4162;
const XL_FORMAT_FROM_ABOVE = 0;
const XL_FORMAT_FROM_BELOW = 1;
const XL_CALCULATION_MANUAL = -4135;

/** What the write did besides the edits, for the caller. */
export interface WriteOutcome {
  recalculated: boolean;
}

export function applyEditsTo(app: Et.Application, wb: Et.Workbook, edits: Edit[]): WriteOutcome {
  let names = worksheetNames(wb);
  const sheet = (name: string): Et.Worksheet => worksheetNamed(wb, name, names);
  const alerts = app.DisplayAlerts;
  const screen = app.ScreenUpdating;
  app.DisplayAlerts = false;
  app.ScreenUpdating = false;
  let done = 0;
  try {
    const groups = fillGroups(edits);
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i];
      const group = groups.get(i);
      if (e.kind === 'fill' && group === undefined) {
        done++; // written with the first cell of its run
        continue;
      }
      try {
        if (group) applyFill(rangeOf(sheet(e.sheet), group.range), group.color);
        else applyOne(wb, sheet, e);
      } catch (error) {
        throw interrupted(edits, i, done, error);
      }
      if (e.kind === 'addSheet' || e.kind === 'deleteSheet') names = worksheetNames(wb);
      done++;
    }
    if (edits.some((e) => e.kind === 'formula') && app.Calculation === XL_CALCULATION_MANUAL) {
      app.Calculate();
      return { recalculated: true };
    }
    return { recalculated: false };
  } finally {
    app.ScreenUpdating = screen;
    app.DisplayAlerts = alerts;
  }
}

function interrupted(edits: Edit[], at: number, before: number, error: unknown): HostError {
  const e = edits[at];
  const cell = 'row' in e && 'col' in e ? toA1(e.row, e.col) : 'row' in e ? `${e.row + 1}` : '';
  return new HostError(localizeWithCause(WPS_MESSAGES.writeInterrupted, { done: at + 1, before, sheet: e.sheet, cell }, error), error);
}

function applyOne(wb: Et.Workbook, sheet: (name: string) => Et.Worksheet, e: Edit): void {
  switch (e.kind) {
    case 'value':
      return writeValue(cellAt(sheet(e.sheet), e.row, e.col), e.value);
    case 'formula':
      cellAt(sheet(e.sheet), e.row, e.col).Formula = e.formula;
      return;
    case 'note':
      return writeNote(cellAt(sheet(e.sheet), e.row, e.col), e.text);
    case 'fill':
      return applyFill(cellAt(sheet(e.sheet), e.row, e.col), e.color);
    case 'merge':
      rangeOf(sheet(e.sheet), e.range).Merge(false);
      return;
    case 'unmerge':
      rangeOf(sheet(e.sheet), e.range).UnMerge();
      return;
    case 'insertRows':
      return insertRows(sheet(e.sheet), e.row, e.count, e.formatFrom);
    case 'deleteRows':
      rowsOf(sheet(e.sheet), e.row, e.count).Delete(XL_SHIFT_UP);
      return;
    case 'addSheet': {
      const active = wb.ActiveSheet;
      const added = wb.Worksheets.Add(undefined, worksheetAt(wb, wb.Worksheets.Count));
      added.Name = e.sheet;
      // Worksheets.Add activates the new sheet; the user stays where they were.
      active.Activate();
      return;
    }
    case 'deleteSheet':
      sheet(e.sheet).Delete();
      return;
  }
}

/** Writes a constant so the cell ends up holding exactly `value` (see the header on text). */
export function writeValue(cell: Et.Range, value: CellValue): void {
  if (value === null) {
    cell.ClearContents();
    return;
  }
  if (typeof value === 'string' && cell.NumberFormat !== '@' && needsTextGuard(value)) {
    cell.Value2 = `'${value}`;
    return;
  }
  cell.Value2 = value as string;
}

function writeNote(cell: Et.Range, text: string | null): void {
  const existing = cell.Comment as Et.Comment | null | undefined;
  if (existing) existing.Delete();
  if (text !== null) cell.AddComment(text);
}

/** A fill token on a Range: '#RRGGBB', null (no fill) or a pattern token (fill-token.ts). */
function applyFill(range: Et.Range, token: string | null): void {
  const interior = range.Interior;
  if (token === null) {
    interior.ColorIndex = XL_NONE;
    return;
  }
  const pattern = parseFillToken(token);
  if (!pattern) {
    interior.Color = colour(token);
    return;
  }
  if (pattern.color) interior.Color = colour(pattern.color);
  else interior.ColorIndex = XL_NONE;
  interior.Pattern = Number(pattern.pattern);
  if (pattern.patternColor) interior.PatternColor = colour(pattern.patternColor);
}

function colour(hex: string): number {
  const bgr = hexToBgr(hex);
  if (bgr === null) throw new HostError(localize(WPS_MESSAGES.notAColour, { color: hex }));
  return bgr;
}

function rowsOf(ws: Et.Worksheet, row: number, count: number): Et.Range {
  return ws.Range(`A${row + 1}:A${row + count}`).EntireRow;
}

function insertRows(ws: Et.Worksheet, row: number, count: number, formatFrom?: number): void {
  // formatFrom counts rows of the sheet before the insertion (as in the other hosts).
  const origin = formatFrom === row ? XL_FORMAT_FROM_BELOW : XL_FORMAT_FROM_ABOVE;
  rowsOf(ws, row, count).Insert(XL_SHIFT_DOWN, origin);
  if (formatFrom === undefined || formatFrom === row || formatFrom === row - 1) return;
  const from = formatFrom > row ? formatFrom + count : formatFrom;
  const inserted = rowsOf(ws, row, count);
  rowsOf(ws, from, 1).Copy(inserted);
  inserted.ClearContents();
  inserted.ClearComments();
}

/**
 * Fill edits merged into runs: consecutive fill edits (no other edit between them) on one column of
 * one sheet, in consecutive rows, with the same colour → one Range. The map is keyed by the index of
 * each run's first edit; the other edits of a run are absent from it.
 */
function fillGroups(edits: Edit[]): Map<number, { range: { top: number; left: number; bottom: number; right: number }; color: string | null }> {
  const out = new Map<number, { range: { top: number; left: number; bottom: number; right: number }; color: string | null }>();
  let last: { index: number; sheet: string; col: number; bottom: number; color: string | null } | null = null;
  edits.forEach((e, i) => {
    if (e.kind !== 'fill') {
      last = null;
      return;
    }
    const color = e.color === null ? null : parseFillToken(e.color) ? e.color : e.color.toUpperCase();
    const run = last as { index: number; sheet: string; col: number; bottom: number; color: string | null } | null;
    if (run && run.sheet === e.sheet && run.col === e.col && run.bottom + 1 === e.row && run.color === color) {
      run.bottom = e.row;
      out.get(run.index)!.range.bottom = e.row;
      return;
    }
    last = { index: i, sheet: e.sheet, col: e.col, bottom: e.row, color };
    out.set(i, { range: { top: e.row, left: e.col, bottom: e.row, right: e.col }, color });
  });
  return out;
}
