import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { declaredSum } from './subtotal';
import { correctedAmount, sheetOf } from './compute';

/** f. The calc sheet's 合计 vs the declared 年度资金总额 (on the same sheet, else anywhere in the workbook). */
export const grandTotal: Rule = {
  id: 'calc/grand-total',
  severity: 'error',
  title: M.grandTotalTitle,
  description: M.grandTotalDesc,
  check({ calc, funds, snapshot }, report) {
    for (const sheet of calc) {
      const declared = (funds.find((f) => f.sheet === sheet.sheet && f.total) ?? funds.find((f) => f.total))?.total;
      const fundsSheet = funds.find((f) => f.total === declared)?.sheet ?? '';
      if (!declared) continue;
      const total = sheet.total;
      const amount = total?.amount ?? declaredSum(sheet.roots, sheet);
      if (!amount || amount.agreesWith(declared.money)) continue;
      // A wrong line already reported explains the difference: not repeated here.
      const snap = sheetOf(snapshot.sheets, sheet.sheet);
      if (declaredSum(sheet.roots, sheet, (l) => correctedAmount(l, sheet, snap))?.agreesWith(declared.money)) continue;
      const at = total?.amountCell ?? { row: declared.row, col: declared.col };
      const where = total?.amountCell ? sheet.sheet : fundsSheet;
      const expected = declared.money.format(sheet.amountUnit);
      const actual = amount.format(sheet.amountUnit);
      report({ sheet: where, ...at, message: localize(M.grandTotal, { expected, actual, sheet: fundsSheet }), expected, actual });
    }
  },
};
