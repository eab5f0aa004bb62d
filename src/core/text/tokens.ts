/**
 * Tokens of arithmetic written in Chinese text: "30人*1000元/人=3万元", "4期×每期12.5万元=46万元",
 * "4000元/人×(13+67+12)人=36.8万元", "…，共2.22万元", "预计需要46万元".
 */
import Decimal from 'decimal.js';
import { normalizeText } from '../numbers';
import { decimalOfInteger } from '../exact';

export type Token =
  | { t: 'num'; value: Decimal; unit: string; decimals: number; start: number; end: number }
  | { t: 'op'; op: '+' | '-' | '*' | '/'; start: number; end: number }
  | { t: '('; start: number; end: number }
  | { t: ')'; start: number; end: number }
  | { t: '='; start: number; end: number }
  /** A clause break: ，；。、 and line breaks. */
  | { t: 'sep'; ch: string; start: number; end: number }
  /** A total marker: 共 / 共计 / 合计 / 总计 / 预计需 / 预计需要 / 累计 … */
  | { t: 'total'; word: string; start: number; end: number }
  /** "每期", "每人": a per-unit prefix, ignored inside an expression. */
  | { t: 'per'; text: string; start: number; end: number }
  | { t: 'word'; text: string; start: number; end: number };

/** Count units that may follow a number; money units and rates are matched separately. */
export const COUNT_UNITS = [
  '人次', '人天', '学时', '课时', '小时', '平方米', '公里', '个月',
  '人', '次', '期', '场', '份', '本', '套', '个', '台', '天', '日', '月', '年', '班', '户', '家', '篇', '册',
  '组', '间', '辆', '项', '条', '批', '所', '处', '名', '位', '张', '件', '部', '座', '棵', '株', '吨', '亩', '米', '%',
];

const PER_UNIT = '(?:人次|人|天|日|次|期|场|份|本|套|个|台|月|年|学时|课时|班|户|家|篇|册|组|间|小时|周|批|项|名|位|张|件)';
const MONEY_UNIT_RE = `(?:亿元|万元|千元|元)(?:\\/${PER_UNIT}(?:[·*]${PER_UNIT})?)*`;
/** Sticky patterns, matched at a position without slicing the text. */
const UNIT_RE = new RegExp(`(?:${MONEY_UNIT_RE}|${COUNT_UNITS.join('|')})`, 'y');
/** Perf: the characters a unit can start with; after any other character UNIT_RE is not run. */
const UNIT_FIRST = new Set(['亿', '万', '千', '元', ...COUNT_UNITS.map((u) => u[0])]);
const PER_RE = new RegExp(PER_UNIT, 'y');
const TOTAL_WORDS = ['预计需要', '预计需', '共计需', '共计', '合计', '总计', '累计', '共需', '总额', '共'];
const TOTAL_FIRST = new Set(TOTAL_WORDS.map((w) => w[0]));
/**
 * Characters without which a text has no '=' and no total token: '=' and '＝' (normalizeText turns
 * '＝' into '=' and makes no other '='), and the first character of each total word.
 */
export const RESULT_CHARS = new RegExp(`[=＝${[...TOTAL_FIRST].join('')}]`);
const SEPARATORS = new Set([',', ';', '。', '、', '\n', '\r', ':', '；']);

/** Perf: a word token (a plain function, not a closure created per call). */
function pushWord(out: Token[], s: string, wordStart: number, end: number): void {
  if (wordStart >= 0) out.push({ t: 'word', text: s.slice(wordStart, end), start: wordStart, end });
}

/**
 * Decimal of a matched number. Perf: up to 15 plain digits are a safe integer, so the Decimal is made
 * from the JS number (decimal.js has a fast path for small integers) with the same value.
 */
