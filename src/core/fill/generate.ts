/**
 * Proposals: candidate 三级 rows from a template set and from the 资金测算明细表, with values taken
 * from the calc sheet so that filled rows agree with the money by construction:
 * - one 成本指标 row per calc category ("XX经费 ≤ N万元") and 项目总成本 ≤ 年度资金总额;
 * - 数量指标 rows from the quantities the calc lines plan (人数, 人次, 场次, 期数, 份数);
 * - a 时效 row ending with the budget year.
 * The proposal is what the pane previews (checkboxes, editable values); the planner inserts it.
 */
import Decimal from 'decimal.js';
import { localize, type Localized } from '../i18n';
import { formatDecimal, Money, type MoneyUnit } from '../money';
import { numberMentions, splitRateUnit, normalizeText } from '../numbers';
import { cellText, type WorkbookSnapshot } from '../snapshot';
import { toA1 } from '../address';
import type { CalcLine, CalcSheet, DeclaredFunds } from '../calc/model';
import { declaredAmount } from '../calc/reader';
import type { IndicatorRow, IndicatorSheet, Level2Kind } from '../indicators/model';
import { level1KindOf, level2KindOf } from '../indicators/levels';
import { normalizeUnit } from '../indicators/value';
import { lineQuantity, plannedQuantity } from '../rules/indicators/calc-lines';
import { costAmount, isCostRow } from '../rules/indicators/shared';
import { FILL_MESSAGES as M } from '../messages/fill';
import type { CalcSource, FillGroup, FillRow, Nature, TemplateRow, TemplateSet } from './model';

/** What proposals are computed from. */
export interface FillSource {
  calc: CalcSheet[];
  funds: DeclaredFunds[];
  /** The form the rows will go into; null when the workbook has none (a new sheet will be made). */
  table: IndicatorSheet | null;
  budgetYear: number | null;
  /** For names as written (full-width brackets) rather than as the readers normalise them. */
  snapshot?: WorkbookSnapshot;
}

/** Count units a 数量指标 is generated for, and the word that names the count. */
const QUANTITY_UNITS: [string, string][] = [
  ['人', '人数'],
  ['人次', '人次'],
  ['场', '场次'],
  ['期', '期数'],
  ['份', '份数'],
];

// ——— helpers ———

function plain(d: Decimal, maxDecimals = 6): string {
  return formatDecimal(d, maxDecimals, false);
}

function fillIn(text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? params[k] : whole));
}

function groupOf(level1: string, level2: string): FillGroup | null {
  const l1 = level1KindOf(level1);
  const l2 = level2KindOf(level2);
  return l1 && l2 ? { level1: l1, level2: l2 } : null;
}

function rowId(source: FillRow['source'], g: FillGroup, name: string): string {
  return `${source}:${g.level1}/${g.level2}:${name}`;
}

function cellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}

/** The 年度资金总额 the form states (its header block, else the workbook's one declared total). */
export function annualTotal(source: FillSource): Money | null {
  if (source.table?.header.annualTotal) return source.table.header.annualTotal.money;
  const declared = source.funds.filter((f) => f.total);
  if (declared.length >= 1) return declared[0].total!.money;
  return null;
}

/** 资金测算明细表 total: its 合计 row, else the sum of its top-level lines. */
export function calcTotal(sheet: CalcSheet): Money | null {
  if (sheet.total?.amount) return sheet.total.amount;
  let sum: Money | null = null;
  for (const r of sheet.roots) {
    const a = declaredAmount(r, sheet);
    if (a) sum = sum ? sum.plus(a) : a;
  }
  return sum;
}

/** Budget year: the form's, else a year in the calc sheet's title rows ("2026年人才管理专项经费…"). */
export function budgetYearOf(snapshot: WorkbookSnapshot, table: IndicatorSheet | null, calc: CalcSheet[], fallback?: number): number | null {
  if (table?.budgetYear) return table.budgetYear.year;
  if (fallback) return fallback;
  for (const c of calc) {
    const sheet = snapshot.sheets.find((s) => s.name === c.sheet);
    if (!sheet) continue;
    for (let r = 0; r < c.headerRow; r++) {
      for (const v of sheet.values[r] ?? []) {
        const m = /((?:19|20)\d{2})\s*年/.exec(normalizeText(cellText(v)));
        if (m) return Number(m[1]);
      }
    }
  }
  return null;
}

