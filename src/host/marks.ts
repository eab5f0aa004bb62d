/**
 * Marks (标记到表格 / 清除标记): each flagged cell gets a fill by severity and, where the host has
 * notes (ExcelApi 1.18), a note with the findings' messages. What the cell had before is kept in the
 * document setting 'budgetCheck.marks', so clearing restores exactly the previous fills and removes
 * only the notes the add-in wrote. Every write goes through the undo journal.
 *
 * The record is small, because document settings are (≈ 1 MB before saveAsync fails, office-js
 * #3957): per cell its row, column, previous fill and a hash of the note we left — not the note
 * texts. The user's own note, when we appended to it, is what the cell's note holds minus our part
 * (its length is stored), recognised by the hash. Its size is checked before anything is written.
 *
 * Safety rules: a fill or note the user changed after marking is theirs and is left alone by
 * clearMarks (counted as kept). A cell that already had a note keeps it: ours is appended below it,
 * and clearing puts the user's note back as it was.
 *
 * Marks are stored by position. When rows were inserted or deleted after marking, a mark is no longer
 * where it was stored: clearMarks looks for it up to MAX_SHIFT rows above and below in its column (our
 * fill, and our note where there are notes) and, when one shift explains it, clears the sheet's other
 * moved marks with the same shift. Marks found nowhere are left (counted as kept).
 */
import type { Edit, Finding, Severity } from '../core/report';
import type { Locale } from '../core/i18n';
import { localize } from '../core/i18n';
import type { CellState, WorkbookHost } from './host';
import type { EditJournal, JournalEntry } from './journal';
import { HOST_MESSAGES, hostError } from './messages';
import { isApproximateFill } from './fill-token';

export const MARKS_SETTING_KEY = 'budgetCheck.marks';

/** Excel's own "Bad" / "Neutral" cell-style fills and a light blue: readable with black text. */
export const MARK_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** Between the user's own note and ours when a cell had one. */
export const NOTE_SEPARATOR = '\n\n';

export interface MarkedCell {
  sheet: string;
  row: number;
  col: number;
  /** Fill before the first mark ('#RRGGBB', a host fill token, or null for none). */
  previousFill: string | null;
  /** The fill we set. */
  markFill: string;
  /** noteHash() of the full note text we left (the user's note + ours), or null when no note was written. */
  markNoteHash: string | null;
  /** Characters of our part at the end of that note (with the separator when the cell had a note). */
  ownNoteLength: number;
  /** The cell had a note of the user's before the first mark. */
  hadNote: boolean;
}

export interface MarkRecord {
  version: 2;
  cells: MarkedCell[];
}

/** Bytes the stored record may take (settings hold ≈ 1 MB in all; the rest is left for other settings). */
export const MARKS_RECORD_LIMIT = 400_000;

/** The stored form: per sheet, [row, col, previousFill or 0, markFill, noteHash or 0, ownNoteLength, hadNote 0/1]. */
interface StoredMarks {
  version: 2;
  sheets: Record<string, [number, number, string | 0, string, string | 0, number, 0 | 1][]>;
}

interface StoredMarksV1 {
  version: 1;
  cells: { sheet: string; row: number; col: number; previousFill: string | null; previousNote: string | null; markFill: string; markNote: string | null }[];
}

