import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import type { Comparator } from '../../indicators/model';
import type { Money } from '../../money';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { calcCandidates, lineCell } from './calc-lines';
import { costAmount, findingAt, isCostRow, valueText } from './shared';
import { uniqueBest } from './similarity';
import { correctedAmount, sheetOf } from '../calc/compute';

/** Does the calc amount satisfy "comparator indicator" at the documents' precision? */
function agrees(calc: Money, comparator: Comparator | null, indicator: Money): boolean {
  if (calc.agreesWith(indicator)) return true;
  switch (comparator) {
    case '<=':
    case '<':
      return calc.yuan.lte(indicator.yuan);
    case '>=':
    case '>':
      return calc.yuan.gte(indicator.yuan);
    default:
      return false;
  }
}

/**
 * Each money-valued 成本指标 vs the calc category or line it names (unambiguous name similarity),
 * honouring its comparator. At the 指标值 cell; expected is the calc amount.
 */
export const costVsCalc: Rule = {
  id: 'indicators/cost-vs-calc',
  severity: 'warning',
  title: M.costCalcTitle,
  description: M.costCalcDesc,
  check({ projects, snapshot }, report) {
    for (const project of projects) {
      const candidates = calcCandidates(project.calc, ['category', 'item']).filter((c) => c.line.amount);
      if (candidates.length === 0) continue;
      for (const table of project.indicators) {
        for (const r of table.rows) {
          if (!isCostRow(r) || !r.name) continue;
          const money = costAmount(r);
          if (!money) continue;
          const match = uniqueBest(r.name, candidates, (c) => c.line.name);
          if (!match || !match.line.amount) continue;
          // Compared with what the line should hold: a wrong calc line is reported on the calc sheet, not again here.
          const should = correctedAmount(match.line, match.sheet, sheetOf(snapshot.sheets, match.sheet.sheet)) ?? match.line.amount;
          if (agrees(match.line.amount, r.comparator, money) || agrees(should, r.comparator, money)) continue;
          const amount = match.line.amount.format(money.unit);
          report(
            findingAt(table, r.valueCell, localize(M.costCalcDiffers, { name: r.name, value: valueText(r), line: match.line.name, cell: lineCell(match), amount }), {
              expected: amount,
              actual: money.format(),
            }),
          );
        }
      }
    }
  },
};
