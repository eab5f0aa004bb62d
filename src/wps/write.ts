/**
 * Applying edits on the ET object model, in order, synchronously. Each edit is one or a few calls.
 * Fills are gathered between structural edits (inserted or deleted rows, added or deleted sheets):
 * the last colour per cell wins, and consecutive cells of one column with the same colour go in one
 * Range, written after the segment's other edits (a fill does not depend on a value or a note).
 * ET has no transaction: an edit that throws leaves the ones before it applied (the undo journal,
 * src/host/journal.ts, then restores the before-state it read and says which cells to check).
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
import { localize } from '../core/i18n';
import { HostError } from '../host/messages';
import { wpsReported } from './errors';
import { parseFillToken } from '../host/fill-token';
import { needsTextGuard } from '../excel/write';
import { WPS_MESSAGES } from './messages';
import { XL_NONE, XL_PATTERN_SOLID, hexToBgr, xlPatternOf } from './colors';
import { SheetCache, rangeOf, worksheetAt } from './grid';
import { fillRuns, isStructural } from '../host/edit-batches';

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
  const sheets = new SheetCache(wb);
  const alerts = app.DisplayAlerts;
  const screen = app.ScreenUpdating;
  app.DisplayAlerts = false;
  app.ScreenUpdating = false;
  try {
    let i = 0;
    while (i < edits.length) {
      // A segment: the edits up to the next structural one (rows or sheets move there).
      let end = i;
      while (end < edits.length && !isStructural(edits[end])) end++;
      const segment = edits.slice(i, end);
      const fills = new Map<string, Map<string, { row: number; col: number; color: string | null }>>();
      for (const e of segment) {
        if (e.kind === 'fill') {
          let perSheet = fills.get(e.sheet);
          if (!perSheet) fills.set(e.sheet, (perSheet = new Map()));
          perSheet.set(`${e.row},${e.col}`, { row: e.row, col: e.col, color: e.color }); // the last colour per cell wins
        } else step(() => applyOne(wb, sheets, e));
      }
      for (const [name, perSheet] of fills) for (const run of fillRuns([...perSheet.values()])) step(() => applyFill(rangeOf(sheets.worksheet(name), run.range), run.color));
      if (end < edits.length) {
        const e = edits[end];
        step(() => applyOne(wb, sheets, e));
        if (e.kind === 'addSheet' || e.kind === 'deleteSheet') sheets.refresh();
      }
      i = end + 1;
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

function applyOne(wb: Et.Workbook, sheets: SheetCache, e: Edit): void {
  const sheet = (name: string): Et.Worksheet => sheets.worksheet(name);
  switch (e.kind) {
    case 'value':
      return writeValue(sheets.cell(e.sheet, e.row, e.col), e.value);
    case 'formula':
      sheets.cell(e.sheet, e.row, e.col).Formula = e.formula;
      return;
    case 'note':
      return writeNote(sheets.cell(e.sheet, e.row, e.col), e.text);
    case 'fill':
      return applyFill(sheets.cell(e.sheet, e.row, e.col), e.color);
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
    // A solid colour replaces a pattern too: setting Color alone keeps the pattern (VBA Interior).
    interior.Pattern = XL_PATTERN_SOLID;
    interior.Color = colour(token);
    return;
  }
  const xlPattern = xlPatternOf(pattern.pattern);
  if (xlPattern === null) throw new HostError(localize(WPS_MESSAGES.notAColour, { color: token }));
  if (pattern.color) interior.Color = colour(pattern.color);
  else interior.ColorIndex = XL_NONE;
  interior.Pattern = xlPattern;
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

/** Runs one object-model step; what it throws is reported as WPS's error. */
function step(f: () => void): void {
  try {
    f();
  } catch (error) {
    throw wpsReported(error);
  }
}
