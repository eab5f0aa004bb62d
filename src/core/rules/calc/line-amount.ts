import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { lineMismatches } from './line-mismatch';

/** a. 金额 ≠ 单价 × 数量 × factors. A 10,000× / 1,000× difference is calc/unit-slip's. */
export const lineAmount: Rule = {
  id: 'calc/line-amount',
  severity: 'error',
  title: M.lineAmountTitle,
  description: M.lineAmountDesc,
  check(ctx, report) {
    for (const m of lineMismatches(ctx)) {
      if (m.slip) continue;
      report({
        sheet: m.sheet.sheet,
        ...m.line.amountCell,
        message: localize(M.lineAmount, { expr: m.computation.expression, expected: m.expected, actual: m.actual }),
        expected: m.expected,
        actual: m.actual,
        fix: m.fix,
      });
    }
  },
};
