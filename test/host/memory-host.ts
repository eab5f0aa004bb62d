/**
 * A minimal in-memory WorkbookHost for the journal and marks tests. Like Office.js it applies a
 * batch edit by edit and, when told to fail, stops at that edit leaving the earlier ones applied.
 * Formulas are recalculated after each write (as Excel in Automatic mode), with the demo's small
 * evaluator; like the Excel fake, inserting rows does not rewrite formula references.
 */
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import type { CellRange, Edit } from '../../src/core';
import type { CellState, HostCapabilities, WorkbookHost } from '../../src/host/host';
import { evaluateFormula } from '../../src/demo/formula';

export interface MemCell {
  value: CellValue;
  formula: string | null;
  fill: string | null;
  note: string | null;
}

export interface MemSheet {
  name: string;
  rows: (MemCell | undefined)[][];
  merges: CellRange[];
}

export class MemoryHost implements WorkbookHost {
  readonly kind = 'demo' as const;
  sheets: MemSheet[] = [];
  settings = new Map<string, string>();
  readCalls = 0;
  applyCalls = 0;
  /** When set, the n-th edit (0-based, counted over the next applyEdits call) throws. */
  failAtEdit: number | null = null;
  failRead = false;
  /** The active sheet (default: the first). */
  active: string | null = null;
  /** The cell the last select() chose. */
  selected: { sheet: string; row: number; col: number } | null = null;
  constructor(private readonly caps: HostCapabilities = { notes: true, undoGroup: false }) {}

