import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { satisfies } from '../../indicators/value';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { calcCandidates, lineCell, otherCounts, UnitQuantities, type CalcRef, type plannedQuantity } from './calc-lines';
import type Decimal from 'decimal.js';
import type { Comparator } from '../../indicators/model';
import { findingAt, valueText } from './shared';
import { uniqueBest, uniqueCovering } from './similarity';
import type { CalcLine } from '../../calc/model';

/** True when `line` is `group` or lies under it. */
function isWithin(line: CalcLine, group: CalcLine): boolean {
  for (let l: CalcLine | null = line; l; l = l.parent) if (l === group) return true;
  return false;
}

/** Could some count in [lo, hi] keep the promise "comparator n"? */
function mayKeep(lo: Decimal, hi: Decimal, comparator: Comparator | null, n: Decimal): boolean {
  switch (comparator) {
    case '>=':
      return hi.gte(n);
    case '>':
      return hi.gt(n);
    case '<=':
      return lo.lte(n);
    case '<':
      return lo.lt(n);
    default:
      return lo.lte(n) && hi.gte(n);
  }
}

/** Count units distinctive enough to pair an indicator with the only calc line counted in them (场, 期, 套 …; not 人, 次, 天). */
const DISTINCTIVE = new Set(['场', '期', '套', '份', '本', '台', '班', '册', '篇', '辆', '批', '组', '间', '户', '家']);

/**
 * 数量指标 numbers vs the quantities of the calc line(s) they clearly name — by an unambiguous name
 * match, or a name that repeats most of one group's name, or else by being the only calc line counted
 * in a distinctive unit (seed 001: "＝4场" while the budget pays 5000元/场 once). A category's quantity
 * is its children's sum (seed 000: 87人 = 34 + 53).
 */
export const quantityVsCalc: Rule = {
  id: 'indicators/quantity-vs-calc',
  severity: 'warning',
  title: M.qtyCalcTitle,
  description: M.qtyCalcDesc,
  check({ projects }, report) {
    for (const project of projects) {
      const candidates = calcCandidates(project.calc);
      if (candidates.length === 0) continue;
      const unitQuantities = new Map<string, UnitQuantities>();
      const byUnit = new Map<string, { c: CalcRef; q: NonNullable<ReturnType<typeof plannedQuantity>> }[]>();
      for (const table of project.indicators) {
        for (const r of table.rows) {
          const n = r.value.number;
          if (r.level2?.kind !== 'quantity' || r.value.kind !== 'quantity' || !n || !r.unit || r.unit === '%') continue;
          // The lines counted in this unit, computed once per unit (perf: 300 rows × 10,000 lines).
          let withQty = byUnit.get(r.unit);
          let quantities = unitQuantities.get(r.unit);
          if (!quantities) unitQuantities.set(r.unit, (quantities = new UnitQuantities(r.unit)));
          if (!withQty) {
            withQty = [];
            for (const c of candidates) {
              const q = quantities.plannedQuantity(c.line);
              if (q !== null) withQty.push({ c, q });
            }
            byUnit.set(r.unit, withQty);
          }
          let match = r.name ? uniqueBest(r.name, withQty, (x) => x.c.line.name) : null;
          // A name in other words that repeats most of a group's name (seed 000: 慰问及体检专家总数 → 八、区委联系专家、
          // 产业发展顾问春节慰问, 87人 = 34 + 53): the group, not one of its lines, is meant.
          if (!match && r.name) match = uniqueCovering(r.name, withQty, (x) => x.c.line.name, (a, b) => isWithin(b.c.line, a.c.line));
          if (!match && DISTINCTIVE.has(r.unit)) {
            const leaves = withQty.filter((x) => x.c.line.kind !== 'category');
            if (leaves.length === 1) match = leaves[0];
          }
          if (!match) continue;
          // The indicator promises "comparator n"; the plan must deliver it.
          if (satisfies(match.q, r.comparator, n)) continue;
          // Other counts the plan may rightly stand for (the same people on several lines; 人 × 期 = 人次): unsure, quiet.
          const q = quantities;
          if (otherCounts(match.c.line, r.unit, (l) => q.plannedQuantity(l)).some((x) => mayKeep(x.lo, x.hi, r.comparator, n))) continue;
          const quantity = `${match.q.toFixed()}${r.unit}`;
          report(
            findingAt(table, r.valueCell, localize(M.qtyCalcDiffers, { name: r.name, value: valueText(r), line: match.c.line.name, cell: lineCell(match.c, 'name'), quantity }), {
              expected: quantity,
              actual: valueText(r),
            }),
          );
        }
      }
    }
  },
};
