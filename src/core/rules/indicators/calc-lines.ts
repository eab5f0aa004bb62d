/** Looking up 资金测算明细表 lines for cross-sheet rules: candidates, quantities in a unit. */
import Decimal from 'decimal.js';
import { toA1 } from '../../address';
import type { CalcLine, CalcSheet } from '../../calc/model';
import { LineMemo as PerLineMemo } from '../../calc/line-memo';
import { Money } from '../../money';
import { mulExact } from '../../exact';
import { memoized } from '../../memo';
import { normalizeText, numberMentions, splitRateUnit, type NumberMention } from '../../numbers';
import { normalizeUnit } from '../../indicators/value';

export interface CalcRef {
  sheet: CalcSheet;
  line: CalcLine;
}

export function calcCandidates(calc: CalcSheet[], kinds: CalcLine['kind'][] = ['category', 'item', 'breakdown']): CalcRef[] {
  // Perf: one loop, no intermediate arrays (10,000-line sheets).
  const out: CalcRef[] = [];
  for (const sheet of calc) {
    for (const line of sheet.lines) if (kinds.includes(line.kind) && line.name) out.push(refOf(sheet, line));
  }
  return out;
}

/** Perf: one CalcRef per line for the check, shared by the rules that list candidates (read-only). */
const REFS = new PerLineMemo<CalcRef>();
function refOf(sheet: CalcSheet, line: CalcLine): CalcRef {
  return REFS.get(line, sheet) ?? REFS.set(line, sheet, { sheet, line });
}

export function lineCell(ref: CalcRef, which: 'amount' | 'name' = 'amount'): string {
  const pos = (which === 'amount' ? ref.line.amountCell : ref.line.nameCell) ?? ref.line.nameCell ?? { row: ref.line.row, col: 0 };
  return `${ref.sheet.sheet}!${toA1(pos.row, pos.col)}`;
}

/** The count unit a factor header names: 人数 → 人, 天数 → 天, 场次 → 场 … ('' when it names none). */
// Perf: asked for every factor of every line; headers are few.
const unitOfHeader = memoized((header) => unitOfHeaderOnce(header), 1000);

function unitOfHeaderOnce(header: string): string {
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
  const m = memoOf(line);
  const known = lookup(m.quantity, unit);
  if (known !== undefined) return known;
  const q = computeLineQuantity(line, unit);
  (m.quantity ??= []).push(unit, q);
  return q;
}

/**
 * Per-line caches (perf): cross-sheet rules ask every calc line for its quantity once per indicator
 * row, so without them a 10,000-line sheet with 300 indicators re-parses each line's text thousands
 * of times. Keyed weakly by the line objects of one check, so nothing outlives it; one entry per line
 * holding everything (a line is asked about one or two units, so a flat [unit, value, …] list).
 */
interface LineMemo {
  quantity?: (string | Decimal | null)[];
  planned?: (string | Decimal | null)[];
  mentions?: NumberMention[];
  text?: string;
}
const MEMO = new WeakMap<CalcLine, LineMemo>();

function memoOf(line: CalcLine): LineMemo {
  let m = MEMO.get(line);
  if (!m) MEMO.set(line, (m = {}));
  return m;
}

/** The value remembered for `unit`, or undefined when there is none. */
function lookup(list: (string | Decimal | null)[] | undefined, unit: string): Decimal | null | undefined {
  if (!list) return undefined;
  for (let i = 0; i < list.length; i += 2) if (list[i] === unit) return list[i + 1] as Decimal | null;
  return undefined;
}

function mentionsOf(line: CalcLine): NumberMention[] {
  const memo = memoOf(line);
  return (memo.mentions ??= numberMentions(`${line.name} ${line.basis}`));
}

const NO_MENTIONS: NumberMention[] = [];
/** CJK ideographs only: normalizeText leaves them alone and makes none of them. */
const IDEOGRAPHS = /^[\u4e00-\u9fff]+$/;

