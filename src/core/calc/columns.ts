/**
 * Column roles of a 资金测算明细表 from header synonyms, in any order, and the header row anywhere.
 */
import type { SheetSnapshot } from '../snapshot';
import { cellText, columnCount, mergeAt, visibleValue } from '../snapshot';
import { normalizeText } from '../numbers';
import { isMoneyUnit, type MoneyUnit } from '../money';
import type { ColumnInfo, ColumnRole } from './model';

/** Synonyms per role, tried in this order on the header text without spaces. */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['seq', /^(序号|编号|序次|行次)$/],
  ['code', /^(科目编码|科目代码|经济分类编码|经济分类科目编码|支出经济分类编码|功能科目编码|编码|科目编号)$/],
  ['remark', /^备注/],
  ['basis', /(依据|说明|计算公式|计算方式|测算过程|计算过程)/],
  ['price', /(单价|标准|单位成本|定额)/],
  ['amount', /(金额|小计|预算数|预算额|测算数|申请数|资金数|合计数|经费数|^合计$|^预算$)/],
  ['factor', /(次数|天数|期数|月数|频次|场次|年数|周数|班次|课时数|学时数|^次$|^天$|^期$|^月$|^人次$)/],
  ['quantity', /(数量|人数|份数|套数|台数|册数|本数|户数|个数|件数|^人$)/],
  ['unit', /^(单位|计量单位)$/],
  ['name', /(项目名称|支出内容|测算项目|补助对象|支出项目|明细项目|费用名称|项目内容|经济分类|支出事项|名称|内容|项目|事项)/],
];

/** The money scale a header names: 单价（元）, 金额（万元）, 预算金额(万元). */
export function moneyUnitInHeader(header: string): MoneyUnit | undefined {
  const m = /[(（]\s*(亿元|万元|千元|元)\s*(?:[/／][^)）]*)?[)）]/.exec(header);
  if (m && isMoneyUnit(m[1])) return m[1];
  const tail = /(亿元|万元|千元|元)$/.exec(header);
  return tail && isMoneyUnit(tail[1]) ? tail[1] : undefined;
}

function headerKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, '').replace(/[(（][^)）]*[)）]/g, '');
}

export function roleOfHeader(text: string): ColumnRole | null {
  const key = headerKey(text);
  if (!key || key.length > 16) return null;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(key)) return role;
  return null;
}

const FISCAL_HEADER = /^(其中[:：]?)?(财政拨款|财政资金|财政性资金|一般公共预算|财政补助)/;
const OTHER_FUNDS_HEADER = /^(其他资金|其它资金|自筹资金|单位自筹|其他)/;

/**
 * The role of a sub-column header under a merged top cell: 财政拨款 / 其他资金 under 金额 are fund parts
 * (never factors), 小计 / 合计 under 金额 is the amount; else the sub-header's own role, or the top's.
 */
function roleUnder(bottom: string, top: string): ColumnRole | null {
  const key = headerKey(bottom);
  const topRole = roleOfHeader(top);
  if (FISCAL_HEADER.test(key)) return 'fiscal';
  if (topRole === 'amount' && OTHER_FUNDS_HEADER.test(key)) return 'otherFunds';
  if (topRole === 'amount' && /^(小计|合计|金额|总额|合计金额)$/.test(key)) return 'amount';
  return roleOfHeader(bottom);
}

/** The header texts of one column: its own, and the merged cell above it that spans it with others. */
interface HeaderCell {
  text: string;
  /** A merged cell of the row above spanning this and other columns (金额 over 财政拨款 | 其他资金 | 小计). */
  over: string;
}

/**
 * Header cells of `row`, reading the row above as a top row where it has merged cells spanning several
 * columns of this one (a two-row header: 测算标准 over 单价 | 单位, 金额（万元） over 小计).
 */
function headerCells(sheet: SheetSnapshot, row: number, width: number, inheritBlank = false): HeaderCell[] {
  const out: HeaderCell[] = [];
  const topRow = row > 0 && isTopHeaderRow(sheet, row - 1, width);
  for (let c = 0; c < width; c++) {
    let text = cellText(visibleValue(sheet, row, c));
    let over = '';
    if (topRow) {
      const m = mergeAt(sheet, row - 1, c);
      const above = cellText(visibleValue(sheet, row - 1, c));
      if (m && m.bottom >= row) {
        // merged down into this row: one header over both rows
      } else if (!text) {
        // A top-row label left unmerged over an empty cell (序号, 测算依据) heads its column.
        if (inheritBlank && !m) text = above;
      } else if (above && roleOfHeader(above)) over = above;
    }
    out.push({ text, over: over === text ? '' : over });
  }
  return out;
}

