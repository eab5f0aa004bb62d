/** Looking up 资金测算明细表 lines for cross-sheet rules: candidates, quantities in a unit. */
import Decimal from 'decimal.js';
import { toA1 } from '../../address';
import type { CalcLine, CalcSheet } from '../../calc/model';
import { Money } from '../../money';
import { numberMentions, splitRateUnit } from '../../numbers';
import { normalizeUnit } from '../../indicators/value';

export interface CalcRef {
  sheet: CalcSheet;
  line: CalcLine;
}

export function calcCandidates(calc: CalcSheet[], kinds: CalcLine['kind'][] = ['category', 'item', 'breakdown']): CalcRef[] {
  return calc.flatMap((sheet) => sheet.lines.filter((l) => kinds.includes(l.kind) && l.name).map((line) => ({ sheet, line })));
}

export function lineCell(ref: CalcRef, which: 'amount' | 'name' = 'amount'): string {
  const pos = (which === 'amount' ? ref.line.amountCell : ref.line.nameCell) ?? ref.line.nameCell ?? { row: ref.line.row, col: 0 };
  return `${ref.sheet.sheet}!${toA1(pos.row, pos.col)}`;
}

/** The count unit a factor header names: 人数 → 人, 天数 → 天, 场次 → 场 … ('' when it names none). */
function unitOfHeader(header: string): string {
  const h = header.replace(/\s+/g, '');
  const m = /(人次|人|天|日|次|期|场|份|本|套|个|台|月|年|班|户|家|篇|册|组|间|辆|项|批|名)(数|次)?/.exec(h);
  if (!m) return '';
  if (m[1] === '次' || (m[1] === '场' && m[2] === '次')) return m[1];
  return normalizeUnit(m[1]);
}

/**
 * How many `unit` a calc line plans: a factor column in that unit; else amount ÷ price when the price
 * is per `unit` (元/场); else the one mention of `unit` in its name or 测算依据. null when it does not say.
 */
export function lineQuantity(line: CalcLine, unit: string): Decimal | null {
  return memo(LINE_QUANTITY, line, unit, () => computeLineQuantity(line, unit));
}

/**
 * Per-line caches (perf): cross-sheet rules ask every calc line for its quantity once per indicator
 * row, so without them a 10,000-line sheet with 300 indicators re-parses each line's text thousands
 * of times. Keyed weakly by the line objects of one check, so nothing outlives it.
 */
const LINE_QUANTITY = new WeakMap<CalcLine, Map<string, Decimal | null>>();
const PLANNED_QUANTITY = new WeakMap<CalcLine, Map<string, Decimal | null>>();
const LINE_MENTIONS = new WeakMap<CalcLine, ReturnType<typeof numberMentions>>();

function memo(cache: WeakMap<CalcLine, Map<string, Decimal | null>>, line: CalcLine, unit: string, compute: () => Decimal | null): Decimal | null {
  let perUnit = cache.get(line);
  if (!perUnit) cache.set(line, (perUnit = new Map()));
  if (perUnit.has(unit)) return perUnit.get(unit) ?? null;
  const q = compute();
  perUnit.set(unit, q);
  return q;
}

function mentionsOf(line: CalcLine): ReturnType<typeof numberMentions> {
  let m = LINE_MENTIONS.get(line);
  if (!m) LINE_MENTIONS.set(line, (m = numberMentions(`${line.name} ${line.basis}`)));
  return m;
}

function computeLineQuantity(line: CalcLine, unit: string): Decimal | null {
  for (const f of line.factors) {
    const u = unitOfHeader(f.header) || (/数量/.test(f.header) ? normalizeUnit(line.unitText) : '');
    if (u === unit) return f.value;
  }
  const mentions = mentionsOf(line);
  const perUnit = mentions.find((m) => {
    const r = splitRateUnit(m.unit);
    return r.money && r.per.length === 1 && normalizeUnit(r.per[0]) === unit;
  });
  if (line.amount) {
    // Price per `unit`: a "5000元/场" in the text, else the 单价 column when the 单位 column says `unit`.
    const rate = perUnit ? splitRateUnit(perUnit.unit).money : null;
    const priceYuan = perUnit && rate ? Money.of(perUnit.value, rate).yuan : line.price && normalizeUnit(line.unitText) === unit ? line.price.yuan : null;
    if (priceYuan && !priceYuan.isZero()) {
      const q = line.amount.yuan.div(priceYuan);
      if (q.isInteger()) return q;
    }
  }
  const counts = mentions.filter((m) => normalizeUnit(m.unit) === unit);
  if (counts.length === 1) return counts[0].value;
  return null;
}

/** Quantity of a line in `unit`, or of a category as the sum over its children (all must say). */
export function plannedQuantity(line: CalcLine, unit: string): Decimal | null {
  return memo(PLANNED_QUANTITY, line, unit, () => computePlannedQuantity(line, unit));
}

function computePlannedQuantity(line: CalcLine, unit: string): Decimal | null {
  const own = lineQuantity(line, unit);
  if (own) return own;
  const kids = line.children.filter((c) => c.kind === 'item' || c.kind === 'category');
  if (kids.length === 0) return null;
  let sum = new Decimal(0);
  for (const k of kids) {
    const q = plannedQuantity(k, unit);
    if (!q) return null;
    sum = sum.plus(q);
  }
  return sum;
}
