/**
 * Finds and reads every 绩效目标表 of a workbook, in both layouts (2021 and local 4-column),
 * including several forms stacked on one sheet. Detection is by content — a header row with
 * 一级/二级/三级指标 — on the sheets named (绩效目标 / 绩效指标 / 申报表) or, failing that, on any sheet.
 */
import {
  cellNumberFormat,
  cellText,
  cellValue,
  columnCount,
  mergeAt,
  rowCount,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../snapshot';
import { Money, type MoneyUnit } from '../money';
import { cellNumber, normalizeText } from '../numbers';
import { level1KindOf, level2KindOf } from './levels';
import type {
  CellPos,
  IndicatorColumnRole,
  IndicatorHeaderBlock,
  IndicatorLayout,
  IndicatorRow,
  IndicatorSheet,
  LevelLabel,
  Level1Kind,
  Level2Kind,
} from './model';
import { comparatorOf, normalizeUnit, parseIndicatorValue } from './value';
import { isTableEndRow } from '../text/table-end';

/** Header text with whitespace, line breaks and brackets normalised: "一级\n指标" → "一级指标". */
function headerKey(text: string): string {
  return normalizeText(text).replace(/[\s\u3000]+/g, '');
}

function roleOfHeader(text: string): IndicatorColumnRole | null {
  const k = headerKey(text);
  if (!k) return null;
  if (/^一级(指标)?$/.test(k)) return 'level1';
  if (/^二级(指标)?$/.test(k)) return 'level2';
  if (/^三级(指标)?(名称)?$/.test(k)) return 'level3';
  if (/^指标(性质|类型|方向)$|^计算符号$|^符号$/.test(k)) return 'nature';
  if (/设定依据|数据来源/.test(k)) return 'basis';
  if (/^(年度)?指标值/.test(k) || /^目标值/.test(k)) return 'value';
  if (/^(度量|计量)单位$|^单位$/.test(k)) return 'unit';
  if (/^(分值|权重|分数|指标分值)/.test(k)) return 'score';
  if (/评\(扣\)分标准|评分标准|扣分标准|评价标准/.test(k)) return 'scoring';
  return null;
}

/** Perf: columnCount scans every row, and headerColumns runs for every row of every sheet. */
const COLUMN_COUNTS = new WeakMap<SheetSnapshot, number>();
function columnCountOnce(sheet: SheetSnapshot): number {
  let n = COLUMN_COUNTS.get(sheet);
  if (n === undefined) COLUMN_COUNTS.set(sheet, (n = columnCount(sheet)));
  return n;
}

/** Columns of a header row, or null when the row is not an indicator header (needs 一级, 二级, 三级 and 指标值). */
function headerColumns(sheet: SheetSnapshot, row: number): Partial<Record<IndicatorColumnRole, number>> | null {
  const cols: Partial<Record<IndicatorColumnRole, number>> = {};
  const n = columnCountOnce(sheet);
  for (let c = 0; c < n; c++) {
    const m = mergeAt(sheet, row, c);
    if (m && m.left !== c) continue; // a merged header counts once, at its left column
    const role = roleOfHeader(cellText(m ? cellValue(sheet, m.top, m.left) : cellValue(sheet, row, c)));
    if (role && cols[role] === undefined) cols[role] = c;
  }
  if (cols.level1 === undefined || cols.level2 === undefined || cols.level3 === undefined) return null;
  if (cols.value === undefined) {
    // Two-row headers: 指标值 may sit in the row above, merged down; else the column right of 三级.
    cols.value = cols.level3 + 1;
  }
  return cols;
}

/**
 * A new form starts with a title ("项目支出绩效目标申报表（2026年度）") or a header-block label cell —
 * the whole cell is the label (项目名称, 预算单位, 主管部门, 项目资金（万元）, 年度资金总额 …), possibly
 * with its value after a colon. An indicator whose name merely starts with such a word (主管部门满意度,
 * 项目资金到位率, 预算单位满意度) is a row of the table, not a new form.
 */
const FORM_TITLE = /(申报表|绩效目标表)(\(?((19|20)\d{2})年度?\)?)?$/;
const BLOCK_LABEL =
  /^(项目名称|项目名|预算单位|预算部门|主管部门|主管部门及代码|实施单位|申报单位|项目资金|项目资金\((万元|元)\)|年度资金总额|资金总额|项目负责人|项目属性|项目期|项目周期|年度绩效目标|总体目标|年度目标|备注)[:：]?(?=$|[:：])/;
/** The label part of a cell ("项目名称：XX" → 项目名称：) must be the whole cell, or end at a colon. */
function isBlockLabel(key: string): boolean {
  const m = BLOCK_LABEL.exec(key);
  if (!m) return false;
  return key.length === m[0].length || /^[:：]/.test(key.slice(m[0].length));
}

function ownText(sheet: SheetSnapshot, row: number, col: number): string {
  const m = mergeAt(sheet, row, col);
  if (m && (m.top !== row || m.left !== col)) return '';
  return cellText(cellValue(sheet, row, col));
}

function rowTexts(sheet: SheetSnapshot, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  const r = sheet.values[row];
  if (!r) return out;
  for (let c = 0; c < r.length; c++) {
    const t = cellText(r[c] ?? null);
    if (t) out.push({ col: c, text: t });
  }
  return out;
}

/**
 * Where the table ends: a note or sign-off row (注：…, 说明：…, 填报人, 审核意见, 盖章 … — text/table-end),
 * a form title, or a header-block label cell outside the value columns (long value texts may mention 年度资金总额).
 */
function isBlockStart(sheet: SheetSnapshot, row: number, dataCols: Set<number>): boolean {
  const texts = rowTexts(sheet, row);
  if (texts.length === 0) return false;
  if (isTableEndRow(texts.map((t) => t.text))) return true;
  return texts.some(({ col, text }) => {
    if (dataCols.has(col) || text.length > 40) return false;
    const k = headerKey(text);
    return FORM_TITLE.test(k) || isBlockLabel(k);
  });
}

const NAME_HINT = /绩效目标|绩效指标|申报表|绩效/;

/** Finds and reads every 绩效目标表: on the sheets named, else every sheet whose content has an indicator header. */
export function readIndicatorSheets(snapshot: WorkbookSnapshot, names?: string[]): IndicatorSheet[] {
  const candidates = names && names.length > 0 ? snapshot.sheets.filter((s) => names.includes(s.name)) : snapshot.sheets;
  // Sheets named like an indicator sheet first, so the detected list reads naturally.
  const ordered = [...candidates].sort((a, b) => Number(NAME_HINT.test(b.name)) - Number(NAME_HINT.test(a.name)));
  const out: IndicatorSheet[] = [];
  for (const sheet of ordered) out.push(...readTables(sheet));
  const order = snapshot.sheets.map((s) => s.name);
  return out.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.headerRow - b.headerRow);
}

