import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { amountCellValue, computeLine, crossRowFormula, sheetOf, unitSlip as slipOf } from './compute';
import { Money } from '../../money';

/** b. An amount exactly 10,000× (元/万元) or 1,000× (元/千元) off price × quantity. */
export const unitSlip: Rule = {
  id: 'calc/unit-slip',
  severity: 'error',
  title: M.unitSlipTitle,
  description: M.unitSlipDesc,
  check({ calc, snapshot }, report) {
    for (const sheet of calc) {
      const snap = sheetOf(snapshot.sheets, sheet.sheet);
      for (const line of sheet.lines) {
        if (!line.amount || !line.amountCell || crossRowFormula(line)) continue;
        const c = computeLine(line, sheet, snap);
        const k = c && !c.computed.agreesWith(line.amount) ? slipOf(c.computed, line.amount) : null;
        if (!c || !k) continue;
        const times = k >= 1 ? k : 1 / k;
        const expected = Money.exact(c.computed.yuan, sheet.amountUnit).format(sheet.amountUnit);
        const actual = line.amount.format();
        const fixEdit = c.formula
          ? ({ kind: 'formula', sheet: sheet.sheet, ...line.amountCell, formula: c.formula } as const)
          : ({ kind: 'value', sheet: sheet.sheet, ...line.amountCell, value: amountCellValue(c.computed, sheet.amountUnit) } as const);
        report({
          sheet: sheet.sheet,
          ...line.amountCell,
          message: localize(M.unitSlip, { times, unit: times === 10000 ? '元/万元' : '元/千元', expr: c.expression, expected, actual }),
          expected,
          actual,
          fix: {
            title: c.formula ? localize(M.fixSetFormula, { formula: c.formula }) : localize(M.fixSetValue, { value: expected }),
            edits: [fixEdit],
          },
        });
      }
    }
  },
};
