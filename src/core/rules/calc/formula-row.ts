import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { crossRowFormula } from './compute';

/** d. A product formula for a line amount that takes a factor from another row (=C15*D14*E15). */
export const formulaRow: Rule = {
  id: 'calc/formula-row',
  severity: 'error',
  title: M.formulaRowTitle,
  description: M.formulaRowDesc,
  check({ calc }, report) {
    for (const sheet of calc) {
      for (const line of sheet.lines) {
        const wrong = crossRowFormula(line, sheet);
        if (!wrong || !line.amountCell) continue;
        const f = wrong.formula;
        const { fixed, others } = wrong;
        report({
          sheet: sheet.sheet,
          ...line.amountCell,
          message: localize(M.formulaRow, { formula: f, refs: others.join('、'), expected: fixed }),
          expected: fixed,
          actual: f,
          fix: { title: localize(M.fixSetFormula, { formula: fixed }), edits: [{ kind: 'formula', sheet: sheet.sheet, ...line.amountCell, formula: fixed }] },
        });
      }
    }
  },
};
