/**
 * A worksheet part's <sheetData>, patched: the `s=` (cell format) of the cells to mark is replaced
 * by a format with the mark's fill; cells that do not exist yet are inserted, in column order, into
 * their row (rows likewise). Everything else — values, formulas, other cells and rows — is copied
 * as text, unchanged.
 */
import { PackageError } from './opc';
import type { StylesPatch } from './styles';
import { attrsOf, removeAttr, setAttr } from './xml';

/** 0-based column → A, B, …, AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(ref: string): number {
  const letters = /^\$?([A-Za-z]+)/.exec(ref)?.[1];
  if (!letters) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Column formats declared in <cols> (0-based column → xf), for cells created in a formatted column. */
function columnStyles(xml: string, prefix: string): (col: number) => number | null {
  const ranges: { min: number; max: number; style: number }[] = [];
  const cols = new RegExp(`<${prefix}cols\\b[^>]*>([\\s\\S]*?)</${prefix}cols>`).exec(xml);
  if (cols) {
    for (const m of cols[1].matchAll(new RegExp(`<${prefix}col\\b([^>]*?)/?>`, 'g'))) {
      const a = attrsOf(m[1]);
      if (a.style !== undefined) ranges.push({ min: Number(a.min) - 1, max: Number(a.max) - 1, style: Number(a.style) });
    }
  }
  return (col) => ranges.find((r) => col >= r.min && col <= r.max)?.style ?? null;
}

/**
 * Marks cells: `fills` maps 0-based row → 0-based column → ARGB fill. Returns the patched sheet text.
 * Throws PackageError when the sheet has no <sheetData> it can read.
 */
export function fillCells(xml: string, prefix: string, fills: Map<number, Map<number, string>>, styles: StylesPatch): string {
  const open = new RegExp(`<${prefix}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new PackageError('unsupported', 'worksheet without sheetData');
  const contentStart = open.index + open[0].length;
  let contentEnd: number;
  let head: string;
  let tail: string;
  if (open[1] === '/') {
    head = xml.slice(0, open.index) + open[0].replace(/\s*\/>$/, '>');
    contentEnd = contentStart;
    tail = `</${prefix}sheetData>` + xml.slice(contentStart);
  } else {
    contentEnd = xml.indexOf(`</${prefix}sheetData>`, contentStart);
    if (contentEnd < 0) throw new PackageError('unsupported', 'unterminated sheetData');
    head = xml.slice(0, contentStart);
    tail = xml.slice(contentEnd);
  }
  const colStyle = columnStyles(xml, prefix);
  const content = xml.slice(contentStart, contentEnd);
  const pending = [...fills.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  const rowRe = new RegExp(`<${prefix}row\\b[^>]*?(/?)>`, 'g');
  let cursor = 0;
  let lastRow = -1;
  const newRow = (row: number) => {
    const cols = [...fills.get(row)!.entries()].sort((a, b) => a[0] - b[0]);
    const cells = cols.map(([col, argb]) => `<${prefix}c r="${columnLetters(col)}${row + 1}" s="${styles.withFill(colStyle(col) ?? 0, argb)}"/>`);
    return `<${prefix}row r="${row + 1}">${cells.join('')}</${prefix}row>`;
  };
  for (let m = rowRe.exec(content); m; m = rowRe.exec(content)) {
    const a = attrsOf(m[0].slice(prefix.length + 4));
    const row = a.r !== undefined ? Number(a.r) - 1 : lastRow + 1;
    if (!Number.isInteger(row) || row < 0) throw new PackageError('unsupported', `row r="${a.r}"`);
    lastRow = row;
    const selfClosing = m[1] === '/';
    const rowEnd = selfClosing ? m.index + m[0].length : content.indexOf(`</${prefix}row>`, m.index);
    if (rowEnd < 0) throw new PackageError('unsupported', 'unterminated row');
    // Rows to create before this one.
    while (pending.length && pending[0] < row) {
      out.push(content.slice(cursor, m.index));
      cursor = m.index;
      out.push(newRow(pending.shift()!));
    }
    if (pending[0] === row) {
      pending.shift();
      out.push(content.slice(cursor, m.index));
      const rowStyle = a.customFormat === '1' || a.customFormat === 'true' ? Number(a.s ?? 0) : null;
      const inner = selfClosing ? '' : content.slice(m.index + m[0].length, rowEnd);
      const startTag = removeAttr(selfClosing ? m[0].replace(/\s*\/>$/, '>') : m[0], 'spans');
      out.push(startTag, patchRow(inner, prefix, row, fills.get(row)!, styles, (col) => rowStyle ?? colStyle(col) ?? 0), `</${prefix}row>`);
      cursor = selfClosing ? rowEnd : rowEnd + `</${prefix}row>`.length;
      rowRe.lastIndex = cursor;
    } else {
      rowRe.lastIndex = selfClosing ? rowEnd : rowEnd + 1;
    }
  }
  out.push(content.slice(cursor));
  while (pending.length) out.push(newRow(pending.shift()!));
  return head + out.join('') + tail;
}

function patchRow(inner: string, prefix: string, row: number, fills: Map<number, string>, styles: StylesPatch, defaultStyle: (col: number) => number): string {
  const pending = [...fills.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  const cellRe = new RegExp(`<${prefix}c\\b[^>]*?(/?)>`, 'g');
  let cursor = 0;
  let lastCol = -1;
  const newCell = (col: number) => `<${prefix}c r="${columnLetters(col)}${row + 1}" s="${styles.withFill(defaultStyle(col), fills.get(col)!)}"/>`;
  for (let m = cellRe.exec(inner); m; m = cellRe.exec(inner)) {
    const a = attrsOf(m[0].slice(prefix.length + 2));
    const col = a.r !== undefined ? columnIndex(a.r) : lastCol + 1;
    if (col < 0) throw new PackageError('unsupported', `cell r="${a.r}"`);
    lastCol = col;
    const selfClosing = m[1] === '/';
    const close = `</${prefix}c>`;
    const cellEnd = selfClosing ? m.index + m[0].length : inner.indexOf(close, m.index) + close.length;
    if (cellEnd < m.index) throw new PackageError('unsupported', 'unterminated cell');
    while (pending.length && pending[0] < col) {
      out.push(inner.slice(cursor, m.index));
      cursor = m.index;
      out.push(newCell(pending.shift()!));
    }
    if (pending[0] === col) {
      pending.shift();
      out.push(inner.slice(cursor, m.index));
      const base = a.s !== undefined ? Number(a.s) : defaultStyle(col);
      out.push(setAttr(m[0], 's', String(styles.withFill(base, fills.get(col)!))));
      cursor = m.index + m[0].length;
    }
    cellRe.lastIndex = cellEnd;
  }
  out.push(inner.slice(cursor));
  while (pending.length) out.push(newCell(pending.shift()!));
  return out.join('');
}
