import Decimal from 'decimal.js';
import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt, headerCell } from './shared';

/** 分值 total other than 100, or 90 when 预算执行率 carries 10 outside the table (seed 000). At the 分值 header. */
export const scoreTotal: Rule = {
  id: 'indicators/score-total',
  severity: 'warning',
  title: M.scoreTitle,
  description: M.scoreDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      const scores = table.rows.filter((r) => r.score).map((r) => r.score!.value);
      if (scores.length === 0) continue;
      const total = scores.reduce((a, b) => a.plus(b), new Decimal(0));
      if (total.eq(100) || total.eq(90)) continue;
      report(findingAt(table, headerCell(table, 'score'), localize(M.scoreBad, { total: total.toFixed() }), { actual: total.toFixed(), expected: '100' }));
    }
  },
};