/**
 * Perf: the rows that may be an indicator header. A header needs 一级, 二级 and 三级 columns, whose
 * texts all contain '级' (normalizeText never makes one); a row shows its own cells and the top-left
 * cells of merges over it. So a row with no '级' in either is skipped without reading its headers.
 */
function mayBeHeaderRows(sheet: SheetSnapshot, n: number): Uint8Array {
  const may = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.includes('级')) {
        may[r] = 1;
        break;
      }
    }
  }
  for (const m of sheet.merges) {
    const v = cellValue(sheet, m.top, m.left);
    if (typeof v !== 'string' || !v.includes('级')) continue;
    for (let r = Math.max(0, m.top); r <= Math.min(n - 1, m.bottom); r++) may[r] = 1;
  }
  return may;
}

/** All indicator tables of one sheet. */
export function readTables(sheet: SheetSnapshot): IndicatorSheet[] {
  const headers: { row: number; cols: Partial<Record<IndicatorColumnRole, number>> }[] = [];
  const n = rowCount(sheet);
  const may = mayBeHeaderRows(sheet, n);
  for (let r = 0; r < n; r++) {
    if (!may[r]) continue;
    const cols = headerColumns(sheet, r);
    if (cols) headers.push({ row: r, cols });
  }
  const tables: IndicatorSheet[] = [];
  let blockTop = 0;
  headers.forEach((h, i) => {
    const limit = i + 1 < headers.length ? headers[i + 1].row : n;
    const table = readTable(sheet, h.row, h.cols, blockTop, limit);
    tables.push(table);
    blockTop = table.lastRow + 1;
  });
  return tables;
}

/** 2021 layout when the table has 指标性质, 度量单位 or 分值 columns; otherwise the value text carries everything. */
function layoutOf(cols: Partial<Record<IndicatorColumnRole, number>>): IndicatorLayout {
  return cols.nature !== undefined || cols.unit !== undefined || cols.score !== undefined ? '2021' : 'local';
}

