/**
 * Parsing a 指标值 into comparator + number + unit, a date, or qualitative text:
 * "≥95%", ">=95", "＝100%", "95%以上", "≤2026年12月31日", "2026年1—12月", "人才点位2个", "≥3年",
 * "≤1000万元", "预计需34万元", "专家、人才走访慰问30人*1000元/人=3万元", "空", "待定", "XX".
 */
import Decimal from 'decimal.js';
import type { CellValue } from '../snapshot';
import { decimalFromNumber } from '../money';
import { normalizeText, numberMentions } from '../numbers';
import type { Comparator, DateMention, IndicatorValue } from './model';

/** Placeholders that mean "not filled in yet". */
const PLACEHOLDER_WHOLE = /^(?:空|待定|待填|待补充|暂无|无|略|xx+|\*\*+|×+|\?+|？+|—+|-+|─+|–+|\/+|\\+|tbd|n\/a|\.+|…+)$/i;
/** A placeholder inside a value: "≥XX%", "XX人", "待定". */
const PLACEHOLDER_INSIDE = /x{2,}|待定|待填|××/i;

const COMPARATOR_PREFIX = /^(>=|<=|=>|=<|≥|≤|>|<|=)\s*/;

/** The comparator a symbol or a 指标性质 word stands for ('≥', '>=', '＝', '大于等于' …); null when none. */
export function comparatorOf(text: string): Comparator | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  switch (t) {
    case '>=':
    case '=>':
    case '≥':
    case '大于等于':
    case '不低于':
    case '不少于':
      return '>=';
    case '<=':
    case '=<':
    case '≤':
    case '小于等于':
    case '不高于':
    case '不多于':
    case '不超过':
      return '<=';
    case '=':
    case '等于':
      return '=';
    case '>':
    case '大于':
      return '>';
    case '<':
    case '小于':
      return '<';
    default:
      return null;
  }
}

/** Display form of a comparator, as forms write it. */
export function comparatorSymbol(c: Comparator | null): string {
  switch (c) {
    case '>=':
      return '≥';
    case '<=':
      return '≤';
    case '>':
      return '>';
    case '<':
      return '<';
    default:
      return '＝';
  }
}

/** 4-digit years plausible in a budget form. */
const YEAR = '((?:19|20)\\d{2})';

/** All calendar references in a text (normalised), in order. */
export function dateMentions(text: string): DateMention[] {
  const t = normalizeText(text).replace(/\s+/g, '');
  const out: DateMention[] = [];
  // Full dates and year–month(s): 2026年12月31日, 2026年1—12月, 2023年1月至11月, 2026年1月, 2026.12.31, 2026-12-31.
  const re = new RegExp(
    `${YEAR}年(?:(\\d{1,2})(?:月(?:(\\d{1,2})日)?)?(?:\\s*(?:[-—–~至到])\\s*(\\d{1,2})月)?)?` +
      `|${YEAR}[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})` +
      `|(\\d{1,2})月份?(?:(\\d{1,2})日)?`,
    'g',
  );
  for (let m = re.exec(t); m; m = re.exec(t)) {
    // a bare month right after a digit or 年 is no month of its own (what a lookbehind (?<![\d年]) would say;
    // the WPS build targets Chromium without lookbehind): go on from the next position, as the engine would
    if (m[8] && m.index > 0 && /[\d年]/.test(t[m.index - 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[1]) {
      const month = m[2] ? Number(m[2]) : null;
      const day = m[3] ? Number(m[3]) : null;
      out.push({ year: Number(m[1]), month, day, toMonth: m[4] ? Number(m[4]) : null });
    } else if (m[5]) {
      out.push({ year: Number(m[5]), month: Number(m[6]), day: Number(m[7]), toMonth: null });
    } else if (m[8]) {
      out.push({ year: null, month: Number(m[8]), day: m[9] ? Number(m[9]) : null, toMonth: null });
    }
  }
  return out.filter((d) => (d.month === null || (d.month >= 1 && d.month <= 12)) && (d.toMonth === null || (d.toMonth >= 1 && d.toMonth <= 12)));
}

/** True when the text is only a date or period (with an optional 前/以前/之前/内 ending). */
function isOnlyDate(t: string): boolean {
  const s = t.replace(/\s+/g, '');
  return new RegExp(
    `^(?:${YEAR}年(?:\\d{1,2}(?:月(?:\\d{1,2}日)?)?(?:[-—–~至到]\\d{1,2}月)?(?:底|末|内)?)?` +
      `|${YEAR}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}|\\d{1,2}月份?(?:\\d{1,2}日)?)(?:前|以前|之前|内|以内)?$`,
  ).test(s);
}

/** Excel date serial → calendar date (1900 system). */
function serialToDate(serial: number): DateMention {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), toMonth: null };
}

function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[yd]/i.test(f) || /年|月|日/.test(fmt);
}

