/**
 * Per-check memos of one value per calc line.
 */
import type { CalcLine, CalcSheet } from './model';

/**
 * Perf: a memo held in one array per calc sheet, indexed by CalcLine.index (a WeakMap entry per line
 * costs more to add and to collect). A line without a valid index (built by hand, or asked with another
 * sheet) falls back to a WeakMap. Keyed weakly by the sheet, so nothing outlives the check.
 */
export class LineMemo<T> {
  private readonly bySheet = new WeakMap<CalcSheet, (T | undefined)[]>();
  private readonly byLine = new WeakMap<CalcLine, T>();

  /** The remembered value, or undefined when there is none yet. */
  get(line: CalcLine, calc: CalcSheet): T | undefined {
    const i = line.index;
    if (i !== undefined && calc.lines[i] === line) return this.bySheet.get(calc)?.[i];
    return this.byLine.get(line);
  }

  set(line: CalcLine, calc: CalcSheet, value: T): T {
    const i = line.index;
    if (i !== undefined && calc.lines[i] === line) {
      let values = this.bySheet.get(calc);
      if (!values) this.bySheet.set(calc, (values = new Array<T | undefined>(calc.lines.length).fill(undefined)));
      values[i] = value;
    } else this.byLine.set(line, value);
    return value;
  }
}
