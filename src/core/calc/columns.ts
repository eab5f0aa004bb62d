/**
 * Column roles of a 资金测算明细表 from header synonyms, in any order, and the header row anywhere.
 */
import type { SheetSnapshot } from '../snapshot';
import { cellText, columnCount, visibleValue } from '../snapshot';
import { normalizeText } from '../numbers';
import { isMoneyUnit, type MoneyUnit } from '../money';
import type { ColumnInfo, ColumnRole } from './model';

/** Synonyms per role, tried in this order on the header text without spaces. */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['seq', /^(序号|编号|序次|行次)$/],
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

/** Roles of one row read as a header; null when it does not look like one. */
export function columnsOfRow(sheet: SheetSnapshot, row: number): ColumnInfo[] | null {
  const cols: ColumnInfo[] = [];
  const width = columnCount(sheet);
  const taken = new Set<ColumnRole>();
  for (let c = 0; c < width; c++) {
    const header = cellText(visibleValue(sheet, row, c));
    const role = roleOfHeader(header);
    if (!role) continue;
    // A merged header spanning several columns names the first; the others are not repeated.
    if (c > 0 && cellText(visibleValue(sheet, row, c - 1)) === header) continue;
    if (taken.has(role) && role !== 'factor' && role !== 'quantity') continue;
    taken.add(role);
    const info: ColumnInfo = { role, col: c, header };
    const unit = moneyUnitInHeader(normalizeText(header).replace(/\s+/g, ''));
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
  if (!roles.has('amount')) return null;
  if (!roles.has('name') && !roles.has('basis') && !roles.has('seq')) return null;
  if (cols.length < 2) return null;
  return cols;
}

/** The header row: the first row in the top `limit` rows whose cells name an amount and a name/basis column. */
export function findHeaderRow(sheet: SheetSnapshot, limit = 60): { row: number; columns: ColumnInfo[] } | null {
  let best: { row: number; columns: ColumnInfo[] } | null = null;
  const last = Math.min(sheet.values.length, limit);
  for (let r = 0; r < last; r++) {
    const cols = columnsOfRow(sheet, r);
    if (cols && (!best || cols.length > best.columns.length)) best = { row: r, columns: cols };
    if (best && r > best.row + 3) break;
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
