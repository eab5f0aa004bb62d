/**
 * Schema of template sets: the built-in library and users' own JSON files share it.
 *
 * File format (user templates):
 *   { "templates": [ { "type": "我的培训项目", "label": {"zh-CN": "…", "en-US": "…"}?,
 *       "rows": [ { "level1": "产出指标", "level2": "数量指标", "name": "培训人数", "nature": "≥",
 *                   "value": 100 | "合规" | "{year}年12月31日" | null, "unit": "人", "score": 5,
 *                   "scoring": "完成{value}{unit}得满分…", "basis": "…",
 *                   "fromCalc": { "measure": "quantity", "unit": "人", "keywords": ["培训"] } } ] } ] }
 * A bare array of templates is accepted too. Every error names the template, the row and the field.
 */
import { localize, type Localized } from '../i18n';
import { ALLOWED_LEVEL2, level1KindOf, level2KindOf } from '../indicators/levels';
import { FILL_MESSAGES as M } from '../messages/fill';
import { jsonErrorPosition } from '../json-position';
import { EXPENSE_KINDS, type ExpenseKind } from '../standards/expense';
import { type CalcSource, type Nature, type TemplateRow, type TemplateSet } from './model';

export type TemplateParseResult = { ok: true; sets: TemplateSet[] } | { ok: false; errors: Localized[] };

/** Parses and validates a user's template file (JSON text). */
export function parseTemplateFile(text: string): TemplateParseResult {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [localize(M.fileNotJson, jsonErrorPosition(body, e))] };
  }
  return validateTemplates(json, false);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Full-width and ASCII spellings of 指标性质 → the form's spelling. */
export function natureOf(v: string): Nature | null {
  const t = v.trim();
  const map: Record<string, Nature> = {
    '＝': '＝', '=': '＝', '==': '＝',
    '≥': '≥', '>=': '≥', '＞＝': '≥',
    '≤': '≤', '<=': '≤', '＜＝': '≤',
    '＞': '＞', '>': '＞',
    '＜': '＜', '<': '＜',
    定性: '定性',
  };
  return map[t] ?? null;
}

