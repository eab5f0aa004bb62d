/**
 * The undo journal (撤销记录). Add-in writes clear Excel's own undo stack on many hosts, so nothing
 * is written without first reading what it overwrites: `apply` reads the before-state of every cell
 * the edits touch, builds the inverse edits, then writes. `undo` applies the last inverse.
 *
 * Coordinates: each edit's row is valid at the moment it runs (after the edits before it). The
 * inverse runs the steps backwards, so each restore happens at the coordinates it was read for —
 * except a cell that rows inserted earlier in the batch had moved: it is restored last, after the
 * inserted rows are deleted again, at the place it was read from. Restored before the deletion, a
 * formula would be rewritten by it: Excel (and the demo) adjust references when rows are deleted,
 * so `=SUM(D2:D3)` put back below two inserted rows 3–4 would become `=SUM(D2:D2)`.
 * Cells in rows inserted (or sheets added) by the same batch need no restore: deleting the rows
 * (the sheet) removes them.
 *
 * Excel keeps add-in writes on its own undo stack too (ExcelApi 1.20), so the user may have pressed
 * Ctrl+Z — or typed over a cell — since. Each entry therefore remembers what it wrote, and `undo`
 * first reads those cells back: if any differs, it refuses and changes nothing, so it never deletes
 * rows or overwrites cells the user touched.
 */
import type { Edit } from '../core/report';
import type { CellValue } from '../core/snapshot';
import { fillTemplate, type Localized } from '../core/i18n';
import { toA1 } from '../core/address';
import type { CellState, WorkbookHost } from './host';
import { errorText, hostError, HostError, HOST_MESSAGES } from './messages';

export interface JournalEntry {
  id: number;
  label: Localized;
  /** Edits that undo the entry, in the order they are applied. */
  inverse: Edit[];
  /** Document settings written with the entry and their values before, restored by undo. */
  settingsBefore?: { key: string; value: unknown }[];
  /** What the entry left in the workbook (coordinates after the batch), checked before undo. */
  expected: ExpectedCell[];
}

/** A cell as the entry left it: only the aspects the entry wrote. */
export interface ExpectedCell {
  sheet: string;
  row: number;
  col: number;
  /** A formula (compared without case and spaces), or a value (null: empty). */
  content?: { formula: string } | { value: CellValue };
  fill?: string | null;
  note?: string | null;
}

export interface ApplyOptions {
  /** Cell states the caller read with host.readCells just before (saves a round trip). */
  knownBefore?: CellState[];
  /** Document settings to save after the edits are written; undo puts the old values back. */
  settings?: { key: string; value: unknown }[];
}

/** What an edit overwrites in a cell: its content (value or formula), its fill, its note. */
type Aspect = 'content' | 'fill' | 'note';

interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A restore to build once the before-state is read: aspect of the cell at `at` (coords of its step). */
interface PendingRestore {
  aspect: Aspect;
  at: CellRef;
  /** The cell in the workbook as it was before the batch, and its key. */
  original: CellRef;
  originalKey: string;
}

type Step = { kind: 'edits'; edits: Edit[] } | { kind: 'restores'; restores: PendingRestore[] };

const cellKey = (c: CellRef): string => `${c.sheet}\u0000${c.row}\u0000${c.col}`;

