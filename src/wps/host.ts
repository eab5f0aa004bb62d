/**
 * WorkbookHost for WPS 表格 through its JavaScript add-in API (JSAPI): the ET object model, which
 * mirrors VBA/COM and is synchronous — no Excel.run, no context.sync. Thin: reading is read.ts,
 * writing write.ts, settings settings.ts; every object-model failure becomes a HostError with a
 * zh-CN/en-US message (errors.ts).
 *
 * The host is bound to the workbook that is active when it is made (Application.ActiveWorkbook):
 * if the user switches to another workbook, the pane's checks and marks still go to the one it read.
 * Undo is the add-in's own journal (src/host/journal.ts); WPS has no undo group for add-in writes,
 * so capabilities().undoGroup is false. Notes are ET comments (Range.AddComment), always available.
 * Settings live in custom document properties — settings.ts says why and what the limits are.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Edit } from '../core/report';
import { toA1 } from '../core/address';
import type { CellState, HostCapabilities, ReadProgress, WorkbookHost } from '../host/host';
import { HostError } from '../host/messages';
import { WPS_MESSAGES } from './messages';
import { actionOf, wpsReported, wpsStep } from './errors';
import { readCellsFrom, readSnapshotFrom } from './read';
import { applyEditsTo } from './write';
import { cellAt, worksheetNamed, worksheetNames } from './grid';
import { loadWorkbookSetting, saveWorkbookSetting, type DocumentProperties } from './settings';

export class WpsHost implements WorkbookHost {
  readonly kind = 'wps' as const;
  /** The last write recalculated a workbook in manual calculation mode. */
  lastWriteRecalculated = false;

  constructor(
    private readonly app: Et.Application,
    private readonly workbook: Et.Workbook,
  ) {}

  capabilities(): HostCapabilities {
    return { notes: true, undoGroup: false };
  }

  async sheetNames(): Promise<{ names: string[]; active: string }> {
    return wpsStep(actionOf('actionSheetNames'), () => ({ names: worksheetNames(this.workbook), active: this.workbook.ActiveSheet.Name }));
  }

  async readSnapshot(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<WorkbookSnapshot> {
    const names = sheets ?? (await this.sheetNames()).names;
    return readSnapshotFrom(this.workbook, names, onProgress);
  }

  async readCells(cells: { sheet: string; row: number; col: number }[]): Promise<CellState[]> {
    return readCellsFrom(this.workbook, cells);
  }

  async applyEdits(edits: Edit[]): Promise<void> {
    if (edits.length === 0) return;
    try {
      this.lastWriteRecalculated = applyEditsTo(this.app, this.workbook, edits).recalculated;
    } catch (e) {
      throw wpsReported(e);
    }
  }

  async select(sheet: string, row: number, col: number): Promise<void> {
    wpsStep(actionOf('actionSelect', { sheet, cell: toA1(row, col) }), () => {
      const ws = worksheetNamed(this.workbook, sheet);
      ws.Activate();
      cellAt(ws, row, col).Select();
    });
  }

  async loadSetting<T>(key: string): Promise<T | null> {
    return loadWorkbookSetting<T>(this.properties(), key);
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    saveWorkbookSetting(this.properties(), key, value);
  }

  private properties(): DocumentProperties {
    return this.workbook.CustomDocumentProperties as DocumentProperties;
  }
}

/** The WPS host for the workbook active in `app` now; a HostError when no workbook is open. */
export function createWpsHost(app: Et.Application): WorkbookHost {
  const workbook = app.ActiveWorkbook as Et.Workbook | null | undefined;
  if (!workbook) throw new HostError(WPS_MESSAGES.noWorkbook);
  return new WpsHost(app, workbook);
}
