/**
 * Applying edits through Office.js in few round trips. Every edit becomes one queued operation
 * (fills: one getRange per rectangle of same-coloured cells); they go in one sync unless the
 * request would pass REQUEST_BUDGET bytes. A note edit must know whether the cell already has a
 * note (add vs. change vs. delete): the host remembers that from its last readCells (which the
 * journal always calls just before), and only probes (one extra sync) for cells it has not seen.
 *
 * Excel's rules this follows (docs/excel-addin.md has the sources):
 * - no comma-joined getRanges: Excel wants the UI's list separator there (';' on many European
 *   Windows settings, office-js #1167), so each rectangle is its own getRange;
 * - Range.values reads strings like typed input: text that Excel would turn into a number, a
 *   formula or a date is written with a leading apostrophe, so it stays exactly that text;
 * - a request Excel refuses as too large (RequestPayloadSizeLimitExceeded, by code) was not applied:
 *   it is split in halves and sent again;
 * - formulas written while calculation is Manual are recalculated (application.calculate) so the
 *   re-check reads current values.
 *
 * Office.js does not roll back a failed sync: operations before the failing one stay applied. The
 * error says so; the journal (src/host/journal.ts) then restores the before-state.
 */
import type { Edit } from '../core/report';
import type { CellValue } from '../core/snapshot';
import { toA1 } from '../core/address';
import { localize } from '../core/i18n';
import { HostError, localizeWithCause } from '../host/messages';
import { isRequestTooLarge, wrapOfficeError } from './errors';
import { jsonBytes } from './addresses';
import { EXCEL_MESSAGES } from './messages';
import { parseFillToken } from '../host/fill-token';
import { fillRuns, isStructural } from '../host/edit-batches';

/** Bytes allowed per write request (Excel on the web refuses 5 MB; writes are kept near 1 MB). */
export const REQUEST_BUDGET = 1_000_000;
/** Rough bytes of one queued operation without its payload (object path, method, ids). */
const OP_OVERHEAD = 120;

/** Whether a cell has a note, keyed by noteKey(); filled by readCells and kept current by writes. */
export type NoteKnowledge = Map<string, boolean>;
export const noteKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${toA1(row, col)}`;


/**
 * Whether Excel would read this text as something else when typed (a number, a date, a percentage,
 * a formula, TRUE/FALSE, or a leading apostrophe it would swallow). Conservative: any digit counts.
 */
export function needsTextGuard(text: string): boolean {
  return /^[=+\-'@]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text) || /^\s/.test(text);
}

/** The value to put in Range.values so the cell ends up holding exactly `value`. */
export function typedValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string' && needsTextGuard(value)) return `'${value}`;
  return value;
}

/** What the write did besides the edits, for the caller. */
export interface WriteOutcome {
  /** Formulas were written while calculation was Manual, and application.calculate was called. */
  recalculated: boolean;
}

interface QueuedOp {
  bytes: number;
  queue: () => void;
}

