/**
 * Numbering of calc lines: 一、 / （一） / 1. / （1） / ① …; each style is a level, assigned in the
 * order the styles first appear on the sheet (so a sheet that starts with "1." has it at depth 0).
 */
import { normalizeText } from '../numbers';

export type NumberingStyle = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'seq-number';

const STYLES: [NumberingStyle, RegExp][] = [
  ['cn', /^([一二三四五六七八九十百零〇]+)\s*[、.]/],
  ['cn-paren', /^\(([一二三四五六七八九十]+)\)/],
  ['arabic-paren', /^\((\d+)\)/],
  ['arabic', /^(\d+(?:\.\d+)*)\s*(?:[、]|\.(?!\d))/],
  ['circled', /^([①-⑳])/],
];

/** The characters the 'cn' pattern starts with. */
const CN_NUMERALS = '一二三四五六七八九十百零〇';

export interface Numbering {
  style: NumberingStyle;
  /** The label as written: "一、", "（一）", "1." */
  label: string;
  /** The rest of the text after the label (the line's name when numbering and name share a cell). */
  rest: string;
}

/** Perf: hoisted; a regex literal in a function body is a new RegExp object at every call. */
const DIGITS_ONLY = /^\d+$/;
const DOTTED_DIGITS = /^\d+(\.\d+)+$/;
const CN_DIGITS_ONLY = /^[一二三四五六七八九十]+$/;

/** Numbering at the start of a text cell, or of a 序号 cell that holds a bare number (3 → seq-number). */
export function parseNumbering(text: string, fromSeqColumn = false): Numbering | null {
  const t = normalizeText(text).trim();
  if (!t) return null;
  if (fromSeqColumn && DIGITS_ONLY.test(t)) return { style: 'seq-number', label: t, rest: '' };
  if (fromSeqColumn && DOTTED_DIGITS.test(t)) return { style: 'arabic', label: t, rest: '' };
  // Perf: every pattern is anchored and starts with a character of its own; try only those that can match.
  const first = t[0];
  const mayMatch = first === '(' || (first >= '0' && first <= '9') || CN_NUMERALS.includes(first) || (first >= '①' && first <= '⑳');
  if (mayMatch) {
    for (const [style, re] of STYLES) {
      const m = re.exec(t);
      if (m) return { style, label: m[0].trim(), rest: t.slice(m[0].length).trim() };
    }
  }
  if (fromSeqColumn && CN_DIGITS_ONLY.test(t)) return { style: 'cn', label: t, rest: '' };
  return null;
}

/** Assigns depths to styles in order of first appearance. */
export class NumberingLevels {
  private order: NumberingStyle[] = [];
  depth(style: NumberingStyle): number {
    let i = this.order.indexOf(style);
    if (i < 0) {
      this.order.push(style);
      i = this.order.length - 1;
    }
    return i;
  }
}
