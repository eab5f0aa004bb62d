/**
 * What a calc line should be: 单价 × 数量 × factors, and the formula that says so.
 */
import Decimal from 'decimal.js';
import { Money, formatDecimal, unitFactor, type MoneyUnit } from '../../money';
import { productDecimals, sumDecimals } from '../../exact';
import { columnLetters, toA1 } from '../../address';
import type { CalcLine, CalcSheet } from '../../calc/model';
import { declaredAmount } from '../../calc/reader';
import { LineMemo } from '../../calc/line-memo';
import type { SheetSnapshot } from '../../snapshot';
import { cellValue } from '../../snapshot';

export interface LineComputation {
  /** Exact price × factors, in 元. */
  computed: Money;
  /** "5,000元 × 37 × 1" */
  expression: string;
  /** "=C5*D5*F5/10000" when the price and every factor are plain numbers in cells of this row. */
  formula: string | null;
}

/**
 * Perf: line-amount, unit-slip, subtotal and text-arithmetic all ask for the same lines; one
 * computation per line object (the lines of one check), and the texts only when a finding needs them.
 */
const COMPUTED = new LineMemo<LineComputation | null>();

export function computeLine(line: CalcLine, calc: CalcSheet, sheet: SheetSnapshot | undefined): LineComputation | null {
  const known = COMPUTED.get(line, calc);
  return known !== undefined ? known : COMPUTED.set(line, calc, computeLineOnce(line, calc, sheet));
}

function computeLineOnce(line: CalcLine, calc: CalcSheet, sheet: SheetSnapshot | undefined): LineComputation | null {
  if (!line.price || line.factors.length === 0 || line.kind === 'subtotal' || line.kind === 'total') return null;
  if (line.kind === 'category' && line.children.length > 0) return null;
  const yuan = productDecimals(line.price.yuan, line.factors);
  return new Computation(Money.exact(yuan, calc.amountUnit), line, calc, sheet);
}

/** Perf: a class (no closures per line); the texts are built only when a finding reads them. */
class Computation implements LineComputation {
  private formulaText: string | null | undefined;
  constructor(
    readonly computed: Money,
    private readonly line: CalcLine,
    private readonly calc: CalcSheet,
    private readonly sheet: SheetSnapshot | undefined,
  ) {}

  get expression(): string {
    return [this.line.price!.format(), ...this.line.factors.map((f) => formatDecimal(f.value))].join(' × ');
  }

  get formula(): string | null {
    if (this.formulaText === undefined) this.formulaText = productFormula(this.line, this.calc, this.sheet);
    return this.formulaText;
  }
}

function productFormula(line: CalcLine, calc: CalcSheet, sheet: SheetSnapshot | undefined): string | null {
  if (!sheet || !line.priceCell) return null;
  const cells = [line.priceCell, ...line.factors.map((f) => ({ row: line.row, col: f.col }))];
  if (!cells.every((c) => typeof cellValue(sheet, c.row, c.col) === 'number')) return null;
  const scale = scaleSuffix(line.price!.unit, calc.amountUnit);
  return `=${cells.map((c) => toA1(c.row, c.col)).join('*')}${scale}`;
}

/** "/10000" for prices in 元 and amounts in 万元; "*10000" for the reverse. */
export function scaleSuffix(from: MoneyUnit, to: MoneyUnit): string {
  const ratio = unitFactor(from).div(unitFactor(to));
  if (ratio.eq(1)) return '';
  return ratio.gt(1) ? `*${ratio.toFixed()}` : `/${new Decimal(1).div(ratio).toFixed()}`;
}

/** 10000, 1000 (amount too large) or their inverse when `actual` is off `computed` by exactly that. */
export function unitSlip(computed: Money, actual: Money): number | null {
  if (computed.isZero() || actual.isZero()) return null;
  for (const k of [10000, 1000]) {
    if (actual.agreesWith(computed.times(new Decimal(k)))) return k;
    if (actual.times(new Decimal(k)).agreesWith(computed)) return 1 / k;
  }
  return null;
}

/** A cell value for the amount column: the exact amount in the sheet's amount unit. */
export function amountCellValue(m: Money, unit: MoneyUnit): number {
  return Number(m.in(unit).toDecimalPlaces(6).toFixed());
}

/** Rows of a formula's references in one column: "=SUM(G5:G9)+G11" → 4..8, 10. */
export function referencedRows(formula: string, col: number): RowRanges | null {
  const letters = columnLetters(col);
  const rows = new RowRanges();
  const body = formula.replace(LEADING_EQUALS, '').toUpperCase().replace(DOLLARS, '');
  if (OTHER_SHEET_OR_TABLE.test(body)) return null; // other sheets or tables: not ours to judge
  COLUMN_REF.lastIndex = 0; // an earlier call may have returned mid-scan
  for (let m = COLUMN_REF.exec(body); m; m = COLUMN_REF.exec(body)) {
    if (m[3] === undefined) {
      if (m[1] !== letters) return null;
      rows.add(Number(m[2]) - 1, Number(m[2]) - 1);
    } else {
      if (m[1] !== letters || m[3] !== letters) return null;
      rows.add(Number(m[2]) - 1, Number(m[4]) - 1);
    }
  }
  return rows;
}