export async function applyEditsWith(context: Excel.RequestContext, edits: Edit[], notesSupported: boolean, known: NoteKnowledge): Promise<WriteOutcome> {
  if (!notesSupported && edits.some((e) => e.kind === 'note')) throw new HostError(EXCEL_MESSAGES.notesUnsupported);
  let sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };

  let writeSyncs = 0;
  const sync = async (): Promise<void> => {
    try {
      await context.sync();
    } catch (e) {
      if (isRequestTooLarge(e)) throw e; // not applied: send() splits it
      if (writeSyncs === 0) throw wrapOfficeError(e);
      // Earlier syncs of this batch are in the workbook: say so.
      const interrupted = localize(EXCEL_MESSAGES.writeInterrupted, { done: writeSyncs + 1 });
      throw new HostError(
        localizeWithCause({ 'zh-CN': `${interrupted['zh-CN']}：{error}`, 'en-US': `${interrupted['en-US']}: {error}` }, {}, wrapOfficeError(e)),
        e,
      );
    }
  };

  /** Sends the ops; a request Excel refuses as too large was not applied: halves, sent again. */
  const send = async (ops: QueuedOp[]): Promise<void> => {
    if (ops.length === 0) return;
    for (const op of ops) op.queue();
    try {
      await sync();
      writeSyncs++;
    } catch (e) {
      if (!isRequestTooLarge(e) || ops.length === 1) throw e instanceof HostError ? e : wrapOfficeError(e);
      sheets = new Map(); // proxies made in the refused request are not valid
      const half = Math.ceil(ops.length / 2);
      await send(ops.slice(0, half));
      await send(ops.slice(half));
    }
  };

  let pending: QueuedOp[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    const ops = pending;
    pending = [];
    pendingBytes = 0;
    await send(ops);
  };
  const add = async (bytes: number, queue: () => void): Promise<void> => {
    if (pendingBytes + bytes > REQUEST_BUDGET && pending.length > 0) await flush();
    pending.push({ bytes, queue });
    pendingBytes += bytes;
  };

  let i = 0;
  while (i < edits.length) {
    let end = i;
    while (end < edits.length && !isStructural(edits[end])) end++;
    const segment = edits.slice(i, end);

    // Probe notes this segment changes and the host has not seen (coordinates are current here).
    const unknown = segment.filter((e): e is Extract<Edit, { kind: 'note' }> => e.kind === 'note' && !known.has(noteKey(e.sheet, e.row, e.col)));
    if (unknown.length > 0) {
      await flush();
      const probes = unknown.map((e) => ({ e, note: sheet(e.sheet).notes.getItemOrNullObject(toA1(e.row, e.col)) }));
      try {
        await context.sync();
      } catch (e) {
        throw wrapOfficeError(e);
      }
      for (const { e, note } of probes) known.set(noteKey(e.sheet, e.row, e.col), !note.isNullObject);
    }

    // Fills: last colour per cell wins; then same-coloured cells of a column in runs of rows.
    const fills = new Map<string, Map<string, { row: number; col: number; color: string | null }>>();
    for (const e of segment) {
      switch (e.kind) {
        case 'fill': {
          let perSheet = fills.get(e.sheet);
          if (!perSheet) fills.set(e.sheet, (perSheet = new Map()));
          perSheet.set(`${e.row},${e.col}`, { row: e.row, col: e.col, color: e.color });
          break;
        }
        case 'value': {
          const v = typedValue(e.value);
          await add(OP_OVERHEAD + jsonBytes(v), () => {
            sheet(e.sheet).getCell(e.row, e.col).values = [[v]];
          });
          break;
        }
        case 'formula':
          await add(OP_OVERHEAD + jsonBytes(e.formula), () => {
            sheet(e.sheet).getCell(e.row, e.col).formulas = [[e.formula]];
          });
          break;
        case 'note': {
          const address = toA1(e.row, e.col);
          const key = noteKey(e.sheet, e.row, e.col);
          const exists = known.get(key) === true;
          const text = e.text;
          if (text === null) {
            if (exists) await add(OP_OVERHEAD, () => sheet(e.sheet).notes.getItem(address).delete());
          } else if (exists)
            await add(OP_OVERHEAD + jsonBytes(text), () => {
              sheet(e.sheet).notes.getItem(address).content = text;
            });
          else await add(OP_OVERHEAD + jsonBytes(text), () => void sheet(e.sheet).notes.add(address, text));
          known.set(key, text !== null);
          break;
        }
        case 'merge':
        case 'unmerge': {
          const { top, left, bottom, right } = e.range;
          const kind = e.kind;
          await add(OP_OVERHEAD, () => {
            const range = sheet(e.sheet).getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
            if (kind === 'merge') range.merge(false);
            else range.unmerge();
          });
          break;
        }
        default:
          break; // structural edits are handled between segments
      }
    }
    for (const [name, perSheet] of fills)
      for (const run of fillRuns([...perSheet.values()])) {
        const token = run.color;
        await add(OP_OVERHEAD + jsonBytes(token), () => {
          const { top, left, bottom } = run.range;
          const fill = sheet(name).getRangeByIndexes(top, left, bottom - top + 1, 1).format.fill;
          applyFill(fill, token);
        });
      }

    if (end < edits.length) {
      const e = edits[end];
      await add(OP_OVERHEAD, () => queueStructural(context, sheet, e));
      // Rows moved: what we knew about notes on this sheet is at old coordinates now.
      for (const key of [...known.keys()]) if (key.startsWith(`${e.sheet}\u0000`)) known.delete(key);
    }
    i = end + 1;
  }

  // Formulas written while calculation is Manual: recalculate before anyone reads the values.
  const wroteFormulas = edits.some((e) => e.kind === 'formula');
  const application = wroteFormulas ? context.workbook.application : null;
  if (application) await add(OP_OVERHEAD, () => void application.load('calculationMode'));
  await flush();
  if (application && application.calculationMode === 'Manual') {
    application.calculate('Recalculate');
    await sync();
    return { recalculated: true };
  }
  return { recalculated: false };
}

/** A fill token on a RangeFill: '#RRGGBB', null (no fill) or a pattern token (fill-token.ts). */
function applyFill(fill: Excel.RangeFill, token: string | null): void {
  if (token === null) return fill.clear();
  const pattern = parseFillToken(token);
  if (!pattern) {
    fill.color = token;
    return;
  }
  if (pattern.color) fill.color = pattern.color;
  else fill.clear();
  fill.pattern = pattern.pattern as Excel.FillPattern;
  if (pattern.patternColor) fill.patternColor = pattern.patternColor;
}

function queueStructural(context: Excel.RequestContext, sheet: (name: string) => Excel.Worksheet, e: Edit): void {
  switch (e.kind) {
    case 'insertRows': {
      const inserted = sheet(e.sheet).getRange(`${e.row + 1}:${e.row + e.count}`).insert('Down');
      if (e.formatFrom !== undefined) {
        // formatFrom is a row of the sheet before the insertion (as in the demo host)
        const from = e.formatFrom >= e.row ? e.formatFrom + e.count : e.formatFrom;
        inserted.copyFrom(sheet(e.sheet).getRange(`${from + 1}:${from + 1}`), 'Formats');
      }
      return;
    }
    case 'deleteRows':
      sheet(e.sheet).getRange(`${e.row + 1}:${e.row + e.count}`).delete('Up');
      return;
    case 'addSheet':
      context.workbook.worksheets.add(e.sheet);
      return;
    case 'deleteSheet':
      sheet(e.sheet).delete();
      return;
    default:
      return;
  }
}