function readTable(
  sheet: SheetSnapshot,
  headerRow: number,
  cols: Partial<Record<IndicatorColumnRole, number>>,
  blockTop: number,
  limit: number,
): IndicatorSheet {
  const rows: IndicatorRow[] = [];
  let level1: LevelLabel<Level1Kind> | null = null;
  let level2: LevelLabel<Level2Kind> | null = null;
  let lastRow = headerRow;
  const at = (r: number, c: number | undefined): CellPos | null => (c === undefined ? null : { row: r, col: c });
  const dataCols = new Set([cols.value, cols.scoring, cols.basis].filter((c): c is number => c !== undefined));

  for (let r = headerRow + 1; r < limit; r++) {
    if (isBlockStart(sheet, r, dataCols)) break;
    // 一级 / 二级: a merged cell reads as its top-left; a blank cell means "same as above".
    const l1 = groupLabel(sheet, r, cols.level1);
    const l2 = groupLabel(sheet, r, cols.level2);
    const name = ownText(sheet, r, cols.level3!);
    const valueText = cols.value !== undefined ? ownText(sheet, r, cols.value) : '';
    const natureText = cols.nature !== undefined ? ownText(sheet, r, cols.nature) : '';
    const unitText = cols.unit !== undefined ? ownText(sheet, r, cols.unit) : '';
    const scoreText = cols.score !== undefined ? ownText(sheet, r, cols.score) : '';
    const scoringText = cols.scoring !== undefined ? ownText(sheet, r, cols.scoring) : '';
    const opensGroup = (l1 && l1.row === r) || (l2 && l2.row === r);
    const hasContent = !!(name || valueText || natureText || unitText || scoreText || scoringText);
    if (l1 && l1.row === r) level1 = { ...l1, kind: level1KindOf(l1.text) };
    if (l2 && l2.row === r) {
      level2 = { ...l2, kind: level2KindOf(l2.text) };
    } else if (l1 && l1.row === r && !l2) {
      level2 = null; // a new 一级 with no 二级 of its own yet
    }
    if (!hasContent && !opensGroup) continue;
    lastRow = r;

    const valueCol = cols.value!;
    const value = parseIndicatorValue(
      cols.value !== undefined ? cellValue(sheet, r, valueCol) : null,
      cellNumberFormat(sheet, r, valueCol),
    );
    const natureCell = at(r, cols.nature);
    const nature = natureCell
      ? {
          text: natureText,
          comparator: comparatorOf(natureText),
          qualitative: /定性/.test(natureText),
          cell: natureCell,
        }
      : null;
    const unitCell = at(r, cols.unit);
    const scoreNum = scoreText ? cellNumber(cellValue(sheet, r, cols.score!)) : null;
    const row: IndicatorRow = {
      row: r,
      level1,
      level2,
      name,
      nameCell: { row: r, col: cols.level3! },
      nature,
      value,
      valueCell: { row: r, col: valueCol },
      unitColumn: unitCell ? { text: unitText, cell: unitCell } : null,
      score: scoreNum && cols.score !== undefined ? { value: scoreNum.value, cell: { row: r, col: cols.score } } : null,
      scoring: cols.scoring !== undefined && scoringText ? { text: scoringText, cell: { row: r, col: cols.scoring } } : null,
      comparator: value.comparator ?? nature?.comparator ?? null,
      unit: value.unit || normalizeUnit(unitText),
    };
    rows.push(row);
  }

  const header = readHeaderBlock(sheet, blockTop, headerRow);
  return {
    sheet: sheet.name,
    layout: layoutOf(cols),
    headerRow,
    blockTop,
    lastRow,
    columns: cols,
    header,
    budgetYear: readBudgetYear(sheet, blockTop, headerRow),
    rows,
  };
}

/** The 一级/二级 label covering (row, col): from a merge's top-left, or written in this row; null when blank. */
function groupLabel(sheet: SheetSnapshot, row: number, col: number | undefined): { text: string; row: number; col: number; kind: null } | null {
  if (col === undefined) return null;
  const m = mergeAt(sheet, row, col);
  if (m) {
    const text = cellText(cellValue(sheet, m.top, m.left));
    return text ? { text, row: m.top, col: m.left, kind: null } : null;
  }
  const text = cellText(cellValue(sheet, row, col));
  return text ? { text, row, col, kind: null } : null;
}