/** FNV-1a over the text, with its length: recognises our note without storing it. */
export function noteHash(text: string | null): string | null {
  if (text === null) return null;
  const t = text.replace(/\r\n?/g, '\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(36)}.${t.length.toString(36)}`;
}

export function encodeMarks(record: MarkRecord): StoredMarks {
  const sheets: StoredMarks['sheets'] = {};
  for (const c of record.cells) (sheets[c.sheet] ??= []).push([c.row, c.col, c.previousFill ?? 0, c.markFill, c.markNoteHash ?? 0, c.ownNoteLength, c.hadNote ? 1 : 0]);
  return { version: 2, sheets };
}

function decodeMarks(stored: unknown): MarkRecord {
  const s = stored as Partial<StoredMarks> & Partial<StoredMarksV1> & { version?: number };
  if (s && s.version === 2 && s.sheets && typeof s.sheets === 'object') {
    const cells: MarkedCell[] = [];
    for (const [sheet, rows] of Object.entries(s.sheets))
      for (const [row, col, previousFill, markFill, hash, ownNoteLength, hadNote] of rows)
        cells.push({ sheet, row, col, previousFill: previousFill === 0 ? null : previousFill, markFill, markNoteHash: hash === 0 ? null : hash, ownNoteLength, hadNote: hadNote === 1 });
    return { version: 2, cells };
  }
  if (s && s.version === 1 && Array.isArray(s.cells))
    return {
      version: 2,
      cells: s.cells.map((c) => ({
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        previousFill: c.previousFill,
        markFill: c.markFill,
        markNoteHash: noteHash(c.markNote),
        ownNoteLength: c.markNote === null ? 0 : c.markNote.length - (c.previousNote === null ? 0 : c.previousNote.length),
        hadNote: c.previousNote !== null,
      })),
    };
  return { version: 2, cells: [] };
}

/** The user's note under ours, from the note the cell holds now (known to be the one we left). */
function userNoteOf(m: MarkedCell, current: string | null): string | null {
  if (!m.hadNote || current === null) return null;
  const t = current.replace(/\r\n?/g, '\n');
  return t.slice(0, Math.max(0, t.length - m.ownNoteLength));
}

/** Our note is still in the cell, unchanged. */
function holdsOurNote(m: MarkedCell, note: string | null): boolean {
  return m.markNoteHash !== null && noteHash(note) === m.markNoteHash;
}

function utf8Bytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

export interface MarkResult {
  /** Cells filled. */
  cells: number;
  /** Notes written (0 when the host has no notes). */
  notes: number;
  notesSupported: boolean;
  bySeverity: Record<Severity, number>;
  entry: JournalEntry | null;
}

export interface ClearResult {
  fillsRestored: number;
  notesRemoved: number;
  /** Fills the user changed since marking, left as they are. */
  fillsKept: number;
  /** Notes the user changed since marking, left as they are. */
  notesKept: number;
  /** Marks found (and cleared) elsewhere in their column: rows were inserted or deleted since marking. */
  relocated: number;
  /** Pattern fills put back without their background colour (the host could not read it). */
  fillsApproximate: number;
  entry: JournalEntry | null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL = { error: HOST_MESSAGES.severityError, warning: HOST_MESSAGES.severityWarning, info: HOST_MESSAGES.severityInfo };

const key = (c: { sheet: string; row: number; col: number }): string => `${c.sheet}\u0000${c.row}\u0000${c.col}`;

function sameColor(a: string | null, b: string | null): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

export async function loadMarks(host: WorkbookHost): Promise<MarkRecord> {
  return decodeMarks(await host.loadSetting<unknown>(MARKS_SETTING_KEY));
}

/** The note text for one cell: its findings, worst first, in the user's language. */
export function noteText(findings: Finding[], locale: Locale): string {
  const lines = [...findings]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((f) =>
      localize(HOST_MESSAGES.noteLine, {
        severity: SEVERITY_LABEL[f.severity][locale],
        message: f.message[locale],
        expected: f.expected !== undefined ? localize(HOST_MESSAGES.noteExpected, { value: f.expected })[locale] : '',
      })[locale],
    );
  return HOST_MESSAGES.notePrefix[locale] + (lines.length > 1 ? '\n' : '') + lines.join('\n');
}

/**
 * Fills each flagged cell by its worst severity and adds a note (where supported). Costs one
 * readCells (the before-state, shared with the journal) and one applyEdits.
 * Marks add up: cells marked earlier and not flagged now stay marked until clearMarks.
 */
export async function markFindings(host: WorkbookHost, journal: EditJournal, findings: Finding[], locale: Locale): Promise<MarkResult> {
  const notesSupported = host.capabilities().notes;
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  if (byCell.size === 0) return { cells: 0, notes: 0, notesSupported, bySeverity, entry: null };

  const record = await loadMarks(host);
  const recorded = new Map(record.cells.map((c) => [key(c), c]));
  const targets = [...byCell.values()].map((list) => ({ sheet: list[0].sheet, row: list[0].row, col: list[0].col }));
  const states = await host.readCells(targets);
  const stateOf = new Map<string, CellState>(states.map((s) => [key(s), s]));

  const edits: Edit[] = [];
  let notes = 0;
  for (const [k, list] of byCell) {
    const { sheet, row, col } = list[0];
    const state = stateOf.get(k);
    if (!state) throw new Error(`Marks: the host returned no state for ${sheet} (${row}, ${col})`);
    const worst = list.reduce((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info' as Severity);
    bySeverity[worst]++;
    const old = recorded.get(k);
    // The original fill/note survive re-marking, unless the user changed the cell since.
    const previousFill = old && sameColor(state.fill, old.markFill) ? old.previousFill : state.fill;
    const previousNote = old && holdsOurNote(old, state.note) ? userNoteOf(old, state.note) : state.note;
    const markFill = MARK_COLORS[worst];
    edits.push({ kind: 'fill', sheet, row, col, color: markFill });
    let markNoteHash: string | null = null;
    let ownNoteLength = 0;
    if (notesSupported) {
      const ours = noteText(list, locale);
      const markNote = previousNote ? previousNote + NOTE_SEPARATOR + ours : ours;
      edits.push({ kind: 'note', sheet, row, col, text: markNote });
      markNoteHash = noteHash(markNote);
      ownNoteLength = markNote.length - (previousNote ? previousNote.length : 0);
      notes++;
    }
    recorded.set(k, { sheet, row, col, previousFill, markFill, markNoteHash, ownNoteLength, hadNote: !!previousNote });
  }

  const next = encodeMarks({ version: 2, cells: [...recorded.values()] });
  // Document settings are small: refuse before writing anything rather than leave marks we cannot clear.
  const size = utf8Bytes(next);
  if (size > MARKS_RECORD_LIMIT)
    throw hostError('marksFull', { count: recorded.size, size: Math.ceil(size / 1024), limit: Math.floor(MARKS_RECORD_LIMIT / 1024) });
  const entry = await journal.apply(edits, localize(HOST_MESSAGES.markLabel, { count: byCell.size }), {
    knownBefore: states,
    settings: [{ key: MARKS_SETTING_KEY, value: next }],
  });
  return { cells: byCell.size, notes, notesSupported, bySeverity, entry };
}

/** Restores the fills and notes of every marked cell the user has not changed since. */
export async function clearMarks(host: WorkbookHost, journal: EditJournal): Promise<ClearResult> {
  const record = await loadMarks(host);
  const result: ClearResult = { fillsRestored: 0, notesRemoved: 0, fillsKept: 0, notesKept: 0, relocated: 0, fillsApproximate: 0, entry: null };
  if (record.cells.length === 0) return result;

  const states = await host.readCells(record.cells.map(({ sheet, row, col }) => ({ sheet, row, col })));
  const stateOf = new Map<string, CellState>(states.map((s) => [key(s), s]));
  const notesSupported = host.capabilities().notes;
  const at = new Map<MarkedCell, CellState>();
  for (const m of record.cells) {
    const state = stateOf.get(key(m));
    if (!state) throw new Error(`Marks: the host returned no state for ${m.sheet} (${m.row}, ${m.col})`);
    at.set(m, state);
  }
  // Rows inserted or deleted since marking: the marks not at their cells are looked for nearby.
  const inPlace = record.cells.filter((m) => isMark(at.get(m)!, m, notesSupported));
  const placed = new Set(inPlace);
  const missing = record.cells.filter((m) => !placed.has(m));
  const moved = missing.length > 0 ? await relocate(host, missing, new Set(inPlace.map(key)), notesSupported) : new Map<MarkedCell, CellState>();
  for (const [m, state] of moved) at.set(m, state);
  result.relocated = moved.size;

  const edits: Edit[] = [];
  for (const m of record.cells) {
    const state = at.get(m)!;
    const { sheet, row, col } = state;
    if (sameColor(state.fill, m.markFill)) {
      edits.push({ kind: 'fill', sheet, row, col, color: m.previousFill });
      result.fillsRestored++;
      if (isApproximateFill(m.previousFill)) result.fillsApproximate++;
    } else result.fillsKept++;
    if (m.markNoteHash !== null) {
      if (notesSupported && holdsOurNote(m, state.note)) {
        edits.push({ kind: 'note', sheet, row, col, text: userNoteOf(m, state.note) });
        result.notesRemoved++;
      } else result.notesKept++;
    }
  }
  result.entry = await journal.apply(edits, localize(HOST_MESSAGES.clearLabel, { count: record.cells.length }), {
    knownBefore: [...states, ...moved.values()],
    settings: [{ key: MARKS_SETTING_KEY, value: null }],
  });
  return result;
}

/** How many rows above and below its stored row a mark is looked for. */
export const MAX_SHIFT = 100;
/** Shifts tried per sheet (one per block of rows inserted or deleted above the marks). */
const MAX_ROUNDS = 3;

/** The cell holds this mark: our fill, and our note where the mark wrote one and the host has notes. */
function isMark(state: CellState, m: MarkedCell, notesSupported: boolean): boolean {
  return sameColor(state.fill, m.markFill) && (m.markNoteHash === null || !notesSupported || holdsOurNote(m, state.note));
}

/**
 * Where the marks that are not at their stored cells went. Per sheet, the first such mark is looked for
 * in its column up to MAX_SHIFT rows away (nearest first; cells already holding a mark are taken); the
 * shift found is then tried on the sheet's other missing marks. Two reads per round.
 */
async function relocate(host: WorkbookHost, missing: MarkedCell[], taken: Set<string>, notesSupported: boolean): Promise<Map<MarkedCell, CellState>> {
  const found = new Map<MarkedCell, CellState>();
  let pending = [...missing].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row));
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    const firsts = pending.filter((m, i) => i === 0 || pending[i - 1].sheet !== m.sheet);
    const probes = firsts.flatMap((m) => offsets().map((d) => ({ sheet: m.sheet, row: m.row + d, col: m.col })).filter((c) => c.row >= 0));
    const probed = await host.readCells(probes);
    const shiftOf = new Map<string, number>();
    for (const m of firsts) {
      const hit = probed.find((s) => s.sheet === m.sheet && s.col === m.col && !taken.has(key(s)) && isMark(s, m, notesSupported));
      if (hit) shiftOf.set(m.sheet, hit.row - m.row);
    }
    const tries = pending.filter((m) => shiftOf.has(m.sheet) && m.row + shiftOf.get(m.sheet)! >= 0);
    const tried = tries.length > 0 ? await host.readCells(tries.map((m) => ({ sheet: m.sheet, row: m.row + shiftOf.get(m.sheet)!, col: m.col }))) : [];
    tries.forEach((m, i) => {
      const s = tried[i];
      if (!taken.has(key(s)) && isMark(s, m, notesSupported)) {
        found.set(m, s);
        taken.add(key(s));
      }
    });
    // A sheet whose first missing mark is found nowhere has no shift to try again.
    pending = pending.filter((m) => !found.has(m) && shiftOf.has(m.sheet));
  }
  return found;
}

/** 1, -1, 2, -2, … MAX_SHIFT, -MAX_SHIFT: the nearest rows first. */
function offsets(): number[] {
  const out: number[] = [];
  for (let d = 1; d <= MAX_SHIFT; d++) out.push(d, -d);
  return out;
}
