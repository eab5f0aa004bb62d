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
