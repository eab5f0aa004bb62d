/**
 * Numbers out of cells and Chinese text: full-width digits and symbols, thousands separators,
 * numbers stored as text, numbers with a unit ("1,230.85万元", "30人", "≥95%").
 */
import Decimal from 'decimal.js';
import type { CellValue } from './snapshot';
import { decimalFromNumber } from './money';
import { decimalOfInteger } from './exact';
import { memoized } from './memo';

const FULL_WIDTH: Record<string, string> = {
  '＝': '=', '＊': '*', '×': '*', 'ｘ': '*', 'Ｘ': '*', '✕': '*', '╳': '*',
  '＋': '+', '－': '-', '／': '/', '÷': '/', '（': '(', '）': ')', '．': '.', '，': ',', '：': ':',
  '％': '%', '＞': '>', '＜': '<', '≧': '≥', '≦': '≤', '　': ' ', '～': '~', '；': ';',
};

/**
 * Half-width form of a text for parsing: full-width digits/letters → ASCII, ＝＊×ｘ → = *, （）→ (),
 * ＞＜ → > <. "·" between two digits (a multiplication dot) → "*"; inside units (元/人·天) it stays.
 * This runs on every cell of every sheet, so it is one regex pass, and short texts are remembered.
 */
const TO_MAP = /[\uFF01-\uFF5E\u3000×÷✕╳≧≦～]/g;
const DIGIT_DOT = /(\d)\s*[·•xX]\s*(?=\d)/g;

function halfWidth(ch: string): string {
  const mapped = FULL_WIDTH[ch];
  if (mapped) return mapped;
  const code = ch.charCodeAt(0);
  // ０-９, Ａ-Ｚ, ａ-ｚ
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return ch;
}

/** Any character either replacement could act on (DIGIT_DOT needs one of ·•xX). */
const MAY_CHANGE = /[\uFF01-\uFF5E\u3000×÷✕╳≧≦～·•xX]/;

export function normalizeText(s: string): string {
  // Perf: most cells have nothing to map: one scan, no cache entry.
  if (!MAY_CHANGE.test(s)) return s;
  // Short texts (units, labels, numbers) repeat and are remembered; long ones rarely do.
  return s.length <= 24 ? normalizeShort(s) : normalizeOnce(s);
}

function normalizeOnce(s: string): string {
  return s.replace(TO_MAP, halfWidth).replace(DIGIT_DOT, '$1*');
}
const normalizeShort = memoized(normalizeOnce, 20_000);

/** A plain number string with optional thousands separators: "1,230.85", "-3", "12.5". */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/** Decimal of a number string with optional thousands separators, or null. */
export function parsePlainNumber(s: string): Decimal | null {
  const t = normalizeText(s).trim();
  if (!PLAIN_NUMBER.test(t)) return null;
  return new Decimal(t.replace(/,/g, ''));
}

export interface NumberWithUnit {
  value: Decimal;
  /** Unit text after the number as written ('万元', '人', '元/人·天', '%'), '' when none. */
  unit: string;
  /** Decimals shown in the document (from the text or the cell's number format). */
  decimals: number;
}

/** Decimals implied by a number format such as '0.00', '#,##0.0_ ', '0%'. null when it says nothing. */
export function formatDecimals(numberFormat: string | null | undefined): number | null {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return null;
  const section = numberFormat.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const m = /[0#?]\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}

/** Perf: hoisted; a regex literal in a function body is a new RegExp object at every call. */
const NUMBER_AND_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([^\d\s].*)?$/;
const ANY_DIGIT = /[\d]/;

/**
 * The number a cell holds: a number, or a string that is a number (numbers stored as text,
 * "1,230.85", "1,230.85万元" → unit 万元). Formula errors and text are null.
 */
export function cellNumber(v: CellValue, numberFormat?: string | null): NumberWithUnit | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const value = decimalFromNumber(v);
    const fromFormat = formatDecimals(numberFormat);
    return { value, unit: '', decimals: fromFormat ?? Math.max(0, value.decimalPlaces()) };
  }
  if (typeof v !== 'string') return null;
  const t = normalizeText(v).trim();
  if (!t || t.startsWith('#')) return null;
  const m = NUMBER_AND_UNIT.exec(t);
  if (!m) return null;
  const unit = (m[2] ?? '').trim();
  // A unit is short; "2026年1—12月" or sentences are not numbers.
  if (unit.length > 8 || ANY_DIGIT.test(unit)) return null;
  const num = m[1].replace(/,/g, '');
  const value = decimalOfText(num);
  return { value, unit, decimals: Math.max(0, value.decimalPlaces()) };
}

