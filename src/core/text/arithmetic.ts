/**
 * Evaluates arithmetic written in text. Three shapes occur in real forms:
 *  1. an equation: "30人*1000元/人=3万元", "4000元/人×(13+67+12)人=36.8万元", or "…37人*0.06万元/人/年，共2.22万元";
 *  2. a list of amounts closed by a total: "资料印刷7万元，耗材7万元，差旅费6万元，预计需20万元";
 *  3. a count and a per-unit amount closed by a total: "至少5期，1期…预计12万元，…预计需要46万元" (5 × 12 ≠ 46).
 * Values are exact decimals; money is converted to 元.
 */
import Decimal from 'decimal.js';
import { EPSILON, Money, halfDigit, isMoneyUnit, timesFactor, type MoneyUnit } from '../money';
import { decimalEq, minusExact, mulExact, plusExact } from '../exact';
import { splitRateUnit } from '../numbers';
import { RESULT_CHARS, tokenize, type Token } from './tokens';

type NumToken = Extract<Token, { t: 'num' }>;

/** A value with its dimension: money (in 元) or a plain count. */
export interface Quantity {
  value: Decimal;
  money: boolean;
}

export interface TextEquation {
  /** The left side as written (normalised), e.g. "30人*1000元/人". */
  expression: string;
  computed: Quantity;
  /** The stated result, when the text states one. */
  stated: { value: Decimal; money: boolean; unit: string; decimals: number } | null;
  agrees: boolean;
  start: number;
  end: number;
}

export interface TextTotal {
  /** The total the text declares (after 共计 / 合计 / 预计需 …), in 元. */
  stated: Money;
  /** What the text's own items add up to, when they can be added up. */
  computed: Decimal | null;
  /** How the computed value was formed, e.g. "7万元+7万元+6万元" or "5期×12万元". */
  explanation: string;
  agrees: boolean;
}

export interface TextArithmetic {
  equations: TextEquation[];
  totals: TextTotal[];
  /** The amount the text finally arrives at (last total, else the last equation's result), in 元. */
  finalAmount: Money | null;
}

function moneyOf(tok: NumToken): { yuan: Decimal; rate: boolean } | null {
  const r = splitRateUnit(tok.unit);
  if (!r.money) return null;
  return { yuan: timesFactor(tok.value, r.money), rate: r.per.length > 0 };
}

/**
 * Recursive descent over the tokens of an expression. Perf: a class, not closures made on every call.
 */
class Evaluator {
  private pos: number;
  /** Perf: evaluates tokens[from, to) in place (no slice of them). */
  constructor(
    private readonly tokens: Token[],
    from: number,
    private readonly to: number,
  ) {
    this.pos = from;
  }

  /** The value of the whole token range, or null when it is not arithmetic. */
  run(): Quantity | null {
    const q = this.sum();
    return q && this.pos === this.to ? q : null;
  }

  /** The token at the current position, or undefined past the range. */
  private current(): Token | undefined {
    return this.pos < this.to ? this.tokens[this.pos] : undefined;
  }

  private primary(): Quantity | null {
    const tok = this.current();
    if (!tok) return null;
    if (tok.t === 'per') {
      this.pos++;
      return this.primary();
    }
    if (tok.t === '(') {
      this.pos++;
      const inner = this.sum();
      if (!inner || this.current()?.t !== ')') return null;
      this.pos++;
      // "(13+67+12)人": a unit word right after the parenthesis is just the unit of the group.
      const after = this.current();
      if (after && after.t === 'word' && after.text.length <= 2) this.pos++;
      return inner;
    }
    if (tok.t === 'num') {
      this.pos++;
      // Perf: moneyOf's value without its intermediate object.
      const r = splitRateUnit(tok.unit);
      return r.money ? { value: timesFactor(tok.value, r.money), money: true } : { value: tok.value, money: false };
    }
    return null;
  }

  private product(): Quantity | null {
    let left = this.primary();
    if (!left) return null;
    for (let tok = this.current(); tok && tok.t === 'op' && (tok.op === '*' || tok.op === '/'); tok = this.current()) {
      this.pos++;
      const right = this.primary();
      if (!right) return null;
      if (tok.op === '*') {
        if (left.money && right.money) return null; // 元 × 元 is not a budget line
        left = { value: mulExact(left.value, right.value), money: left.money || right.money };
      } else {
        if (right.value.isZero() || right.money) return null;
        left = { value: left.value.div(right.value), money: left.money };
      }
    }
    return left;
  }

  private sum(): Quantity | null {
    let left = this.product();
    if (!left) return null;
    for (let tok = this.current(); tok && tok.t === 'op' && (tok.op === '+' || tok.op === '-'); tok = this.current()) {
      this.pos++;
      const right = this.product();
      if (!right || right.money !== left.money) return null;
      left = { value: tok.op === '+' ? plusExact(left.value, right.value) : minusExact(left.value, right.value), money: left.money };
    }
    return left;
  }
}

