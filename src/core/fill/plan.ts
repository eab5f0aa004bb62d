/**
 * The insertion planner: chosen rows → Edits, for both 绩效目标表 layouts.
 *
 * Rows go under their 一级/二级 group (a new 二级 or 一级 group is opened where the form has none),
 * after the group's last row, copying that row's formats. Merged 一级/二级 (and side-label) cells
 * are extended explicitly — unmerge before the insertion, merge after — so the result is the same on
 * every host whatever it does with merges when rows are inserted. Only new cells are written, so no
 * non-empty cell is overwritten; rows whose 三级 name the group already has are skipped (idempotent).
 * In a form that has 分值, new rows get none (the total stays valid) and the plan says so.
 */
import Decimal from 'decimal.js';
import { localize, type Localized } from '../i18n';
import type { Edit } from '../report';
import { cellText, cellValue, mergeAt, type CellRange, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { normalizeText } from '../numbers';
import { readIndicatorSheets } from '../indicators/reader';
import type { IndicatorRow, IndicatorSheet, Level1Kind } from '../indicators/model';
import { normalizeUnit } from '../indicators/value';
import { coreName } from '../rules/indicators/similarity';
import { FILL_MESSAGES as M } from '../messages/fill';
import { applyEdit, cloneSheet } from './snapshot-edits';
import { fillIn, rowsInGroup } from './generate';
import type { FillGroup, FillPlan, FillRow, SkippedRow } from './model';

export interface PlanOptions {
  /** Which form to fill: index into the workbook's indicator forms (default 0). */
  tableIndex?: number;
}

const squash = (s: string) => normalizeText(s).replace(/[\s\u3000]+/g, '');

function isCostGroup(g: FillGroup): boolean {
  return g.level1 === 'cost' || g.level2 === 'cost' || g.level2 === 'economicCost' || g.level2 === 'socialCost' || g.level2 === 'ecologicalCost';
}

// ——— what a row's cells hold ———

/** "95" → 95; "2026年12月31日", "合规" stay text. */
function valueCell(value: string): CellValue {
  const t = value.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** The 指标值 text of the local 4-column layout: comparator, number and unit in one cell ("≥95%"). */
export function localValueText(r: FillRow): string {
  if (r.nature === '定性') return r.value;
  const isDate = /年|月|日/.test(r.value);
  const symbol = r.nature;
  if (isDate) return `${symbol}${r.value}`;
  return `${symbol}${r.value}${/^-?\d+(\.\d+)?$/.test(r.value.trim()) ? r.unit : ''}`;
}

function scoringText(r: FillRow): string {
  return fillIn(r.scoring, { value: r.value, unit: r.unit });
}

// ——— skip decisions ———

/** Why `r` should not go into `table`, or null. */
function skipReason(r: FillRow, table: IndicatorSheet, chosen: FillRow[]): Localized | null {
  if (!r.value.trim()) return localize(M.skipNoValue, { name: r.name });
  const group = rowsInGroup(table, r.group);
  const same = group.find((x) => squash(x.name) === squash(r.name) || (coreName(x.name) !== '' && coreName(x.name) === coreName(r.name)));
  // A name written anywhere in the form counts too: "skip rows whose 三级 name already exists".
  const anywhere = same ?? table.rows.find((x) => squash(x.name) === squash(r.name));
  if (anywhere) return localize(M.skipExists, { other: anywhere.name, row: anywhere.row + 1 });
  if (r.group.level2 === 'quantity' && /^\d+(\.\d+)?$/.test(r.value.trim())) {
    const n = new Decimal(r.value.trim());
    const twin = group.find((x) => x.value.number && x.value.number.eq(n) && normalizeUnit(x.unit) === normalizeUnit(r.unit));
    if (twin) return localize(M.skipSameTarget, { row: twin.row + 1, other: twin.name, value: `${r.value}${r.unit}` });
  }
  if (chosen.some((c) => c !== r && c.group.level2 === r.group.level2 && squash(c.name) === squash(r.name) && chosen.indexOf(c) < chosen.indexOf(r))) {
    return localize(M.skipExists, { other: r.name, row: '—' });
  }
  return null;
}

// ——— where a group's rows go ———

interface Target {
  /** First new row (0-based, before insertion). */
  at: number;
  /** Row whose formats the new rows copy. */
  formatFrom: number;
  /** 一级 label to write in the first new row (new 一级 group), else null. */
  newLevel1: string | null;
  /** 二级 label to write in the first new row (new 二级 group), else null. */
  newLevel2: string | null;
  /** Existing label cells whose merge must grow over the new rows. */
  extend: { row: number; col: number }[];
  /** Labels written on every row (seed 003 style) instead of merged. */
  repeat: { level1: string; level2: string } | null;
}

/** Bottom row of the area a label cell covers (its merge), or the cell's own row. */
function bottomOf(sheet: SheetSnapshot, row: number, col: number): number {
  return mergeAt(sheet, row, col)?.bottom ?? row;
}

function lastRowOf(sheet: SheetSnapshot, table: IndicatorSheet, rows: IndicatorRow[], labelCol: number | undefined): number {
  let last = Math.max(...rows.map((r) => r.row));
  if (labelCol !== undefined) for (const r of rows) last = Math.max(last, bottomOf(sheet, r.row, labelCol));
  return Math.min(last, Math.max(table.lastRow, last));
}

/** 一级 spellings: the 2021 form's, or the local one (项目完成 / 项目效益) when the form uses it. */
function level1Text(table: IndicatorSheet, kind: Level1Kind): string {
  const local = table.layout === 'local' || table.rows.some((r) => r.level1 && /项目完成|项目效益/.test(r.level1.text));
  switch (kind) {
    case 'output':
      return local ? '项目完成' : '产出指标';
    case 'benefit':
      return local ? '项目效益' : '效益指标';
    case 'satisfaction':
      return '满意度指标';
    case 'cost':
      return '成本指标';
  }
}

function level2Text(table: IndicatorSheet, r: FillRow): string {
  const local = table.layout === 'local';
  if (r.group.level2 === 'satisfaction') return local ? '满意度指标' : r.level2Text || '服务对象满意度指标';
  return r.level2Text;
}

/** Does the form write the same 一级/二级 on every row of a group rather than merging (seed 003 style)? */
function repeatsLabels(sheet: SheetSnapshot, rows: IndicatorRow[], col: number | undefined): boolean {
  if (col === undefined || rows.length < 2) return false;
  const own = (r: IndicatorRow) => (mergeAt(sheet, r.row, col) ? '' : squash(cellText(cellValue(sheet, r.row, col))));
  const first = own(rows[0]);
  return first !== '' && rows.slice(1).every((r) => own(r) === first);
}

/** Anywhere in the form: two rows in a row writing the same label (so new groups repeat theirs too). */
function formRepeatsLabels(sheet: SheetSnapshot, table: IndicatorSheet, col: number | undefined): boolean {
  return table.rows.some((r, i) => i > 0 && repeatsLabels(sheet, [table.rows[i - 1], r], col));
}

function targetFor(sheet: SheetSnapshot, table: IndicatorSheet, sample: FillRow): Target {
  const c1 = table.columns.level1;
  const c2 = table.columns.level2;
  const group = rowsInGroup(table, sample.group);
  if (group.length > 0) {
    // The last run of rows sharing the last row's 二级 label.
    const lastRow = group[group.length - 1];
    const run = group.filter((r) => r.level2 && lastRow.level2 && r.level2.row === lastRow.level2.row && r.level2.col === lastRow.level2.col);
    const rows = run.length > 0 ? run : [lastRow];
    const last = lastRowOf(sheet, table, rows, c2);
    const repeat = repeatsLabels(sheet, rows, c2) ? { level1: lastRow.level1?.text ?? '', level2: lastRow.level2?.text ?? '' } : null;
    const extend: { row: number; col: number }[] = [];
    if (!repeat) {
      if (lastRow.level2) extend.push({ row: lastRow.level2.row, col: lastRow.level2.col });
      if (lastRow.level1) extend.push({ row: lastRow.level1.row, col: lastRow.level1.col });
    }
    return { at: last + 1, formatFrom: last, newLevel1: null, newLevel2: null, extend, repeat };
  }
  // No such 二级 yet: under its 一级 when the form has it (成本 under 产出 in the local layout).
  const cost = isCostGroup(sample.group);
  const has1 = (k: Level1Kind) => table.rows.filter((r) => r.level1?.kind === k);
  let parentKind: Level1Kind = sample.group.level1;
  let l2 = level2Text(table, sample);
  if (cost) {
    const costLevel1 = has1('cost');
    const local = table.layout === 'local' || table.rows.some((r) => r.level1 && /项目完成/.test(r.level1.text));
    if (costLevel1.length === 0 && local) {
      parentKind = 'output';
      l2 = '成本指标';
    } else parentKind = 'cost';
  }
  const parent = has1(parentKind);
  if (parent.length > 0) {
    const lastParent = parent[parent.length - 1];
    const run = parent.filter((r) => r.level1 && lastParent.level1 && r.level1.row === lastParent.level1.row);
    const last = Math.max(lastRowOf(sheet, table, run, c1), lastRowOf(sheet, table, run, c2));
    const repeat = formRepeatsLabels(sheet, table, c2) ? { level1: lastParent.level1?.text ?? '', level2: l2 } : null;
    const extend = !repeat && lastParent.level1 ? [{ row: lastParent.level1.row, col: lastParent.level1.col }] : [];
    return { at: last + 1, formatFrom: last, newLevel1: null, newLevel2: l2, extend, repeat };
  }
  // A new 一级 at the end of the table.
  const lastData = table.rows.length > 0 ? table.rows[table.rows.length - 1] : null;
  let last = table.lastRow;
  if (lastData) {
    if (c1 !== undefined) last = Math.max(last, bottomOf(sheet, lastData.row, c1));
    if (c2 !== undefined) last = Math.max(last, bottomOf(sheet, lastData.row, c2));
  }
  const repeat = formRepeatsLabels(sheet, table, c2) ? { level1: level1Text(table, parentKind), level2: l2 } : null;
  return { at: last + 1, formatFrom: last, newLevel1: level1Text(table, parentKind), newLevel2: l2, extend: [], repeat };
}

// ——— one insertion step ———

interface StepResult {
  edits: Edit[];
  at: number;
  count: number;
}

/** Inserts `rows` (one group) into `table` on the working sheet: edits, applied to `work` as well. */
function insertGroup(work: WorkbookSnapshot, table: IndicatorSheet, rows: FillRow[], blankScores: boolean): StepResult {
  const sheet = work.sheets.find((s) => s.name === table.sheet)!;
  const target = targetFor(sheet, table, rows[0]);
  const n = rows.length;
  const p = target.at;
  const name = table.sheet;
  const cols = table.columns;
  const edits: Edit[] = [];

  // Merges to grow: those straddling the insertion point, the group's label merges ending just above
  // it, and side labels (a merged "绩效指标" column) that start at or above the header row.
  const labelCells = target.extend;
  const grow: CellRange[] = [];
  for (const m of sheet.merges) {
    const straddles = m.top < p && m.bottom >= p;
    const endsAbove = m.bottom === p - 1 && (labelCells.some((c) => c.row === m.top && c.col === m.left) || (m.top <= table.headerRow && m.bottom > table.headerRow && m.left === m.right));
    if (straddles || endsAbove) grow.push({ ...m });
  }
  // Single (unmerged) label cells of the group that should now cover the new rows too.
  const newMerges: CellRange[] = [];
  for (const c of labelCells) {
    if (mergeAt(sheet, c.row, c.col)) continue;
    // A one-row group's label now spans the new rows too; a group written with blank cells below its
    // label ("same as above") needs nothing — blank new rows read the same.
    if (c.row === p - 1) newMerges.push({ top: c.row, left: c.col, bottom: p - 1 + n, right: c.col });
  }
  for (const m of grow) edits.push({ kind: 'unmerge', sheet: name, range: { ...m } });
  edits.push({ kind: 'insertRows', sheet: name, row: p, count: n, formatFrom: target.formatFrom });

  const put = (row: number, col: number | undefined, value: CellValue) => {
    if (col === undefined || value === null || value === '') return;
    edits.push({ kind: 'value', sheet: name, row, col, value });
  };
  rows.forEach((r, i) => {
    const row = p + i;
    if (target.repeat) {
      put(row, cols.level1, target.repeat.level1);
      put(row, cols.level2, target.repeat.level2);
    } else if (i === 0) {
      put(row, cols.level1, target.newLevel1);
      put(row, cols.level2, target.newLevel2);
    }
    put(row, cols.level3, r.name);
    if (table.layout === 'local') {
      put(row, cols.value, localValueText(r));
    } else {
      put(row, cols.nature, r.nature);
      put(row, cols.value, valueCell(r.value));
      put(row, cols.unit, r.unit);
      if ((!blankScores || r.scoreFixed) && r.score !== null) put(row, cols.score, r.score);
      put(row, cols.scoring, scoringText(r));
      put(row, cols.basis, r.basis);
    }
  });

  for (const m of grow) edits.push({ kind: 'merge', sheet: name, range: { ...m, bottom: m.bottom + n } });
  for (const m of newMerges) edits.push({ kind: 'merge', sheet: name, range: m });
  if (!target.repeat && n > 1) {
    // A new group's label spans its rows.
    const span = (col: number | undefined, text: string | null) => {
      if (col !== undefined && text) edits.push({ kind: 'merge', sheet: name, range: { top: p, left: col, bottom: p + n - 1, right: col } });
    };
    span(cols.level1, target.newLevel1);
    span(cols.level2, target.newLevel2);
  }
  for (const e of edits) applyEdit(work, e);
  return { edits, at: p, count: n };
}

/** Group key: where rows go together (cost rows share one group whatever their 二级 spelling). */
function batchKey(r: FillRow): string {
  return isCostGroup(r.group) ? 'cost' : `${r.group.level1}/${r.group.level2}`;
}

/**
 * Plans the insertion of the chosen (selected) rows into the workbook's indicator form. The
 * snapshot is not changed. Without any indicator form, see planNewSheet (fill.ts picks).
 */
export function planInsertion(snapshot: WorkbookSnapshot, rows: FillRow[], options: PlanOptions = {}): FillPlan {
  const tables = readIndicatorSheets(snapshot);
  const index = options.tableIndex ?? 0;
  const table = tables[index];
  if (!table) throw new Error(`No indicator form #${index} in the workbook`);
  const chosen = rows.filter((r) => r.selected);
  const skipped: SkippedRow[] = [];
  const accepted: FillRow[] = [];
  for (const r of chosen) {
    const reason = skipReason(r, table, chosen);
    if (reason) skipped.push({ row: r, reason });
    else accepted.push(r);
  }
  const notes: Localized[] = [];
  const existingScores = table.rows.filter((r) => r.score);
  const blankScores = existingScores.length > 0 || table.columns.score === undefined;
  const blankCount = accepted.filter((r) => !(r.scoreFixed && r.score !== null)).length;
  if (existingScores.length > 0 && blankCount > 0) {
    const total = existingScores.reduce((a, r) => a.plus(r.score!.value), new Decimal(0));
    notes.push(localize(M.scoresLeftBlank, { total: total.toFixed(), count: blankCount }));
  }

  // Work on a copy of the form's sheet; re-read the form after each group so positions stay right.
  const work: WorkbookSnapshot = { sheets: snapshot.sheets.map((s) => (s.name === table.sheet ? cloneSheet(s) : s)) };
  const sameSheetBefore = tables.filter((t) => t.sheet === table.sheet).indexOf(table);
  const edits: Edit[] = [];
  const inserted: { row: FillRow; at: number }[] = [];
  const batches = new Map<string, FillRow[]>();
  for (const r of accepted) batches.set(batchKey(r), [...(batches.get(batchKey(r)) ?? []), r]);
  for (const batch of batches.values()) {
    const current = readIndicatorSheets(work).filter((t) => t.sheet === table.sheet)[sameSheetBefore];
    const step = insertGroup(work, current, batch, blankScores);
    for (const x of inserted) if (x.at >= step.at) x.at += step.count;
    batch.forEach((r, i) => inserted.push({ row: r, at: step.at + i }));
    edits.push(...step.edits);
  }
  if (accepted.length === 0) notes.push(M.nothingToInsert);
  return { sheet: table.sheet, createsSheet: false, edits, inserted, skipped, notes, nameCol: table.columns.level3 ?? 0 };
}

export { valueCell };