function emptyValue(raw: string, kind: IndicatorValue['kind']): IndicatorValue {
  return { raw, kind, comparator: null, number: null, unit: '', decimals: 0, label: '', dates: [], qualitative: kind !== 'empty' && kind !== 'placeholder' };
}

/** True for 空 / 待定 / XX / —— / "/" and values that contain XX or 待定. */
export function isPlaceholderText(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (!t) return false;
  return PLACEHOLDER_WHOLE.test(t) || PLACEHOLDER_INSIDE.test(t);
}

/**
 * Parses a 指标值 cell. A number cell formatted as a percentage (0.95 shown "95%") reads as 95 %;
 * a number cell formatted as a date reads as that date.
 */
export function parseIndicatorValue(v: CellValue, numberFormat?: string | null): IndicatorValue {
  if (v === null || v === undefined || v === '') return emptyValue('', 'empty');
  if (typeof v === 'boolean') return emptyValue(String(v), 'text');
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return emptyValue(String(v), 'placeholder');
    if (isDateFormat(numberFormat) && v > 20000 && v < 80000) {
      const d = serialToDate(v);
      return { ...emptyValue(String(v), 'date'), dates: [d], qualitative: false };
    }
    const percent = !!numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ''));
    const value = percent ? decimalFromNumber(v).mul(100) : decimalFromNumber(v);
    return {
      ...emptyValue(String(v), 'quantity'),
      number: value,
      unit: percent ? '%' : '',
      decimals: Math.max(0, value.decimalPlaces()),
      qualitative: false,
    };
  }
  const raw = String(v).trim();
  if (!raw) return emptyValue('', 'empty');
  if (isPlaceholderText(raw)) return emptyValue(raw, 'placeholder');

  let t = normalizeText(raw).trim();
  let comparator: Comparator | null = null;
  const cm = COMPARATOR_PREFIX.exec(t);
  if (cm) {
    comparator = comparatorOf(cm[1]);
    t = t.slice(cm[0].length).trim();
  }
  // Word comparators at the start: 不低于95%, 不少于3场, 不超过1000万元.
  const wm = /^(不低于|不少于|不高于|不多于|不超过|大于等于|小于等于)/.exec(t);
  if (!comparator && wm) {
    comparator = comparatorOf(wm[1]);
    t = t.slice(wm[0].length).trim();
  }
  if (!t) return { ...emptyValue(raw, 'placeholder'), comparator };
  if (isPlaceholderText(t)) return { ...emptyValue(raw, 'placeholder'), comparator };
  // Quotes around a qualitative value: ＝“合规”.
  t = t.replace(/^["“”'‘’「『]+|["“”'‘’」』]+$/g, '').trim();

  const dates = dateMentions(t);
  if (dates.length > 0 && isOnlyDate(t)) {
    const trailing = /(前|以前|之前|内|以内)$/.test(t);
    return { ...emptyValue(raw, 'date'), comparator: comparator ?? (trailing ? '<=' : null), dates, qualitative: false };
  }

  // Trailing comparator words: 95%以上, 3场及以上, 1000万元以内.
  let body = t;
  const tail = /(及以上|以上|及以下|以下|以内|左右|之内)$/.exec(body);
  if (tail) {
    body = body.slice(0, -tail[1].length).trim();
    if (!comparator) comparator = /上/.test(tail[1]) ? '>=' : /下|内/.test(tail[1]) ? '<=' : null;
  }

  const mentions = numberMentions(body);
  if (mentions.length === 1) {
    const m = mentions[0];
    const after = body.slice(m.end).trim();
    const label = body.slice(0, m.start).trim();
    // "人才点位2个", "预计需34万元", "95%", "≥3年": one number, at the end, after at most a short label.
    if (!after && !/[\d]/.test(label) && label.length <= 16) {
      return {
        raw,
        kind: 'quantity',
        comparator,
        number: m.value,
        unit: normalizeUnit(m.unit),
        decimals: m.decimals,
        label: label.replace(/[:：,，]$/, ''),
        dates,
        qualitative: false,
      };
    }
  }
  return { ...emptyValue(raw, 'text'), comparator, dates, qualitative: !/\d/.test(t) };
}

/** Unit spellings that mean the same thing: 名 counts people like 人. */
export function normalizeUnit(unit: string): string {
  const u = unit.trim();
  if (u === '名' || u === '位') return '人';
  return u;
}

/** Money units a 成本指标 may be valued in (not rates such as 元/人·天). */
export function isMoneyTotalUnit(unit: string): boolean {
  return unit === '元' || unit === '千元' || unit === '万元' || unit === '亿元';
}

/** Compares a planned quantity with a target under a comparator: does `actual` satisfy "comparator target"? */
export function satisfies(actual: Decimal, comparator: Comparator | null, target: Decimal): boolean {
  switch (comparator) {
    case '>=':
      return actual.gte(target);
    case '>':
      return actual.gt(target);
    case '<=':
      return actual.lte(target);
    case '<':
      return actual.lt(target);
    default:
      return actual.eq(target);
  }
}

export { Decimal };
