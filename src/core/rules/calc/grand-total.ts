import type { Rule } from '../../rule';
import type { Project } from '../../projects';
import type { CalcSheet } from '../../calc/model';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { declaredSum } from './subtotal';
import { correctedAmount, sheetOf } from './compute';

/**
 * f. The calc sheet's 合计 vs its project's declared 年度资金总额: on the same sheet, else the project's
 * funds block, else its form's header block. A calc sheet not paired with a project is only compared
 * with a block on its own sheet (never with another project's total).
 */
export const grandTotal: Rule = {
  id: 'calc/grand-total',
  severity: 'error',
  title: M.grandTotalTitle,
  description: M.grandTotalDesc,
  check({ projects, snapshot }, report) {
    for (const project of projects) {
      for (const sheet of project.calc) check(project, sheet);
    }
    function check(project: Project, sheet: CalcSheet) {
      const { funds } = project;
      const form = project.indicators.find((t) => t.header.annualTotal);
      const block = (funds.find((f) => f.sheet === sheet.sheet && f.total) ?? funds.find((f) => f.total))?.total;
      const fundsSheet = block ? funds.find((f) => f.total === block)!.sheet : (form?.sheet ?? '');
      const declared = block ?? (form?.header.annualTotal ? { money: form.header.annualTotal.money, ...form.header.annualTotal.cell } : null);
      if (!declared) return;
      const total = sheet.total;
      const amount = total?.amount ?? declaredSum(sheet.roots, sheet);
      if (!amount || amount.agreesWith(declared.money)) return;
      // A wrong line already reported explains the difference: not repeated here.
      const snap = sheetOf(snapshot.sheets, sheet.sheet);
      if (declaredSum(sheet.roots, sheet, (l) => correctedAmount(l, sheet, snap))?.agreesWith(declared.money)) return;
      const at = total?.amountCell ?? { row: declared.row, col: declared.col };
      const where = total?.amountCell ? sheet.sheet : fundsSheet;
      const expected = declared.money.format(sheet.amountUnit);
      const actual = amount.format(sheet.amountUnit);
      report({ sheet: where, ...at, message: localize(M.grandTotal, { expected, actual, sheet: fundsSheet }), expected, actual });
    }
  },
};
