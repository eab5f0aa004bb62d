import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import type { Level1Kind } from '../../indicators/model';
import { INDICATOR_MESSAGES as M, LEVEL1_NAMES } from '../../messages/indicators';
import { findingAt, headerCell, isCostRow, isSatisfactionRow } from './shared';
import type { IndicatorSheet } from '../../indicators/model';

/** Which 一级 a form has: 成本 also counts when it is a 二级 under 产出 (older layout). */
export function presentLevels(table: IndicatorSheet): Set<Level1Kind> {
  const present = new Set<Level1Kind>();
  for (const r of table.rows) {
    if (r.level1?.kind) present.add(r.level1.kind);
    if (isCostRow(r)) present.add('cost');
    if (isSatisfactionRow(r) && (r.level1?.kind === 'satisfaction' || r.level2?.kind === 'satisfaction')) present.add('satisfaction');
  }
  return present;
}

function joinNames(kinds: Level1Kind[]) {
  return {
    'zh-CN': kinds.map((k) => LEVEL1_NAMES[k]['zh-CN']).join('、'),
    'en-US': kinds.map((k) => LEVEL1_NAMES[k]['en-US']).join(', '),
  };
}

/** 产出 and 效益 must be present (error); the finding sits on the 一级指标 header cell. */
export const requiredLevels: Rule = {
  id: 'indicators/required-levels',
  severity: 'error',
  title: M.requiredTitle,
  description: M.requiredDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      const present = presentLevels(table);
      const missing = (['output', 'benefit'] as Level1Kind[]).filter((k) => !present.has(k));
      if (missing.length === 0) continue;
      const names = joinNames(missing);
      const msg = M.requiredMissing;
      report(findingAt(table, headerCell(table, 'level1'), {
        'zh-CN': localize(msg, { names: names['zh-CN'] })['zh-CN'],
        'en-US': localize(msg, { names: names['en-US'] })['en-US'],
      }));
    }
  },
};

/** 满意度 and 成本 absent → warning, on the 一级指标 header cell. */
export const recommendedLevels: Rule = {
  id: 'indicators/recommended-levels',
  severity: 'warning',
  title: M.recommendedTitle,
  description: M.recommendedDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      const present = presentLevels(table);
      const missing = (['satisfaction', 'cost'] as Level1Kind[]).filter((k) => !present.has(k));
      if (missing.length === 0) continue;
      const names = joinNames(missing);
      const msg = M.recommendedMissing;
      report(findingAt(table, headerCell(table, 'level1'), {
        'zh-CN': localize(msg, { names: names['zh-CN'] })['zh-CN'],
        'en-US': localize(msg, { names: names['en-US'] })['en-US'],
      }));
    }
  },
};