/** Parses and evaluates the expression tokens[from, to). Returns null when it is not arithmetic. */
function evaluate(tokens: Token[], from: number, to: number): Quantity | null {
  return new Evaluator(tokens, from, to).run();
}

const EXPR_TOKEN = new Set(['num', 'op', '(', ')', 'per']);

/** Index of the first token of the arithmetic run that ends just before `end` (exclusive). */
function runStart(tokens: Token[], end: number): number {
  let i = end;
  while (i > 0) {
    const prev = tokens[i - 1];
    if (EXPR_TOKEN.has(prev.t)) i--;
    else if (prev.t === 'word' && i - 2 >= 0 && tokens[i - 2].t === ')' && prev.text.length <= 2) i--;
    else break;
  }
  // The run must start with a number, '(' or 每X.
  while (i < end && (tokens[i].t === 'op' || tokens[i].t === ')')) i++;
  return i;
}

function hasOperator(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.t === 'op' && (t.op === '*' || t.op === '/' || t.op === '+')) return true;
  }
  return false;
}

function statedOf(tok: NumToken): TextEquation['stated'] {
  const r = splitRateUnit(tok.unit);
  if (r.money && r.per.length === 0) {
    return { value: timesFactor(tok.value, r.money), money: true, unit: tok.unit, decimals: tok.decimals };
  }
  return { value: tok.value, money: false, unit: tok.unit, decimals: tok.decimals };
}

/** Half of the last shown digit of a plain count, per number of decimals (perf: made once each). */
const HALF_COUNT_DIGIT = new Map<number, Decimal>();
function halfCountDigit(decimals: number): Decimal {
  let tol = HALF_COUNT_DIGIT.get(decimals);
  if (!tol) HALF_COUNT_DIGIT.set(decimals, (tol = new Decimal(10).pow(-decimals).div(2)));
  return tol;
}

/** At the precision the text shows, money read to at least two decimals (as Money.of does). */
function agreesAt(computed: Decimal, stated: NonNullable<TextEquation['stated']>): boolean {
  // Perf: equal finite values agree (the tolerance is positive); no allocation.
  if (computed.isFinite() && decimalEq(computed, stated.value)) return true;
  const tol = stated.money
    ? halfDigit(Math.max(2, stated.decimals), isMoneyUnit(stated.unit) ? stated.unit : '元')
    : halfCountDigit(stated.decimals);
  return computed.minus(stated.value).abs().lte(tol.plus(EPSILON));
}

const ONE = new Decimal(1);

function anyUsed(used: boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (used[k]) return true;
  return false;
}

/** Counts by unit ("5期") for the "1期…12万元" per-unit shape. */
function countsByUnit(tokens: Token[]): Map<string, Decimal[]> {
  const counts = new Map<string, Decimal[]>();
  for (const t of tokens) {
    if (t.t === 'num' && t.unit && !splitRateUnit(t.unit).money && !decimalEq(t.value, ONE)) {
      const known = counts.get(t.unit);
      if (known) known.push(t.value);
      else counts.set(t.unit, [t.value]);
    }
  }
  return counts;
}

/**
 * False when analyzeText(text) is certainly empty. Perf: equations need a '=' token and totals a total
 * word, and the final amount comes from one of them; a text with neither (most item names) yields
 * nothing, so it is not tokenised.
 */
export function mayHaveArithmetic(text: string): boolean {
  return ANY_DIGIT.test(text) && RESULT_CHARS.test(text);
}

/** Perf: hoisted; a regex literal in a function body is a new RegExp object at every call. */
const ANY_DIGIT = /[0-9０-９]/;

