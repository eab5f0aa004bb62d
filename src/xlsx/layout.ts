/**
 * Layout of the workbooks this tool writes (summary, 校验报告 sheets, fill output): column widths
 * sized to their content and row heights that fit wrapped text. Excel and LibreOffice do not fit
 * row heights when they open a file written by a program, so a wrapped cell keeps the default
 * 15 pt height and shows one line of a five-line text unless the file says otherwise.
 *
 * Estimates, in Excel's units (column width = number of '0' characters of the default font,
 * row height in points): a CJK or full-width character is about two '0's wide, a Latin letter,
 * digit or space about one; a line of an 11 pt font takes about 15 pt. The estimate leans to
 * more lines, never fewer: a row a little too tall is readable, one too short hides text.
 */

/** Display width of one character in '0' units of an 11 pt font. */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return 0;
  if (c < 0x7f) return /[A-Z@%&mwMW]/.test(ch) ? 1.25 : 1.05;
  // CJK, full-width forms, CJK punctuation (，。：；（）【】“”), Hangul, kana…
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000 ||
    c === 0x2014 || // ——
    c === 0x2026 || // ……
    (c >= 0x2018 && c <= 0x201f) || // “” ‘’
    c === 0x00d7 || // ×
    (c >= 0x2190 && c <= 0x22ff) || // arrows, ≤ ≥ …
    (c >= 0x2460 && c <= 0x24ff) // ①
  ) {
    return 2;
  }
  return 1.2;
}

/** Width of a text (one line) in '0' units at `fontSize` points. */
export function textWidth(text: string, fontSize = 11): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return (w * fontSize) / 11;
}

/** Lines a text takes in a wrapped cell `columnWidth` units wide. */
export function wrappedLineCount(text: string, columnWidth: number, fontSize = 11): number {
  // About one unit of the width is the cell's padding; wrapping at word boundaries loses some more.
  const usable = Math.max(1, (columnWidth - 1) * 0.92);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += Math.max(1, Math.ceil(textWidth(paragraph, fontSize) / usable));
  }
  return lines;
}

/** Points per line of text at `fontSize` (Excel's 11 pt default row is 15 pt; CJK fallback fonts run taller). */
export function lineHeight(fontSize = 11): number {
  return fontSize * 1.42;
}

/** Height (points) of a row whose cells hold these texts, wrapped in these column widths. */
export function rowHeightFor(cells: readonly { text: string; width: number; fontSize?: number; wrap?: boolean }[], minHeight = 15): number {
  let h = minHeight;
  for (const c of cells) {
    if (!c.text) continue;
    const size = c.fontSize ?? 11;
    const lines = c.wrap === false ? c.text.split(/\r?\n/).length : wrappedLineCount(c.text, c.width, size);
    // One line takes the font's ordinary row height (15 pt at 11 pt); more lines need their leading.
    h = Math.max(h, lines <= 1 ? (size * 15) / 11 : lines * lineHeight(size) + 3);
  }
  // Excel's largest row height.
  return Math.min(409, Math.round(h * 4) / 4);
}

/** A column width that fits the longest line of its texts (header included), within [min, max]. */
export function columnWidthFor(texts: readonly string[], min: number, max: number, fontSize = 11): number {
  let w = 0;
  for (const t of texts) for (const line of t.split(/\r?\n/)) w = Math.max(w, textWidth(line, fontSize));
  return Math.max(min, Math.min(max, Math.ceil(w + 2)));
}

/** Text of a cell value as a spreadsheet shows it (close enough for sizing). */
export function displayText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.result !== undefined) return displayText(o.result);
  }
  return String(v);
}
