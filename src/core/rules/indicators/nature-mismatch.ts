import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { comparatorSymbol } from '../../indicators/value';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt } from './shared';

const ORDERING = new Set(['>=', '<=', '>', '<']);

/**
 * 指标性质 inconsistent with 指标值: 定性 with a number; ≥/≤ with plain text; a value whose own
 * comparator contradicts 指标性质. "＝ 合规" is common practice and not flagged.
 */
export const natureMismatch: Rule = {
  id: 'indicators/nature-mismatch',
  severity: 'warning',
  title: M.natureTitle,
  description: M.natureDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        const v = r.value;
        const nature = r.nature;
        if (nature?.qualitative && v.kind === 'quantity') {
          report(findingAt(table, r.valueCell, localize(M.natureQualitativeNumber, { value: v.raw })));
          continue;
        }
        const ordering = nature?.comparator ?? v.comparator;
        if (ordering && ORDERING.has(ordering) && v.kind === 'text' && v.qualitative) {
          report(findingAt(table, r.valueCell, localize(M.natureComparatorText, { nature: comparatorSymbol(ordering), value: v.raw })));
          continue;
        }
        if (nature?.comparator && v.comparator && nature.comparator !== v.comparator) {
          report(findingAt(table, r.valueCell, localize(M.natureConflict, { nature: nature.text, value: v.raw })));
        }
      }
    }
  },
};
