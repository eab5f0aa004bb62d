/**
 * Exact decimal money. An amount is held in 元 as a Decimal together with the tolerance its
 * document shows: "34.85万元" is 348,500元 ± 50元 (half of the last shown digit, 0.005万元).
 */
import Decimal from 'decimal.js';
import { ZERO, decimalEq, decimalOfInteger, mulExact } from './exact';

export { Decimal };

/** Money scales. 元 · 千元 · 万元 · 亿元. */
export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

export const MONEY_UNITS: MoneyUnit[] = ['元', '千元', '万元', '亿元'];

const FACTOR: Record<MoneyUnit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

export function unitFactor(unit: MoneyUnit): Decimal {
  return FACTOR[unit];
}

export function isMoneyUnit(s: string): s is MoneyUnit {
  return s === '元' || s === '千元' || s === '万元' || s === '亿元';
}

/** Number of decimals a decimal string shows ("34.85" → 2, "1,230" → 0). */
export function shownDecimals(d: Decimal): number {
  return Math.max(0, d.decimalPlaces());
}

/**
 * A Decimal from a JS number as a person reads it: binary noise is dropped
 * (0.1 + 0.2 → 0.3, 348499.99000000005 → 348499.99) by rounding to 15 significant digits.
 */
export function decimalFromNumber(n: number): Decimal {
  if (Number.isSafeInteger(n)) return decimalOfInteger(n);
  return new Decimal(n.toPrecision(15));
}

/** A hair added to comparisons of values that were stored as binary floating point. */
export const EPSILON = new Decimal('0.000001');

/** Perf: per unit, by number of decimals (no key string per call). */
const HALF_DIGIT: Record<MoneyUnit, Map<number, Decimal>> = { 元: new Map(), 千元: new Map(), 万元: new Map(), 亿元: new Map() };

/** Half of the last shown digit, in 元: halfDigit(2, '万元') = 50. */
export function halfDigit(decimals: number, unit: MoneyUnit): Decimal {
  const byDecimals = HALF_DIGIT[unit];
  let tol = byDecimals.get(decimals);
  if (!tol) {
    tol = new Decimal(10).pow(-decimals).div(2).mul(FACTOR[unit]);
    byDecimals.set(decimals, tol);
  }
  return tol;
}

/**
 * d in `unit` → 元: d × the unit's factor. Perf: × 1 (元) is skipped when it cannot change the value,
 * i.e. when d has no more significant digits than the precision a multiplication rounds to.
 */
export function timesFactor(d: Decimal, unit: MoneyUnit): Decimal {
  if (unit === '元' && d.isFinite() && d.sd() <= Decimal.precision) return d;
  return mulExact(d, FACTOR[unit]);
}

export class Money {
  private constructor(
    /** Exact amount in 元. */
    readonly yuan: Decimal,
    /** How far the true value may lie from `yuan` given the digits shown, in 元. */
    readonly tolerance: Decimal,
    /** The unit it was written in, used to render it back the way the document does. */
    readonly unit: MoneyUnit,
    readonly decimals: number,
  ) {}

  /**
   * value written in `unit` with `decimals` digits shown (default: the digits the value has; at least 2).
   * Tolerance is half of the last shown digit: 34.85万元 ± 0.005万元.
   */
  static of(value: Decimal | number | string, unit: MoneyUnit = '元', decimals?: number): Money {
    // Perf: a Decimal is immutable, so it is used as is (new Decimal(d) would only copy it).
    const d = typeof value === 'number' ? decimalFromNumber(value) : value instanceof Decimal ? value : new Decimal(value);
    // Money is read to at least 2 decimals: "18" beside a computed 18.5 is a mistake, not rounding.
    const dp = Math.max(2, decimals ?? shownDecimals(d));
    const tol = halfDigit(dp, unit);
    return new Money(timesFactor(d, unit), tol, unit, dp);
  }

  /** An exact amount (computed): no tolerance of its own. */
  static exact(yuan: Decimal, unit: MoneyUnit = '元', decimals = 2): Money {
    return new Money(yuan, ZERO, unit, decimals);
  }

  static zero(unit: MoneyUnit = '元'): Money {
    return Money.exact(ZERO, unit, 0);
  }

  in(unit: MoneyUnit): Decimal {
    return this.yuan.div(FACTOR[unit]);
  }

  plus(o: Money): Money {
    const unit = this.unit;
    return new Money(this.yuan.plus(o.yuan), this.tolerance.plus(o.tolerance), unit, Math.max(this.decimals, o.decimals));
  }

  times(k: Decimal): Money {
    return new Money(this.yuan.mul(k), this.tolerance.mul(k.abs()), this.unit, this.decimals);
  }

  isZero(): boolean {
    return this.yuan.isZero();
  }

  /**
   * True when the two amounts agree at the precision the documents show: the difference is within
   * the larger of the two tolerances (plus a hair for values stored as binary floating point).
   */
  agreesWith(o: Money): boolean {
    // Perf: equal finite amounts always agree (tolerances are never negative); no allocation.
    if (this.yuan.isFinite() && decimalEq(this.yuan, o.yuan)) return true;
    const tol = (this.tolerance.gt(o.tolerance) ? this.tolerance : o.tolerance).plus(EPSILON);
    return this.yuan.minus(o.yuan).abs().lte(tol);
  }

  /** Rendered in `unit` (default: its own) with up to `maxDecimals` significant decimals, e.g. "34.85万元". */
  format(unit: MoneyUnit = this.unit, maxDecimals = 6): string {
    return `${formatDecimal(this.in(unit), maxDecimals)}${unit}`;
  }
}

/** 1234567.5 → "1,234,567.5"; trailing zeros dropped, at most maxDecimals decimals. */
export function formatDecimal(d: Decimal, maxDecimals = 6, thousands = true): string {
  const s = d.toDecimalPlaces(maxDecimals).toFixed();
  if (!thousands) return s;
  const [int, frac] = s.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac ? '.' + frac : ''}`;
}