/** cellNumber(v)?.value. Perf: a number cell's value without the NumberWithUnit object around it. */
export function cellNumberValue(v: CellValue): Decimal | null {
  if (typeof v === 'number') return Number.isFinite(v) ? decimalFromNumber(v) : null;
  return cellNumber(v)?.value ?? null;
}

const SHORT_INTEGER = /^[+-]?\d{1,15}$/;

/** new Decimal(num) for a number string without separators; perf: integers via the shared small ones. */
function decimalOfText(num: string): Decimal {
  return SHORT_INTEGER.test(num) ? decimalOfInteger(Number(num)) : new Decimal(num);
}

/** One number found in a text, with the unit that follows it and where it stands. */
export interface NumberMention extends NumberWithUnit {
  /** Index in the normalized text where the number starts and where the unit ends. */
  start: number;
  end: number;
  /** The normalized text it came from. */
  raw: string;
}

/** Units that may follow a number in budget text, longest first so 万元/人/年 wins over 万元. */
const UNIT_PATTERN =
  '(?:(?:亿元|万元|千元|元)(?:\\/(?:人次|人|天|次|期|场|份|本|套|个|台|月|年|学时|课时|班|户|家|篇|册|组|间|平方米|m2|㎡|km|公里|小时|日|周)(?:[·*](?:天|日|次|年|月))?)*' +
  '|人次|人\\*天|人天|学时|课时|小时|平方米|公里|个月|%|人|次|期|场|份|本|套|个|台|天|日|月|年|班|户|家|篇|册|组|间|辆|项|条|批|所|处|名|位|张|件|部|座|棵|株|吨|亩|米|㎡|km)';

const MENTION = new RegExp(`(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})?`, 'g');

/** All numbers in a text with their units ("30人*1000元/人=3万元" → 30 人, 1000 元/人, 3 万元). */
export function numberMentions(text: string): NumberMention[] {
  const t = normalizeText(text);
  const out: NumberMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(t); m; m = MENTION.exec(t)) {
    const num = m[1].replace(/,/g, '');
    const value = decimalOfText(num);
    out.push({ value, unit: m[2] ?? '', decimals: Math.max(0, value.decimalPlaces()), start: m.index, end: m.index + m[0].length, raw: t });
  }
  return out;
}

/** Splits a rate unit: '万元/人/年' → { money: '万元', per: ['人','年'] }; '人' → { money: null, per: [] }. */
// Perf: asked for every number of every text; units are few, so each is split once (and frozen,
// since the answer is shared).
export const splitRateUnit: (unit: string) => RateUnit = memoized((unit) => splitRateUnitOnce(unit), 5000);

export interface RateUnit {
  money: '元' | '千元' | '万元' | '亿元' | null;
  per: string[];
}


function splitRateUnitOnce(unit: string): RateUnit {
  const m = /^(亿元|万元|千元|元)((?:\/[^/]+)*)$/.exec(unit);
  if (!m) return Object.freeze({ money: null, per: Object.freeze([]) as unknown as string[] });
  const per = m[2] ? m[2].split('/').filter(Boolean) : [];
  return Object.freeze({ money: m[1] as '元' | '千元' | '万元' | '亿元', per: Object.freeze(per) as unknown as string[] });
}