function numberValue(digits: string): Decimal {
  if (digits.length <= 15 && !digits.includes(',') && !digits.includes('.')) return decimalOfInteger(Number(digits));
  return new Decimal(digits.replace(/,/g, ''));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * End of the number starting at i, or -1: what /\d+(?:,\d{3})*(?:\.\d+)?|\.\d+/y matches there (greedy,
 * and nothing follows it, so no backtracking), scanned without a match object (perf).
 */
function numberEnd(s: string, i: number): number {
  let j = i;
  if (isDigit(s.charCodeAt(j))) {
    while (isDigit(s.charCodeAt(j))) j++;
    // "1,5" is not a thousands group: only commas followed by exactly three digits.
    while (s.charCodeAt(j) === 44 && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3))) j += 4;
  } else if (s.charCodeAt(j) !== 46) return -1;
  if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
    j += 2;
    while (isDigit(s.charCodeAt(j))) j++;
  } else if (j === i) return -1; // a lone '.'
  return j;
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Perf: hoisted (a regex literal is a new object per call); replace() starts a global regex at 0. */
const FULL_WIDTH_COMMA = /，/g;

export function tokenize(text: string): Token[] {
  // A full-width comma is a clause break, never a thousands separator.
  const s = normalizeText(text.replace(FULL_WIDTH_COMMA, '、'));
  const out: Token[] = [];
  let i = 0;
  let wordStart = -1;
  while (i < s.length) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 46 /* . */) {
      if (!(i > 0 && isLatinLetter(s.charCodeAt(i - 1)))) {
        const numEnd = numberEnd(s, i);
        if (numEnd > 0) {
          pushWord(out, s, wordStart, i);
          wordStart = -1;
          const value = numberValue(s.slice(i, numEnd));
          let j = numEnd;
          while (s[j] === ' ') j++;
          let unit = '';
          if (UNIT_FIRST.has(s[j])) {
            UNIT_RE.lastIndex = j;
            // Perf: the sticky test() leaves lastIndex at the match's end; no match object.
            if (UNIT_RE.test(s)) unit = s.slice(j, UNIT_RE.lastIndex);
          }
          j += unit.length;
          out.push({ t: 'num', value, unit, decimals: Math.max(0, value.decimalPlaces()), start: i, end: j });
          i = j;
          continue;
        }
      }
    }
    const total = TOTAL_FIRST.has(ch) ? TOTAL_WORDS.find((w) => s.startsWith(w, i)) : undefined;
    if (total) {
      pushWord(out, s, wordStart, i);
      wordStart = -1;
      let j = i + total.length;
      while (s[j] === ':' || s[j] === ' ' || s[j] === '约') j++;
      out.push({ t: 'total', word: total, start: i, end: j });
      i = j;
      continue;
    }
    if (ch === '每') {
      PER_RE.lastIndex = i + 1;
      const m = PER_RE.exec(s);
      if (m) {
        pushWord(out, s, wordStart, i);
        wordStart = -1;
        out.push({ t: 'per', text: '每' + m[0], start: i, end: i + 1 + m[0].length });
        i += 1 + m[0].length;
        continue;
      }
    }
    if (ch === '+' || ch === '-' || ch === '*' || ch === '/') {
      pushWord(out, s, wordStart, i);
      wordStart = -1;
      out.push({ t: 'op', op: ch, start: i, end: i + 1 });
    } else if (ch === '(' || ch === ')') {
      pushWord(out, s, wordStart, i);
      wordStart = -1;
      out.push({ t: ch, start: i, end: i + 1 });
    } else if (ch === '=') {
      pushWord(out, s, wordStart, i);
      wordStart = -1;
      out.push({ t: '=', start: i, end: i + 1 });
    } else if (SEPARATORS.has(ch)) {
      pushWord(out, s, wordStart, i);
      wordStart = -1;
      out.push({ t: 'sep', ch, start: i, end: i + 1 });
    } else if (ch === ' ') {
      pushWord(out, s, wordStart, i);
      wordStart = -1;
    } else if (wordStart < 0) {
      wordStart = i;
    }
    i++;
  }
  pushWord(out, s, wordStart, s.length);
  return out;
}
