import type { Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { Money, type Decimal } from '../../money';
import { sumDecimals } from '../../exact';
import type { CalcLine, CalcSheet } from '../../calc/model';
import { declaredAmount } from '../../calc/reader';
import { amountCellValue, correctedAmount, sheetOf, sumFormula, sumLeavesOut } from './compute';

/** Sum of what the lines declare (never recomputed: a wrong line is reported once, at the line). */
export function declaredSum(
  lines: readonly CalcLine[],
  sheet: CalcSheet,
  amountOf: (l: CalcLine) => Money | null = (l) => declaredAmount(l, sheet),
): Money | null {
  // Perf: Money.zero(unit).plus(Money.exact(a.yuan, unit)).plus(…) without the intermediate objects:
  // the same additions of yuan in the same order; tolerance 0, 2 decimals.
  const amounts: Decimal[] = [];
  for (const l of lines) {
    if (l.kind === 'subtotal' || l.kind === 'total') continue;
    const a = amountOf(l);
    if (a) amounts.push(a.yuan);
  }
  const sum = sumDecimals(amounts);
  return sum === null ? null : Money.exact(sum, sheet.amountUnit, 2);
}

/** c. A category amount, 小计 or 合计 that differs from the sum of its lines. */
export const subtotal: Rule = {
  id: 'calc/subtotal',
  severity: 'error',
  title: M.subtotalTitle,
  description: M.subtotalDesc,
  check({ calc, snapshot }, report) {
    for (const sheet of calc) {
      const snap = sheetOf(snapshot.sheets, sheet.sheet);
      const corrected = (l: CalcLine) => correctedAmount(l, sheet, snap);
      for (const line of sheet.lines) {
        const isGroup = line.kind === 'subtotal' || line.kind === 'total' || (line.kind === 'category' && line.children.length > 0);
        if (!isGroup || !line.amount || !line.amountCell) continue;
        // A SUM that leaves out a line is calc/sum-range's finding, with the formula that fixes both.
        if (sumLeavesOut(line, sheet)?.length) continue;
        const sum = declaredSum(line.children, sheet);
        if (!sum || sum.agreesWith(line.amount)) continue;
        // Already explained by a wrong line below (reported there): not repeated here.
        if (declaredSum(line.children, sheet, corrected)?.agreesWith(line.amount)) continue;
        const expected = sum.format(sheet.amountUnit);
        const actual = line.amount.format();
        const template = line.kind === 'total' ? M.totalSum : line.kind === 'subtotal' ? M.subtotalSum : M.categorySum;
        const rows = line.children.filter((c) => c.amount && c.amountCell).map((c) => c.row);
        const formula = rows.length > 0 ? sumFormula(rows, line.amountCell.col) : null;
        report({
          sheet: sheet.sheet,
          ...line.amountCell,
          message: localize(template, { name: line.name, expected, actual }),
          expected,
          actual,
          fix: sheet.amountFromParts
            ? undefined
            : formula && rows.length === line.children.filter((c) => c.kind !== 'subtotal').length
              ? { title: localize(M.fixSetFormula, { formula }), edits: [{ kind: 'formula', sheet: sheet.sheet, ...line.amountCell, formula }] }
              : {
                  title: localize(M.fixSetValue, { value: expected }),
                  edits: [{ kind: 'value', sheet: sheet.sheet, ...line.amountCell, value: amountCellValue(sum, sheet.amountUnit) }],
                },
        });
      }
    }
  },
};