export class EditJournal {
  private readonly entries: JournalEntry[] = [];
  private nextId = 1;
  /** Writes run one at a time, in call order (a double click must not interleave two batches). */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: WorkbookHost,
    private readonly depth = 20,
  ) {}

  get canUndo(): boolean {
    return this.entries.length > 0;
  }

  last(): JournalEntry | null {
    return this.entries[this.entries.length - 1] ?? null;
  }

  /** All entries, oldest first (for a history view). */
  history(): readonly JournalEntry[] {
    return this.entries;
  }

  apply(edits: Edit[], label: Localized, options: ApplyOptions = {}): Promise<JournalEntry> {
    return this.serialize(() => this.applyNow(edits, label, options));
  }

  undo(): Promise<JournalEntry | null> {
    return this.serialize(() => this.undoNow());
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined); // the caller gets the error; the queue goes on
    return run;
  }

  private async applyNow(edits: Edit[], label: Localized, options: ApplyOptions): Promise<JournalEntry> {
    const { steps, toRead } = planInverse(edits);

    // 1. The before-state: nothing is written unless it was read.
    const before = new Map<string, CellState>();
    for (const s of options.knownBefore ?? []) before.set(cellKey(s), s);
    const missing = [...toRead.values()].filter((c) => !before.has(cellKey(c)));
    if (missing.length > 0) {
      let states: CellState[];
      try {
        states = await this.host.readCells(missing);
      } catch (e) {
        throw hostError('readBeforeFailed', {}, e);
      }
      for (const s of states) before.set(cellKey(s), s);
    }
    const settingsBefore: { key: string; value: unknown }[] = [];
    for (const { key } of options.settings ?? []) {
      try {
        settingsBefore.push({ key, value: await this.host.loadSetting<unknown>(key) });
      } catch (e) {
        throw hostError('readBeforeFailed', {}, e);
      }
    }
    const inverse = buildInverse(steps, before);

    // 2. The write; on failure, put back what can be put back safely, and say which.
    try {
      await this.host.applyEdits(edits);
    } catch (e) {
      throw await this.rollback(edits, inverse, e);
    }

    const entry: JournalEntry = { id: this.nextId++, label, inverse, expected: planExpected(edits) };
    if (settingsBefore.length > 0) entry.settingsBefore = settingsBefore;
    this.entries.push(entry);
    while (this.entries.length > this.depth) this.entries.shift();

    for (const { key, value } of options.settings ?? []) {
      try {
        await this.host.saveSetting(key, value);
      } catch (e) {
        throw hostError('settingsFailed', { key }, e);
      }
    }
    return entry;
  }

  /**
   * A host may have applied part of a failed batch (Office.js does not roll back a failed sync).
   * Cell restores are idempotent, so when the batch changed no structure they are re-applied;
   * with inserted rows or sheets the inverse is not safe to run blindly and the user is told.
   */
  private async rollback(edits: Edit[], inverse: Edit[], cause: unknown): Promise<Error> {
    const cells = describeCells(edits);
    if (edits.some(isStructural)) return hostError('writeFailedPartial', { cells }, cause);
    try {
      await this.host.applyEdits(inverse);
    } catch (rollbackError) {
      return hostError('writeFailedRollbackFailed', { cells, rollbackError: errorText(rollbackError) }, cause);
    }
    return hostError('writeFailedRolledBack', {}, cause);
  }

  private async undoNow(): Promise<JournalEntry | null> {
    const entry = this.entries.pop();
    if (!entry) return null;
    // What the entry wrote must still be there (Ctrl+Z in Excel, or the user's own edits, change it).
    if (entry.expected.length > 0) {
      let states: CellState[];
      try {
        states = await this.host.readCells(entry.expected.map(({ sheet, row, col }) => ({ sheet, row, col })));
      } catch (e) {
        this.entries.push(entry);
        throw hostError('undoCheckFailed', { label: entry.label['zh-CN'] }, e);
      }
      const changed = entry.expected.filter((x, i) => !matches(states[i], x));
      if (changed.length > 0) {
        this.entries.push(entry);
        const cells = changed.slice(0, 5).map((c) => `${c.sheet}!${toA1(c.row, c.col)}`).join(', ') + (changed.length > 5 ? ` …（${changed.length}）` : '');
        const m = HOST_MESSAGES.undoConflict;
        throw new HostError({
          'zh-CN': fillTemplate(m['zh-CN'], { label: entry.label['zh-CN'], cells }),
          'en-US': fillTemplate(m['en-US'], { label: entry.label['en-US'], cells }),
        });
      }
    }
    try {
      await this.host.applyEdits(entry.inverse);
    } catch (e) {
      this.entries.push(entry); // still undoable: the pane can offer to try again
      throw hostError('undoFailed', { label: entry.label['zh-CN'] }, e);
    }
    for (const { key, value } of entry.settingsBefore ?? []) {
      try {
        await this.host.saveSetting(key, value);
      } catch (e) {
        throw hostError('settingsFailed', { key }, e);
      }
    }
    return entry;
  }
}

function isStructural(e: Edit): boolean {
  return e.kind === 'insertRows' || e.kind === 'deleteRows' || e.kind === 'addSheet' || e.kind === 'deleteSheet';
}