/** Perf: hoisted; a regex literal in a function body is a new RegExp object at every call. */
const LEADING_EQUALS = /^=/;
const DOLLARS = /\$/g;
const OTHER_SHEET_OR_TABLE = /[A-Z]+!|\[/;
const COLUMN_REF = /([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?/g;

/**
 * Rows as the ranges a formula lists (a range whose start is after its end holds none). Perf: a 合计
 * of SUM(G4:G10500) is one range, not a Set of 10,000 rows; many ranges are indexed in a Set when asked.
 */
export class RowRanges {
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private index: Set<number> | null = null;

  add(from: number, to: number): void {
    this.from.push(from);
    this.to.push(to);
  }

  has(row: number): boolean {
    const n = this.from.length;
    if (n > 16) return (this.index ??= this.indexed()).has(row);
    for (let k = 0; k < n; k++) if (this.from[k] <= row && row <= this.to[k]) return true;
    return false;
  }

  private indexed(): Set<number> {
    const rows = new Set<number>();
    for (let k = 0; k < this.from.length; k++) for (let r = this.from[k]; r <= this.to[k]; r++) rows.add(r);
    return rows;
  }
}

/** "=SUM(G5:G9)" for contiguous rows, "=G5+G7+G8" otherwise. */
export function sumFormula(rows: number[], col: number): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 1) return `=SUM(${toA1(sorted[0], col)}:${toA1(sorted[sorted.length - 1], col)})`;
  return `=${sorted.map((r) => toA1(r, col)).join('+')}`;
}

export function sheetOf(ctxSheets: SheetSnapshot[], name: string): SheetSnapshot | undefined {
  return ctxSheets.find((s) => s.name === name);
}

/**
 * The amount a line should hold: for an item, its price × quantity where that disagrees with what it
 * declares; for a category, the sum of its lines' amounts where that disagrees; else what it declares.
 * Parents compared with these do not repeat a mistake already reported below them.
 */
export function correctedAmount(line: CalcLine, calc: CalcSheet, sheet: SheetSnapshot | undefined): Money | null {
  const declared = line.amount ?? declaredAmount(line, calc);
  if (line.kind === 'category' && line.children.length > 0) {
    // Perf: Money.zero(unit).plus(Money.exact(a.yuan, unit)).plus(…) without the intermediate objects.
    const amounts: Decimal[] = [];
    for (const child of line.children) {
      const a = correctedAmount(child, calc, sheet);
      if (a) amounts.push(a.yuan);
    }
    const yuan = sumDecimals(amounts);
    const sum = yuan === null ? null : Money.exact(yuan, calc.amountUnit, 2);
    return declared && sum && !sum.agreesWith(declared) ? sum : declared ?? sum;
  }
  const c = computeLine(line, calc, sheet);
  if (c && declared && !c.computed.agreesWith(declared)) return c.computed;
  return declared;
}

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(:])/g;

/**
 * A line's product formula that takes a factor from another row (=C15*D14*E15): the references from
 * other rows and the formula with them moved to the line's own row. An absolute row ($C$2, a shared
 * rate) is meant and left alone.
 */
const CROSS_ROW = new LineMemo<CrossRowFormula | null>();

interface CrossRowFormula {
  formula: string;
  others: string[];
  fixed: string;
}

export function crossRowFormula(line: CalcLine, calc: CalcSheet): CrossRowFormula | null {
  // Perf: calc/line-amount and calc/formula-row both ask; one answer per line, in an array memo.
  const known = CROSS_ROW.get(line, calc);
  if (known !== undefined) return known;
  return CROSS_ROW.set(line, calc, mayReadOtherRow(line) ? findCrossRowFormula(line) : null);
}