/** A top header row: a merged cell spanning several columns of one row, with a header word (金额, 测算标准). */
function isTopHeaderRow(sheet: SheetSnapshot, row: number, width: number): boolean {
  return sheet.merges.some(
    (m) => m.top === row && m.bottom === row && m.right > m.left && m.left < width && roleOfHeader(cellText(visibleValue(sheet, row, m.left))) !== null,
  );
}

/** Whether the row above `row` is the top row of a two-row header over it. */
export function hasTopHeaderRow(sheet: SheetSnapshot, row: number): boolean {
  return headerCells(sheet, row, columnCount(sheet)).some((h) => h.over !== '' && h.text !== '' && roleOfHeader(h.over) !== null);
}

/** Roles of one row read as a header; null when it does not look like one. */
export function columnsOfRow(sheet: SheetSnapshot, row: number, inheritBlank = false): ColumnInfo[] | null {
  const cols: ColumnInfo[] = [];
  const width = columnCount(sheet);
  const taken = new Set<ColumnRole>();
  const cells = headerCells(sheet, row, width, inheritBlank);
  for (let c = 0; c < width; c++) {
    const { text: header, over } = cells[c];
    const role = over && header ? roleUnder(header, over) : roleOfHeader(header);
    if (!role) continue;
    // A merged header spanning several columns names the first; the others are not repeated.
    if (c > 0 && !over && cells[c - 1].text === header) continue;
    if (taken.has(role) && role !== 'factor' && role !== 'quantity') continue;
    taken.add(role);
    const info: ColumnInfo = { role, col: c, header: over && header ? `${over}/${header}` : header };
    const unit = moneyUnitInHeader(normalizeText(header).replace(/\s+/g, '')) ?? (over ? moneyUnitInHeader(normalizeText(over).replace(/\s+/g, '')) : undefined);
    if (unit) info.moneyUnit = unit;
    cols.push(info);
  }
  // A second quantity column (人数 and 份数) is one more factor of the product.
  let seenQuantity = false;
  for (const c of cols) {
    if (c.role !== 'quantity') continue;
    if (seenQuantity) c.role = 'factor';
    seenQuantity = true;
  }
  const roles = new Set(cols.map((c) => c.role));
  // 金额 split into 财政拨款 | 其他资金 without a 小计: the line amount is their sum (read by the reader).
  if (!roles.has('amount') && !roles.has('fiscal')) return null;
  if (!roles.has('name') && !roles.has('basis') && !roles.has('seq')) return null;
  if (cols.length < 2) return null;
  return cols;
}

/** The header row: the first row in the top `limit` rows whose cells name an amount and a name/basis column. */
export function findHeaderRow(sheet: SheetSnapshot, limit = 60): { row: number; columns: ColumnInfo[]; topRow?: number } | null {
  let best: { row: number; columns: ColumnInfo[]; topRow?: number } | null = null;
  const last = Math.min(sheet.values.length, limit);
  for (let r = 0; r < last; r++) {
    const cols = columnsOfRow(sheet, r);
    if (cols && (!best || cols.length > best.columns.length)) best = { row: r, columns: cols };
    if (best && r > best.row + 3) break;
  }
  // The top row of a two-row header (with vertically merged 序号 / 名称 cells the lower row reads as the
  // fuller header, and the rows above it are kept for the 单位 note).
  if (best && best.row > 0 && hasTopHeaderRow(sheet, best.row)) best.topRow = best.row - 1;
  else if (best && best.row + 1 < sheet.values.length && hasTopHeaderRow(sheet, best.row + 1)) {
    // The top row read as the header (its labels are not merged down): the sub-row is the header.
    const cols = columnsOfRow(sheet, best.row + 1, true);
    if (cols) best = { row: best.row + 1, columns: cols, topRow: best.row };
  }
  return best;
}

/** "单位：万元" / "金额单位：元" in the rows above the header (or in the title). */
export function sheetMoneyUnit(sheet: SheetSnapshot, headerRow: number): MoneyUnit | undefined {
  for (let r = 0; r < headerRow; r++) {
    for (const v of sheet.values[r] ?? []) {
      const t = normalizeText(cellText(v)).replace(/\s+/g, '');
      const m = /单位[:]?(亿元|万元|千元|元)/.exec(t);
      if (m && isMoneyUnit(m[1])) return m[1];
    }
  }
  return undefined;
}