/**
 * The mentions of a line that may be counted in `unit`. Perf: a mention's unit (and each part of a rate
 * unit) is a piece of the normalised text, and normalizeUnit only trims and reads 名/位 as 人; so when
 * the normalised text contains neither `unit` nor (for 人) 名/位, no mention is in `unit` and the text
 * is not parsed for numbers. For a unit of ideographs (人次, 场 …) the raw texts tell the same: the
 * normalisation keeps ideographs, maps nothing onto them, and only drops characters between a digit
 * and a '*', never inside a run of ideographs; name and 测算依据 are joined by a space.
 */
function textHas(line: CalcLine, s: string): boolean {
  return line.name.includes(s) || line.basis.includes(s);
}

function mentionsIn(line: CalcLine, unit: string): NumberMention[] {
  let may: boolean;
  if (IDEOGRAPHS.test(unit)) {
    may = textHas(line, unit) || (unit === '人' && (textHas(line, '名') || textHas(line, '位')));
  } else {
    const memo = memoOf(line);
    const t = (memo.text ??= normalizeText(`${line.name} ${line.basis}`));
    may = t.includes(unit) || (unit === '人' && (t.includes('名') || t.includes('位')));
  }
  return may ? mentionsOf(line) : NO_MENTIONS;
}

/** Perf: hoisted; a regex literal in a function body is a new RegExp object at every call. */
const QUANTITY_HEADER = /数量/;

function computeLineQuantity(line: CalcLine, unit: string): Decimal | null {
  // Factor columns counted in `unit`; several multiply (数量 1次 × 次数 40 = 40次, "全年开展40次").
  let fromFactors: Decimal | null = null;
  for (const f of line.factors) {
    const u = unitOfHeader(f.header) || (QUANTITY_HEADER.test(f.header) ? normalizeUnit(line.unitText) : '');
    if (u === unit) fromFactors = fromFactors ? mulExact(fromFactors, f.value) : f.value;
  }
  if (fromFactors) return fromFactors;
  const mentions = mentionsIn(line, unit);
  let perUnit: NumberMention | undefined;
  for (const m of mentions) {
    const r = splitRateUnit(m.unit);
    if (r.money && r.per.length === 1 && normalizeUnit(r.per[0]) === unit) {
      perUnit = m;
      break;
    }
  }
  if (line.amount) {
    // Price per `unit`: a "5000元/场" in the text, else the 单价 column when the 单位 column says `unit`.
    const rate = perUnit ? splitRateUnit(perUnit.unit).money : null;
    const priceYuan = perUnit && rate ? Money.of(perUnit.value, rate).yuan : line.price && normalizeUnit(line.unitText) === unit ? line.price.yuan : null;
    if (priceYuan && !priceYuan.isZero()) {
      const q = line.amount.yuan.div(priceYuan);
      if (q.isInteger()) return q;
    }
  }
  // The one mention counted in `unit`.
  let count: NumberMention | null = null;
  for (const m of mentions) {
    if (normalizeUnit(m.unit) !== unit) continue;
    if (count) return null;
    count = m;
  }
  return count ? count.value : null;
}

/** Quantity of a line in `unit`, or of a category as the sum over its children (all must say). */
export function plannedQuantity(line: CalcLine, unit: string): Decimal | null {
  const m = memoOf(line);
  const known = lookup(m.planned, unit);
  if (known !== undefined) return known;
  const q = computePlannedQuantity(line, unit, lineQuantity, plannedQuantity);
  (m.planned ??= []).push(unit, q);
  return q;
}

function computePlannedQuantity(
  line: CalcLine,
  unit: string,
  ownOf: (l: CalcLine, unit: string) => Decimal | null,
  plannedOf: (l: CalcLine, unit: string) => Decimal | null,
): Decimal | null {
  const own = ownOf(line, unit);
  if (own) return own;
  let sum: Decimal | null = null;
  for (const k of line.children) {
    if (k.kind !== 'item' && k.kind !== 'category') continue;
    const q = plannedOf(k, unit);
    if (!q) return null;
    sum = (sum ?? new Decimal(0)).plus(q);
  }
  return sum;
}

