import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt, valueText } from './shared';

/** A percentage target above 100% (完成率 110%, 满意度 ≥105%). */
export const percentRange: Rule = {
  id: 'indicators/percent-range',
  severity: 'error',
  title: M.percentTitle,
  description: M.percentDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        if (r.value.kind === 'quantity' && r.value.number && r.unit === '%' && r.value.number.gt(100)) {
          report(findingAt(table, r.valueCell, localize(M.percentAbove, { value: valueText(r) }), { actual: valueText(r), expected: '≤100%' }));
        }
      }
    }
  },
};
