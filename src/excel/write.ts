/**
 * Applying edits through Office.js in few round trips. Fills are grouped by colour and written
 * with getRanges (RangeAreas, at most AREAS_PER_CALL addresses per call); values, formulas and
 * notes are queued cell by cell; all of it goes in one sync unless the request would pass
 * REQUEST_BUDGET bytes. A note edit must know whether the cell already has a note (add vs. change
 * vs. delete): the host remembers that from its last readCells (which the journal always calls just
 * before), and only probes (one extra sync) for cells it has not seen.
 *
 * Office.js does not roll back a failed sync: operations before the failing one stay applied. The
 * error says so; the journal (src/host/journal.ts) then restores the before-state.
 */
import type { Edit } from '../core/report';
import { toA1 } from '../core/address';
import { localize } from '../core/i18n';
import { HostError, localizeWithCause } from '../host/messages';
import { wrapOfficeError } from './errors';
import { chunk, jsonBytes } from './addresses';
import { EXCEL_MESSAGES } from './messages';

export const AREAS_PER_CALL = 400;
/** Bytes allowed per request (5 MB limit on Excel on the web, with headroom). */
export const REQUEST_BUDGET = 4_000_000;
/** Rough bytes of one queued operation without its payload (object path, method, ids). */
const OP_OVERHEAD = 120;

/** Whether a cell has a note, keyed by noteKey(); filled by readCells and kept current by writes. */
export type NoteKnowledge = Map<string, boolean>;
export const noteKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${toA1(row, col)}`;

const isStructural = (e: Edit): boolean => e.kind === 'insertRows' || e.kind === 'deleteRows' || e.kind === 'addSheet' || e.kind === 'deleteSheet';

export async function applyEditsWith(context: Excel.RequestContext, edits: Edit[], notesSupported: boolean, known: NoteKnowledge): Promise<void> {
  if (!notesSupported && edits.some((e) => e.kind === 'note')) throw new HostError(EXCEL_MESSAGES.notesUnsupported);
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };

  let queuedBytes = 0;
  let writeSyncs = 0;
  let wroteSomething = false;
  const sync = async (): Promise<void> => {
    try {
      await context.sync();
    } catch (e) {
      const wrapped = wrapOfficeError(e);
      if (!wroteSomething) throw wrapped;
      // Earlier syncs of this batch are in the workbook: say so.
      const interrupted = localize(EXCEL_MESSAGES.writeInterrupted, { done: writeSyncs + 1 });
      throw new HostError(
        localizeWithCause({ 'zh-CN': `${interrupted['zh-CN']}：{error}`, 'en-US': `${interrupted['en-US']}: {error}` }, {}, wrapped),
        e,
      );
    }
  };
  const queued = async (bytes: number): Promise<void> => {
    queuedBytes += bytes;
    if (queuedBytes > REQUEST_BUDGET) {
      await sync();
      writeSyncs++;
      wroteSomething = true;
      queuedBytes = 0;
    }
  };

  let i = 0;
  while (i < edits.length) {
    let end = i;
    while (end < edits.length && !isStructural(edits[end])) end++;
    const segment = edits.slice(i, end);

    // Probe notes this segment changes and the host has not seen (coordinates are current here).
    const unknown = segment.filter((e): e is Extract<Edit, { kind: 'note' }> => e.kind === 'note' && !known.has(noteKey(e.sheet, e.row, e.col)));
    if (unknown.length > 0) {
      if (queuedBytes > 0) {
        await sync();
        writeSyncs++;
        wroteSomething = true;
        queuedBytes = 0;
      }
      const probes = unknown.map((e) => ({ e, note: sheet(e.sheet).notes.getItemOrNullObject(toA1(e.row, e.col)) }));
      await sync();
      for (const { e, note } of probes) known.set(noteKey(e.sheet, e.row, e.col), !note.isNullObject);
    }

    // Fills: last colour per cell wins; grouped by sheet and colour into RangeAreas.
    const fills = new Map<string, Map<string, string | null>>();
    for (const e of segment) {
      switch (e.kind) {
        case 'fill': {
          let perSheet = fills.get(e.sheet);
          if (!perSheet) fills.set(e.sheet, (perSheet = new Map()));
          perSheet.delete(toA1(e.row, e.col)); // keep insertion order = last write
          perSheet.set(toA1(e.row, e.col), e.color);
          break;
        }
        case 'value':
          sheet(e.sheet).getCell(e.row, e.col).values = [[e.value === null ? '' : e.value]];
          await queued(OP_OVERHEAD + jsonBytes(e.value));
          break;
        case 'formula':
          sheet(e.sheet).getCell(e.row, e.col).formulas = [[e.formula]];
          await queued(OP_OVERHEAD + jsonBytes(e.formula));
          break;
        case 'note': {
          const address = toA1(e.row, e.col);
          const key = noteKey(e.sheet, e.row, e.col);
          const notes = sheet(e.sheet).notes;
          const exists = known.get(key) === true;
          if (e.text === null) {
            if (exists) notes.getItem(address).delete();
          } else if (exists) notes.getItem(address).content = e.text;
          else notes.add(address, e.text);
          known.set(key, e.text !== null);
          await queued(OP_OVERHEAD + jsonBytes(e.text));
          break;
        }
        case 'merge':
        case 'unmerge': {
          const { top, left, bottom, right } = e.range;
          const range = sheet(e.sheet).getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
          if (e.kind === 'merge') range.merge(false);
          else range.unmerge();
          await queued(OP_OVERHEAD);
          break;
        }
        default:
          break; // structural edits are handled between segments
      }
    }
    for (const [name, perSheet] of fills) {
      const byColor = new Map<string | null, string[]>();
      for (const [address, color] of perSheet) {
        const key = color === null ? null : color.toUpperCase();
        const list = byColor.get(key);
        if (list) list.push(address);
        else byColor.set(key, [address]);
      }
      for (const [color, addresses] of byColor)
        for (const part of chunk(addresses, AREAS_PER_CALL)) {
          const areas = sheet(name).getRanges(part.join(','));
          if (color === null) areas.format.fill.clear();
          else areas.format.fill.color = color;
          await queued(OP_OVERHEAD + jsonBytes(part.join(',')));
        }
    }

    if (end < edits.length) {
      const e = edits[end];
      queueStructural(context, sheet, e);
      await queued(OP_OVERHEAD);
      // Rows moved: what we knew about notes on this sheet is at old coordinates now.
      for (const key of [...known.keys()]) if (key.startsWith(`${e.sheet}\u0000`)) known.delete(key);
    }
    i = end + 1;
  }
  if (queuedBytes > 0) await sync();
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
