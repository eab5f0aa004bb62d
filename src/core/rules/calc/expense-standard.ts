import type { FindingInput, Rule } from '../../rule';
import { fillTemplate, type Locale } from '../../i18n';
import { CALC_MESSAGES as M } from '../../messages/calc';
import { Decimal, Money, formatDecimal } from '../../money';
import { normalizeText, numberMentions, splitRateUnit } from '../../numbers';
import type { CalcLine, CalcSheet, CellPos } from '../../calc/model';
import { computeLine, sheetOf } from './compute';
import { memoized } from '../../memo';
import { expenseStandards, namedClass, type ExpenseKind, type ExpenseStandard, type RateBasis, type StandardClass } from '../../standards/expense';

/**
 * i. A 培训费 / 会议费 rate per 人·天 (or the 住宿 / 伙食 part of one, itemised on its own line), a
 * 讲课费 rate per 学时, a 专家咨询费, 差旅伙食补助 or 市内交通费 rate per 人·天, above the expense
 * standards: above the cap of the class the line names (三类培训班, 讲课费（副高级职称）) is a warning;
 * without a named class, above the highest class is a warning and above the lowest only a hint.
 * Reference only: local standards differ, and options.expenseStandards replaces the table.
 */
export const expenseStandard: Rule = {
  id: 'calc/expense-standard',
  severity: 'warning',
  title: M.expenseTitle,
  description: M.expenseDesc,
  check({ calc, options, snapshot }, report) {
    const standards = new Map(expenseStandards(options.expenseStandards).map((s) => [s.kind, s]));
    for (const sheet of calc) {
      const snap = sheetOf(snapshot.sheets, sheet.sheet);
      // A 单价 is a rate per its quantities only where 单价 × quantities is the amount.
      const priceMultiplies = (l: CalcLine) => {
        const c = computeLine(l, sheet, snap);
        return !l.amount || (c !== null && c.computed.agreesWith(l.amount));
      };
      for (const line of sheet.lines) {
        if (line.kind !== 'item' && line.kind !== 'breakdown') continue;
        const kind = kindOf(line);
        if (!kind) continue;
        const standard = standards.get(kind)!;
        const rate = rateOf(line, sheet, standard.basis, priceMultiplies);
        const finding = rate && judge(standard, rate, namedClass(standard, classText(line)));
        if (finding) report({ sheet: sheet.sheet, ...finding });
      }
    }
  },
};

/** What a line says of its class: its name, its 测算依据 and the names of the groups above it. */
function classText(line: CalcLine): string {
  let t = `${line.name} ${line.basis}`;
  for (let p = line.parent; p; p = p.parent) t += ` ${p.name}`;
  return normalizeText(t);
}

/**
 * With the class the line names: above its cap, a warning. Else: above the highest class, a warning;
 * above the lowest, a hint naming every class; else nothing.
 */
function judge(standard: ExpenseStandard, rate: Rate, named: StandardClass | null): Omit<FindingInput, 'sheet'> | null {
  const lowest = named ?? standard.classes[0];
  const highest = named ?? standard.classes[standard.classes.length - 1];
  if (rate.yuan.lte(lowest.cap)) return null;
  const over = rate.yuan.gt(highest.cap);
  const cls = over ? highest : lowest;
  const rateText = formatDecimal(rate.yuan, 2);
  const capText = formatCap(cls.cap);
  const unit = UNIT_TEXT[standard.basis];
  const vars = (lang: Locale) => ({
    what: standard.name[lang],
    rate: rateText,
    unit,
    label: cls.label[lang],
    cap: capText,
    classes: standard.classes.map((c) => `${c.label[lang]} ${formatCap(c.cap)}`).join(lang === 'zh-CN' ? '、' : ', '),
    source: standard.source[lang],
  });
  const template = over ? M.expenseOverHighest : M.expenseOverLowest;
  return {
    ...rate.cell,
    severity: over ? 'warning' : 'info',
    message: { 'zh-CN': fillTemplate(template['zh-CN'], vars('zh-CN')), 'en-US': fillTemplate(template['en-US'], vars('en-US')) },
    expected: `≤${capText}元/${unit}`,
    actual: `${rateText}元/${unit}`,
  };
}

function formatCap(cap: number): string {
  return formatDecimal(new Decimal(cap), 2);
}

/** The unit a rate is written in, as in the documents (both languages). */
const UNIT_TEXT: Record<RateBasis, string> = { personDay: '人·天', hour: '学时' };

/** Lecture words first: "培训讲课费" is a lecture fee, "培训会议" a meeting. */
const LECTURE = /讲课|授课|课时费|讲座费|专家课酬/;
const CONSULTATION = /咨询费|评审费|论证费/;
const MEETING = /会议|会务/;
const TRAINING = /培训/;
const TRAVEL = /差旅/;
const TRAVEL_MEALS = /伙食补助/;
const TRANSPORT = /市内交通/;
/** Parts of a 综合定额 a line may itemise, in a training or meeting named by the line or a group above it. */
const LODGING = /住宿/;
const MEALS = /伙食|餐费|就餐|用餐/;

/**
 * The kind of expense a line pays, from its name and the groups above it: 讲课费 and 专家咨询费 by
 * their own names; 住宿 / 伙食 parts by the nearest group that names a training, meeting or trip
 * (伙食补助 and 市内交通 alone are travel terms); a line named 培训 / 会议, or an unnamed-kind line
 * directly priced per 人·天 under a group named so (干部教育培训 → 培训班 …), as a whole.
 */
