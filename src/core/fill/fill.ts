/**
 * Fill, end to end in the core: propose rows (templates + calc generators), then plan their insertion
 * and check the result before any host writes it — rows that would bring a new finding are dropped
 * and said so, so that "check after fill" shows nothing the input did not have.
 */
import { localize, type Localized } from '../i18n';
import { buildContext, checkWorkbook } from '../check';
import type { CheckOptions } from '../rule';
import type { Finding } from '../report';
import type { WorkbookSnapshot } from '../snapshot';
import { FILL_MESSAGES as M } from '../messages/fill';
import { annualTotal, budgetYearOf, calcTotal, proposeFromCalc, proposeFromTemplate, reconcile, type FillSource } from './generate';
import { planInsertion } from './plan';
import { projectOfTable } from '../projects';
import { planNewSheet } from './new-sheet';
import { applyEditsToSnapshot } from './snapshot-edits';
import { BUILT_IN_TEMPLATES, GENERAL_ROWS } from './templates';
import type { FillPlan, FillRow, SkippedRow, TemplateSet } from './model';
import { formatDecimal } from '../money';
import { ALL_RULES } from '../rules';
import { expenseStandards } from '../standards/expense';

export interface FillRequest {
  /** Template types to include (通用, 培训类 …). */
  types?: string[];
  /** Generate 成本 / 数量 / 时效 rows from the 资金测算明细表. */
  fromCalc?: boolean;
  /** Extra template sets (a user's file); they are looked up by type before the built-in ones. */
  userTemplates?: TemplateSet[];
  /** Budget year when the workbook does not state one. */
  budgetYear?: number;
  /** Which indicator form to fill (default the first). */
  tableIndex?: number;
  checkOptions?: CheckOptions;
}

export interface FillProposal {
  rows: FillRow[];
  /** The form the rows go into (sheet name), or null when a new sheet will be created. */
  sheet: string | null;
  budgetYear: number | null;
  /** Types asked for that no template has. */
  unknownTypes: string[];
}

export function templateLibrary(user: TemplateSet[] = []): TemplateSet[] {
  return [...user, ...BUILT_IN_TEMPLATES.filter((b) => !user.some((u) => u.type === b.type))];
}

/** Calc rules whose findings mean a line's numbers cannot be taken as they are. */
const UNRELIABLE_CALC = new Set(['calc/line-amount', 'calc/unit-slip', 'calc/subtotal', 'calc/breakdown-sum', 'calc/sum-range', 'calc/formula-row', 'calc/text-arithmetic']);

/** Rows of each calc sheet that the checker flags, with the first finding's rule title. */
function flaggedCalcRows(snapshot: WorkbookSnapshot, calcSheets: string[], options: CheckOptions): Map<string, Map<number, Localized>> {
  const out = new Map<string, Map<number, Localized>>();
  if (calcSheets.length === 0) return out;
  const titles = new Map(ALL_RULES.map((r) => [r.id, r.title]));
  for (const f of checkWorkbook(snapshot, options).findings) {
    if (!UNRELIABLE_CALC.has(f.ruleId) || !calcSheets.includes(f.sheet)) continue;
    const rows = out.get(f.sheet) ?? new Map<number, Localized>();
    if (!rows.has(f.row)) rows.set(f.row, titles.get(f.ruleId) ?? { 'zh-CN': f.ruleId, 'en-US': f.ruleId });
    out.set(f.sheet, rows);
  }
  return out;
}

function sourceOf(snapshot: WorkbookSnapshot, req: FillRequest): FillSource {
  const options = req.checkOptions ?? {};
  const ctx = buildContext(snapshot, options);
  const table = ctx.indicators[req.tableIndex ?? 0] ?? null;
  // A form's rows come from its own project's calc sheet and funds, never another project's.
  const project = table ? projectOfTable(ctx.projects, table) : null;
  const calc = project ? project.calc : ctx.calc;
  const funds = project ? project.funds : ctx.funds;
  return {
    calc,
    funds,
    table,
    budgetYear: budgetYearOf(snapshot, table, calc, req.budgetYear),
    snapshot,
    flagged: flaggedCalcRows(snapshot, calc.map((c) => c.sheet), options),
    standards: expenseStandards(options.expenseStandards),
  };
}

