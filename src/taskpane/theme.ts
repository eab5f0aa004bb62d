/**
 * The pane's Fluent theme: an Excel-green brand ramp on Fluent's light or dark base, chosen from
 * the Office theme (Office.context.officeTheme) the way built-in panes follow it.
 */
import { createDarkTheme, createLightTheme, type BrandVariants, type Theme } from '@fluentui/react-components';

/** Brand ramp around Excel's green #107C41 (brand 80). */
export const EXCEL_BRAND: BrandVariants = {
  10: '#020805',
  20: '#0B2216',
  30: '#0D3720',
  40: '#0E4628',
  50: '#0F5630',
  60: '#0F6637',
  70: '#10733D',
  80: '#107C41',
  90: '#2A8A53',
  100: '#439865',
  110: '#5BA677',
  120: '#73B48A',
  130: '#8BC29D',
  140: '#A4D0B1',
  150: '#BDDEC6',
  160: '#D6ECDB',
};

export type ThemeKind = 'light' | 'dark';

export function paneTheme(kind: ThemeKind): Theme {
  if (kind === 'light') return createLightTheme(EXCEL_BRAND);
  const dark = createDarkTheme(EXCEL_BRAND);
  // Brand text and links need the lighter end of the ramp on a dark background.
  return { ...dark, colorBrandForeground1: EXCEL_BRAND[110], colorBrandForeground2: EXCEL_BRAND[120], colorBrandForegroundLink: EXCEL_BRAND[120] };
}

/** Relative luminance of '#RRGGBB' (0 black … 1 white); null for anything else. */
export function luminance(hex: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light or dark from the Office theme's body background (isDarkTheme where the host reports it). */
export function themeKindFromOffice(theme: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | undefined | null): ThemeKind {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const l = luminance(theme.bodyBackgroundColor);
  return l !== null && l < 0.35 ? 'dark' : 'light';
}
