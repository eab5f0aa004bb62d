import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { normalizeText, numberMentions, splitRateUnit } from '../../numbers';
import { normalizeUnit } from '../../indicators/value';
import type { IndicatorRow } from '../../indicators/model';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { a1, findingAt, isCostRow } from './shared';
import { nameSimilarity } from './similarity';

interface Counted {
  label: string;
  value: import('decimal.js').default;
  unit: string;
  text: string;
}

/** "补充资料档案827本" → label 补充资料档案, 827, 本: counts in a text with the words right before them. */
export function countedItems(text: string): Counted[] {
  const t = normalizeText(text);
  const out: Counted[] = [];
  for (const m of numberMentions(t)) {
    const unit = normalizeUnit(m.unit);
    if (!unit || unit === '%' || splitRateUnit(unit).money || /[/年月日天]/.test(unit)) continue;
    const after = t.slice(m.end, m.end + 1);
    if (after === '*' || after === '/' || /[*/]\s*$/.test(t.slice(0, m.start))) continue; // operands of arithmetic
    const clause = t.slice(0, m.start).split(/[,;。、:\n()]/).pop() ?? '';
    const label = clause.replace(/^(全区|共|约|预计|新增|其中|对|完成|另)/, '').replace(/(约|共|余|计)$/, '').trim();
    if (label.length < 2) continue;
    out.push({ label, value: m.value, unit, text: `${m.value.toFixed()}${m.unit}` });
  }
  return out;
}

/**
 * The same item counted in a 数量指标 and in a 成本指标 text of the same form must agree
 * (seed 004: 补充资料档案 827本 vs 900本). At the 数量指标 value cell.
 */
export const quantityVsCostText: Rule = {
  id: 'indicators/quantity-vs-cost-text',
  severity: 'warning',
  title: M.qtyCostTitle,
  description: M.qtyCostDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      const costItems = table.rows.filter(isCostRow).flatMap((r: IndicatorRow) => countedItems(r.value.raw).map((c) => ({ r, c })));
      if (costItems.length === 0) continue;
      for (const r of table.rows) {
        if (r.level2?.kind !== 'quantity') continue;
        for (const q of countedItems(r.value.raw)) {
          const same = costItems.filter((x) => x.c.unit === q.unit && nameSimilarity(x.c.label, q.label) >= 0.8);
          if (same.length === 0 || same.some((x) => x.c.value.eq(q.value))) continue;
          const other = same[0];
          report(
            findingAt(table, r.valueCell, localize(M.qtyCostDiffers, { label: q.label, value: q.text, label2: other.c.label, other: other.c.text, cell: a1(other.r.valueCell) }), {
              actual: q.text,
              expected: other.c.text,
            }),
          );
          break;
        }
      }
    }
  },
};
