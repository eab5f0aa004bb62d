/**
 * The small interface every host implements: Excel through Office.js (src/excel), the in-page
 * demo workbook (src/demo) and, for files, ExcelJS (src/xlsx). The task pane only knows this.
 * Coordinates are 0-based; sheets are named.
 */
import type { WorkbookSnapshot, CellValue } from '../core/snapshot';
import type { Edit } from '../core/report';

/** What a cell holds that an edit may overwrite; read before every write for the undo journal. */
export interface CellState {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** Formula with leading '=' or null. */
  formula: string | null;
  /** Fill colour '#RRGGBB', or null for no fill. */
  fill: string | null;
  /** Note text, or null when the cell has none (or the host cannot read notes). */
  note: string | null;
}

export interface HostCapabilities {
  /** Cell notes (ExcelApi 1.18). Without them marks are fills only. */
  notes: boolean;
  /** Workbook-level undo grouping (ExcelApi 1.20 mergeUndoGroup). */
  undoGroup: boolean;
}

export interface ReadProgress {
  sheet: string;
  rowsDone: number;
  rowsTotal: number;
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'demo' | 'xlsx' | 'wps';
  capabilities(): HostCapabilities;
  /** Names of all worksheets in tab order, and the active one. */
  sheetNames(): Promise<{ names: string[]; active: string }>;
  /** Reads the named sheets (default: all) into a snapshot. */
  readSnapshot(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<WorkbookSnapshot>;
  /** Reads the current state of the given cells (for the journal and for marks). */
  readCells(cells: { sheet: string; row: number; col: number }[]): Promise<CellState[]>;
  /** Applies edits in order. Must either apply all or throw leaving the workbook as it was where possible. */
  applyEdits(edits: Edit[]): Promise<void>;
  /** Selects the cell and brings its sheet to front. */
  select(sheet: string, row: number, col: number): Promise<void>;
  /** Per-workbook settings (Office document settings; localStorage in the demo). */
  loadSetting<T>(key: string): Promise<T | null>;
  saveSetting<T>(key: string, value: T): Promise<void>;
}
