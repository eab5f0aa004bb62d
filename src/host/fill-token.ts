/**
 * A cell's fill as the adapter reports it in CellState.fill: '#RRGGBB' for a solid colour, null for
 * no fill, or — for a pattern fill, where Excel reports format.fill.color as null (RangeFill: "A
 * null value indicates that the entire range doesn't have uniform ... setting") — a token
 * 'pattern:<FillPattern>:<patternColor>:<color>' that the adapter can write back. The colour part
 * is empty when Excel did not say it; such a fill is put back with its pattern and pattern colour
 * on no background colour, as close as Office.js allows.
 */
export interface PatternFill {
  pattern: string;
  patternColor: string | null;
  color: string | null;
}

const PREFIX = 'pattern:';

export function fillToken(p: PatternFill): string {
  return `${PREFIX}${p.pattern}:${p.patternColor ?? ''}:${p.color ?? ''}`;
}

/** The pattern fill of a token, or null for a plain colour token. Case-insensitive prefix. */
export function parseFillToken(token: string): PatternFill | null {
  if (token.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return null;
  const [pattern = '', patternColor = '', color = ''] = token.slice(PREFIX.length).split(':');
  return { pattern, patternColor: patternColor || null, color: color || null };
}

/** A pattern fill whose background colour Excel did not report: it cannot be put back exactly. */
export function isApproximateFill(token: string | null): boolean {
  if (token === null) return false;
  const p = parseFillToken(token);
  return p !== null && p.color === null;
}