function kindOf(line: CalcLine): ExpenseKind | null {
  const name = line.name;
  if (LECTURE.test(name)) return 'lecture';
  if (/专家咨询|咨询专家/.test(name) || (CONSULTATION.test(name) && /专家/.test(`${name}${line.parent?.name ?? ''}`))) return 'consultation';
  if (TRANSPORT.test(name)) return 'travelTransport';
  const part = LODGING.test(name) ? 'Lodging' : MEALS.test(name) ? 'Meals' : '';
  if (part) {
    for (let l: CalcLine | null = line; l; l = l.parent) {
      if (TRAVEL.test(l.name)) return part === 'Meals' && TRAVEL_MEALS.test(name) ? 'travelMeals' : null;
      if (MEETING.test(l.name)) return `meeting${part}`;
      if (TRAINING.test(l.name)) return `training${part}`;
    }
    return part === 'Meals' && TRAVEL_MEALS.test(name) ? 'travelMeals' : null;
  }
  if (MEETING.test(name)) return 'meeting';
  if (TRAINING.test(name)) return 'training';
  // A line under a group named for training (干部教育培训经费 → 初任培训班) is a training as a whole.
  for (let l = line.parent; l; l = l.parent) {
    if (MEETING.test(l.name)) return null;
    if (TRAINING.test(l.name)) return 'training';
  }
  return null;
}

interface Rate {
  yuan: Decimal;
  cell: CellPos;
}

/**
 * The line's rate per person-day or per teaching hour, in 元: its 单价 when its quantities are counted
 * that way (人数 and 天数 columns; a 单位 of 人·天 or 学时; a 学时 / 课时 column; a price header "元/人·天")
 * and 单价 × quantities is its amount; else a rate written in its 测算依据 or name ("550元/人·天",
 * "500元/学时"). The finding goes to the cell that holds the rate.
 */
function rateOf(line: CalcLine, sheet: CalcSheet, basis: RateBasis, priceMultiplies: (l: CalcLine) => boolean): Rate | null {
  if (line.price && line.priceCell && countedPer(line, sheet, basis) && priceMultiplies(line)) {
    return { yuan: line.price.yuan, cell: line.priceCell };
  }
  for (const which of ['basis', 'name'] as const) {
    // Perf: a rate needs a '/' and the word of its basis; most texts have neither and are not parsed
    // (and their cell, made when read, is not asked for).
    const text = line[which];
    if (!text || !RATE_HINT[basis].test(text)) continue;
    const cell = which === 'basis' ? line.basisCell : line.nameCell;
    if (!cell) continue;
    for (const m of numberMentions(text)) {
      const r = splitRateUnit(m.unit);
      if (r.money && r.per.length > 0 && basisOfPer(r.per) === basis) return { yuan: Money.of(m.value, r.money).yuan, cell };
    }
  }
  return null;
}

/** True when the line's quantities (and the price header's "元/人·天") count it per person-day or per hour. */
function countedPer(line: CalcLine, sheet: CalcSheet, basis: RateBasis): boolean {
  let person = false;
  let day = false;
  let hour = false;
  const note = (dims: readonly string[]) => {
    for (const d of dims) {
      if (d === '人') person = true;
      else if (d === '天') day = true;
      else hour = true;
    }
  };
  note(priceHeaderDims(sheet));
  note(dimsOf(line.unitText));
  for (const f of line.factors) note(dimsOf(f.header));
  return basis === 'personDay' ? person && day : hour;
}

/** What the 单价 header says it is per ("单价（元/人·天）" → 人, 天); remembered per calc sheet. */
function priceHeaderDims(sheet: CalcSheet): readonly string[] {
  let dims = HEADER_DIMS.get(sheet);
  if (!dims) {
    const header = sheet.columns.find((c) => c.role === 'price')?.header ?? '';
    const per = /\/(.+?)[)）]?$/.exec(normalizeText(header).replace(/\s+/g, ''));
    HEADER_DIMS.set(sheet, (dims = per ? dimsOf(per[1]) : []));
  }
  return dims;
}
const HEADER_DIMS = new WeakMap<CalcSheet, readonly string[]>();

/** A text that may state a rate per person-day or per teaching hour. */
const RATE_HINT: Record<RateBasis, RegExp> = { personDay: /[/／][^/／]*[天日]|[天日][^/／]*[/／]/, hour: /[/／][^/／]*[时]/ };

/** '人·天', '人/天', '天/人' → personDay; '学时', '课时' → hour. */
function basisOfPer(per: readonly string[]): RateBasis | null {
  const dims = new Set(per.flatMap((p) => dimsOf(p)));
  if (dims.has('学时')) return 'hour';
  if (dims.size === 2 && dims.has('人') && dims.has('天')) return 'personDay';
  return null;
}

/** The count dimensions a header or unit names: 人数 → 人, 天数 / 日 → 天, 学时 / 课时 → 学时. */
// Perf: headers and units are few; each is read once.
const dimsOf = memoized((text): readonly string[] => {
  const t = normalizeText(text);
  if (/学时|课时/.test(t)) return ['学时'];
  const out: string[] = [];
  if (/人(?!次)|学员/.test(t)) out.push('人');
  if (/天|日(?!期)/.test(t)) out.push('天');
  return out;
}, 1000);
