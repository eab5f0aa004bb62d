/**
 * Applies Edits to a WorkbookSnapshot in memory — pure, for planning step by step and for checking
 * a plan before any host writes it (and in tests). Same semantics as the hosts: insertRows shifts
 * the rows at and below `row` down, a merged area that straddles the insertion point grows, one
 * below it moves; formatFrom (a row before the insertion) lends its number formats.
 * Formulas are kept as text and not re-addressed (the indicator sheets the planner edits hold none
 * that the rules read).
 */
import type { Edit } from '../report';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';

export class SnapshotEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotEditError';
  }
}

export function cloneSheet(s: SheetSnapshot): SheetSnapshot {
  return {
    name: s.name,
    values: s.values.map((r) => (r ? r.slice() : [])),
    ...(s.formulas ? { formulas: s.formulas.map((r) => (r ? r.slice() : [])) } : {}),
    ...(s.numberFormats ? { numberFormats: s.numberFormats.map((r) => (r ? r.slice() : [])) } : {}),
    merges: s.merges.map((m) => ({ ...m })),
  };
}

export function applyEditsToSnapshot(snapshot: WorkbookSnapshot, edits: Edit[]): WorkbookSnapshot {
  const next: WorkbookSnapshot = { sheets: snapshot.sheets.map(cloneSheet) };
  for (const e of edits) applyEdit(next, e);
  return next;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function setCell<T>(grid: T[][], row: number, col: number, v: T, blank: T): void {
  while (grid.length <= row) grid.push([]);
  const r = grid[row] ?? (grid[row] = []);
  while (r.length < col) r.push(blank);
  r[col] = v;
}

/** Applies one edit in place. */
export function applyEdit(wb: WorkbookSnapshot, e: Edit): void {
  if (e.kind === 'addSheet') {
    if (wb.sheets.some((s) => s.name === e.sheet)) throw new SnapshotEditError(`Sheet already exists: ${e.sheet}`);
    wb.sheets.push({ name: e.sheet, values: [], merges: [] });
    return;
  }
  const sheet = wb.sheets.find((s) => s.name === e.sheet);
  if (!sheet) throw new SnapshotEditError(`No sheet named ${e.sheet}`);
  switch (e.kind) {
    case 'deleteSheet':
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      return;
    case 'value':
      setCell<CellValue>(sheet.values, e.row, e.col, e.value, null);
      if (sheet.formulas?.[e.row]?.[e.col]) sheet.formulas[e.row][e.col] = null;
      return;
    case 'formula':
      if (!sheet.formulas) sheet.formulas = [];
      setCell<string | null>(sheet.formulas, e.row, e.col, e.formula, null);
      return;
    case 'fill':
    case 'note':
      return; // not part of a snapshot
    case 'insertRows': {
      if (e.count <= 0) throw new SnapshotEditError(`insertRows needs a positive count, got ${e.count}`);
      const grow = <T>(grid: T[][] | undefined, template: (r: T[] | undefined) => T[]) => {
        if (!grid) return;
        while (grid.length < e.row) grid.push([]);
        const from = e.formatFrom !== undefined ? grid[e.formatFrom] : undefined;
        grid.splice(e.row, 0, ...Array.from({ length: e.count }, () => template(from)));
      };
      grow<CellValue>(sheet.values, () => []);
      grow<string | null>(sheet.formulas, () => []);
      grow<string | null>(sheet.numberFormats, (from) => (from ? from.slice() : []));
      sheet.merges = sheet.merges.map((m) => ({
        ...m,
        top: m.top < e.row ? m.top : m.top + e.count,
        bottom: m.bottom < e.row ? m.bottom : m.bottom + e.count,
      }));
      return;
    }
    case 'deleteRows': {
      if (e.count <= 0) throw new SnapshotEditError(`deleteRows needs a positive count, got ${e.count}`);
      const end = e.row + e.count; // first row kept below
      sheet.values.splice(e.row, e.count);
      sheet.formulas?.splice(e.row, e.count);
      sheet.numberFormats?.splice(e.row, e.count);
      sheet.merges = sheet.merges
        .filter((m) => !(m.top >= e.row && m.bottom < end))
        .map((m) => {
          const move = (r: number) => (r < e.row ? r : r >= end ? r - e.count : e.row);
          return { ...m, top: move(m.top), bottom: m.bottom >= e.row && m.bottom < end ? e.row - 1 : move(m.bottom) };
        });
      return;
    }
    case 'merge':
      if (sheet.merges.some((m) => overlaps(m, e.range))) throw new SnapshotEditError(`Merge overlaps an existing merged area on ${e.sheet}`);
      sheet.merges.push({ ...e.range });
      return;
    case 'unmerge':
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, e.range));
      return;
  }
}
