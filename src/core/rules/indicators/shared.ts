/** Helpers shared by the 绩效目标表 rules. */
import Decimal from 'decimal.js';
import { toA1 } from '../../address';
import type { Localized } from '../../i18n';
import { Money, type MoneyUnit } from '../../money';
import { splitRateUnit } from '../../numbers';
import { analyzeText } from '../../text/arithmetic';
import { tokenize } from '../../text/tokens';
import { isCostLevel2 } from '../../indicators/levels';
import type { CellPos, Comparator, IndicatorColumnRole, IndicatorRow, IndicatorSheet } from '../../indicators/model';
import { isMoneyTotalUnit } from '../../indicators/value';
import type { FindingInput } from '../../rule';

export function findingAt(table: IndicatorSheet, pos: CellPos, message: Localized, extra: Partial<FindingInput> = {}): FindingInput {
  return { sheet: table.sheet, row: pos.row, col: pos.col, message, ...extra };
}

/** The header cell of a column (for sheet-level findings); falls back to the first header cell. */
export function headerCell(table: IndicatorSheet, role: IndicatorColumnRole): CellPos {
  const col = table.columns[role] ?? table.columns.level1 ?? 0;
  return { row: table.headerRow, col };
}

export function a1(pos: CellPos): string {
  return toA1(pos.row, pos.col);
}

/** A 成本指标 row: under 一级 成本指标, or a 成本 二级 (the older layout puts it under 产出/项目完成). */
export function isCostRow(r: IndicatorRow): boolean {
  return r.level1?.kind === 'cost' || isCostLevel2(r.level2?.kind);
}

export function isSatisfactionRow(r: IndicatorRow): boolean {
  return r.level1?.kind === 'satisfaction' || r.level2?.kind === 'satisfaction' || /满意/.test(r.name);
}

/**
 * The money a 成本指标 row stands for (元/万元 amounts, not per-unit rates): "≤1000万元", "3万元",
 * 1000 with 度量单位 万元, "…预计需9万元", "30人*1000元/人=3万元". null when the value is not money.
 */
export function costAmount(r: IndicatorRow): Money | null {
  const v = r.value;
  if (v.kind === 'quantity' && v.number) {
    if (isMoneyTotalUnit(r.unit)) return Money.of(v.number, r.unit as MoneyUnit, v.decimals);
    return null;
  }
  if (v.kind !== 'text' || v.qualitative) return null;
  const arithmetic = analyzeText(v.raw);
  if (arithmetic.finalAmount) return arithmetic.finalAmount;
  // No total and no equation: the listed amounts (not rates), added up.
  let sum: Money | null = null;
  for (const t of tokenize(v.raw)) {
    if (t.t !== 'num') continue;
    const rate = splitRateUnit(t.unit);
    if (!rate.money || rate.per.length > 0) continue;
    const m = Money.of(t.value, rate.money, t.decimals);
    sum = sum ? sum.plus(m) : m;
  }
  return sum;
}

/** The comparator in force for comparisons: none written reads as ＝. */
export function effectiveComparator(r: IndicatorRow): Comparator {
  return r.comparator ?? '=';
}

/** "≥95%", "87人", "≤1000万元": a row's value rendered for messages. */
export function valueText(r: IndicatorRow): string {
  const v = r.value;
  if (v.kind === 'quantity' && v.number) {
    const c = r.comparator && r.comparator !== '=' ? (r.comparator === '>=' ? '≥' : r.comparator === '<=' ? '≤' : r.comparator) : '';
    return `${c}${v.number.toFixed()}${r.unit}`;
  }
  return v.raw;
}

export { Decimal };
