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
import { expenseStandards, type ExpenseStandard } from '../standards/expense';
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
  /**
   * Rows (0-based) of each calc sheet that the checker flags (a wrong amount, a 元/万元 slip, a sum
   * that misses a line …), with the title of the first rule: no proposal takes a number from them.
   */
  flagged?: Map<string, Map<number, Localized>>;
  /** Expense standards in force (the central ones unless the workbook has its own). */
  standards?: ExpenseStandard[];
}

/** The flagged rows among `lines` (and their descendants), 1-based and sorted, with the first rule's title. */
function flaggedRows(source: FillSource, sheet: CalcSheet, lines: CalcLine[]): { rows: string; rule: Localized } | null {
  const flagged = source.flagged?.get(sheet.sheet);
  if (!flagged || flagged.size === 0) return null;
  const found = new Set<number>();
  const visit = (l: CalcLine) => {
    if (flagged.has(l.row)) found.add(l.row);
    for (const c of l.children) visit(c);
  };
  for (const l of lines) visit(l);
  if (found.size === 0) return null;
  const rows = [...found].sort((a, b) => a - b);
  return { rows: rows.map((r) => r + 1).join('、'), rule: flagged.get(rows[0])! };
}

function fixFirst(hit: { rows: string; rule: Localized }): Localized {
  return {
    'zh-CN': localize(M.fixCalcFirst, { rows: hit.rows, rule: hit.rule['zh-CN'] })['zh-CN'],
    'en-US': localize(M.fixCalcFirst, { rows: hit.rows, rule: hit.rule['en-US'] })['en-US'],
  };
}

