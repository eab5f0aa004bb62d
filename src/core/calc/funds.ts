/**
 * The 项目资金（万元）header block: 年度资金总额, 其中：财政拨款, 其他资金 — found on any sheet.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellNumberFormat, cellText, cellValue, columnCount } from '../snapshot';
import { Money, type MoneyUnit } from '../money';
import { cellNumber, normalizeText, numberMentions, splitRateUnit } from '../numbers';
import type { DeclaredFunds } from './model';

type Slot = 'total' | 'fiscal' | 'other';
const LABELS: [Slot, RegExp][] = [
  ['total', /(年度资金总额|资金总额|项目总金额|年度预算总额)/],
  ['fiscal', /(财政拨款|财政资金|财政性资金)/],
  ['other', /(其他资金|其它资金|自筹资金)/],
];

export function readDeclaredFunds(snapshot: WorkbookSnapshot): DeclaredFunds[] {
  const out: DeclaredFunds[] = [];
  for (const sheet of snapshot.sheets) {
    const found = readSheetFunds(sheet);
    if (found) out.push(found);
  }
  return out;
}

function readSheetFunds(sheet: SheetSnapshot): DeclaredFunds | null {
  const funds: DeclaredFunds = { sheet: sheet.name, total: null, fiscal: null, other: null };
  const width = columnCount(sheet);
  const lastRow = Math.min(sheet.values.length, 80);
  for (let r = 0; r < lastRow; r++) {
    for (let c = 0; c < width; c++) {
      const text = normalizeText(cellText(cellValue(sheet, r, c))).replace(/\s+/g, '');
      if (!text || text.length > 24) continue;
      const slot = LABELS.find(([, re]) => re.test(text))?.[0];
      if (!slot || funds[slot]) continue;
      const unit = blockUnit(sheet, r);
      const value = valueAfterLabel(sheet, r, c, text, unit);
      if (value) funds[slot] = value;
    }
  }
  return funds.total || funds.fiscal ? funds : null;
}

/** The number in the label's own cell ("年度资金总额：20.00") or the first number to its right. */
function valueAfterLabel(sheet: SheetSnapshot, r: number, c: number, text: string, unit: MoneyUnit) {
  const inline = numberMentions(text).find((m) => !splitRateUnit(m.unit).per.length);
  if (inline) {
    const u = splitRateUnit(inline.unit).money ?? unit;
    return { money: Money.of(inline.value, u, inline.decimals), row: r, col: c };
  }
  for (let k = c + 1; k <= c + 4; k++) {
    const v = cellValue(sheet, r, k);
    const n = cellNumber(v, cellNumberFormat(sheet, r, k));
    if (n) return { money: Money.of(n.value, splitRateUnit(n.unit).money ?? unit, n.decimals), row: r, col: k };
    const t = cellText(v);
    if (t && !/^[:：\s]*$/.test(t)) return null; // another label: the value is blank
  }
  return null;
}

/** 万元 unless the block says （元）. */
function blockUnit(sheet: SheetSnapshot, r: number): MoneyUnit {
  for (let k = Math.max(0, r - 3); k <= r + 1; k++) {
    for (const v of sheet.values[k] ?? []) {
      const t = normalizeText(cellText(v)).replace(/\s+/g, '');
      if (/\((万元)\)|单位:万元/.test(t)) return '万元';
      if (/\((元)\)|单位:元/.test(t)) return '元';
    }
  }
  return '万元';
}
