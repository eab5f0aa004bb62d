import type { Locale } from '../core/i18n';
import { ALL_RULES } from '../core/rules';

/** The rule's title in the pane's language, or its id when the rule is unknown. */
export function ruleTitle(ruleId: string, locale: Locale): string {
  return ALL_RULES.find((r) => r.id === ruleId)?.title[locale] ?? ruleId;
}