/** Validates parsed JSON as template sets; `builtIn` marks the result (the library's own test uses it too). */
export function validateTemplates(json: unknown, builtIn: boolean): TemplateParseResult {
  const list = Array.isArray(json) ? json : isRecord(json) ? json.templates : undefined;
  if (!Array.isArray(list)) return { ok: false, errors: [M.fileShape] };
  if (list.length === 0) return { ok: false, errors: [M.fileEmpty] };
  const errors: Localized[] = [];
  const sets: TemplateSet[] = [];
  const seenTypes = new Map<string, number>();
  list.forEach((raw, i) => {
    const setNo = i + 1;
    const setError = (field: string, problem: Localized) =>
      errors.push(perLocale(M.setField, { set: setNo, field }, problem));
    if (!isRecord(raw)) {
      setError('type', M.problemMissing);
      return;
    }
    const type = text(raw.type);
    if (!type) setError('type', M.problemMissing);
    else if (seenTypes.has(type)) setError('type', localize(M.problemDuplicateType, { other: seenTypes.get(type)!, value: type }));
    else seenTypes.set(type, setNo);
    let label: Localized = { 'zh-CN': type ?? '', 'en-US': type ?? '' };
    if (raw.label !== undefined) {
      if (isRecord(raw.label) && text(raw.label['zh-CN']) && text(raw.label['en-US'])) {
        label = { 'zh-CN': text(raw.label['zh-CN'])!, 'en-US': text(raw.label['en-US'])! };
      } else setError('label', M.problemNotText);
    }
    if (!Array.isArray(raw.rows) || raw.rows.length === 0) {
      setError('rows', Array.isArray(raw.rows) ? M.problemMissing : M.problemNotList);
      return;
    }
    const rows: TemplateRow[] = [];
    raw.rows.forEach((r, k) => {
      const rowError = (field: string, problem: Localized) =>
        errors.push(perLocale(M.rowField, { set: setNo, type: type ?? '?', row: k + 1, field }, problem));
      const row = validateRow(r, rowError);
      if (row) rows.push(row);
    });
    if (type) sets.push({ type, label, rows, builtIn });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, sets };
}

function validateRow(r: unknown, err: (field: string, problem: Localized) => void): TemplateRow | null {
  if (!isRecord(r)) {
    err('name', M.problemMissing);
    return null;
  }
  const before = { count: 0 };
  const fail = (field: string, problem: Localized) => {
    before.count++;
    err(field, problem);
  };
  const level1 = text(r.level1);
  const level2 = text(r.level2);
  const name = text(r.name);
  if (!level1) fail('level1', M.problemMissing);
  if (!level2) fail('level2', M.problemMissing);
  if (!name) fail('name', M.problemMissing);
  const k1 = level1 ? level1KindOf(level1) : null;
  const k2 = level2 ? level2KindOf(level2) : null;
  if (level1 && !k1) fail('level1', localize(M.problemLevel1, { value: level1 }));
  if (level2 && !k2) fail('level2', localize(M.problemLevel2, { value: level2 }));
  if (k1 && k2 && !ALLOWED_LEVEL2[k1].includes(k2)) fail('level2', localize(M.problemPlacement, { level1: level1!, level2: level2! }));

  const natureRaw = typeof r.nature === 'string' ? r.nature : '';
  const nature = natureOf(natureRaw);
  if (!nature) fail('nature', natureRaw ? localize(M.problemNature, { value: natureRaw }) : M.problemMissing);

  let value: number | string | null = null;
  if (typeof r.value === 'number' && Number.isFinite(r.value)) value = r.value;
  else if (typeof r.value === 'string') value = r.value.trim() || null;
  else if (r.value !== null && r.value !== undefined) fail('value', M.problemNotText);

  const unit = r.unit === undefined || r.unit === null ? '' : typeof r.unit === 'string' ? r.unit.trim() : null;
  if (unit === null) fail('unit', M.problemNotText);

  let score: number | null = null;
  if (typeof r.score === 'number' && Number.isFinite(r.score)) {
    if (r.score < 0) fail('score', M.problemNegative);
    score = r.score;
  } else if (r.score !== null && r.score !== undefined) fail('score', M.problemNotNumber);

  const scoring = r.scoring === undefined || r.scoring === null ? '' : typeof r.scoring === 'string' ? r.scoring.trim() : null;
  if (scoring === null) fail('scoring', M.problemNotText);
  const basis = r.basis === undefined || r.basis === null ? '' : typeof r.basis === 'string' ? r.basis.trim() : null;
  if (basis === null) fail('basis', M.problemNotText);

  let fromCalc: CalcSource | undefined;
  if (r.fromCalc !== undefined && r.fromCalc !== null) {
    const f = r.fromCalc;
    if (!isRecord(f)) fail('fromCalc', M.problemMissing);
    else {
      const measure = f.measure;
      if (measure !== 'quantity' && measure !== 'price' && measure !== 'total') fail('fromCalc.measure', M.problemMeasure);
      const fu = text(f.unit);
      if (!fu) fail('fromCalc.unit', M.problemMissing);
      let keywords: string[] | undefined;
      if (f.keywords !== undefined) {
        if (!Array.isArray(f.keywords) || f.keywords.some((k) => typeof k !== 'string')) fail('fromCalc.keywords', M.problemNotList);
        else keywords = f.keywords as string[];
      }
      let standard: ExpenseKind | undefined;
      if (f.standard !== undefined && f.standard !== null) {
        if (typeof f.standard !== 'string' || !(EXPENSE_KINDS as string[]).includes(f.standard)) fail('fromCalc.standard', localize(M.problemStandard, { kinds: EXPENSE_KINDS.join(', ') }));
        else standard = f.standard as ExpenseKind;
      }
      if ((measure === 'quantity' || measure === 'price' || measure === 'total') && fu) {
        fromCalc = { measure, unit: fu, ...(keywords ? { keywords } : {}), ...(standard ? { standard } : {}) };
      }
    }
  }

  // Consistency: 定性 rows hold phrases; numbers need a unit; percentages stay within 100.
  if (nature === '定性' && typeof value === 'number') fail('value', localize(M.problemQualitativeNumber, { value }));
  if (nature && nature !== '定性' && typeof value === 'number' && !unit) fail('unit', M.problemUnitMissing);
  if (nature && nature !== '定性' && value === null && !fromCalc && !unit) fail('unit', M.problemUnitMissing);
  if (unit === '%' && typeof value === 'number' && value > 100) fail('value', localize(M.problemPercent, { value }));

  if (before.count > 0 || !level1 || !level2 || !name || !nature || unit === null || scoring === null || basis === null) return null;
  return {
    level1,
    level2,
    name,
    nature,
    value,
    unit,
    score,
    scoring,
    ...(basis ? { basis } : {}),
    ...(fromCalc ? { fromCalc } : {}),
  };
}

/** A message whose {problem} is itself localised. */
function perLocale(template: Localized, params: Record<string, string | number>, problem: Localized): Localized {
  return {
    'zh-CN': localize(template, { ...params, problem: problem['zh-CN'] })['zh-CN'],
    'en-US': localize(template, { ...params, problem: problem['en-US'] })['en-US'],
  };
}
