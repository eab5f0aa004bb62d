/**
 * Lines whose amount disagrees with 单价 × 数量 × factors, shared by calc/line-amount and calc/unit-slip:
 * each reports the ones that are (or are not) an exact 10,000× / 1,000× slip, with the same fix.
 */
import type { RuleContext } from '../../rule';
import type { CalcLine, CalcSheet } from '../../calc/model';
import type { Fix } from '../../report';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { Money } from '../../money';
import { amountCellValue, computeLine, crossRowFormula, sheetOf, unitSlip, type LineComputation } from './compute';

export interface LineMismatch {
  sheet: CalcSheet;
  line: CalcLine & { amount: Money; amountCell: NonNullable<CalcLine['amountCell']> };
  computation: LineComputation;
  /** 10000, 1000 or their inverse when the amount is off by exactly that; else null. */
  slip: number | null;
  expected: string;
  actual: string;
  /** Absent where the amount is a sum of two cells (CalcSheet.amountFromParts). */
  fix?: Fix;
}

/**
 * Perf: calc/line-amount and calc/unit-slip both need the list; it is built once per check (keyed by
 * the context, which belongs to one check) and shared.
 */
const MISMATCHES = new WeakMap<RuleContext, LineMismatch[]>();

export function lineMismatches(ctx: RuleContext): LineMismatch[] {
  let found = MISMATCHES.get(ctx);
  if (!found) {
    found = findLineMismatches(ctx);
    MISMATCHES.set(ctx, found);
  }
  return found;
}

function findLineMismatches({ calc, snapshot }: RuleContext): LineMismatch[] {
  const out: LineMismatch[] = [];
  for (const sheet of calc) {
    const snap = sheetOf(snapshot.sheets, sheet.sheet);
    for (const line of sheet.lines) {
      // A formula that reads another row is calc/formula-row's finding (one mistake, one finding).
      if (!line.amount || crossRowFormula(line, sheet)) continue;
      const c = computeLine(line, sheet, snap);
      // Perf: the amount cell (made when read, for a reader's line) is asked for only on a mismatch.
      if (!c || c.computed.agreesWith(line.amount) || !line.amountCell) continue;
      const expected = Money.exact(c.computed.yuan, sheet.amountUnit).format(sheet.amountUnit);
      const at = { sheet: sheet.sheet, ...line.amountCell };
      const fix: Fix = c.formula
        ? { title: localize(M.fixSetFormula, { formula: c.formula }), edits: [{ kind: 'formula', ...at, formula: c.formula }] }
        : { title: localize(M.fixSetValue, { value: expected }), edits: [{ kind: 'value', ...at, value: amountCellValue(c.computed, sheet.amountUnit) }] };
      out.push({
        sheet,
        line: line as LineMismatch['line'],
        computation: c,
        slip: unitSlip(c.computed, line.amount),
        expected,
        actual: line.amount.format(),
        ...(sheet.amountFromParts ? {} : { fix }),
      });
    }
  }
  return out;
}
