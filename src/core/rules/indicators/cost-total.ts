import { localize } from '../../i18n';
import type { Money } from '../../money';
import type { RuleContext, Rule } from '../../rule';
import type { IndicatorSheet } from '../../indicators/model';
import { projectOfTable } from '../../projects';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { costAmount, findingAt, isCostRow } from './shared';

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
