import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { Money } from '../../money';

/** f. 其中：财政拨款 + 其他资金 = 年度资金总额 (a blank 其他资金 is 0). */
export const fundsSplit: Rule = {
  id: 'funds/split',
  severity: 'error',
  title: M.fundsSplitTitle,
  description: M.fundsSplitDesc,
  check({ funds }, report) {
    for (const f of funds) {
      if (!f.total || !f.fiscal) continue;
      const unit = f.total.money.unit;
      const other = f.other?.money ?? Money.zero(unit);
      const sum = Money.exact(f.fiscal.money.yuan.plus(other.yuan), unit);
      if (sum.agreesWith(f.total.money)) continue;
      const expected = sum.format(unit);
      const actual = f.total.money.format();
      report({
        sheet: f.sheet,
        row: f.total.row,
        col: f.total.col,
        message: localize(M.fundsSplit, { fiscal: f.fiscal.money.format(), other: other.format(unit), expected, actual }),
        expected,
        actual,
      });
    }
  },
};