// ——— Header block (表头): 项目名称, 预算单位, 项目资金（万元）年度资金总额 / 财政拨款 / 其他资金 ———

/** The first non-empty cell right of (row, col), or the text after a colon in the cell itself. */
function valueRightOf(sheet: SheetSnapshot, row: number, col: number, label: string): { text: string; cell: CellPos; raw: ReturnType<typeof cellValue> } | null {
  const own = normalizeText(label);
  const colon = own.indexOf(':');
  if (colon >= 0 && own.slice(colon + 1).trim()) return { text: own.slice(colon + 1).trim(), cell: { row, col }, raw: own.slice(colon + 1).trim() };
  const n = columnCount(sheet);
  const m = mergeAt(sheet, row, col);
  for (let c = (m ? m.right : col) + 1; c < n; c++) {
    const v = cellValue(sheet, row, c);
    const t = cellText(v);
    if (t) return { text: t, cell: { row, col: c }, raw: v };
  }
  return null;
}

function readHeaderBlock(sheet: SheetSnapshot, top: number, headerRow: number): IndicatorHeaderBlock {
  const block: IndicatorHeaderBlock = { title: null, projectName: null, budgetUnit: null, annualTotal: null, fiscal: null, other: null };
  let unit: MoneyUnit = '万元';
  const moneyAt = (row: number, col: number, label: string) => {
    const found = valueRightOf(sheet, row, col, label);
    if (!found) return null;
    const num = cellNumber(found.raw, cellNumberFormat(sheet, found.cell.row, found.cell.col));
    if (!num) return null;
    const u: MoneyUnit = num.unit === '元' || num.unit === '万元' || num.unit === '千元' || num.unit === '亿元' ? num.unit : unit;
    return { money: Money.of(num.value, u, num.decimals), cell: found.cell };
  };
  for (let r = top; r < headerRow; r++) {
    for (const { col, text } of rowTexts(sheet, r)) {
      const k = headerKey(text);
      if (!block.title && /申报表|绩效目标表/.test(k)) block.title = { text, cell: { row: r, col } };
      if (/项目资金.*\(元\)|资金.*单位:元/.test(k)) unit = '元';
      if (/^项目名称/.test(k) && !block.projectName) {
        const v = valueRightOf(sheet, r, col, text);
        if (v) block.projectName = { text: v.text, cell: v.cell };
      } else if (/^(预算单位|主管部门|实施单位)/.test(k) && !block.budgetUnit) {
        const v = valueRightOf(sheet, r, col, text);
        if (v) block.budgetUnit = { text: v.text, cell: v.cell };
      } else if (/年度资金总额|资金总额/.test(k) && !block.annualTotal) {
        block.annualTotal = moneyAt(r, col, text);
      } else if (/财政拨款/.test(k) && !block.fiscal) {
        block.fiscal = moneyAt(r, col, text);
      } else if (/^(其中:)?其他资金/.test(k) && !block.other) {
        block.other = moneyAt(r, col, text);
      }
    }
  }
  return block;
}

/** Budget year: "（2026年度）" in the title, then 项目期/项目周期, then the one year the header block's dates agree on. */
function readBudgetYear(sheet: SheetSnapshot, top: number, headerRow: number): IndicatorSheet['budgetYear'] {
  const texts: { text: string; cell: CellPos }[] = [];
  for (let r = top; r < headerRow; r++) for (const { col, text } of rowTexts(sheet, r)) texts.push({ text: normalizeText(text), cell: { row: r, col } });
  for (const t of texts) {
    const m = /\(\s*((?:19|20)\d{2})\s*年度\s*\)|((?:19|20)\d{2})\s*年度/.exec(t.text);
    if (m) return { year: Number(m[1] ?? m[2]), source: 'title', cell: t.cell };
  }
  for (const t of texts) {
    const m = /项目(?:周)?期[^\d]{0,8}((?:19|20)\d{2})|年度绩效目标[^\d]{0,4}((?:19|20)\d{2})/.exec(t.text);
    if (m) return { year: Number(m[1] ?? m[2]), source: 'period', cell: t.cell };
  }
  const years = new Map<number, CellPos>();
  for (const t of texts) for (const m of t.text.matchAll(/((?:19|20)\d{2})\s*年/g)) if (!years.has(Number(m[1]))) years.set(Number(m[1]), t.cell);
  if (years.size === 1) {
    const [[year, cell]] = [...years];
    return { year, source: 'dates', cell };
  }
  return null;
}
