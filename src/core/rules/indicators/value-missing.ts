import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { isPlaceholderText } from '../../indicators/value';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt } from './shared';

/** Empty or placeholder 指标值 (空, 待定, XX, ——, /, blank) at the value cell; a value without a 三级 name at the name cell. */
export const valueMissing: Rule = {
  id: 'indicators/value-missing',
  severity: 'error',
  title: M.valueMissingTitle,
  description: M.valueMissingDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        const label = r.name && !isPlaceholderText(r.name) ? r.name : r.level2?.text.replace(/\s+/g, '') ?? r.level1?.text.replace(/\s+/g, '') ?? '';
        if (r.value.kind === 'empty') {
          report(findingAt(table, r.valueCell, localize(M.valueEmpty, { name: label })));
        } else if (r.value.kind === 'placeholder') {
          report(findingAt(table, r.valueCell, localize(M.valuePlaceholder, { name: label, value: r.value.raw }), { actual: r.value.raw }));
        }
        if (r.nameCell && (!r.name || isPlaceholderText(r.name)) && r.value.kind !== 'empty' && r.value.kind !== 'placeholder') {
          report(findingAt(table, r.nameCell, M.nameMissing));
        }
      }
    }
  },
};