/** Lines of the calc sheets a keyword list selects: priced items whose own name or any parent's contains a keyword. */
function linesFor(calc: CalcSheet[], keywords: string[] | undefined): { sheet: CalcSheet; line: CalcLine }[] {
  const out: { sheet: CalcSheet; line: CalcLine }[] = [];
  for (const sheet of calc) {
    for (const line of sheet.lines) {
      if (line.kind !== 'item') continue;
      if (keywords && keywords.length > 0) {
        const names: string[] = [];
        for (let l: CalcLine | null = line; l; l = l.parent) names.push(l.name);
        if (!keywords.some((k) => names.some((n) => n.includes(k)))) continue;
      }
      out.push({ sheet, line });
    }
  }
  return out;
}

const DURATION_UNITS = new Set(['天', '日', '月', '年', '学时', '课时', '小时']);

/** Quantity in one of `units` ('台/套' = either) over the selected lines; the first unit that any line states. */
function calcQuantity(calc: CalcSheet[], src: CalcSource): { value: Decimal; unit: string; from: string } | null {
  const lines = linesFor(calc, src.keywords);
  for (const unit of src.unit.split('/')) {
    let sum = new Decimal(0);
    const from: string[] = [];
    for (const { sheet, line } of lines) {
      const q = lineQuantity(line, unit);
      if (q && q.gt(0)) {
        // Counts add up over lines; a duration (培训天数) is the longest, not the sum of the classes'.
        sum = DURATION_UNITS.has(unit) ? Decimal.max(sum, q) : sum.plus(q);
        from.push(cellRef(sheet.sheet, line.row, line.nameCell?.col ?? 0));
      }
    }
    if (from.length > 0) return { value: sum, unit, from: from.length > 3 ? `${from.slice(0, 3).join('、')}…` : from.join('、') };
  }
  return null;
}

/** Per-unit rates a line states for `unit` (元/人·天): rate mentions in its text, or 单价 per its 单位. */
function lineRates(line: CalcLine, unit: string): Decimal[] {
  const target = splitRateUnit(normalizeText(unit));
  if (!target.money || target.per.length === 0) return [];
  const perKey = target.per.map(normalizeUnit).join('/');
  const out: Decimal[] = [];
  for (const m of numberMentions(`${line.name} ${line.basis}`)) {
    const r = splitRateUnit(m.unit);
    if (!r.money || r.per.map(normalizeUnit).join('/') !== perKey) continue;
    out.push(Money.of(m.value, r.money).in(target.money));
  }
  if (out.length === 0 && line.price && target.per.length === 1 && normalizeUnit(line.unitText) === normalizeUnit(target.per[0])) {
    out.push(line.price.in(target.money));
  }
  return out;
}

/** The rate (元/人·天) the selected lines state: the highest for a ceiling (≤), the one rate for ＝. */
function calcPrice(calc: CalcSheet[], src: CalcSource, nature: Nature): { value: Decimal; from: string } | null {
  const found: { value: Decimal; from: string }[] = [];
  for (const { sheet, line } of linesFor(calc, src.keywords)) {
    for (const v of lineRates(line, src.unit)) found.push({ value: v, from: cellRef(sheet.sheet, line.row, line.nameCell?.col ?? 0) });
  }
  if (found.length === 0) return null;
  if (nature === '≤' || nature === '＜') return found.reduce((a, b) => (b.value.gt(a.value) ? b : a));
  return found.every((f) => f.value.eq(found[0].value)) ? found[0] : null;
}

// ——— template rows ———

/** Resolves a template's rows into candidates: {year} dates, values from the calc sheet, scoring text. */
export function proposeFromTemplate(set: TemplateSet, source: FillSource): FillRow[] {
  const out: FillRow[] = [];
  for (const t of set.rows) {
    const group = groupOf(t.level1, t.level2);
    if (!group) continue; // the schema rejects these; a hand-built set may still hold one
    out.push(resolveTemplateRow(t, group, source));
  }
  return out;
}

function resolveTemplateRow(t: TemplateRow, group: FillGroup, source: FillSource): FillRow {
  let value = t.value === null ? '' : typeof t.value === 'number' ? plain(new Decimal(t.value)) : t.value;
  let unit = t.unit;
  let note: Localized | null = null;
  let selected = true;
  if (t.fromCalc) {
    const src = t.fromCalc;
    if (src.measure === 'quantity') {
      const q = calcQuantity(source.calc, src);
      if (q) {
        value = plain(q.value);
        unit = q.unit;
        note = localize(M.fromCalcCell, { cell: q.from });
      } else if (unit.includes('/')) unit = unit.split('/')[0];
    } else if (src.measure === 'price') {
      const p = calcPrice(source.calc, src, t.nature);
      if (p) {
        value = plain(p.value, 2);
        note = localize(M.fromCalcCell, { cell: p.from });
      } else if (value) note = M.fromStandard;
    } else {
      const total = annualTotal(source) ?? source.calc.map(calcTotal).find((m) => m) ?? null;
      if (total) {
        value = plain(total.in(unitOr(unit)));
        note = localize(M.fromCalcCell, { cell: totalCell(source) });
      }
    }
  }
  if (/\{year\}/.test(value)) {
    if (source.budgetYear) value = value.replace(/\{year\}/g, String(source.budgetYear));
    else {
      value = '';
      selected = false;
      note = M.noBudgetYear;
    }
  }
  if (!value && selected) {
    selected = false;
    note = M.noCalcValue;
  }
  return {
    id: rowId('template', group, t.name),
    source: 'template',
    group,
    level1Text: t.level1,
    level2Text: t.level2,
    name: t.name,
    nature: t.nature,
    value,
    unit,
    score: t.score,
    scoring: t.scoring,
    basis: t.basis ?? '',
    selected,
    note,
    moneyCost: group.level1 === 'cost' || isCostKind(group.level2) ? isMoneyUnit(unit) : false,
  };
}

