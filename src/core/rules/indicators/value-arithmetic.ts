import { localize } from '../../i18n';
import { formatDecimal, Money } from '../../money';
import type { Rule } from '../../rule';
import { analyzeText } from '../../text/arithmetic';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt } from './shared';

/**
 * Arithmetic written in a 指标值 (mostly 成本指标 of the local layout): equations
 * ("30人*1000元/人=3万元"), listed amounts closed by a total ("…3万元，…2万元，…预计需9万元"),
 * and a count times a per-unit amount ("至少5期，1期…12万元…预计需要46万元" → 60万元).
 */
export const valueArithmetic: Rule = {
  id: 'indicators/value-arithmetic',
  severity: 'error',
  title: M.arithmeticTitle,
  description: M.arithmeticDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        if (r.value.kind !== 'text' || r.value.qualitative) continue;
        const a = analyzeText(r.value.raw);
        const eq = a.equations.find((e) => !e.agrees && e.stated);
        if (eq && eq.stated) {
          const show = (yuan: import('decimal.js').default, money: boolean) =>
            money ? Money.exact(yuan).format(eq.stated!.unit === '元' ? '元' : '万元') : formatDecimal(yuan);
          const computed = show(eq.computed.value, eq.computed.money);
          const stated = `${formatDecimal(eq.stated.money ? Money.exact(eq.stated.value).in(eq.stated.unit === '元' ? '元' : '万元') : eq.stated.value)}${eq.stated.unit}`;
          report(findingAt(table, r.valueCell, localize(M.arithmeticEquation, { expression: eq.expression, computed, stated }), { expected: computed, actual: stated }));
          continue;
        }
        const total = a.totals.find((t) => !t.agrees && t.computed !== null);
        if (total && total.computed) {
          const unit = total.stated.unit;
          const computed = Money.exact(total.computed).format(unit);
          const stated = total.stated.format(unit);
          report(findingAt(table, r.valueCell, localize(M.arithmeticTotal, { explanation: total.explanation, computed, stated }), { expected: computed, actual: stated }));
        }
      }
    }
  },
};
