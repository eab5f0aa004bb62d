import type { FindingInput, Rule } from '../../rule';
import { localize } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { Money, formatDecimal } from '../../money';
import { analyzeText, mayHaveArithmetic, type TextArithmetic } from '../../text/arithmetic';
import { computeLine, sheetOf } from './compute';
import type { CalcLine, CalcSheet } from '../../calc/model';
import type { SheetSnapshot } from '../../snapshot';

/** e. Arithmetic written in 测算依据 / 测算说明 / item names, and its agreement with the line amount. */
export const textArithmetic: Rule = {
  id: 'calc/text-arithmetic',
  severity: 'error',
  title: M.textArithmeticTitle,
  description: M.textArithmeticDesc,
  check({ calc, snapshot }, report) {
    // Perf: one analysis per distinct text in this check (sheets repeat their 测算依据 patterns); texts
    // that cannot hold arithmetic (most names) are not analysed at all.
    const analyses = new Map<string, TextArithmetic>();
    const analyze = (text: string): TextArithmetic => {
      if (!mayHaveArithmetic(text)) return NOTHING;
      let a = analyses.get(text);
      if (!a) analyses.set(text, (a = reportable(analyzeText(text))));
      return a;
    };
    for (const sheet of calc) {
      const snap = sheetOf(snapshot.sheets, sheet.sheet);
      for (const line of sheet.lines) {
        if (line.basis) checkText(line.basis, 'basisCell', analyze, line, sheet, snap, report);
        if (line.name) checkText(line.name, 'nameCell', analyze, line, sheet, snap, report);
      }
    }
  },
};

/** What analyzeText finds in a text without arithmetic. */
const NOTHING: TextArithmetic = Object.freeze({ equations: [], totals: [], finalAmount: null });

/**
 * What checkText reads of an analysis: agreeing equations and totals report nothing, so they are left
 * out (perf: a cached analysis would otherwise keep every text's tokens alive until the rule ends).
 */
function reportable(a: TextArithmetic): TextArithmetic {
  if (a.equations.every((e) => e.agrees) && a.totals.every((t) => t.agrees || !t.computed)) {
    return a.finalAmount ? { equations: [], totals: [], finalAmount: a.finalAmount } : NOTHING;
  }
  return a;
}

/** Perf: the text's cell is named, and only read (made, for a reader's line) when there is a finding. */
function checkText(
  text: string,
  cellOf: 'basisCell' | 'nameCell',
  analyze: (text: string) => TextArithmetic,
  line: CalcLine,
  sheet: CalcSheet,
  snap: SheetSnapshot | undefined,
  report: (f: FindingInput) => void,
): void {
  const result = analyze(text);
  // Perf: the cell is asked for (made, for a reader's line) only when the text holds arithmetic.
  if (result === NOTHING || !line[cellOf]) return;
  let wrong = false;
  for (const eq of result.equations) {
    if (eq.agrees || !eq.stated) continue;
    wrong = true;
    const unit = eq.stated.money ? (eq.stated.unit as Money['unit']) : null;
    const expected = unit ? Money.exact(eq.computed.value, unit).format(unit) : `${formatDecimal(eq.computed.value)}${eq.stated.unit}`;
    const actual = `${formatDecimal(unit ? eq.stated.value.div(Money.of(1, unit).yuan) : eq.stated.value)}${eq.stated.unit}`;
    report({ sheet: sheet.sheet, ...line[cellOf]!, message: localize(M.textEquation, { expr: eq.expression, expected, actual }), expected, actual });
  }
  for (const t of result.totals) {
    if (t.agrees || !t.computed) continue;
    wrong = true;
    const expected = Money.exact(t.computed, t.stated.unit).format(t.stated.unit);
    const actual = t.stated.format();
    report({ sheet: sheet.sheet, ...line[cellOf]!, message: localize(M.textTotal, { expr: t.explanation, expected, actual }), expected, actual });
  }
  // The text's final amount vs the amount cell — unless price × quantity already judges that cell.
  if (!wrong && result.finalAmount && line.amount && computeLine(line, sheet, snap) === null && line.amountCell) {
    if (!result.finalAmount.agreesWith(line.amount) && !sumsWithinGroup(line, result.finalAmount)) {
      const expected = result.finalAmount.format();
      const actual = line.amount.format();
      report({ sheet: sheet.sheet, ...line.amountCell, message: localize(M.textVsAmount, { expected, actual }), expected, actual });
    }
  }
}

/** A category's text may state the amount of one of its lines; that is not a contradiction. */
function sumsWithinGroup(line: CalcLine, amount: Money): boolean {
  return line.children.some((c) => c.amount?.agreesWith(amount)) || line.breakdown.some((c) => c.amount?.agreesWith(amount));
}
