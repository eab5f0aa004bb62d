import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { normalizeText } from '../../numbers';
import { isPlaceholderText } from '../../indicators/value';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { a1, findingAt } from './shared';

/** The same 三级 name twice under one 二级 (at the second name cell). Same names under different 二级 are normal (seed 004). */
export const duplicateName: Rule = {
  id: 'indicators/duplicate-name',
  severity: 'warning',
  title: M.duplicateTitle,
  description: M.duplicateDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      const seen = new Map<string, { row: number; col: number }>();
      for (const r of table.rows) {
        if (!r.name || !r.nameCell || isPlaceholderText(r.name)) continue;
        // Group by the 一级/二级 texts: seed 003 repeats 产出指标/数量指标 on every row instead of merging.
        const squash = (s: string | undefined) => normalizeText(s ?? '').replace(/\s+/g, '');
        const key = `${squash(r.level1?.text)}|${squash(r.level2?.text)}|${squash(r.name)}`;
        const first = seen.get(key);
        if (first) report(findingAt(table, r.nameCell, localize(M.duplicateName, { name: r.name, first: a1(first) })));
        else seen.set(key, r.nameCell);
      }
    }
  },
};
