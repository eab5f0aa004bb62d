/**
 * Exact decimal operations with a fast path: when every operand and partial result is a safe integer,
 * JS number arithmetic gives the same exact result as decimal.js, without allocating; anything else goes
 * through decimal.js. Used on the hot paths of the check (10k-line sheets). Reads the documented
 * Decimal instance properties d (digit words, base 1e7), e (exponent) and s (sign).
 */
import Decimal from 'decimal.js';

/**
 * a.eq(b) without the copy of b that decimal.js's cmp makes first (perf). For finite non-zero values
 * with b's exponent in range (where that copy keeps s, e and d), the same comparison cmp makes: signs,
 * exponents, then digit words and their count; anything else is left to eq.
 */
export function decimalEq(a: Decimal, b: Decimal): boolean {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd || !ad[0] || !bd[0] || b.e > Decimal.maxE || b.e < Decimal.minE) return a.eq(b);
  if (a.s !== b.s || a.e !== b.e || ad.length !== bd.length) return false;
  for (let i = 0; i < ad.length; i++) if (ad[i] !== bd[i]) return false;
  return true;
}

/**
 * The value of x as a JS number when x is an integer within ±Number.MAX_SAFE_INTEGER (exact), else null.
 * Perf: read from the documented digit words (d, base 1e7, most significant first), exponent e and sign s,
 * without formatting. With all words integer (floor(e / 7) ≥ d.length − 1), x = Σ d[i] · 1e7^(floor(e/7) − i).
 */
export function safeIntegerOf(x: Decimal): number | null {
  const d = x.d;
  if (!d || x.e > 15) return null; // NaN / ±Infinity, or ≥ 1e16
  const k = Math.floor(x.e / 7);
  if (k < d.length - 1) return null; // has a fraction
  let n = 0;
  for (let i = 0; i < d.length; i++) n = n * 1e7 + d[i];
  for (let i = d.length - 1; i < k; i++) n *= 1e7;
  // Partial values never exceed the final one, so n is exact when it is safe (and ≥ 2^53 when it is not).
  if (n > Number.MAX_SAFE_INTEGER) return null;
  return x.s < 0 ? -n : n;
}

/**
 * ZERO.plus(v1).plus(v2)… (null for none). Perf: in JS numbers when every value and every partial sum
 * is a safe integer — then each addition is exact, as the Decimal additions are (they round only beyond
 * 20 significant digits), and so is the result; else with Decimals.
 */
export function sumDecimals(values: Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  let n = 0;
  for (const v of values) {
    const i = safeIntegerOf(v);
    if (i === null) return decimalSum(values);
    n += i;
    if (!(Math.abs(n) <= Number.MAX_SAFE_INTEGER)) return decimalSum(values);
  }
  return decimalOfInteger(n);
}

function decimalSum(values: Decimal[]): Decimal {
  let sum = ZERO;
  for (const v of values) sum = sum.plus(v);
  return sum;
}

/**
 * a × b1 × b2 … of the factors' values. Perf: in JS numbers when every value and every partial product
 * is a safe integer (exact, as the Decimal products are below 20 significant digits); else with Decimals.
 * The factors are read in place (a line's CalcFactors), without an array of their values.
 */
export function productDecimals(a: Decimal, factors: readonly { value: Decimal }[]): Decimal {
  let n = safeIntegerOf(a);
  if (n !== null) {
    for (const f of factors) {
      const i = safeIntegerOf(f.value);
      if (i === null) {
        n = null;
        break;
      }
      n *= i;
      if (!(Math.abs(n) <= Number.MAX_SAFE_INTEGER)) {
        n = null;
        break;
      }
    }
  }
  if (n !== null) return decimalOfInteger(n);
  let p = a;
  for (const f of factors) p = p.mul(f.value);
  return p;
}

/**
 * a × b, a + b, a − b. Perf: in JS numbers when the operands and the result are safe integers — exact,
 * like the Decimal operation (which rounds only beyond 20 significant digits); a zero sum or difference
 * goes to Decimal, whose sign of zero differs from JS (−0 + 0).
 */
export function mulExact(a: Decimal, b: Decimal): Decimal {
  const x = safeIntegerOf(a);
  const y = x === null ? null : safeIntegerOf(b);
  if (x !== null && y !== null) {
    const n = x * y;
    if (Math.abs(n) <= Number.MAX_SAFE_INTEGER) return decimalOfInteger(n);
  }
  return a.mul(b);
}

export function plusExact(a: Decimal, b: Decimal): Decimal {
  const x = safeIntegerOf(a);
  const y = x === null ? null : safeIntegerOf(b);
  if (x !== null && y !== null) {
    const n = x + y;
    if (n !== 0 && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return decimalOfInteger(n);
  }
  return a.plus(b);
}

export function minusExact(a: Decimal, b: Decimal): Decimal {
  const x = safeIntegerOf(a);
  const y = x === null ? null : safeIntegerOf(b);
  if (x !== null && y !== null) {
    const n = x - y;
    if (n !== 0 && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return decimalOfInteger(n);
  }
  return a.minus(b);
}

/** Perf: the Decimals of small integers, shared (a Decimal is immutable); most numbers in a budget are. */
const SMALL_INTEGERS: Decimal[] = [];
const SMALL_LIMIT = 10000;

/** new Decimal(n) for a safe integer n, shared for 0 ≤ n < 10,000 (not for -0, which keeps its sign). */
export function decimalOfInteger(n: number): Decimal {
  if (n > 0 ? n < SMALL_LIMIT : n === 0 && !Object.is(n, -0)) return (SMALL_INTEGERS[n] ??= new Decimal(n));
  return new Decimal(n);
}

/** Shared zero (a Decimal is immutable). */
export const ZERO = new Decimal(0);

