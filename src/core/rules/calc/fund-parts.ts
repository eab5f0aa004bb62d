import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { Money } from '../../money';

/**
 * Where 金额 splits into 财政拨款 | 其他资金 | 小计 (a two-row header), each line's parts add up to its 小计.
 * Reported once, at the 小计 cell (the line's amount); a blank part is 0, a line with no part is skipped.
 */
export const fundParts: Rule = {
  id: 'calc/fund-parts',
  severity: 'error',
  title: M.fundPartsTitle,
  description: M.fundPartsDesc,
  check({ calc }, report) {
    for (const sheet of calc) {
      for (const line of sheet.lines) {
        const parts = line.funds;
        if (!parts || !line.amount || !line.amountCell) continue;
        const unit = line.amount.unit;
        const fiscal = parts.fiscal ?? Money.zero(unit);
        const other = parts.other ?? Money.zero(unit);
        const sum = Money.exact(fiscal.yuan.plus(other.yuan), unit);
        if (sum.agreesWith(line.amount)) continue;
        const expected = sum.format(unit);
        const actual = line.amount.format();
        report({
          sheet: sheet.sheet,
          ...line.amountCell,
          message: localize(M.fundParts, { fiscal: fiscal.format(unit), other: other.format(unit), expected, actual }),
          expected,
          actual,
        });
      }
    }
  },
};
