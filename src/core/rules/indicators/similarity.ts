/**
 * Name similarity between a 三级指标 name and a calc line name: Dice coefficient over character
 * bigrams after dropping generic words (经费, 费用, 支出, 项目, 指标 …); containment counts high.
 * And coverage: how much of an indicator's name a calc line's name repeats, for the indicators that
 * name a group in their own words ("慰问及体检专家总数" for "区委联系专家、产业发展顾问春节慰问").
 */
import { normalizeText } from '../../numbers';
import { memoized } from '../../memo';

const GENERIC = /经费|费用|支出|项目|成本|指标|工作|数量|人数|次数|总数|个数|场次|场数|期数|[的及和与、,，;；:：()（）《》“”"'\s\d.、一二三四五六七八九十]/g;

// Perf: every indicator row is compared with every calc line counted in its unit (10,000 × 60).
export const coreName: (name: string) => string = memoized(
  (name) => normalizeText(name).replace(LEADING_NUMBER, '').replace(GENERIC, '').replace(TRAILING_FEE, ''),
  50_000,
);
const LEADING_NUMBER = /^[(（]?[一二三四五六七八九十\d]+[)）.、]?/;
const TRAILING_FEE = /费$/;

/** The two-character pieces of a core name, in order (perf: remembered, as core names are). */
const bigrams = memoized((s): readonly string[] => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)), 50_000);

/** 0..1: 1 for the same core name, ≥0.8 when one contains the other, else bigram Dice. */
export function nameSimilarity(a: string, b: string): number {
  const x = coreName(a);
  const y = coreName(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if ((x.length >= 2 && y.includes(x)) || (y.length >= 2 && x.includes(y))) return 0.8;
  const bx = bigrams(x);
  const by = bigrams(y);
  if (bx.length === 0 || by.length === 0) return 0;
  // Each piece of y pairs with at most one equal piece of x (a multiset intersection).
  const used = new Array<boolean>(by.length).fill(false);
  let shared = 0;
  for (const g of bx) {
    for (let j = 0; j < by.length; j++) {
      if (!used[j] && by[j] === g) {
        used[j] = true;
        shared++;
        break;
      }
    }
  }
  return (2 * shared) / (bx.length + by.length);
}

/** The single best candidate with similarity ≥ min and a clear lead over the runner-up; null when ambiguous. */
export function uniqueBest<T>(name: string, candidates: T[], nameOf: (c: T) => string, min = 0.6, margin = 0.15): T | null {
  const scored = candidates.map((c) => ({ c, s: nameSimilarity(name, nameOf(c)) })).filter((x) => x.s >= min);
  if (scored.length === 0) return null;
  scored.sort((p, q) => q.s - p.s);
  if (scored.length > 1 && scored[0].s - scored[1].s < margin) return null;
  return scored[0].c;
}

/** 0..1: the share of a's core name made of two-character pieces that b's core name contains. */
export function nameCoverage(a: string, b: string): number {
  const x = coreName(a);
  const y = coreName(b);
  if (x.length < 2 || !y) return 0;
  const covered = new Array<boolean>(x.length).fill(false);
  for (let i = 0; i + 1 < x.length; i++) if (y.includes(x.slice(i, i + 2))) covered[i] = covered[i + 1] = true;
  return covered.filter(Boolean).length / x.length;
}

/**
 * The candidate whose name covers the most of `name` (at least `min`), when that is clear: every other
 * candidate within `margin` of it lies inside it (its own lines: the group is meant, not one of its
 * lines); null when two unrelated candidates come as close.
 */
export function uniqueCovering<T>(
  name: string,
  candidates: T[],
  nameOf: (c: T) => string,
  contains: (outer: T, inner: T) => boolean,
  min = 0.6,
  margin = 0.15,
): T | null {
  const scored = candidates.map((c) => ({ c, s: nameCoverage(name, nameOf(c)) })).filter((x) => x.s >= min - margin);
  const top = Math.max(0, ...scored.map((x) => x.s));
  if (top < min) return null;
  const close = scored.filter((x) => top - x.s < margin).map((x) => x.c);
  const outer = close.filter((c) => close.every((o) => o === c || contains(c, o)));
  return outer.length === 1 ? outer[0] : null;
}
