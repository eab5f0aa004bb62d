/**
 * Fill (插入指标模板): the data that flows from templates and the 资金测算明细表 to the rows a host
 * inserts into the 绩效目标表. Pure data; no host, no Node APIs.
 */
import type { Localized } from '../i18n';
import type { Level1Kind, Level2Kind } from '../indicators/model';

/** 指标性质 as forms write it. 定性 = qualitative (no comparator). */
export type Nature = '＝' | '≥' | '≤' | '＞' | '＜' | '定性';
export const NATURES: Nature[] = ['＝', '≥', '≤', '＞', '＜', '定性'];

/**
 * Where a template row's value comes from when it has none of its own: the quantity (in `unit`) or
 * the 单价 (per `unit`, e.g. 元/人·天) of the calc lines whose name (or category name) contains one of
 * `keywords` (all priced lines when the list is empty).
 */
export interface CalcSource {
  /** quantity: how many `unit`; price: the 单价 per `unit` (元/人·天); total: 年度资金总额 in 万元. */
  measure: 'quantity' | 'price' | 'total';
  /** Count unit ('期', '人次'; alternatives as '台/套') or rate unit ('元/人·天'); '万元' for total. */
  unit: string;
  keywords?: string[];
  /**
   * For a price: the expense standard the rate is held to ('training', 'meeting' …). The row then
   * proposes the cap of the lowest class that covers the calc sheet's rate, and names that class.
   */
  standard?: import('../standards/expense').ExpenseKind;
}

/** One standard 三级 row of a template (built-in library or a user's JSON file). */
export interface TemplateRow {
  /** 一级指标 text as written in the template ('产出指标', '效益指标', '满意度指标', '成本指标'). */
  level1: string;
  /** 二级指标 text ('数量指标', '质量指标', '时效指标', '社会效益指标', '服务对象满意度指标', '经济成本指标' …). */
  level2: string;
  /** 三级指标 name. */
  name: string;
  nature: Nature;
  /**
   * Default 指标值: a number, a short phrase (合规), a date text where {year} stands for the budget
   * year ("{year}年12月31日"), or null when it must come from the calc sheet (`fromCalc`) or the user.
   */
  value: number | string | null;
  /** 度量单位 ('%', '人', '期', '万元', '元/人·天'); '' for qualitative rows and dates. */
  unit: string;
  /** Default 分值; null leaves it to the planner. */
  score: number | null;
  /** 评（扣）分标准; {value} and {unit} are replaced with the row's target. */
  scoring: string;
  /** 指标值设定依据及数据来源. */
  basis?: string;
  fromCalc?: CalcSource;
}

/** A project type's template (通用, 培训类 …) or a user's own set. */
export interface TemplateSet {
  /** Project type, shown to the user and used on the CLI (--type 培训类). */
  type: string;
  label: Localized;
  rows: TemplateRow[];
  /** True for the built-in library; user sets from JSON are false. */
  builtIn: boolean;
}

/** Where a candidate row belongs: the 一级/二级 kinds, independent of how a given form spells them. */
export interface FillGroup {
  level1: Level1Kind;
  level2: Level2Kind;
}

/**
 * A candidate 三级 row, ready to preview (checkbox, editable value) and to insert. Values are text as
 * the user would edit them: "95", "合规", "2026年12月31日", "53.5".
 */
export interface FillRow {
  /** Stable key within one proposal: source + group + name. */
  id: string;
  source: 'template' | 'calc';
  group: FillGroup;
  /** 一级/二级 texts used when the form has no such group yet (2021 spelling; mapped to the local one on insert). */
  level1Text: string;
  level2Text: string;
  name: string;
  nature: Nature;
  value: string;
  unit: string;
  score: number | null;
  scoring: string;
  basis: string;
  /** Proposed ticked in the preview (false: no value yet, or would double-count money). */
  selected: boolean;
  /** Why the row is proposed unticked, or where its value came from (calc cell). */
  note: Localized | null;
  /** A money-valued 成本 row (万元): counted by the 成本指标 total against 年度资金总额. */
  moneyCost: boolean;
  /** 分值 given by a user's template: written as is, also where the planner leaves new scores blank. */
  scoreFixed?: boolean;
  /** Built from a calc line the checker flags: no value until the sheet is fixed (the note says where). */
  blocked?: boolean;
  /** A per-line quantity that is part of its group's count (this total): a form stating the total covers it. */
  partOf?: string;
}

/** Why a chosen row was not inserted. */
export interface SkippedRow {
  row: FillRow;
  reason: Localized;
}

/** What a fill will do: edits for a host, and what it means in words. */
export interface FillPlan {
  /** Indicator sheet (and form index on it) the rows go into, or the new sheet's name. */
  sheet: string;
  /** True when the plan creates a 2021-layout sheet because the workbook had none. */
  createsSheet: boolean;
  edits: import('../report').Edit[];
  /** Rows that will be inserted, with the 0-based row each lands on (after all edits). */
  inserted: { row: FillRow; at: number }[];
  skipped: SkippedRow[];
  /** Notes for the user: 分值 left blank, budget year unknown, rows dropped after the check … */
  notes: Localized[];
  /** 0-based column of the 三级指标 names (where a host selects an inserted row). */
  nameCol?: number;
}
