/**
 * Fill colours between the ET object model and CellState: ET, like VBA, gives Interior.Color as a
 * BGR integer — "RGB(red, green, blue)" = red + green × 256 + blue × 65536 (VBA Information.RGB),
 * so #FFC7CE (red FF, green C7, blue CE) is 0xCEC7FF = 13551615. No fill is Interior.Pattern ==
 * xlPatternNone (-4142); its Color then still reads 16777215 (white), which is not "no fill".
 */

/** XlPattern / XlColorIndex constants (VBA enumerations; ET uses the same values). */
export const XL_NONE = -4142;
export const XL_PATTERN_SOLID = 1;

/** BGR integer → '#RRGGBB'. */
export function bgrToHex(bgr: number): string {
  const n = Math.round(bgr) & 0xffffff;
  const r = n & 0xff;
  const g = (n >> 8) & 0xff;
  const b = (n >> 16) & 0xff;
  return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
}

/** '#RRGGBB' (or 'RRGGBB', any case) → BGR integer; null when it is not a colour. */
export function hexToBgr(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return r + g * 256 + b * 65536;
}

function hex2(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * ET's XlPattern numbers ↔ the pattern names fill tokens carry (Office.js FillPattern, the same
 * set: VBA XlPattern enumeration, Excel.FillPattern), so a pattern token means the same on every host.
 */
const PATTERNS: Record<string, number> = {
  Solid: 1,
  Gray50: -4125,
  Gray75: -4126,
  Gray25: -4124,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
  Gray16: 17,
  Gray8: 18,
  LinearGradient: 4000,
  RectangularGradient: 4001,
};

/** The name of an XlPattern number (its number as text when unknown, so nothing is lost). */
export function patternName(xlPattern: number): string {
  return Object.keys(PATTERNS).find((k) => PATTERNS[k] === xlPattern) ?? String(xlPattern);
}

/** The XlPattern number of a pattern name (or of a number written as text); null when unknown. */
export function xlPatternOf(name: string): number | null {
  const key = Object.keys(PATTERNS).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key) return PATTERNS[key];
  return /^-?\d+$/.test(name) ? Number(name) : null;
}
