import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(:])/g;

/** d. A product formula for a line amount that takes a factor from another row (=C15*D14*E15). */
export const formulaRow: Rule = {
  id: 'calc/formula-row',
  severity: 'error',
  title: M.formulaRowTitle,
  description: M.formulaRowDesc,
  check({ calc }, report) {
    for (const sheet of calc) {
      for (const line of sheet.lines) {
        const f = line.amountFormula;
        if (!f || !line.amountCell || line.kind === 'subtotal' || line.kind === 'total') continue;
        if (/[A-Z]+\s*\(|!|:/i.test(f) || !/[*/]/.test(f)) continue; // functions, ranges, other sheets: not a product
        const others: string[] = [];
        const fixed = f.toUpperCase().replace(REF, (whole, d1: string, colL: string, d2: string, rowN: string) => {
          // An absolute row ($C$2: a shared rate) is meant; a relative one from another row is a slip.
          if (Number(rowN) - 1 === line.row || d2 === '$') return whole;
          others.push(`${colL}${rowN}`);
          return `${d1}${colL}${d2}${line.row + 1}`;
        });
        if (others.length === 0) continue;
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