/** 'Sheet1!A1, Sheet1!B2 …' — at most 8 cells, for an error message. */
function describeCells(edits: Edit[]): string {
  const names: string[] = [];
  for (const e of edits) {
    const name = 'row' in e && 'col' in e ? `${e.sheet}!${toA1(e.row, e.col)}` : e.sheet;
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 8 ? `${names.slice(0, 8).join(', ')} …` : names.join(', ');
}

/** A structural change seen so far in the batch, to map a cell back to where it was before. */
type Structure = { kind: 'insertRows'; sheet: string; row: number; count: number } | { kind: 'addSheet'; sheet: string };

/** Where (row) on `sheet` was before the structural changes so far; null for a cell the batch created. */
function originalRow(history: Structure[], sheet: string, row: number): number | null {
  let r = row;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i];
    if (h.sheet !== sheet) continue;
    if (h.kind === 'addSheet') return null;
    if (r >= h.row + h.count) r -= h.count;
    else if (r >= h.row) return null;
  }
  return r;
}

/** Walks the batch once: which original cells to read, and the inverse of each step. */
function planInverse(edits: Edit[]): { steps: Step[]; toRead: Map<string, CellRef> } {
  const history: Structure[] = [];
  const touched = new Set<string>(); // originalKey + aspect: only the first touch restores
  const toRead = new Map<string, CellRef>();
  const steps: Step[] = [];

  const restore = (aspect: Aspect, at: CellRef, into: PendingRestore[]): void => {
    const row = originalRow(history, at.sheet, at.row);
    if (row === null) return;
    const original = { sheet: at.sheet, row, col: at.col };
    const originalKey = cellKey(original);
    if (touched.has(`${originalKey}\u0000${aspect}`)) return;
    touched.add(`${originalKey}\u0000${aspect}`);
    toRead.set(originalKey, original);
    into.push({ aspect, at: { sheet: at.sheet, row: at.row, col: at.col }, original, originalKey });
  };

  for (const e of edits) {
    const restores: PendingRestore[] = [];
    switch (e.kind) {
      case 'value':
      case 'formula':
        restore('content', e, restores);
        steps.push({ kind: 'restores', restores });
        break;
      case 'fill':
        restore('fill', e, restores);
        steps.push({ kind: 'restores', restores });
        break;
      case 'note':
        restore('note', e, restores);
        steps.push({ kind: 'restores', restores });
        break;
      case 'insertRows':
        steps.push({ kind: 'edits', edits: [{ kind: 'deleteRows', sheet: e.sheet, row: e.row, count: e.count }] });
        history.push({ kind: 'insertRows', sheet: e.sheet, row: e.row, count: e.count });
        break;
      case 'addSheet':
        steps.push({ kind: 'edits', edits: [{ kind: 'deleteSheet', sheet: e.sheet }] });
        history.push({ kind: 'addSheet', sheet: e.sheet });
        break;
      case 'merge': {
        // Merging keeps only the top-left content: undo unmerges, then puts the rest back.
        const { top, left, bottom, right } = e.range;
        for (let row = top; row <= bottom; row++)
          for (let col = left; col <= right; col++) if (row !== top || col !== left) restore('content', { sheet: e.sheet, row, col }, restores);
        steps.push({ kind: 'restores', restores });
        steps.push({ kind: 'edits', edits: [{ kind: 'unmerge', sheet: e.sheet, range: { ...e.range } }] });
        break;
      }
      case 'unmerge':
        // Rules emit unmerge only for an existing merged area; undo merges it again.
        steps.push({ kind: 'edits', edits: [{ kind: 'merge', sheet: e.sheet, range: { ...e.range } }] });
        break;
      case 'deleteRows':
        throw hostError('deleteRowsNotJournaled', { sheet: e.sheet, row: e.row + 1, count: e.count });
      case 'deleteSheet':
        throw hostError('deleteSheetNotJournaled', { sheet: e.sheet });
    }
  }
  return { steps, toRead };
}