/** Count units a 数量指标 is generated for, and the word that names the count. */
const QUANTITY_UNITS: [string, string][] = [
  ['人', '人数'],
  ['人次', '人次'],
  ['场', '场次'],
  ['期', '期数'],
  ['份', '份数'],
  ['学时', '学时'],
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
function calcQuantity(calc: CalcSheet[], src: CalcSource): { value: Decimal; unit: string; from: string; used: { sheet: CalcSheet; line: CalcLine }[] } | null {
  const lines = linesFor(calc, src.keywords);
  for (const unit of src.unit.split('/')) {
    let sum = new Decimal(0);
    const from: string[] = [];
    const used: { sheet: CalcSheet; line: CalcLine }[] = [];
    for (const { sheet, line } of lines) {
      const q = lineQuantity(line, unit);
      if (q && q.gt(0)) {
        // Counts add up over lines; a duration (培训天数) is the longest, not the sum of the classes'.
        sum = DURATION_UNITS.has(unit) ? Decimal.max(sum, q) : sum.plus(q);
        from.push(cellRef(sheet.sheet, line.row, line.nameCell?.col ?? 0));
        used.push({ sheet, line });
      }
    }
    if (from.length > 0) return { value: sum, unit, from: from.length > 3 ? `${from.slice(0, 3).join('、')}…` : from.join('、'), used };
  }
  return null;
}

/** The first flagged row among lines of possibly several sheets. */
function flaggedAmong(source: FillSource, used: { sheet: CalcSheet; line: CalcLine }[]): { rows: string; rule: Localized } | null {
  for (const sheet of new Set(used.map((u) => u.sheet))) {
    const hit = flaggedRows(source, sheet, used.filter((u) => u.sheet === sheet).map((u) => u.line));
    if (hit) return hit;
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
function calcPrice(calc: CalcSheet[], src: CalcSource, nature: Nature): { value: Decimal; from: string; sheet: CalcSheet; line: CalcLine } | null {
  const found: { value: Decimal; from: string; sheet: CalcSheet; line: CalcLine }[] = [];
  for (const { sheet, line } of linesFor(calc, src.keywords)) {
    for (const v of lineRates(line, src.unit)) found.push({ value: v, from: cellRef(sheet.sheet, line.row, line.nameCell?.col ?? 0), sheet, line });
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
    const row = resolveTemplateRow(t, group, source);
    // A user's template that gives a 分值 means it: the planner writes it as given.
    if (!set.builtIn && t.score !== null) row.scoreFixed = true;
    out.push(row);
  }
  return out;
}

/** Per-locale "{class}" messages: a standard class's label is itself localised. */
function classMessage(template: Localized, cls: Localized, params: Record<string, string | number>): Localized {
  return {
    'zh-CN': localize(template, { ...params, class: cls['zh-CN'] })['zh-CN'],
    'en-US': localize(template, { ...params, class: cls['en-US'] })['en-US'],
  };
}

function resolveTemplateRow(t: TemplateRow, group: FillGroup, source: FillSource): FillRow {
  let value = t.value === null ? '' : typeof t.value === 'number' ? plain(new Decimal(t.value)) : t.value;
  let unit = t.unit;
  let note: Localized | null = null;
  let selected = true;
  let basis = t.basis ?? '';
  let blocked = false;
  if (t.fromCalc) {
    const src = t.fromCalc;
    if (src.measure === 'quantity') {
      const q = calcQuantity(source.calc, src);
      if (q) {
        const hit = flaggedAmong(source, q.used);
        unit = q.unit;
        if (hit) {
          value = '';
          note = fixFirst(hit);
          blocked = true;
        } else {
          value = plain(q.value);
          note = localize(M.fromCalcCell, { cell: q.from });
        }
      } else if (unit.includes('/')) unit = unit.split('/')[0];
    } else if (src.measure === 'price') {
      const p = calcPrice(source.calc, src, t.nature);
      const standard = src.standard ? (source.standards ?? expenseStandards()).find((s) => s.kind === src.standard) : undefined;
      if (standard && standard.classes.length > 0) {
        // A ceiling the expense-standard check accepts: the lowest class whose cap covers the rate
        // the calc sheet pays (or the lowest class when it states none), and the row says which.
        const cls = p ? standard.classes.find((c) => p.value.lte(c.cap)) : standard.classes[0];
        if (p && !cls) {
          const top = standard.classes[standard.classes.length - 1];
          const hit = flaggedRows(source, p.sheet, [p.line]);
          value = '';
          blocked = true;
          note = classMessage(M.rateAboveStandard, top.label, { rate: plain(p.value, 2), unit, cell: p.from, cap: top.cap, rows: hit?.rows ?? String(p.line.row + 1) });
        } else if (cls) {
          value = String(cls.cap);
          note = p
            ? classMessage(M.rateInClass, cls.label, { cap: cls.cap, unit, rate: plain(p.value, 2), cell: p.from })
            : classMessage(M.rateAssumedClass, cls.label, { cap: cls.cap, unit });
          basis = `${standard.name['zh-CN']}${cls.label['zh-CN']}标准 ${cls.cap}${unit}（${standard.source['zh-CN']}）`;
        }
      } else if (p) {
        const hit = flaggedRows(source, p.sheet, [p.line]);
        if (hit) {
          value = '';
          note = fixFirst(hit);
          blocked = true;
        } else {
          value = plain(p.value, 2);
          note = localize(M.fromCalcCell, { cell: p.from });
        }
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
  if (blocked) selected = false;
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
    basis,
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
      const row = calcRow(COST_GROUP, '成本指标', '经济成本指标', name, '≤', value, '万元', `${name}控制在{value}{unit}以内得满分，超出预算不得分`, '资金测算明细表', localize(M.fromCalcCell, { cell }), true);
      block(row, flaggedRows(source, sheet, [line]));
      out.push(row);
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
    // A total read off the calc sheet (no declared 年度资金总额) is as wrong as any line in it.
    if (!total) for (const sheet of source.calc) block(row, flaggedRows(source, sheet, sheet.roots));
    out.push(row);
  }
  // 数量: per top-level line, the counts it plans in each unit.
  const quantityRow = (sheet: CalcSheet, line: CalcLine, noun: string, value: Decimal, unit: string, counted: CalcLine[]): FillRow => {
    const name = `${countedThing(writtenName(source, sheet, line))}${noun}`;
    const cell = cellRef(sheet.sheet, line.row, line.nameCell?.col ?? 0);
    const row = calcRow(QUANTITY_GROUP, '产出指标', '数量指标', name, '≥', plain(value), unit, '完成{value}{unit}得满分，每少1{unit}按比例扣分，扣完为止', '资金测算明细表', localize(M.fromCalcCell, { cell }), false);
    block(row, flaggedRows(source, sheet, counted.filter((l) => (lineQuantity(l, unit) ?? new Decimal(0)).gt(0) || l.children.length > 0)));
    return row;
  };
  for (const sheet of source.calc) {
    for (const line of topLines(sheet)) {
      for (const [unit, noun] of QUANTITY_UNITS) {
        const q = plannedQuantity(line, unit);
        if (!q || q.lte(0)) {
          // The group plans no one count in this unit (its lines count different things): the
          // lines that do count in it (宣传资料 3000份, 咨询会议 6场) each get their own target.
          for (const item of itemsOf(line)) {
            const own = lineQuantity(item, unit);
            // A count multiplied by another factor (40人 × 27期, 1场 × 6次) is per class or per
            // time, not the year's: too uncertain to propose (人次 already is the product).
            if (!own || own.lte(0) || item === line) continue;
            if (unit !== '人次' && item.factors.some((f) => !f.value.eq(1) && !f.value.eq(own))) continue;
            out.push(quantityRow(sheet, item, noun, own, unit, [item]));
          }
          continue;
        }
        const counting = line.children.filter((c) => (plannedQuantity(c, unit) ?? new Decimal(0)).gt(0));
        const kids = counting.map((c) => plannedQuantity(c, unit)!);
        // Children that all plan the same count usually count the same people (培训费 and 交通费 of
        // one class): state that count as a floor rather than the sum.
        if (kids.length > 1 && kids.every((k) => k.eq(kids[0]))) {
          out.push(quantityRow(sheet, line, noun, kids[0], unit, counting));
        } else if (kids.length > 1 && unit === '人' && [line, ...counting].some((l) => /慰问/.test(l.name))) {
          // 慰问 lines visit different people (专家 34人, 顾问 53人): one target per line, each known
          // to be part of the group's count so that a form stating the total is seen to cover them.
          for (const kid of counting) {
            const row = quantityRow(sheet, kid, noun, plannedQuantity(kid, unit)!, unit, [kid]);
            row.partOf = plain(q);
            out.push(row);
          }
        } else {
          out.push(quantityRow(sheet, line, noun, q, unit, [line]));
        }
      }
    }
  }
  // 时效: the budget year's end.
  if (source.budgetYear) {
    out.push(calcRow(TIMELINESS_GROUP, '产出指标', '时效指标', '项目完成时限', '≤', `${source.budgetYear}年12月31日`, '', '{value}前完成得满分，每逾期1天扣0.5分，扣完为止', '项目实施方案', null, false));
  }
  return out;
}

/** The priced items under a line (itself when it is one). */
function itemsOf(line: CalcLine): CalcLine[] {
  if (line.kind === 'item' && line.children.length === 0) return [line];
  return line.children.flatMap(itemsOf);
}

/** Unticks a row built from flagged calc rows and leaves its value to the corrected sheet. */
function block(row: FillRow, hit: { rows: string; rule: Localized } | null): void {
  if (!hit) return;
  row.value = '';
  row.selected = false;
  row.note = fixFirst(hit);
  row.blocked = true;
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
        if (!r.moneyCost || r.blocked) continue;
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
    for (const r of out) {
      if (r.group.level2 !== 'quantity' || r.blocked || !r.selected) continue;
      const reason = quantityCovered(r, table);
      if (reason) {
        r.selected = false;
        r.note = reason;
      }
    }
  }
  return out;
}

/** Units that count the same thing in practice: 期, 次, 期次, 班次 of training classes. */
function countUnit(u: string): string {
  const n = normalizeUnit(u);
  return n === '次' || n === '期次' || n === '班次' || n === '班' ? '期' : n;
}

/** Subsets of at most this many same-unit targets are tried for a sum (2^12 sums at most). */
const MAX_SUM_PARTS = 12;

/**
 * Whether the form's 数量指标 already state a proposed count: one target of the same number and
 * unit, the group total a per-line count is part of, or several targets that add up to it (培训班次
 * 72期 = 省内培训期次 27期 + 异地培训期次 45期).
 */
function quantityCovered(r: FillRow, table: IndicatorSheet): Localized | null {
  if (!/^\d+(\.\d+)?$/.test(r.value.trim())) return null;
  const n = new Decimal(r.value.trim());
  const unit = countUnit(r.unit);
  const same = table.rows.filter((x) => x.level2?.kind === 'quantity' && x.value.number && x.value.number.gt(0) && countUnit(x.unit) === unit);
  const twin = same.find((x) => x.value.number!.eq(n));
  if (twin) return localize(M.skipSameTarget, { row: twin.row + 1, other: twin.name, value: `${r.value}${r.unit}` });
  if (r.partOf) {
    const total = new Decimal(r.partOf);
    const whole = same.find((x) => x.value.number!.eq(total));
    if (whole) return localize(M.skipPartOfRow, { row: whole.row + 1, other: whole.name, value: `${r.partOf}${r.unit}` });
  }
  const parts = same.filter((x) => x.value.number!.lt(n)).slice(0, MAX_SUM_PARTS);
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_x, i) => mask & (1 << i));
    if (chosen.length < 2) continue;
    const sum = chosen.reduce((a, x) => a.plus(x.value.number!), new Decimal(0));
    if (sum.eq(n)) {
      return localize(M.skipSumOfRows, {
        rows: chosen.map((x) => x.row + 1).join('、'),
        items: chosen.map((x) => `${x.name} ${plain(x.value.number!)}${r.unit}`).join('、'),
        value: `${r.value}${r.unit}`,
      });
    }
  }
  return null;
}

export { fillIn };