export function analyzeText(text: string): TextArithmetic {
  if (!mayHaveArithmetic(text)) return { equations: [], totals: [], finalAmount: null };
  const tokens = tokenize(text);
  const equations: TextEquation[] = [];
  const totals: TextTotal[] = [];
  /** Items listed since the last total: their value in 元 and how they were written. */
  let items: ListedItem[] = [];
  let sawRateWithoutCount = false;
  const used: boolean[] = []; // token indexes consumed by equations
  let finalAmount: Money | null = null;
  // Perf: made on first use (most texts never ask).
  let counts: Map<string, Decimal[]> | null = null;

  // Pass 1. Equations: "LHS = RHS", or "LHS，共RHS". Their tokens are consumed; their result is an item.
  const equationAt: (TextEquation | undefined)[] = []; // index of the RHS token → equation
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const isEq = tok.t === '=';
    const isTotalAfterExpr = tok.t === 'total' && i >= 2 && tokens[i - 1].t === 'sep' && EXPR_TOKEN.has(tokens[i - 2].t);
    if (!isEq && !isTotalAfterExpr) continue;
    const end = isEq ? i : i - 1;
    const start = runStart(tokens, end);
    const rhs = tokens[i + 1];
    if (end - start < 3 || !hasOperator(tokens, start, end) || !rhs || rhs.t !== 'num' || anyUsed(used, start, end)) continue;
    const computed = evaluate(tokens, start, end);
    const stated = computed && statedOf(rhs);
    if (!computed || !stated || stated.money !== computed.money) continue;
    const eq = new Equation(tokens, start, end, computed, stated, agreesAt(computed.value, stated), tokens[start].start, rhs.end);
    equations.push(eq);
    for (let k = start; k <= i + 1; k++) used[k] = true;
    equationAt[i + 1] = eq;
  }

  // Pass 2. Listed amounts and the totals that close them.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const eq = equationAt[i];
    if (eq && eq.stated?.money && tok.t === 'num') {
      items.push({ yuan: eq.stated.value, tok, count: null, perUnit: '' });
      finalAmount = Money.of(tok.value, tok.unit as MoneyUnit);
      continue;
    }
    if (used[i]) continue;
    if (tok.t === 'total') {
      const next = tokens[i + 1];
      const r = next && next.t === 'num' ? splitRateUnit(next.unit) : null;
      if (next && next.t === 'num' && r?.money && r.per.length === 0) {
        const stated = Money.of(next.value, r.money);
        const canAdd = items.length >= 2 || (items.length === 1 && items[0].count !== null);
        const computed = canAdd && !sawRateWithoutCount ? items.reduce((a, b) => a.plus(b.yuan), new Decimal(0)) : null;
        totals.push({
          stated,
          computed,
          explanation: items.map(itemLabel).join('+'),
          agrees: computed === null || stated.agreesWith(Money.exact(computed)),
        });
        finalAmount = stated;
        items = [];
        sawRateWithoutCount = false;
        i++;
      }
      continue;
    }
    if (tok.t !== 'num') continue;
    const m = moneyOf(tok);
    if (!m) continue;
    if (m.rate) {
      sawRateWithoutCount = true;
      continue;
    }
    const perUnit = perUnitPrefix(tokens, i);
    const n = perUnit ? (counts ??= countsByUnit(tokens)).get(perUnit) : undefined;
    if (perUnit && n && n.length === 1) {
      items.push({ yuan: m.yuan.mul(n[0]), tok, count: n[0], perUnit });
    } else {
      items.push({ yuan: m.yuan, tok, count: null, perUnit: '' });
    }
  }
  return { equations, totals, finalAmount };
}

/** An amount listed before a total: its value in 元, and its token (and count) to label it. */
interface ListedItem {
  yuan: Decimal;
  tok: NumToken;
  /** For the per-unit shape "5期 … 1期…12万元": the count (5) and its unit (期); else null and ''. */
  count: Decimal | null;
  perUnit: string;
}

/** How an item was written, e.g. "7万元" or "5期×12万元". Perf: built only when a total explains it. */
function itemLabel(x: ListedItem): string {
  const amount = `${x.tok.value.toFixed()}${x.tok.unit}`;
  return x.count ? `${x.count.toFixed()}${x.perUnit}×${amount}` : amount;
}

/** "1期培训费课时费预计12万元": the unit of a leading "1<unit>" in the same clause as the amount at i. */
function perUnitPrefix(tokens: Token[], i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.t === 'sep' || t.t === 'total' || t.t === '=') return null;
    if (t.t === 'num') {
      if (decimalEq(t.value, ONE) && t.unit && !splitRateUnit(t.unit).money) return t.unit;
      return null;
    }
  }
  return null;
}

/** Perf: a class whose expression text is built only when read (a finding needs it; most equations agree). */
class Equation implements TextEquation {
  private text: string | undefined;
  constructor(
    private readonly tokens: Token[],
    /** The left side is tokens[lhsFrom, lhsTo). */
    private readonly lhsFrom: number,
    private readonly lhsTo: number,
    readonly computed: Quantity,
    readonly stated: NonNullable<TextEquation['stated']>,
    readonly agrees: boolean,
    readonly start: number,
    readonly end: number,
  ) {}

  get expression(): string {
    return (this.text ??= expressionText(this.tokens.slice(this.lhsFrom, this.lhsTo)));
  }
}

/** The expression rebuilt from its tokens, e.g. "30人×1000元/人". */
function expressionText(lhs: Token[]): string {
  return lhs
    .map((t) => {
      switch (t.t) {
        case 'num':
          return `${t.value.toFixed()}${t.unit}`;
        case 'op':
          return t.op === '*' ? '×' : t.op;
        case '(':
        case ')':
          return t.t;
        case 'per':
          return t.text;
        case 'word':
          return t.text;
        default:
          return '';
      }
    })
    .join('');
}