/** The inverse edits: steps in reverse order, each restore from the state read before the batch. */
function buildInverse(steps: Step[], before: Map<string, CellState>): Edit[] {
  const inverse: Edit[] = [];
  /** Restores of cells that inserted rows had moved: after the rows are deleted, where they were read. */
  const moved: Edit[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (step.kind === 'edits') {
      inverse.push(...step.edits);
      continue;
    }
    for (const r of step.restores) {
      const s = before.get(r.originalKey);
      if (!s) throw new Error(`Journal: no before-state for ${r.at.sheet}!${toA1(r.at.row, r.at.col)}`);
      const wasMoved = r.original.row !== r.at.row;
      const into = wasMoved ? moved : inverse;
      const { sheet, row, col } = wasMoved ? r.original : r.at;
      if (r.aspect === 'content')
        into.push(s.formula ? { kind: 'formula', sheet, row, col, formula: s.formula } : { kind: 'value', sheet, row, col, value: s.value });
      else if (r.aspect === 'fill') into.push({ kind: 'fill', sheet, row, col, color: s.fill });
      else into.push({ kind: 'note', sheet, row, col, text: s.note });
    }
  }
  // moved holds the steps backwards too; each original cell appears once per aspect
  return [...inverse, ...moved];
}

const normFormula = (f: string): string => f.replace(/\s+/g, '').toUpperCase();
const normText = (t: string | null): string | null => (t === null ? null : t.replace(/\r\n?/g, '\n'));
const emptyish = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

/** The cell still holds what the entry wrote, in every aspect it wrote. */
function matches(state: CellState | undefined, x: ExpectedCell): boolean {
  if (!state) return false;
  if (x.content) {
    if ('formula' in x.content) {
      if (!state.formula || normFormula(state.formula) !== normFormula(x.content.formula)) return false;
    } else {
      if (state.formula) return false;
      const want = x.content.value;
      if (emptyish(want) ? !emptyish(state.value) : state.value !== want) return false;
    }
  }
  if (x.fill !== undefined && (x.fill ?? '').toUpperCase() !== (state.fill ?? '').toUpperCase()) return false;
  if (x.note !== undefined && normText(x.note) !== normText(state.note)) return false;
  return true;
}

/**
 * What the batch leaves in the workbook, in coordinates after it: the last write of each aspect of
 * each cell, moved down by rows inserted later in the batch; and inserted rows empty (in the columns
 * the batch wrote on that sheet) where nothing was written into them.
 */
function planExpected(edits: Edit[]): ExpectedCell[] {
  const cells = new Map<string, ExpectedCell>();
  const inserted: { sheet: string; row: number; count: number }[] = [];
  const at = (sheet: string, row: number, col: number): ExpectedCell => {
    const k = cellKey({ sheet, row, col });
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { sheet, row, col }));
    return c;
  };
  for (const e of edits) {
    switch (e.kind) {
      case 'value':
        at(e.sheet, e.row, e.col).content = { value: e.value };
        break;
      case 'formula':
        at(e.sheet, e.row, e.col).content = { formula: e.formula };
        break;
      case 'fill':
        at(e.sheet, e.row, e.col).fill = e.color;
        break;
      case 'note':
        at(e.sheet, e.row, e.col).note = e.text;
        break;
      case 'merge': {
        const { top, left, bottom, right } = e.range;
        for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) if (row !== top || col !== left) at(e.sheet, row, col).content = { value: null };
        break;
      }
      case 'insertRows': {
        const moved = [...cells.values()];
        cells.clear();
        for (const c of moved) {
          if (c.sheet === e.sheet && c.row >= e.row) c.row += e.count;
          cells.set(cellKey(c), c);
        }
        for (const b of inserted) if (b.sheet === e.sheet && b.row >= e.row) b.row += e.count;
        inserted.push({ sheet: e.sheet, row: e.row, count: e.count });
        break;
      }
      case 'addSheet':
        // a sheet of that name left over from before cannot be told apart; its cells written here are checked
        break;
      default:
        break;
    }
  }
  for (const b of inserted) {
    let maxCol = 0;
    for (const c of cells.values()) if (c.sheet === b.sheet) maxCol = Math.max(maxCol, c.col);
    for (let row = b.row; row < b.row + b.count; row++)
      for (let col = 0; col <= maxCol; col++) {
        const c = at(b.sheet, row, col);
        if (!c.content) c.content = { value: null };
      }
  }
  return [...cells.values()];
}
