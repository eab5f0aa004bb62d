import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { Money } from '../../money';

/** 其中： rows must add up to the line they detail. More than the line is an error; less may be a partial list. */
export const breakdownSum: Rule = {
  id: 'calc/breakdown-sum',
  severity: 'error',
  title: M.breakdownTitle,
  description: M.breakdownDesc,
  check({ calc }, report) {
    for (const sheet of calc) {
      for (const line of sheet.lines) {
        if (line.breakdown.length === 0 || !line.amount || !line.amountCell) continue;
        const parts = line.breakdown.filter((b) => b.amount);
        if (parts.length === 0) continue;
        const sum = parts.reduce((a, b) => a.plus(Money.exact(b.amount!.yuan, sheet.amountUnit)), Money.zero(sheet.amountUnit));
        if (sum.agreesWith(line.amount)) continue;
        const expected = sum.format(sheet.amountUnit);
        const actual = line.amount.format();
        report({
          sheet: sheet.sheet,
          ...line.amountCell,
          message: localize(M.breakdownSum, { name: line.name, expected, actual }),
          expected,
          actual,
          severity: sum.yuan.gt(line.amount.yuan) ? 'error' : 'warning',
        });
      }
    }
  },
};
