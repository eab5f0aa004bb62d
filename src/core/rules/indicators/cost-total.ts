import { localize } from '../../i18n';
import Decimal from 'decimal.js';
import { Money } from '../../money';
import type { RuleContext, Rule } from '../../rule';
import type { IndicatorSheet } from '../../indicators/model';
import { projectOfTable } from '../../projects';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { costAmount, findingAt, isCostRow } from './shared';
import { correctedAmount, sheetOf } from '../calc/compute';

/**
 * 年度资金总额 for a form: the lead's ctx.funds entry inside this form's header block, else the
 * form's own header block, else its project's only declared total (a calc sheet's header) when
 * the project has a single form. Never another project's total.
 */
export function annualTotalFor(table: IndicatorSheet, ctx: RuleContext): Money | null {
  const inBlock = ctx.funds.find((f) => f.sheet === table.sheet && f.total && f.total.row >= table.blockTop && f.total.row < table.headerRow);
  if (inBlock?.total) return inBlock.total.money;
  if (table.header.annualTotal) return table.header.annualTotal.money;
  const project = projectOfTable(ctx.projects, table);
  if (!project) return null;
  const declared = project.funds.filter((f) => f.total);
  if (declared.length === 1 && project.indicators.length === 1) return declared[0].total!.money;
  return null;
}

/**
 * 年度资金总额 as it will be once the project's calc lines the checker corrects are fixed: the total
 * plus each corrected item's difference from what it says. Null when no item needs correcting.
 */
function correctedTotal(total: Money, table: IndicatorSheet, ctx: RuleContext): Money | null {
  const project = projectOfTable(ctx.projects, table);
  if (!project) return null;
  let delta: Decimal | null = null;
  for (const calc of project.calc) {
    const sheet = sheetOf(ctx.snapshot.sheets, calc.sheet);
    for (const line of calc.lines) {
      if (line.kind !== 'item' || !line.amount) continue;
      const fixed = correctedAmount(line, calc, sheet);
      if (!fixed || fixed.agreesWith(line.amount)) continue;
      delta = (delta ?? new Decimal(0)).plus(fixed.yuan.minus(line.amount.yuan));
    }
  }
  return delta ? total.plus(Money.exact(delta, total.unit)) : null;
}

/** A 成本指标 that stands for the whole project (项目总成本, 总支出, 成本合计): the others are its parts. */
const TOTAL_COST_NAME = /总成本|总支出|总投入|总预算|总额|总计|合计|项目成本|项目支出成本|全部成本/;

/**
 * The money-valued 成本指标 (元/万元, not rates like 元/人·天) vs 年度资金总额: a 项目总成本 row alone
 * when the form has one (the category rows are its parts, compared with their calc categories by
 * cost-vs-calc), else all of them added up. Above is an error; below, when no 成本指标 is a ceiling
 * (≤), only a hint. At the total row's value cell, else the first cost row's, never at a header.
 */
export const costTotal: Rule = {
  id: 'indicators/cost-total',
  severity: 'error',
  title: M.costTotalTitle,
  description: M.costTotalDesc,
  check(ctx, report) {
    for (const table of ctx.indicators) {
      let costs = table.rows.filter(isCostRow).map((r) => ({ r, money: costAmount(r) })).filter((x) => x.money);
      if (costs.length === 0) continue;
      const totals = costs.filter((x) => TOTAL_COST_NAME.test(x.r.name));
      if (totals.length === 1 && costs.length > 1) costs = totals;
      const total = annualTotalFor(table, ctx);
      if (!total) continue;
      const sum = costs.map((x) => x.money!).reduce((a, b) => a.plus(b));
      if (sum.agreesWith(total)) continue;
      // One mistake, one finding: a 成本指标 that agrees with the total once the checker's line
      // corrections are made was written from the right figures; calc/line-amount has the mistake.
      const corrected = correctedTotal(total, table, ctx);
      if (corrected && sum.agreesWith(corrected)) continue;
      const at = costs[0].r.valueCell;
      const params = { sum: sum.format('万元'), total: total.format('万元') };
      if (sum.yuan.gt(total.yuan)) {
        report(findingAt(table, at, localize(M.costTotalAbove, params), { actual: params.sum, expected: `≤${params.total}` }));
      } else if (!costs.some((x) => x.r.comparator === '<=' || x.r.comparator === '<')) {
        report(findingAt(table, at, localize(M.costTotalBelow, params), { actual: params.sum, expected: params.total, severity: 'info' }));
      }
    }
  },
};
