import { localize } from '../../i18n';
import type { Money } from '../../money';
import type { RuleContext, Rule } from '../../rule';
import type { IndicatorSheet } from '../../indicators/model';
import { projectOfTable } from '../../projects';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { costAmount, findingAt, headerCell, isCostRow } from './shared';

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
 * The money-valued 成本指标 (元/万元, not rates like 元/人·天) in total vs 年度资金总额: above it is
 * an error; below it, when no 成本指标 is a ceiling (≤), is only a hint. At the single cost value
 * cell, or the 指标值 header when several rows add up.
 */
export const costTotal: Rule = {
  id: 'indicators/cost-total',
  severity: 'error',
  title: M.costTotalTitle,
  description: M.costTotalDesc,
  check(ctx, report) {
    for (const table of ctx.indicators) {
      const costs = table.rows.filter(isCostRow).map((r) => ({ r, money: costAmount(r) })).filter((x) => x.money);
      if (costs.length === 0) continue;
      const total = annualTotalFor(table, ctx);
      if (!total) continue;
      const sum = costs.map((x) => x.money!).reduce((a, b) => a.plus(b));
      if (sum.agreesWith(total)) continue;
      const at = costs.length === 1 ? costs[0].r.valueCell : headerCell(table, 'value');
      const params = { sum: sum.format('万元'), total: total.format('万元') };
      if (sum.yuan.gt(total.yuan)) {
        report(findingAt(table, at, localize(M.costTotalAbove, params), { actual: params.sum, expected: `≤${params.total}` }));
      } else if (!costs.some((x) => x.r.comparator === '<=' || x.r.comparator === '<')) {
        report(findingAt(table, at, localize(M.costTotalBelow, params), { actual: params.sum, expected: params.total, severity: 'info' }));
      }
    }
  },
};