function unitOr(unit: string): MoneyUnit {
  return isMoneyUnit(unit) ? unit : '万元';
}

function isMoneyUnit(u: string): u is MoneyUnit {
  return u === '元' || u === '千元' || u === '万元' || u === '亿元';
}

function isCostKind(k: Level2Kind): boolean {
  return k === 'cost' || k === 'economicCost' || k === 'socialCost' || k === 'ecologicalCost';
}

function totalCell(source: FillSource): string {
  const h = source.table?.header.annualTotal;
  if (h && source.table) return cellRef(source.table.sheet, h.cell.row, h.cell.col);
  const f = source.funds.find((x) => x.total);
  if (f?.total) return cellRef(f.sheet, f.total.row, f.total.col);
  const c = source.calc.find((s) => s.total?.amountCell);
  return c?.total?.amountCell ? cellRef(c.sheet, c.total.amountCell.row, c.total.amountCell.col) : '';
}

// ——— rows generated from the calc sheet ———

const COST_GROUP: FillGroup = { level1: 'cost', level2: 'economicCost' };
const QUANTITY_GROUP: FillGroup = { level1: 'output', level2: 'quantity' };
const TIMELINESS_GROUP: FillGroup = { level1: 'output', level2: 'timeliness' };

/** "人才工作培训班" → "人才工作培训班经费"; names already ending in 费/资金/补贴/补助/奖 stay. */
function costName(name: string): string {
  const n = name.trim();
  return /(费|资金|补贴|补助|奖励|奖金|支出)$/.test(n) ? n : `${n}经费`;
}

/** "人才工作培训班经费" → "人才工作培训班": the thing counted. */
function countedThing(name: string): string {
  return name.trim().replace(/(经费|费用|支出|资金)$/, '').replace(/费$/, '');
}

/** A calc line's name as its cell writes it ("人才工作站（室）经费"), else the reader's form. */
function writtenName(source: FillSource, sheet: CalcSheet, line: CalcLine): string {
  const s = source.snapshot?.sheets.find((x) => x.name === sheet.sheet);
  if (s && line.nameCell) {
    const raw = cellText(s.values[line.nameCell.row]?.[line.nameCell.col] ?? null);
    if (normalizeText(raw).trim() === line.name) return raw.trim();
  }
  return line.name;
}

/** Top-level lines of a calc sheet: its categories (一、二、…), or its items when it has none. */
function topLines(sheet: CalcSheet): CalcLine[] {
  return sheet.roots.filter((l) => (l.kind === 'category' || l.kind === 'item') && l.name);
}

