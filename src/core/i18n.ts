/**
 * Localised text. Every user-facing string of the product lives in a messages table
 * (src/core/messages/*.ts for the core, src/taskpane/messages.ts for the pane), zh-CN first.
 */
export type Locale = 'zh-CN' | 'en-US';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface Localized {
  'zh-CN': string;
  'en-US': string;
}

export type MessageParams = Record<string, string | number>;

/** A message template pair; {name} placeholders are replaced from params. */
export type MessageTable = Record<string, Localized>;

export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function localize(entry: Localized, params: MessageParams = {}): Localized {
  return { 'zh-CN': fillTemplate(entry['zh-CN'], params), 'en-US': fillTemplate(entry['en-US'], params) };
}

/** `localize` where some parameters are themselves localized (a reason inside a message). */
export function localizeWith(entry: Localized, params: Record<string, string | number | Localized>): Localized {
  const pick = (lang: Locale): MessageParams =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return { 'zh-CN': fillTemplate(entry['zh-CN'], pick('zh-CN')), 'en-US': fillTemplate(entry['en-US'], pick('en-US')) };
}

/** 'en', 'en-GB', 'en-US' → en-US; anything else (zh-CN, zh-TW, '') → zh-CN. */
export function pickLocale(tag: string | undefined | null): Locale {
  return tag && /^en\b/i.test(tag) ? 'en-US' : 'zh-CN';
}
