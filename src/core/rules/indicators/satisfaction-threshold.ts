import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt, isSatisfactionRow, valueText } from './shared';

export const DEFAULT_SATISFACTION_THRESHOLD = 90;

/** A 满意度 target below the threshold (options.satisfactionThreshold, default 90%). */
export const satisfactionThreshold: Rule = {
  id: 'indicators/satisfaction-threshold',
  severity: 'warning',
  title: M.satisfactionTitle,
  description: localize(M.satisfactionDesc, { threshold: DEFAULT_SATISFACTION_THRESHOLD }),
  check({ indicators, options }, report) {
    const threshold = options.satisfactionThreshold ?? DEFAULT_SATISFACTION_THRESHOLD;
    for (const table of indicators) {
      for (const r of table.rows) {
        const n = r.value.number;
        if (r.value.kind !== 'quantity' || !n || r.unit !== '%' || !isSatisfactionRow(r)) continue;
        if (n.lt(threshold)) {
          report(findingAt(table, r.valueCell, localize(M.satisfactionLow, { value: valueText(r), threshold }), { actual: valueText(r), expected: `≥${threshold}%` }));
        }
      }
    }
  },
};
