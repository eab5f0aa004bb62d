/**
 * Row shifts as Excel performs them when rows are inserted or deleted, for the ExcelJS writer:
 * formulas (A1 references, optionally sheet-qualified) and rectangles (merged areas).
 * Pure string/number work, no ExcelJS.
 */
import type { CellRange } from '../core/snapshot';

/** Rows inserted (count > 0) or deleted (count < 0) at 0-based `atRow` of `sheet`. */
export interface RowShift {
  sheet: string;
  atRow: number;
  count: number;
}

/** The new 0-based row of `row`, or -1 when the row was deleted. */
export function movedRow(row: number, shift: RowShift): number {
  const { atRow, count } = shift;
  if (row < atRow) return row;
  if (count > 0) return row + count;
  const deletedEnd = atRow - count; // first row after the deleted block
  return row < deletedEnd ? -1 : row + count;
}

/**
 * A rectangle after the shift, or null when all its rows were deleted. Inserting inside a
 * rectangle (not above its first row) stretches it; deleting part of it shrinks it.
 */
export function shiftedRange(range: CellRange, shift: RowShift): CellRange | null {
  const { atRow, count } = shift;
  if (count > 0) {
    const top = range.top >= atRow ? range.top + count : range.top;
    const bottom = range.bottom >= atRow ? range.bottom + count : range.bottom;
    return { ...range, top, bottom };
  }
  const deletedEnd = atRow - count;
  if (range.top >= atRow && range.bottom < deletedEnd) return null;
  const top = range.top < atRow ? range.top : range.top < deletedEnd ? atRow : range.top + count;
  const bottom = range.bottom < atRow ? range.bottom : range.bottom < deletedEnd ? atRow - 1 : range.bottom + count;
  return { ...range, top, bottom };
}

const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})`;
/** Optional sheet prefix ('My Sheet'! or Sheet1!), then a cell or a cell range. */
const REFERENCE = new RegExp(String.raw`(?:('(?:[^']|'')+'|[^\s'!(),:;=+\-*/^&<>"{}]+)!)?${CELL}(?::${CELL})?(?![A-Za-z0-9_(!.])`, 'g');
/** Whole-row references such as 5:7 or $5:$7 (possibly sheet-qualified). */
const ROW_RANGE = new RegExp(String.raw`(?:('(?:[^']|'')+'|[^\s'!(),:;=+\-*/^&<>"{}]+)!)?(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_(!.:])`, 'g');

function sheetNameOf(prefix: string | undefined): string | undefined {
  if (prefix === undefined) return undefined;
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

/**
 * Rewrites the row references of a formula that lives on sheet `formulaSheet` after `shift`.
 * References into deleted rows become #REF!; ranges stretch or shrink as in Excel. Text inside
 * string literals ("A1") is left alone. The formula may or may not start with '='.
 */
export function shiftFormulaRows(formula: string, formulaSheet: string, shift: RowShift): string {
  // Split on string literals so that "B5" in text is never rewritten.
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : shiftPart(part, formulaSheet, shift))).join('');
}

function targets(prefix: string | undefined, formulaSheet: string, shift: RowShift): boolean {
  const named = sheetNameOf(prefix);
  return (named ?? formulaSheet) === shift.sheet;
}

function shiftPart(text: string, formulaSheet: string, shift: RowShift): string {
  const cellsDone = text.replace(REFERENCE, (whole: string, ...m: unknown[]) => {
    const offset = m[9] as number;
    const before = text[offset - 1];
    if (before && /[A-Za-z0-9_.$]/.test(before)) return whole; // inside a name (LOG10, _xlfn.X)
    const [prefix, d1, c1, e1, r1, d2, c2, e2, r2] = m as (string | undefined)[];
    if (!targets(prefix, formulaSheet, shift)) return whole;
    const head = prefix ? `${prefix}!` : '';
    const top = Number(r1) - 1;
    if (r2 === undefined) {
      const row = movedRow(top, shift);
      return row < 0 ? '#REF!' : `${head}${d1}${c1}${e1}${row + 1}`;
    }
    const range = shiftedRange({ top: Math.min(top, Number(r2) - 1), bottom: Math.max(top, Number(r2) - 1), left: 0, right: 0 }, shift);
    if (!range) return '#REF!';
    return `${head}${d1}${c1}${e1}${range.top + 1}:${d2}${c2}${e2}${range.bottom + 1}`;
  });
  return cellsDone.replace(ROW_RANGE, (whole: string, ...m: unknown[]) => {
    const offset = m[5] as number;
    const before = cellsDone[offset - 1];
    if (before && /[A-Za-z0-9_.$:]/.test(before)) return whole;
    const [prefix, d1, r1, d2, r2] = m as (string | undefined)[];
    if (!targets(prefix, formulaSheet, shift)) return whole;
    const range = shiftedRange({ top: Number(r1) - 1, bottom: Number(r2) - 1, left: 0, right: 0 }, shift);
    if (!range) return '#REF!';
    return `${prefix ? `${prefix}!` : ''}${d1}${range.top + 1}:${d2}${range.bottom + 1}`;
  });
}