/** The candidate rows for the preview: template rows and calc rows, reconciled with the form. */
export function proposeFill(snapshot: WorkbookSnapshot, req: FillRequest): FillProposal {
  const source = sourceOf(snapshot, req);
  const library = templateLibrary(req.userTemplates);
  const rows: FillRow[] = [];
  const unknownTypes: string[] = [];
  if (req.fromCalc) rows.push(...proposeFromCalc(source));
  for (const type of req.types ?? []) {
    const set = library.find((t) => t.type === type);
    if (!set) unknownTypes.push(type);
    else rows.push(...proposeFromTemplate(set, source));
  }
  // A new form needs 产出, 效益 and 满意度 whatever the type: the general rows complete it.
  if (!source.table) rows.push(...proposeFromTemplate({ type: '通用', label: { 'zh-CN': '通用', 'en-US': 'General' }, rows: GENERAL_ROWS, builtIn: true }, source));
  return { rows: reconcile(rows, source.table), sheet: source.table?.sheet ?? null, budgetYear: source.budgetYear, unknownTypes };
}

/** Rows of `after` findings mapped back: where each finding of `before` is expected after the edits. */
function shiftedKeys(before: Finding[], plan: FillPlan): Set<string> {
  const inserts = plan.edits.filter((e): e is Extract<typeof e, { kind: 'insertRows' }> => e.kind === 'insertRows');
  const keys = new Set<string>();
  for (const f of before) {
    let row = f.row;
    for (const e of inserts) if (e.sheet === f.sheet && row >= e.row) row += e.count;
    keys.add(`${f.ruleId}|${f.sheet}|${row}|${f.col}`);
  }
  return keys;
}

/** Findings the edits would bring that the workbook did not have. */
export function newFindings(snapshot: WorkbookSnapshot, plan: FillPlan, options: CheckOptions = {}): Finding[] {
  const before = checkWorkbook(snapshot, options).findings;
  const after = checkWorkbook(applyEditsToSnapshot(snapshot, plan.edits), options).findings;
  const known = shiftedKeys(before, plan);
  return after.filter((f) => !known.has(`${f.ruleId}|${f.sheet}|${f.row}|${f.col}`));
}

function basePlan(snapshot: WorkbookSnapshot, rows: FillRow[], req: FillRequest): FillPlan {
  const source = sourceOf(snapshot, req);
  if (source.table) return planInsertion(snapshot, rows, { tableIndex: req.tableIndex ?? 0 });
  const total = annualTotal(source) ?? source.calc.map(calcTotal).find((m) => m) ?? null;
  return planNewSheet(snapshot, rows, {
    calc: source.calc,
    annualTotal: total ? formatDecimal(total.in('万元'), 6, false) : null,
    budgetYear: source.budgetYear,
  });
}

/**
 * Plans the chosen rows and checks the result: a row that brings a finding at its own cells is
 * dropped; money-valued 成本 rows are dropped together when their total would exceed 年度资金总额.
 * Whatever remains is named in the notes.
 */
export function planFill(snapshot: WorkbookSnapshot, rows: FillRow[], req: FillRequest = {}): FillPlan {
  let current = rows.filter((r) => r.selected);
  const dropped: SkippedRow[] = [];
  const options = req.checkOptions ?? {};
  for (let round = 0; ; round++) {
    const plan = basePlan(snapshot, current, req);
    plan.skipped.unshift(...dropped);
    const fresh = newFindings(snapshot, plan, options);
    if (fresh.length === 0) return plan;
    const drop = new Map<FillRow, Localized>();
    for (const f of fresh) {
      const own = plan.inserted.find((x) => x.at === f.row && f.sheet === plan.sheet);
      if (own) drop.set(own.row, perLocale(M.skipNewFinding, f.message));
      else if (f.ruleId === 'indicators/cost-total') {
        for (const x of plan.inserted) if (x.row.moneyCost) drop.set(x.row, localize(M.skipCostAboveTotal, { sum: f.actual ?? '', total: f.expected ?? '' }));
      }
    }
    if (drop.size === 0 || round >= 5) {
      plan.notes.push(localize(M.newFindingsRemain, { count: fresh.length }));
      return plan;
    }
    for (const [row, reason] of drop) dropped.push({ row, reason });
    current = current.filter((r) => !drop.has(r));
  }
}

/** "{message}" filled per locale with a localised message. */
function perLocale(template: Localized, message: Localized): Localized {
  return {
    'zh-CN': localize(template, { message: message['zh-CN'] })['zh-CN'],
    'en-US': localize(template, { message: message['en-US'] })['en-US'],
  };
}
