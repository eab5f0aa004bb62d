import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { referencedRows, sumFormula } from './compute';

/** A 小计 / 合计 / category SUM whose range leaves out a line of its group, even if the cached value agrees. */
export const sumRange: Rule = {
  id: 'calc/sum-range',
  severity: 'error',
  title: M.sumRangeTitle,
  description: M.sumRangeDesc,
  check({ calc }, report) {
    for (const sheet of calc) {
      for (const line of sheet.lines) {
        if (!line.amountFormula || !line.amountCell || line.children.length === 0) continue;
        if (!/SUM\s*\(|\+/i.test(line.amountFormula)) continue;
        const refs = referencedRows(line.amountFormula, line.amountCell.col);
        if (!refs) continue;
        const members = line.children.filter((c) => c.kind !== 'subtotal' && c.amount && c.amountCell);
        // A total may add category 小计 rows instead of the categories: accept either for a member.
        const covered = (c: (typeof members)[number]) =>
          refs.has(c.row) || sheet.lines.some((s) => s.kind === 'subtotal' && s.parent === c && refs.has(s.row));
        const missing = members.filter((c) => !covered(c));
        if (missing.length === 0) continue;
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