  capabilities(): HostCapabilities {
    return this.caps;
  }
  sheet(name: string): MemSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }
  addSheet(name: string, values: CellValue[][] = []): MemSheet {
    const s: MemSheet = { name, rows: values.map((r) => r.map((v) => ({ value: v, formula: null, fill: null, note: null }))), merges: [] };
    this.sheets.push(s);
    return s;
  }
  cell(sheet: string, row: number, col: number): MemCell {
    const s = this.sheet(sheet);
    while (s.rows.length <= row) s.rows.push([]);
    const r = s.rows[row];
    let c = r[col];
    if (!c) {
      c = { value: null, formula: null, fill: null, note: null };
      r[col] = c;
    }
    return c;
  }
  peek(sheet: string, row: number, col: number): MemCell {
    return this.sheet(sheet).rows[row]?.[col] ?? { value: null, formula: null, fill: null, note: null };
  }
  /** A deep copy of the whole workbook, to compare before/after. */
  dump(): string {
    const norm = this.sheets.map((s) => ({
      name: s.name,
      merges: s.merges,
      // a formula cell's cached value is not recalculated here: compare formulas, not their results
      rows: s.rows.map((r) => r.map((c) => (c && (c.value !== null || c.formula || c.fill || c.note) ? { ...c, value: c.formula ? null : c.value } : null))).map((r) => { while (r.length && r[r.length - 1] === null) r.pop(); return r; }),
    }));
    for (const s of norm) while (s.rows.length && s.rows[s.rows.length - 1].length === 0) s.rows.pop();
    return JSON.stringify({ sheets: norm, settings: [...this.settings.entries()].sort() });
  }

  async sheetNames() {
    const active = this.sheets.some((s) => s.name === this.active) ? this.active! : (this.sheets[0]?.name ?? '');
    return { names: this.sheets.map((s) => s.name), active };
  }
  async readSnapshot(names?: string[]): Promise<WorkbookSnapshot> {
    const sheets = names ? names.map((n) => this.sheet(n)) : this.sheets;
    return {
      sheets: sheets.map((s) => ({
        name: s.name,
        values: s.rows.map((r) => Array.from(r, (c) => c?.value ?? null)),
        formulas: s.rows.map((r) => Array.from(r, (c) => c?.formula ?? null)),
        merges: s.merges.map((m) => ({ ...m })),
      })),
    };
  }
  async readCells(cells: { sheet: string; row: number; col: number }[]): Promise<CellState[]> {
    this.readCalls++;
    if (this.failRead) throw new Error('simulated read failure');
    return cells.map(({ sheet, row, col }) => {
      const c = this.peek(sheet, row, col);
      return { sheet, row, col, value: c.value, formula: c.formula, fill: c.fill, note: this.caps.notes ? c.note : null };
    });
  }
  async applyEdits(edits: Edit[]): Promise<void> {
    this.applyCalls++;
    const failAt = this.failAtEdit;
    this.failAtEdit = null;
    try {
      edits.forEach((e, i) => {
        if (i === failAt) throw new Error(`simulated failure at edit ${i}`);
        this.applyOne(e);
      });
    } finally {
      this.recalculate();
    }
  }
  /** An edit by the user, not through the host (test setup, or between two operations). */
  applyUserEdit(e: Edit): void {
    this.applyOne(e, true);
    this.recalculate();
  }
  /** Every formula's value from the cells it reads (same sheet; two passes, as the Excel fake). */
  recalculate(): void {
    for (let pass = 0; pass < 2; pass++)
      for (const s of this.sheets)
        s.rows.forEach((r) =>
          r.forEach((c) => {
            if (c?.formula) c.value = evaluateFormula(c.formula, (row, col) => s.rows[row]?.[col]?.value ?? null);
          }),
        );
  }
  private applyOne(e: Edit, byUser = false): void {
    switch (e.kind) {
      case 'value': Object.assign(this.cell(e.sheet, e.row, e.col), { value: e.value, formula: null }); return;
      case 'formula': Object.assign(this.cell(e.sheet, e.row, e.col), { formula: e.formula, value: 0 }); return;
      case 'fill': this.cell(e.sheet, e.row, e.col).fill = e.color; return;
      case 'note':
        if (!this.caps.notes && !byUser) throw new Error('notes unsupported'); // the document may hold notes the host cannot reach
        this.cell(e.sheet, e.row, e.col).note = e.text;
        return;
      case 'insertRows': {
        const s = this.sheet(e.sheet);
        while (s.rows.length < e.row) s.rows.push([]);
        s.rows.splice(e.row, 0, ...Array.from({ length: e.count }, () => []));
        this.shiftMerges(s, e.row, e.count);
        return;
      }
      case 'deleteRows': {
        const s = this.sheet(e.sheet);
        s.rows.splice(e.row, e.count);
        this.shiftMerges(s, e.row, -e.count);
        return;
      }
      case 'merge': {
        const s = this.sheet(e.sheet);
        for (let r = e.range.top; r <= e.range.bottom; r++)
          for (let c = e.range.left; c <= e.range.right; c++) if (r !== e.range.top || c !== e.range.left) Object.assign(this.cell(e.sheet, r, c), { value: null, formula: null });
        s.merges.push({ ...e.range });
        return;
      }
      case 'unmerge': {
        const s = this.sheet(e.sheet);
        s.merges = s.merges.filter((m) => JSON.stringify(m) !== JSON.stringify(e.range));
        return;
      }
      case 'addSheet': this.addSheet(e.sheet); return;
      case 'deleteSheet': this.sheets = this.sheets.filter((s) => s.name !== e.sheet); return;
    }
  }
  /** Merged areas follow inserted / deleted rows as in Excel: below move, spanning ones grow or shrink, deleted ones go. */
  private shiftMerges(s: MemSheet, at: number, count: number): void {
    const end = at - count; // deleted rows are at..end-1
    s.merges = s.merges
      .filter((m) => !(count < 0 && m.top >= at && m.bottom < end))
      .map((m) => {
        if (count > 0) return { ...m, top: m.top >= at ? m.top + count : m.top, bottom: m.bottom >= at ? m.bottom + count : m.bottom };
        const move = (r: number) => (r < at ? r : r >= end ? r + count : at);
        return { ...m, top: move(m.top), bottom: m.bottom >= at && m.bottom < end ? at - 1 : move(m.bottom) };
      });
  }
  async select(sheet: string, row: number, col: number): Promise<void> {
    this.sheet(sheet);
    this.active = sheet;
    this.selected = { sheet, row, col };
  }
  async loadSetting<T>(key: string): Promise<T | null> {
    const raw = this.settings.get(key);
    return raw === undefined ? null : (JSON.parse(raw) as T);
  }
  async saveSetting<T>(key: string, value: T): Promise<void> {
    if (value === null) this.settings.delete(key);
    else this.settings.set(key, JSON.stringify(value));
  }
}
