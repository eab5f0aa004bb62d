import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt } from './shared';

/** 2021 layout: a quantitative 指标值 with no 度量单位 (neither in the unit column nor in the value). */
export const unitMissing: Rule = {
  id: 'indicators/unit-missing',
  severity: 'warning',
  title: M.unitTitle,
  description: M.unitDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      if (table.layout !== '2021') continue;
      for (const r of table.rows) {
        if (r.value.kind !== 'quantity' || r.unit || !r.unitColumn || r.nature?.qualitative) continue;
        report(findingAt(table, r.unitColumn.cell, localize(M.unitMissing, { value: r.value.raw })));
      }
    }
  },
};
