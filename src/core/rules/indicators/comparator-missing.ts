import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt } from './shared';

/**
 * A plain quantitative value ("100%", "20人", "8万元") with no comparator reads as ＝. Common in real
 * forms (seeds 003, 004), so this is only ever a hint (info), never a warning.
 */
export const comparatorMissing: Rule = {
  id: 'indicators/comparator-missing',
  severity: 'info',
  title: M.comparatorTitle,
  description: M.comparatorDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        if (r.value.kind !== 'quantity' || r.comparator !== null || r.value.label || r.nature?.qualitative) continue;
        const at = r.nature && !r.nature.text ? r.nature.cell : r.valueCell;
        report(findingAt(table, at, localize(M.comparatorMissing, { value: r.value.raw })));
      }
    }
  },
};