/** A–Z, and a–z (perf: readsOtherRow scans an ASCII formula without upper-casing it; see mayReadOtherRow). */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** No character beyond U+007F (where toUpperCase could do more than map a–z). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * True when REF, scanning `u` as String.replace does (`u` upper-cased, or ASCII, whose letters are read
 * case-blind), finds a reference whose row is not `row` (0-based) and not absolute. Perf: the same
 * matches, found without match objects: at each position an optional '$', a run of 1–3 letters that
 * ends there (REF's [A-Z]{1,3} cannot stop inside a longer run, where a letter follows), an optional
 * '$', digits, and after the digits no '(' or ':' (the digit run backs off only onto digits, which the
 * lookahead refuses too); after a match the scan goes on at its end.
 */
function readsOtherRow(u: string, row: number): boolean {
  let p = 0;
  while (p < u.length) {
    let i = p;
    if (u.charCodeAt(i) === 36 /* $ */) i++;
    const lettersAt = i;
    while (isLetter(u.charCodeAt(i))) i++;
    const letters = i - lettersAt;
    let absolute = false;
    if (letters >= 1 && letters <= 3) {
      if (u.charCodeAt(i) === 36) {
        absolute = true;
        i++;
      }
      const digitsAt = i;
      while (isDigitCode(u.charCodeAt(i))) i++;
      const next = u.charCodeAt(i);
      if (i > digitsAt && next !== 40 /* ( */ && next !== 58 /* : */) {
        if (!absolute && digitsValue(u, digitsAt, i) - 1 !== row) return true;
        p = i;
        continue;
      }
    }
    p++;
  }
  return false;
}

/** Number(u.slice(from, to)) for a run of digits; perf: up to 15 digits without the slice (exact). */
function digitsValue(u: string, from: number, to: number): number {
  if (to - from > 15) return Number(u.slice(from, to));
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + (u.charCodeAt(k) - 48);
  return n;
}

/** Perf: hoisted; a regex literal in a function body is a new RegExp object at every call. */
const FUNCTION_CALL = /[A-Z]+\s*\(/i;

/**
 * False when the line's amount formula cannot be a product that reads another row: none, a 小计 / 合计,
 * functions, ranges, other sheets, no '*' or '/', or only references to its own row.
 */
function mayReadOtherRow(line: CalcLine): boolean {
  const formula = line.amountFormula;
  if (!formula || line.kind === 'subtotal' || line.kind === 'total') return false;
  // Functions, ranges, other sheets (perf: the regex only when there is a '(' for it to find).
  if ((formula.includes('(') && FUNCTION_CALL.test(formula)) || formula.includes('!') || formula.includes(':')) return false;
  if (!formula.includes('*') && !formula.includes('/')) return false;
  // Perf: most formulas only read their own row; find that out before building any text. In ASCII,
  // toUpperCase only maps a–z to A–Z, which readsOtherRow reads as letters anyway.
  return readsOtherRow(isAscii(formula) ? formula : formula.toUpperCase(), line.row);
}

function findCrossRowFormula(line: CalcLine): CrossRowFormula | null {
  const formula = line.amountFormula!;
  const others: string[] = [];
  const fixed = formula.toUpperCase().replace(REF, (whole, d1: string, col: string, d2: string, row: string) => {
    if (Number(row) - 1 === line.row || d2 === '$') return whole;
    others.push(`${col}${row}`);
    return `${d1}${col}${d2}${line.row + 1}`;
  });
  return others.length > 0 ? { formula, others, fixed } : null;
}

/**
 * The lines of a group that its SUM / + formula leaves out (=SUM(G11:G11) under a group of rows 11–12).
 * A total may add category 小计 rows instead of the categories: either covers a member. null when the
 * formula is not a plain sum over the amount column.
 */
export function sumLeavesOut(line: CalcLine, calc: CalcSheet): CalcLine[] | null {
  if (!line.amountFormula || !line.amountCell || line.children.length === 0) return null;
  if (!SUM_OR_PLUS.test(line.amountFormula)) return null;
  // Perf: calc/subtotal and calc/sum-range both ask; the answer is read, never changed.
  const found = LEFT_OUT.get(line, calc);
  return found !== undefined ? found : LEFT_OUT.set(line, calc, findLeftOut(line, line.amountFormula, line.amountCell.col, calc));
}

const LEFT_OUT = new LineMemo<CalcLine[] | null>();
/** Perf: hoisted, like FUNCTION_CALL. */
const SUM_OR_PLUS = /SUM\s*\(|\+/i;

function findLeftOut(line: CalcLine, formula: string, col: number, calc: CalcSheet): CalcLine[] | null {
  const refs = referencedRows(formula, col);
  if (!refs) return null;
  const covered = (c: CalcLine) => refs.has(c.row) || (subtotalRowsOf(calc).get(c) ?? []).some((row) => refs.has(row));
  // Perf: one pass; the amount cell (made when read, for a reader's line) is asked for last.
  return line.children.filter((c) => c.kind !== 'subtotal' && c.amount && !covered(c) && c.amountCell);
}

/** Perf: the 小计 rows of each line, indexed once per calc sheet (was a scan of every line per member). */
const SUBTOTAL_ROWS = new WeakMap<CalcSheet, Map<CalcLine, number[]>>();
function subtotalRowsOf(calc: CalcSheet): Map<CalcLine, number[]> {
  let index = SUBTOTAL_ROWS.get(calc);
  if (!index) {
    index = new Map();
    for (const s of calc.lines) {
      if (s.kind !== 'subtotal' || !s.parent) continue;
      const rows = index.get(s.parent);
      if (rows) rows.push(s.row);
      else index.set(s.parent, [s.row]);
    }
    SUBTOTAL_ROWS.set(calc, index);
  }
  return index;
}
