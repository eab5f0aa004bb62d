/**
 * A tiny formula evaluator for the in-page demo workbook: numbers, + - * /, parentheses, unary
 * minus, cell references (A1, $A$1) and SUM over ranges and lists. Enough for 金额 = 单价×数量
 * and 小计 = SUM(...) so that setting a formula in the demo shows its value, as Excel would.
 * Anything else evaluates to an Excel-style error string ('#NAME?', '#VALUE!', '#DIV/0!', '#REF!').
 */
import type { CellValue } from '../core/snapshot';
import { columnIndex } from '../core/address';

export type FormulaError = '#NAME?' | '#VALUE!' | '#DIV/0!' | '#REF!';

/** Looks up a referenced cell's (computed) value; 0-based. */
export type CellLookup = (row: number, col: number) => CellValue;

type Token =
  | { t: 'num'; v: number }
  | { t: 'ref'; row: number; col: number }
  | { t: 'op'; v: '+' | '-' | '*' | '/' | '(' | ')' | ',' | ':' }
  | { t: 'name'; v: string };

class FormulaFailure extends Error {
  constructor(readonly code: FormulaError) {
    super(code);
  }
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    if ('+-*/(),:'.includes(ch)) {
      out.push({ t: 'op', v: ch as '+' });
      i++;
      continue;
    }
    const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const rest = src.slice(i);
    const ref = REF.exec(rest);
    if (ref && !/^[A-Za-z0-9_(]/.test(rest.slice(ref[0].length))) {
      out.push({ t: 'ref', row: Number(ref[2]) - 1, col: columnIndex(ref[1]) });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      out.push({ t: 'name', v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    throw new FormulaFailure('#NAME?');
  }
  return out;
}

/** Number of a cell value as arithmetic sees it: blank → 0, numeric text → number, else #VALUE!. */
function arithmeticNumber(v: CellValue): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (/^#/.test(v)) throw new FormulaFailure(v as FormulaError);
  const n = Number(v.trim());
  if (v.trim() !== '' && Number.isFinite(n)) return n;
  throw new FormulaFailure('#VALUE!');
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly lookup: CellLookup,
  ) {}

  parse(): number {
    const v = this.expression();
    if (this.pos !== this.tokens.length) throw new FormulaFailure('#NAME?');
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'op' && t.v === v;
  }

  private expect(v: string): void {
    if (!this.isOp(v)) throw new FormulaFailure('#NAME?');
    this.pos++;
  }

  private expression(): number {
    let v = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.tokens[this.pos++] as { v: string }).v;
      const r = this.term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }

  private term(): number {
    let v = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = (this.tokens[this.pos++] as { v: string }).v;
      const r = this.unary();
      if (op === '/' && r === 0) throw new FormulaFailure('#DIV/0!');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }

  private unary(): number {
    if (this.isOp('-')) {
      this.pos++;
      return -this.unary();
    }
    if (this.isOp('+')) {
      this.pos++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): number {
    const t = this.peek();
    if (!t) throw new FormulaFailure('#NAME?');
    if (t.t === 'num') {
      this.pos++;
      return t.v;
    }
    if (t.t === 'ref') {
      this.pos++;
      if (this.isOp(':')) throw new FormulaFailure('#VALUE!'); // a bare range outside SUM
      return arithmeticNumber(this.lookup(t.row, t.col));
    }
    if (t.t === 'op' && t.v === '(') {
      this.pos++;
      const v = this.expression();
      this.expect(')');
      return v;
    }
    if (t.t === 'name') {
      this.pos++;
      if (t.v !== 'SUM') throw new FormulaFailure('#NAME?');
      return this.sum();
    }
    throw new FormulaFailure('#NAME?');
  }

  /** SUM(a, b:c, …): text and blanks inside ranges are ignored, as in Excel. */
  private sum(): number {
    this.expect('(');
    let total = 0;
    if (this.isOp(')')) {
      this.pos++;
      return 0;
    }
    for (;;) {
      const t = this.peek();
      const next = this.tokens[this.pos + 1];
      if (t?.t === 'ref' && next?.t === 'op' && next.v === ':') {
        const end = this.tokens[this.pos + 2];
        if (end?.t !== 'ref') throw new FormulaFailure('#NAME?');
        this.pos += 3;
        for (let r = Math.min(t.row, end.row); r <= Math.max(t.row, end.row); r++) {
          for (let c = Math.min(t.col, end.col); c <= Math.max(t.col, end.col); c++) {
            const v = this.lookup(r, c);
            if (typeof v === 'string' && v.startsWith('#')) throw new FormulaFailure(v as FormulaError);
            if (typeof v === 'number') total += v;
          }
        }
      } else {
        total += this.expression();
      }
      if (this.isOp(',')) {
        this.pos++;
        continue;
      }
      this.expect(')');
      return total;
    }
  }
}

/** Rounds away binary noise the way Excel displays it (15 significant digits). */
function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * Evaluates a formula ('=C5*D5/10000'); the result is a number or an Excel error string.
 * `lookup` supplies referenced cells (already evaluated).
 */
export function evaluateFormula(formula: string, lookup: CellLookup): number | FormulaError {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  try {
    const v = new Parser(tokenize(body), lookup).parse();
    return Number.isFinite(v) ? tidy(v) : '#VALUE!';
  } catch (e) {
    if (e instanceof FormulaFailure) return e.code;
    throw e;
  }
}

/** All cells a formula refers to (ranges expanded), for dependency ordering and cycle checks. */
export function formulaReferences(formula: string): { row: number; col: number }[] {
  const refs: { row: number; col: number }[] = [];
  const re = /(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?/g;
  for (const m of formula.matchAll(re)) {
    const a = parseRef(m[1]);
    const b = m[2] ? parseRef(m[2]) : a;
    if (!a || !b) continue;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) refs.push({ row: r, col: c });
  }
  return refs;
}

function parseRef(s: string): { row: number; col: number } | null {
  const m = REF.exec(s);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/**
 * Shifts row references in a formula after rows were inserted (count > 0) or deleted (count < 0)
 * at 0-based `atRow`, the way Excel rewrites formulas: a range shrinks around deleted rows, a single
 * reference into deleted rows becomes #REF!.
 */
export function shiftFormulaRows(formula: string, atRow: number, count: number): string {
  const cell = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})`;
  const re = new RegExp(`${cell}(?::${cell})?(?![A-Za-z0-9_(])`, 'g');
  const deletedEnd = count < 0 ? atRow - count : atRow; // first row after the deleted block
  const moved = (row: number): number => (row < atRow ? row : count > 0 ? row + count : row < deletedEnd ? -1 : row + count);
  const render = (d1: string, col: string, d2: string, row: number) => `${d1}${col}${d2}${row + 1}`;
  return formula.replace(re, (whole: string, ...m: unknown[]) => {
    const offset = m[8] as number;
    const before = formula[offset - 1];
    if (before && /[A-Za-z0-9_]/.test(before)) return whole; // part of a name such as LOG10
    const [d1, c1, e1, r1, d2, c2, e2, r2] = m as string[];
    const top = Number(r1) - 1;
    if (r2 === undefined) {
      const row = moved(top);
      return row < 0 ? '#REF!' : render(d1, c1, e1, row);
    }
    const bottom = Number(r2) - 1;
    let a = moved(top);
    let b = moved(bottom);
    if (a < 0 && b < 0) return '#REF!';
    if (a < 0) a = atRow; // the range now starts just after the deleted block
    if (b < 0) b = atRow - 1; // … or ends just before it
    return `${render(d1, c1, e1, a)}:${render(d2, c2, e2, b)}`;
  });
}
