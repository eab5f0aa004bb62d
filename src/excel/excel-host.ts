/**
 * WorkbookHost for Excel through Office.js. Thin: reading and writing live in read.ts and
 * write.ts; this class picks capabilities from the requirement sets and wraps every Office error
 * into a HostError with a zh-CN/en-US message.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Edit } from '../core/report';
import { toA1 } from '../core/address';
import { localize } from '../core/i18n';
import type { CellState, HostCapabilities, ReadProgress, WorkbookHost } from '../host/host';
import { HostError } from '../host/messages';
import type { OfficeEnvironment, RunOptions } from './environment';
import { isPayloadTooLarge, officeErrorCode, wrapOfficeError } from './errors';
import { isFormula, jsonBytes } from './addresses';
import { readSnapshotWith } from './read';
import { applyEditsWith, noteKey, type NoteKnowledge } from './write';
import { EXCEL_MESSAGES } from './messages';
import { fillToken } from '../host/fill-token';

/** Edits Excel cannot put in one undo group (docs "Undo capabilities…": Worksheet.delete is unsupported). */
const UNGROUPABLE: ReadonlySet<Edit['kind']> = new Set(['deleteSheet']);

/** Cells read per sync by readCells (each is one range proxy, plus one note proxy). */
export const CELLS_PER_READ = 5000;

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  private readonly caps: HostCapabilities;
  private readonly mergesSupported: boolean;
  /** Whether cells have a note, from the last readCells: lets the next write skip a probe sync. */
  private readonly knownNotes: NoteKnowledge = new Map();

  /** The last write recalculated a workbook in Manual calculation mode. */
  lastWriteRecalculated = false;

  /**
   * @param responseBudget bytes per read response (the self-test asks for small chunks, to exercise
   *   the chunking in a real Excel)
   */
  constructor(
    readonly env: OfficeEnvironment,
    private readonly responseBudget?: number,
  ) {
    this.caps = {
      notes: env.isSetSupported('ExcelApi', '1.18'),
      undoGroup: env.isSetSupported('ExcelApi', '1.20'),
    };
    this.mergesSupported = env.isSetSupported('ExcelApi', '1.13');
  }

  capabilities(): HostCapabilities {
    return { ...this.caps };
  }

  sheetNames(): Promise<{ names: string[]; active: string }> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return { names: sheets.items.map((s) => s.name), active: active.name };
    });
  }

  readSnapshot(sheets?: string[], onProgress?: (p: ReadProgress) => void): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      let names = sheets;
      if (!names) {
        const all = context.workbook.worksheets.load('items/name');
        await context.sync();
        names = all.items.map((s) => s.name);
      }
      return readSnapshotWith(context, names, this.mergesSupported, onProgress, this.responseBudget);
    });
  }

  readCells(cells: { sheet: string; row: number; col: number }[]): Promise<CellState[]> {
    if (cells.length === 0) return Promise.resolve([]);
    return this.run(async (context) => {
      const out: CellState[] = [];
      let sheets = new Map<string, Excel.Worksheet>();
      let size = CELLS_PER_READ;
      let done = 0;
      while (done < cells.length) {
        const part = cells.slice(done, done + size);
        const proxies = part.map((c) => {
          let ws = sheets.get(c.sheet);
          if (!ws) sheets.set(c.sheet, (ws = context.workbook.worksheets.getItem(c.sheet)));
          const range = ws.getCell(c.row, c.col).load('values,formulas,format/fill/color,format/fill/pattern,format/fill/patternColor');
          const note = this.caps.notes ? ws.notes.getItemOrNullObject(toA1(c.row, c.col)).load('content') : null;
          return { c, range, note };
        });
        try {
          await context.sync();
        } catch (e) {
          // Too large for Excel on the web (either way, by code): the same cells in halves.
          if (!isPayloadTooLarge(e) || part.length === 1) throw e;
          size = Math.ceil(part.length / 2);
          sheets = new Map();
          continue;
        }
        done += part.length;
        for (const { c, range, note } of proxies) {
          const v = range.values[0][0] as unknown;
          const f = range.formulas[0][0] as unknown;
          const hasNote = note !== null && !note.isNullObject;
          if (note) this.knownNotes.set(noteKey(c.sheet, c.row, c.col), hasNote);
          out.push({
            sheet: c.sheet,
            row: c.row,
            col: c.col,
            value: v === '' || v === null || v === undefined ? null : (v as string | number | boolean),
            formula: isFormula(f, v) ? (f as string) : null,
            fill: fillOf(range.format.fill),
            note: hasNote ? note.content : null,
          });
        }
      }
      return out;
    });
  }

  applyEdits(edits: Edit[]): Promise<void> {
    if (edits.length === 0) return Promise.resolve();
    // What readCells learnt about notes is used by this write only: later writes (an undo, minutes
    // later) probe again, since the user may have added or removed notes meanwhile.
    const known = new Map(this.knownNotes);
    this.knownNotes.clear();
    // One undo group where Excel allows it: a batch with an API Excel cannot undo (deleting a sheet,
    // which the journal's undo of an inserted sheet does) runs ungrouped, else UndoNotSupported.
    const grouped = this.caps.undoGroup && !edits.some((e) => UNGROUPABLE.has(e.kind));
    return this.run(async (context) => {
      const outcome = await applyEditsWith(context, edits, this.caps.notes, known);
      this.lastWriteRecalculated = outcome.recalculated;
    }, { mergeUndoGroup: grouped });
  }

  select(sheet: string, row: number, col: number): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getCell(row, col).select();
      await context.sync();
    });
  }

  async loadSetting<T>(key: string): Promise<T | null> {
    const value = this.env.settings.get(key);
    return value === undefined || value === null ? null : (value as T);
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    const previous = this.env.settings.get(key);
    if (value === null || value === undefined) this.env.settings.remove(key);
    else this.env.settings.set(key, value);
    try {
      await this.env.settings.save();
    } catch (e) {
      // Not saved: the in-memory copy goes back to what the document holds.
      if (previous === undefined || previous === null) this.env.settings.remove(key);
      else this.env.settings.set(key, previous);
      const error = e instanceof Error ? e.message : String(e);
      const size = jsonBytes(value);
      // Settings over ≈ 1 MB fail with InvalidArgument (office-js #3957); say so when that is likely.
      if (officeErrorCode(e) === 'InvalidArgument' || size > SETTINGS_WARN_BYTES)
        throw new HostError(localize(EXCEL_MESSAGES.settingsTooLarge, { size: Math.ceil(size / 1024), error }), e);
      throw new HostError(localize(EXCEL_MESSAGES.settingsSaveFailed, { error }), e);
    }
  }

  /** Excel.run with every failure as a HostError (Office errors get their code and a clear message). */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T> {
    try {
      // delayForCellEdit: wait for the user to leave cell-edit mode instead of failing (hosts that
      // do not know the option run the batch as before).
      return await this.env.run(batch, { ...options, delayForCellEdit: true });
    } catch (e) {
      throw wrapOfficeError(e);
    }
  }
}

/** Settings values above this size are reported as "full" when saving them fails. */
const SETTINGS_WARN_BYTES = 500_000;

/**
 * A cell's fill as a CellState token: null for none (the colour then says #FFFFFF, which is not "no
 * fill"), '#RRGGBB' for solid, a pattern token where Excel reports a pattern (its colour may be null).
 */
function fillOf(fill: Excel.RangeFill): string | null {
  const pattern = fill.pattern as string | null;
  const color = fill.color as string | null;
  if (pattern === 'None') return null;
  if (pattern === 'Solid' && color) return color.toUpperCase();
  if (pattern === null && color === null) return null; // not uniform: cannot be said
  const patternColor = fill.patternColor as string | null;
  return fillToken({ pattern: pattern ?? 'Solid', patternColor: patternColor ? patternColor.toUpperCase() : null, color: color ? color.toUpperCase() : null });
}
