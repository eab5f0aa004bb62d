import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { lineMismatches } from './line-mismatch';

/** b. An amount exactly 10,000× (元/万元) or 1,000× (元/千元) off price × quantity. */
export const unitSlip: Rule = {
  id: 'calc/unit-slip',
  severity: 'error',
  title: M.unitSlipTitle,
  description: M.unitSlipDesc,
  check(ctx, report) {
    for (const m of lineMismatches(ctx)) {
      if (!m.slip) continue;
      const times = m.slip >= 1 ? m.slip : 1 / m.slip;
      const unit = times === 10000 ? '元/万元' : '元/千元';
      report({
        sheet: m.sheet.sheet,
        ...m.line.amountCell,
        message: localize(M.unitSlip, { times, unit, expr: m.computation.expression, expected: m.expected, actual: m.actual }),
        expected: m.expected,
        actual: m.actual,
        fix: m.fix,
      });
    }
  },
};
