import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { ALLOWED_LEVEL2, homeOfLevel2 } from '../../indicators/levels';
import { INDICATOR_MESSAGES as M, LEVEL1_NAMES } from '../../messages/indicators';
import { findingAt } from './shared';

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Each 二级 under an allowed 一级 (成本指标 under 产出/项目完成 is accepted); a known 二级 under the
 * wrong 一级 is an error at the 二级 cell; unknown 一级/二级 names are warnings at their cells.
 */
export const level2Placement: Rule = {
  id: 'indicators/level2-placement',
  severity: 'error',
  title: M.placementTitle,
  description: M.placementDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        const l1 = r.level1;
        const l2 = r.level2;
        if (l1 && !l1.kind) {
          report(findingAt(table, l1, localize(M.placementUnknown1, { level1: squash(l1.text) }), { severity: 'warning' }));
        }
        if (!l2) continue;
        if (!l2.kind) {
          report(findingAt(table, l2, localize(M.placementUnknown2, { level2: squash(l2.text) }), { severity: 'warning' }));
          continue;
        }
        if (l1?.kind && !ALLOWED_LEVEL2[l1.kind].includes(l2.kind)) {
          const home = LEVEL1_NAMES[homeOfLevel2(l2.kind)];
          const msg = localize(M.placementWrong, { level2: squash(l2.text), level1: squash(l1.text) });
          report(findingAt(table, l2, { 'zh-CN': msg['zh-CN'].replace('{home}', home['zh-CN']), 'en-US': msg['en-US'].replace('{home}', home['en-US']) }));
        }
      }
    }
  },
};
