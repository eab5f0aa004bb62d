/**
 * The 资金测算明细表 as the core understands it: a tree of lines, each knowing its cells.
 */
import type Decimal from 'decimal.js';
import type { Money, MoneyUnit } from '../money';

/** category = a numbered group row (一、/（一）) that carries a subtotal; item = a priced line;
 *  breakdown = a 其中： row that details the line above; subtotal/total = 小计 / 合计·总计 rows. */
export type CalcLineKind = 'category' | 'item' | 'breakdown' | 'subtotal' | 'total';

/** fiscal / otherFunds: 财政拨款 / 其他资金 sub-columns under a merged 金额 header (their line amount is 小计);
 *  code: a 科目编码 (支出经济分类) column, whose code prefixes give the hierarchy. */
export type ColumnRole =
  | 'seq'
  | 'code'
  | 'name'
  | 'price'
  | 'quantity'
  | 'unit'
  | 'factor'
  | 'amount'
  | 'fiscal'
  | 'otherFunds'
  | 'basis'
  | 'remark';

export interface ColumnInfo {
  role: ColumnRole;
  col: number;
  header: string;
  /** Money scale from the header (单价（元）, 金额（万元）) when it names one. */
  moneyUnit?: MoneyUnit;
}

export interface CellPos {
  row: number;
  col: number;
}

/** One factor of a line's product (数量, 次数, 天数 …). */
export interface CalcFactor {
  col: number;
  header: string;
  value: Decimal;
}

/** A line's cells (nameCell, amountCell, …) may be made when read: compare them by row and col. */
export interface CalcLine {
  kind: CalcLineKind;
  row: number;
  /** Position in its sheet's `lines` (set by the reader; per-check memos are arrays indexed by it). */
  index?: number;
  /** Depth in the tree: 0 for 一、, 1 for （一）, … */
  level: number;
  numbering: string | null;
  name: string;
  nameCell: CellPos | null;
  /** The declared amount (what the 金额 cell holds), in the sheet's amount unit. */
  amount: Money | null;
  amountCell: CellPos | null;
  amountFormula: string | null;
  /** 单价 / 标准 per unit, in the price column's unit. */
  price: Money | null;
  priceCell: CellPos | null;
  /** Every quantity and factor column with a value on this row (数量, 次数, 天数, 期数 …); read-only. */
  factors: readonly CalcFactor[];
  /** The 单位 column's text ('人', '场') when present. */
  unitText: string;
  /** 测算依据 / 测算说明 text and its cell. */
  basis: string;
  basisCell: CellPos | null;
  parent: CalcLine | null;
  /** Lines this one adds up: a category's items; for 小计 / 合计 rows, the lines they total.
   *  Read-only (the reader shares one empty array among lines without any). */
  children: readonly CalcLine[];
  /** 其中： rows detailing this line; never part of any sum (read-only, like children). */
  breakdown: readonly CalcLine[];
  /** 财政拨款 and 其他资金 of this line where 金额 splits into them and 小计 (the amount). */
  funds?: { fiscal: Money | null; other: Money | null };
}

export interface CalcSheet {
  sheet: string;
  headerRow: number;
  /** The amount is 财政拨款 + 其他资金 (no 小计 column): findings go to the 财政拨款 cell, without a fix
   *  (one cell cannot be set to a sum of two). */
  amountFromParts?: boolean;
  columns: ColumnInfo[];
  /** Unit of the 金额 column (from its header or the sheet's 单位： note; default 元). */
  amountUnit: MoneyUnit;
  /** Unit of the 单价 column (default 元). */
  priceUnit: MoneyUnit;
  /** All lines in row order. */
  lines: CalcLine[];
  /** Top-level lines (categories, and items not under any category). */
  roots: CalcLine[];
  /** The 合计 / 总计 row, if any. */
  total: CalcLine | null;
}

/** 项目资金（万元）header block: 年度资金总额, 其中：财政拨款, 其他资金. */
export interface DeclaredFunds {
  sheet: string;
  total: { money: Money; row: number; col: number } | null;
  fiscal: { money: Money; row: number; col: number } | null;
  other: { money: Money; row: number; col: number } | null;
}
