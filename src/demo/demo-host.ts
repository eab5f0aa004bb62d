/**
 * WorkbookHost over the in-page demo workbook, so the task pane runs unchanged outside Office.
 * Writes are atomic (all edits or none) and every change notifies the grid.
 */
import type { WorkbookSnapshot, SheetSnapshot, CellValue } from '../core/snapshot';
import type { Edit } from '../core/report';
import type { CellState, HostCapabilities, ReadProgress, WorkbookHost } from '../host/host';
import { applyEdits, cloneWorkbook, findSheet, getCell, recalculate, sheetSize, type DemoWorkbook } from './workbook';

export interface DemoSelection {
  sheet: string;
  row: number;
  col: number;
}

/** Where per-workbook settings go: localStorage in a browser, a Map elsewhere (tests). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function memorySettingsStore(): SettingsStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

export interface DemoHostOptions {
  /** Pretend the host has no cell notes (as Excel before ExcelApi 1.18), to show fills-only marks. */
  notes?: boolean;
  settings?: SettingsStore;
}

export class DemoHost implements WorkbookHost {
  readonly kind = 'demo' as const;
  private wb: DemoWorkbook;
  private selection: DemoSelection;
  private readonly listeners = new Set<() => void>();
  private readonly notes: boolean;
  private readonly settings: SettingsStore;
  /** Incremented on every change, so React can subscribe with useSyncExternalStore. */
  private version = 0;

  constructor(workbook: DemoWorkbook, options: DemoHostOptions = {}) {
    this.wb = cloneWorkbook(workbook);
    recalculate(this.wb);
    this.selection = { sheet: this.wb.active, row: 0, col: 0 };
    this.notes = options.notes ?? true;
    this.settings = options.settings ?? memorySettingsStore();
  }

  // ── for the grid ──────────────────────────────────────────────────────────
  workbook(): DemoWorkbook {
    return this.wb;
  }
  currentSelection(): DemoSelection {
    return this.selection;
  }
  changeVersion = (): number => this.version;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  /** The user clicked a cell or a sheet tab in the grid. */
  setSelection(sel: DemoSelection): void {
    findSheet(this.wb, sel.sheet);
    this.selection = sel;
    this.wb = { ...this.wb, active: sel.sheet };
    this.changed();
  }
  private changed(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  // ── WorkbookHost ──────────────────────────────────────────────────────────
  capabilities(): HostCapabilities {
    return { notes: this.notes, undoGroup: false };
  }

  async sheetNames(): Promise<{ names: string[]; active: string }> {
    return { names: this.wb.sheets.map((s) => s.name), active: this.wb.active };
  }

  async readSnapshot(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<WorkbookSnapshot> {
    const names = sheets ?? this.wb.sheets.map((s) => s.name);
    const out: SheetSnapshot[] = [];
    for (const name of names) {
      const sheet = findSheet(this.wb, name);
      const { rows, cols } = sheetSize(sheet);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const numberFormats: (string | null)[][] = [];
      for (let r = 0; r < rows; r++) {
        const vr: CellValue[] = [];
        const fr: (string | null)[] = [];
        const nr: (string | null)[] = [];
        for (let c = 0; c < cols; c++) {
          const cell = getCell(sheet, r, c);
          vr.push(cell?.value ?? null);
          fr.push(cell?.formula ?? null);
          nr.push(cell?.numberFormat ?? null);
        }
        values.push(vr);
        formulas.push(fr);
        numberFormats.push(nr);
      }
      out.push({ name, values, formulas, numberFormats, merges: sheet.merges.map((m) => ({ ...m })) });
      onProgress?.({ sheet: name, rowsDone: rows, rowsTotal: rows });
      await yieldToBrowser(); // let the pane paint its progress, as a real host's round trips would
    }
    return { sheets: out };
  }

  async readCells(cells: { sheet: string; row: number; col: number }[]): Promise<CellState[]> {
    return cells.map(({ sheet, row, col }) => {
      const c = getCell(findSheet(this.wb, sheet), row, col);
      return {
        sheet,
        row,
        col,
        value: c?.value ?? null,
        formula: c?.formula ?? null,
        fill: c?.fill ?? null,
        note: this.notes ? (c?.note ?? null) : null,
      };
    });
  }

  async applyEdits(edits: Edit[]): Promise<void> {
    if (!this.notes) {
      const note = edits.find((e) => e.kind === 'note');
      if (note) throw new Error('Notes are not supported by this host');
    }
    this.wb = applyEdits(this.wb, edits); // atomic: throws before replacing the workbook
    this.changed();
  }

  async select(sheet: string, row: number, col: number): Promise<void> {
    this.setSelection({ sheet, row, col });
  }

  async loadSetting<T>(key: string): Promise<T | null> {
    const raw = this.settings.getItem(this.settingKey(key));
    return raw === null ? null : (JSON.parse(raw) as T);
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    this.settings.setItem(this.settingKey(key), JSON.stringify(value));
  }

  /** Settings are per workbook, as Office document settings are. */
  private settingKey(key: string): string {
    return `budget-check:${this.wb.id}:${key}`;
  }
}

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