/**
 * lineQuantity / plannedQuantity in one unit for many lines (a rule's candidates), remembered in a Map
 * owned by the caller. Perf: no per-line cache entries in the WeakMaps; the same answers. A line's own
 * quantity is only asked while its planned quantity is computed, which happens once, so it needs no Map.
 */
export class UnitQuantities {
  private readonly planned = new Map<CalcLine, Decimal | null>();
  private readonly ownOf = (l: CalcLine): Decimal | null => computeLineQuantity(l, this.unit);
  private readonly plannedOf = (l: CalcLine): Decimal | null => this.plannedQuantity(l);

  constructor(readonly unit: string) {}

  plannedQuantity(line: CalcLine): Decimal | null {
    let q = this.planned.get(line);
    if (q === undefined) this.planned.set(line, (q = computePlannedQuantity(line, this.unit, this.ownOf, this.plannedOf)));
    return q;
  }
}

// ——— counting people: the same people on several lines, people × sessions ———

/** Factor units that count sessions of the same people (4期 × 50人 = 200人次); not 天 (people-days). */
const SESSION_UNITS = new Set(['期', '次', '场', '批', '班', '轮']);

function factorUnit(line: CalcLine, header: string): string {
  return unitOfHeader(header) || (QUANTITY_HEADER.test(header) ? normalizeUnit(line.unitText) : '');
}

/** 人 × 期/次/场… on one priced line (what the amount pays for), null unless both are factors of the line. */
export function peopleTimesSessions(line: CalcLine): Decimal | null {
  let people: Decimal | null = null;
  let sessions: Decimal | null = null;
  for (const f of line.factors) {
    const u = factorUnit(line, f.header);
    if (u === '人' && !people) people = f.value;
    else if (SESSION_UNITS.has(u)) sessions = sessions ? mulExact(sessions, f.value) : f.value;
  }
  return people && sessions ? mulExact(people, sessions) : null;
}

/**
 * Besides the planned quantity (a category's is its children's sum), the other counts a target of
 * `unit` may rightly state for a line, so that the rule stays quiet when unsure:
 * - 人: the same people may be on several lines (85人 × 3天 党代会, 85人 × 1天 视察培训 are 85 people,
 *   not 170): when every line of a category counts the same number, that number too (34 + 53 stays 87);
 * - 人 / 人次: 数量 × 频次 where that product is what the amount pays for (4期 × 50人 = 200人次);
 *   for a category the sum of its lines' products.
 */
export function otherCounts(line: CalcLine, unit: string, plannedOf: (l: CalcLine) => Decimal | null): { lo: Decimal; hi: Decimal }[] {
  const out: { lo: Decimal; hi: Decimal }[] = [];
  if (unit !== '人' && unit !== '人次') return out;
  const kids = line.children.filter((k) => k.kind === 'item' || k.kind === 'category');
  if (unit === '人' && kids.length > 1) {
    const qs = kids.map(plannedOf);
    // The same count on every line reads as the same people; different counts (34 + 53) are different groups.
    if (qs.every((q): q is Decimal => q !== null && q.eq(qs[0]!))) out.push({ lo: qs[0]!, hi: qs[0]! });
  }
  const product = productOf(line);
  if (product) out.push({ lo: product, hi: product });
  return out;
}

function productOf(line: CalcLine): Decimal | null {
  const own = peopleTimesSessions(line);
  if (own) return own;
  const kids = line.children.filter((k) => k.kind === 'item' || k.kind === 'category');
  if (kids.length === 0) return null;
  let sum = new Decimal(0);
  for (const k of kids) {
    const q = productOf(k);
    if (!q) return null;
    sum = sum.plus(q);
  }
  return sum;
}
