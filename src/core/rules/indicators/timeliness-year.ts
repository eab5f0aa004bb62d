import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt } from './shared';

/**
 * A 时效指标 date or period outside the budget year. The year is the form's own (title
 * "（2026年度）", 项目期, header dates), else options.budgetYear; without one the rule stays silent.
 */
export const timelinessYear: Rule = {
  id: 'indicators/timeliness-year',
  severity: 'warning',
  title: M.timelinessTitle,
  description: M.timelinessDesc,
  check({ indicators, options }, report) {
    for (const table of indicators) {
      const year = table.budgetYear?.year ?? options.budgetYear;
      if (!year) continue;
      for (const r of table.rows) {
        if (r.level2?.kind !== 'timeliness') continue;
        const off = r.value.dates.find((d) => d.year !== null && d.year !== year);
        if (off) {
          report(findingAt(table, r.valueCell, localize(M.timelinessOutside, { value: r.value.raw, year }), { actual: String(off.year), expected: String(year) }));
        }
      }
    }
  },
};
