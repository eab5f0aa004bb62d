/**
 * The 绩效目标表 (performance-target sheet) as the core understands it: one entry per form. A sheet
 * may hold several forms stacked vertically (seed 004 puts ten 申报表 on one page), so an
 * IndicatorSheet is one table with its own header block, header row and indicator rows.
 */
import type Decimal from 'decimal.js';
import type { Money } from '../money';

/** '2021': 一级|二级|三级|指标性质|指标值|度量单位|分值|评（扣）分标准|依据 (财预〔2021〕101号 style);
 *  'local': 一级|二级|三级|指标值（包含数字及文字描述）, the value text holding comparator, number and unit. */
export type IndicatorLayout = '2021' | 'local';

/** 一级指标 kinds: 产出 (项目完成), 效益 (项目效益), 满意度, 成本. */
export type Level1Kind = 'output' | 'benefit' | 'satisfaction' | 'cost';

/** 二级指标 kinds. 'cost' is a plain 成本指标 (older/local layout); the three *Cost kinds are the 2021 ones. */
export type Level2Kind =
  | 'quantity' // 数量指标
  | 'quality' // 质量指标
  | 'timeliness' // 时效指标
  | 'cost' // 成本指标
  | 'economicCost' // 经济成本指标
  | 'socialCost' // 社会成本指标
  | 'ecologicalCost' // 生态环境成本指标
  | 'economic' // 经济效益指标
  | 'social' // 社会效益指标
  | 'ecological' // 生态效益指标
  | 'sustainable' // 可持续影响指标
  | 'satisfaction'; // 服务对象满意度指标 / 满意度指标

/** 指标性质 / the comparator of a target. */
export type Comparator = '=' | '>=' | '<=' | '>' | '<';

export interface CellPos {
  row: number;
  col: number;
}

/** A calendar reference in a 指标值: "≤2026年12月31日", "2026年1—12月", "2023年1月至11月", "11月份以前". */
export interface DateMention {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Last month of a period ("1—12月" → 12), when the text names one. */
  toMonth: number | null;
}

/** What a 指标值 says, parsed. */
export interface IndicatorValue {
  /** The cell text as written (trimmed). */
  raw: string;
  /**
   * empty: nothing written; placeholder: 空 / 待定 / XX / —— / "/" (an unfinished form);
   * quantity: comparator? + number + unit (possibly after a short label: "人才点位2个", "预计需34万元");
   * date: a deadline or period ("≤2026年12月31日", "2026年1—12月");
   * text: anything else — qualitative (合规, 明显提升) or a description holding several numbers.
   */
  kind: 'empty' | 'placeholder' | 'quantity' | 'date' | 'text';
  /** The comparator written in the value itself ("≥95%", ">=95", "95%以上"), null when none. */
  comparator: Comparator | null;
  /** For quantity: the number and its unit ('%', '人', '万元', '' when none). */
  number: Decimal | null;
  unit: string;
  decimals: number;
  /** For quantity: the words before the number ("人才点位" in "人才点位2个"), '' when none. */
  label: string;
  /** Dates the value names (date kind, and dates inside text). */
  dates: DateMention[];
  /** True when the text holds no digit at all: a qualitative phrase. */
  qualitative: boolean;
}

/** A 一级 or 二级 group label and the cell that holds it (the top-left of its merge, or the row that wrote it). */
export interface LevelLabel<K> {
  text: string;
  kind: K | null;
  row: number;
  col: number;
}

/** One 三级指标 row. */
export interface IndicatorRow {
  row: number;
  level1: LevelLabel<Level1Kind> | null;
  level2: LevelLabel<Level2Kind> | null;
  /** 三级指标 name and cell. */
  name: string;
  nameCell: CellPos | null;
  /** 指标性质 as written (2021 layout): '≥', '＝', '定性' …; null when the column is absent. */
  nature: { text: string; comparator: Comparator | null; qualitative: boolean; cell: CellPos } | null;
  value: IndicatorValue;
  valueCell: CellPos;
  /** 度量单位 column (2021 layout), null when the column is absent. */
  unitColumn: { text: string; cell: CellPos } | null;
  /** 分值 / 权重. */
  score: { value: Decimal; cell: CellPos } | null;
  /** 评（扣）分标准 text. */
  scoring: { text: string; cell: CellPos } | null;
  /** The comparator in force: the value's own, else 指标性质's; null = none written (reads as ＝). */
  comparator: Comparator | null;
  /** The unit in force: the value's own, else the 度量单位 column's. */
  unit: string;
}

export type IndicatorColumnRole = 'level1' | 'level2' | 'level3' | 'nature' | 'value' | 'unit' | 'score' | 'scoring' | 'basis';

/** The 表头 block above the indicator table. Money is in 万元 unless the block says otherwise. */
export interface IndicatorHeaderBlock {
  title: { text: string; cell: CellPos } | null;
  projectName: { text: string; cell: CellPos } | null;
  budgetUnit: { text: string; cell: CellPos } | null;
  annualTotal: { money: Money; cell: CellPos } | null;
  fiscal: { money: Money; cell: CellPos } | null;
  other: { money: Money; cell: CellPos } | null;
}

export interface IndicatorSheet {
  sheet: string;
  layout: IndicatorLayout;
  /** 0-based row of the 一级指标|二级指标|三级指标 header. */
  headerRow: number;
  /** First row of this form (its title and header block); several forms may share a sheet. */
  blockTop: number;
  /** Last row read as part of this form's table. */
  lastRow: number;
  columns: Partial<Record<IndicatorColumnRole, number>>;
  header: IndicatorHeaderBlock;
  /** The budget year the form states (title "（2026年度）", 项目期, dates in the header block). */
  budgetYear: { year: number; source: 'title' | 'period' | 'dates'; cell: CellPos } | null;
  rows: IndicatorRow[];
}