/** The 成本 / 数量 / 时效 rows the calc sheet implies. */
export function proposeFromCalc(source: FillSource): FillRow[] {
  const out: FillRow[] = [];
  const total = annualTotal(source);
  // 成本: one row per category, and the project total.
  let categoryRows = 0;
  for (const sheet of source.calc) {
    for (const line of topLines(sheet)) {
      const amount = declaredAmount(line, sheet);
      if (!amount || amount.isZero()) continue;
      const name = costName(writtenName(source, sheet, line));
      const value = plain(amount.in('万元'));
      const cell = line.amountCell ? cellRef(sheet.sheet, line.amountCell.row, line.amountCell.col) : cellRef(sheet.sheet, line.row, 0);
      out.push(calcRow(COST_GROUP, '成本指标', '经济成本指标', name, '≤', value, '万元', `${name}控制在{value}{unit}以内得满分，超出预算不得分`, '资金测算明细表', localize(M.fromCalcCell, { cell }), true));
      categoryRows++;
    }
  }
  const totalMoney = total ?? source.calc.map(calcTotal).find((m) => m) ?? null;
  if (totalMoney) {
    const row = calcRow(COST_GROUP, '成本指标', '经济成本指标', '项目总成本', '≤', plain(totalMoney.in('万元')), '万元', '项目总成本控制在{value}{unit}以内得满分，超出预算不得分', '资金测算明细表、预算批复', localize(M.fromCalcCell, { cell: totalCell(source) }), true);
    if (categoryRows > 1) {
      row.selected = false;
      row.note = M.totalWithCategories;
    }
    out.push(row);
  }
  // 数量: per top-level line, the counts it plans in each unit.
  for (const sheet of source.calc) {
    for (const line of topLines(sheet)) {
      for (const [unit, noun] of QUANTITY_UNITS) {
        const q = plannedQuantity(line, unit);
        if (!q || q.lte(0)) continue;
        // Children that all plan the same count usually count the same people (培训费 and 交通费 of
        // one class): state that count as a floor rather than the sum.
        const kids = line.children.map((c) => plannedQuantity(c, unit)).filter((x): x is Decimal => x !== null);
        const value = kids.length > 1 && kids.every((k) => k.eq(kids[0])) ? kids[0] : q;
        const name = `${countedThing(writtenName(source, sheet, line))}${noun}`;
        const cell = cellRef(sheet.sheet, line.row, line.nameCell?.col ?? 0);
        out.push(calcRow(QUANTITY_GROUP, '产出指标', '数量指标', name, '≥', plain(value), unit, '完成{value}{unit}得满分，每少1{unit}按比例扣分，扣完为止', '资金测算明细表', localize(M.fromCalcCell, { cell }), false));
      }
    }
  }
  // 时效: the budget year's end.
  if (source.budgetYear) {
    out.push(calcRow(TIMELINESS_GROUP, '产出指标', '时效指标', '项目完成时限', '≤', `${source.budgetYear}年12月31日`, '', '{value}前完成得满分，每逾期1天扣0.5分，扣完为止', '项目实施方案', null, false));
  }
  return out;
}

function calcRow(
  group: FillGroup,
  level1Text: string,
  level2Text: string,
  name: string,
  nature: Nature,
  value: string,
  unit: string,
  scoring: string,
  basis: string,
  note: Localized | null,
  moneyCost: boolean,
): FillRow {
  return { id: rowId('calc', group, name), source: 'calc', group, level1Text, level2Text, name, nature, value, unit, score: null, scoring, basis, selected: true, note, moneyCost };
}

// ——— reconciling a proposal with the form ———

function squash(s: string): string {
  return normalizeText(s).replace(/[\s\u3000]+/g, '');
}

/** The form's rows in the same 二级 kind (成本: any cost row, wherever the form keeps it). */
export function rowsInGroup(table: IndicatorSheet, g: FillGroup): IndicatorRow[] {
  if (g.level1 === 'cost' || isCostKind(g.level2)) return table.rows.filter(isCostRow);
  if (g.level2 === 'satisfaction') return table.rows.filter((r) => r.level2?.kind === 'satisfaction' || r.level1?.kind === 'satisfaction');
  return table.rows.filter((r) => r.level2?.kind === g.level2);
}

/**
 * Makes a proposal consistent: one row per group + name (calc rows win over template rows), no money
 * counted twice (the form's own money-valued 成本指标, or 项目总成本 beside per-category rows), and the
 * generated 时效 row only where the form has none.
 */
export function reconcile(rows: FillRow[], table: IndicatorSheet | null): FillRow[] {
  const byKey = new Map<string, FillRow>();
  for (const r of rows) {
    const key = `${r.group.level2 === 'economicCost' || r.group.level2 === 'cost' ? 'cost' : r.group.level2}|${squash(r.name)}`;
    const prev = byKey.get(key);
    if (!prev || (prev.source === 'template' && r.source === 'calc')) byKey.set(key, r);
  }
  const out = [...byKey.values()].map((r) => ({ ...r }));
  const categoryCosts = out.filter((r) => r.moneyCost && r.source === 'calc' && r.name !== '项目总成本');
  for (const r of out) {
    if (r.moneyCost && r.name === '项目总成本' && categoryCosts.length > 1 && r.selected) {
      r.selected = false;
      r.note = M.totalWithCategories;
    }
  }
  if (table) {
    const existingMoney = table.rows.find((r) => isCostRow(r) && costAmount(r));
    if (existingMoney) {
      for (const r of out) {
        if (!r.moneyCost) continue;
        r.selected = false;
        r.note = localize(M.skipMoneyCostExists, { row: existingMoney.row + 1, name: r.name });
      }
    }
    const timeliness = table.rows.find((r) => r.level2?.kind === 'timeliness');
    for (const r of out) {
      if (r.source === 'calc' && r.group.level2 === 'timeliness' && timeliness) {
        r.selected = false;
        r.note = localize(M.skipGroupHasRows, { group: '时效指标', row: timeliness.row + 1 });
      }
    }
  }
  return out;
}

export { fillIn };
