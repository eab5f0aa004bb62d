import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { amountCellValue, computeLine, crossRowFormula, sheetOf, unitSlip } from './compute';
import { Money } from '../../money';

/** a. 金额 ≠ 单价 × 数量 × factors. A 10,000× / 1,000× difference is left to calc/unit-slip. */
export const lineAmount: Rule = {
  id: 'calc/line-amount',
  severity: 'error',
  title: M.lineAmountTitle,
  description: M.lineAmountDesc,
  check({ calc, snapshot }, report) {
    for (const sheet of calc) {
      const snap = sheetOf(snapshot.sheets, sheet.sheet);
      for (const line of sheet.lines) {
        // A formula that reads another row is calc/formula-row's finding (one mistake, one finding).
        if (!line.amount || !line.amountCell || crossRowFormula(line)) continue;
        const c = computeLine(line, sheet, snap);
        if (!c || c.computed.agreesWith(line.amount) || unitSlip(c.computed, line.amount)) continue;
        const expected = Money.exact(c.computed.yuan, sheet.amountUnit).format(sheet.amountUnit);
        const actual = line.amount.format();
        const value = amountCellValue(c.computed, sheet.amountUnit);
        report({
          sheet: sheet.sheet,
          ...line.amountCell,
          message: localize(M.lineAmount, { expr: c.expression, expected, actual }),
          expected,
          actual,
          fix: c.formula
            ? { title: localize(M.fixSetFormula, { formula: c.formula }), edits: [{ kind: 'formula', sheet: sheet.sheet, ...line.amountCell, formula: c.formula }] }
            : { title: localize(M.fixSetValue, { value: expected }), edits: [{ kind: 'value', sheet: sheet.sheet, ...line.amountCell, value }] },
        });
      }
    }
  },
};
