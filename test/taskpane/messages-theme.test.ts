import { PANE_MESSAGES, translator } from '../../src/taskpane/messages';
import { themeKindFromOffice, paneTheme, EXCEL_BRAND } from '../../src/taskpane/theme';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pane messages', () => {
  it('every message has zh-CN and en-US text with the same placeholders', () => {
    for (const [key, m] of Object.entries(PANE_MESSAGES)) {
      expect({ key, zh: m['zh-CN'].trim().length > 0, en: m['en-US'].trim().length > 0 }).toEqual({ key, zh: true, en: true });
      expect({ key, p: placeholders(m['zh-CN']) }).toEqual({ key, p: placeholders(m['en-US']) });
    }
  });
  it('fills placeholders per language', () => {
    expect(translator('zh-CN')('fixed', { cell: '资金测算明细表!G5' })).toBe('已修正 资金测算明细表!G5。');
    expect(translator('en-US')('fixed', { cell: 'Sheet1!G5' })).toBe('Fixed Sheet1!G5.');
    expect(translator('zh-CN')('runCheck')).toBe('一键校验');
  });
});

describe('pane theme', () => {
  it('follows the Office theme: dark backgrounds give the dark theme', () => {
    expect(themeKindFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeKindFromOffice({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeKindFromOffice({ bodyBackgroundColor: '#E6E6E6' })).toBe('light'); // Office "colorful"/gray
    expect(themeKindFromOffice({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe('dark');
    expect(themeKindFromOffice(null)).toBe('light');
    expect(themeKindFromOffice({ bodyBackgroundColor: 'not a colour' })).toBe('light');
  });
  it('uses the Excel-green brand in both themes', () => {
    expect(paneTheme('light').colorBrandBackground).toBe(EXCEL_BRAND[80]);
    expect(paneTheme('dark').colorBrandForeground1).toBe(EXCEL_BRAND[110]);
    expect(paneTheme('dark').colorNeutralBackground1).not.toBe(paneTheme('light').colorNeutralBackground1);
  });
});
