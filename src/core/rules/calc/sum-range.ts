import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { sumFormula, sumLeavesOut } from './compute';

/** A 小计 / 合计 / category SUM whose range leaves out a line of its group, even if the cached value agrees. */
export const sumRange: Rule = {
  id: 'calc/sum-range',
  severity: 'error',
  title: M.sumRangeTitle,
  description: M.sumRangeDesc,
  check({ calc }, report) {
    for (const sheet of calc) {
      for (const line of sheet.lines) {
        const missing = sumLeavesOut(line, sheet);
        if (!missing || missing.length === 0 || !line.amountCell || !line.amountFormula) continue;
        const members = line.children.filter((c) => c.kind !== 'subtotal' && c.amount && c.amountCell);
        const formula = sumFormula(members.map((c) => c.row), line.amountCell.col);
        const rows = missing.map((c) => c.row + 1).join('、');
        report({
          sheet: sheet.sheet,
          ...line.amountCell,
          message: localize(M.sumRange, { formula: line.amountFormula, rows }),
          expected: formula,
          actual: line.amountFormula,
          fix: { title: localize(M.fixSetFormula, { formula }), edits: [{ kind: 'formula', sheet: sheet.sheet, ...line.amountCell, formula }] },
        });
      }
    }
  },
};
