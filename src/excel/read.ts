/**
 * Reading a snapshot through Office.js in few round trips:
 *   sync 1 — per sheet: the used range from A1 (its size) and its merged areas; when Excel cannot
 *             answer with every merged area of a sheet at once (an error, or a null object for an
 *             area that could hold more than 512), one more sync asks tiles of ≤ 512 cells;
 *   sync 2… — values, formulas and number formats in row chunks packed so that each response stays
 *             under RESPONSE_BUDGET bytes (Excel on the web refuses responses over 5 MB).
 * A 20,000 × 12 sheet of ordinary budget data takes 3 syncs. The bytes per cell are estimated,
 * then measured after each sync; if Excel still answers "payload too large" the estimate doubles
 * and that chunk is read again in smaller pieces.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { ReadProgress } from '../host/host';
import { HostError, localizeWithCause } from '../host/messages';
import { localize } from '../core/i18n';
import { isPayloadTooLarge, wrapOfficeError } from './errors';
import { isFormula, jsonBytes } from './addresses';
import { EXCEL_MESSAGES } from './messages';

/** Bytes allowed per response: 5 MB limit minus headroom for the envelope and our estimate's error. */
export const RESPONSE_BUDGET = 4_000_000;
/** First guess of JSON bytes per cell for values + formulas + numberFormat of ordinary budget data. */
export const INITIAL_BYTES_PER_CELL = 32;

interface SheetExtent {
  name: string;
  rows: number;
  cols: number;
}

interface ChunkPlan {
  sheet: number;
  start: number;
  rows: number;
}

export async function readSnapshotWith(
  context: Excel.RequestContext,
  names: string[],
  mergesSupported: boolean,
  onProgress?: (p: ReadProgress) => void,
  responseBudget = RESPONSE_BUDGET,
): Promise<WorkbookSnapshot> {
  const sync = async () => {
    try {
      await context.sync();
    } catch (e) {
      throw wrapOfficeError(e);
    }
  };

  // Sync 1: extents and merges. getMergedAreasOrNullObject only returns merges whose top-left
  // cell is inside the range (office-js #3611), so it is asked of the whole area from A1. The
  // areas are read from RangeAreas.areas (rowIndex, columnIndex, rowCount, columnCount), not by
  // parsing an address string.
  const probe = (withMerges: boolean) =>
    names.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      const area = ws.getUsedRange(true).getBoundingRect('A1');
      area.load('rowCount,columnCount');
      const merges = withMerges ? area.getMergedAreasOrNullObject() : null;
      merges?.load(MERGE_PATHS);
      return { name, ws, area, merges };
    });
  let probes = probe(mergesSupported);
  let mergesFailed = false;
  try {
    await context.sync();
  } catch (e) {
    if (!mergesSupported) throw wrapOfficeError(e);
    // "If the merged areas count in this range is more than 512, then this method will fail to
    // return the result" (Range.getMergedAreasOrNullObject): the extents alone (an error that is
    // not about merges fails here again and is reported), then the merges tile by tile.
    probes = probe(false);
    await sync();
    mergesFailed = true;
  }
  const extents: SheetExtent[] = probes.map((p) => ({ name: p.name, rows: p.area.rowCount, cols: p.area.columnCount }));
  // A null object is "no merges" only where the area cannot hold more than 512 (≤ 512 cells): above
  // that, Excel may answer null because there were too many. Those sheets are read in tiles.
  const answered: (CellRange[] | null)[] = probes.map((p, i) => {
    if (!mergesSupported || mergesFailed || !p.merges) return mergesSupported ? null : [];
    if (!p.merges.isNullObject) return areasOf(p.merges);
    return extents[i].rows * extents[i].cols <= MAX_MERGES_PER_ANSWER ? [] : null;
  });
  const tiled = answered.some((a) => a === null)
    ? await readMergesInTiles(context, probes.map((p) => p.ws), extents, answered)
    : (answered as CellRange[][]);
  const sheets: SheetSnapshot[] = probes.map((p, i) => ({
    name: p.name,
    values: [],
    formulas: [],
    numberFormats: [],
    merges: dedupe(tiled[i]),
  }));

  // Sync 2…: row chunks.
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let sheet = 0;
  let row = 0;
  const advancePastEmpty = () => {
    while (sheet < extents.length && row >= extents[sheet].rows) {
      sheet++;
      row = 0;
    }
  };
  advancePastEmpty();
  while (sheet < extents.length) {
    const plan: ChunkPlan[] = [];
    let budget = responseBudget;
    let s = sheet;
    let r = row;
    while (s < extents.length && budget > 0) {
      const { rows, cols } = extents[s];
      const fit = Math.floor(budget / (cols * bytesPerCell));
      if (fit < 1 && plan.length > 0) break;
      const take = Math.min(rows - r, Math.max(1, fit));
      plan.push({ sheet: s, start: r, rows: take });
      budget -= take * cols * bytesPerCell;
      r += take;
      if (r >= rows) {
        s++;
        r = 0;
        while (s < extents.length && extents[s].rows === 0) s++;
      }
    }
    const ranges = plan.map((c) => {
      const range = probes[c.sheet].ws.getRangeByIndexes(c.start, 0, c.rows, extents[c.sheet].cols);
      range.load('values,formulas,numberFormat');
      return range;
    });
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw wrapOfficeError(e);
      if (plan.length === 1 && plan[0].rows === 1)
        throw new HostError(localize(EXCEL_MESSAGES.payloadTooLarge, { sheet: extents[plan[0].sheet].name, row: plan[0].start + 1 }), e);
      bytesPerCell *= 2; // read the same rows again in smaller chunks
      continue;
    }
    let bytes = 0;
    let cells = 0;
    plan.forEach((c, i) => {
      const range = ranges[i];
      const target = sheets[c.sheet];
      const values = range.values as unknown[][];
      const formulas = range.formulas as unknown[][];
      const formats = range.numberFormat as unknown[][];
      bytes += jsonBytes(values) + jsonBytes(formulas) + jsonBytes(formats);
      cells += c.rows * extents[c.sheet].cols;
      for (let k = 0; k < c.rows; k++) {
        target.values.push(values[k].map(toCellValue));
        target.formulas!.push(formulas[k].map((f, j) => (isFormula(f, values[k][j]) ? (f as string) : null)));
        target.numberFormats!.push(formats[k].map((f) => (typeof f === 'string' && f !== 'General' ? f : null)));
      }
      onProgress?.({ sheet: extents[c.sheet].name, rowsDone: c.start + c.rows, rowsTotal: extents[c.sheet].rows });
    });
    bytesPerCell = Math.max(8, (bytes / Math.max(1, cells)) * 1.2);
    sheet = s;
    row = r;
  }
  return { sheets };
}

/** What getMergedAreasOrNullObject answers at most (Range reference: "more than 512 … will fail"). */
export const MAX_MERGES_PER_ANSWER = 512;
/** Tiles asked per sync (each is one small request and answer). */
const TILES_PER_SYNC = 2_000;
const MERGE_PATHS = 'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

function areasOf(merges: Excel.RangeAreas): CellRange[] {
  return merges.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 }));
}

function dedupe(areas: CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const k = `${a.top},${a.left},${a.bottom},${a.right}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The merged areas of the sheets Excel did not answer for, asked of tiles of at most 512 cells
 * that cover the used area from A1: a tile cannot hold more than 512 top-left cells, so its answer
 * (or its null object) is definite, and each area is listed by the one tile holding its top-left
 * cell. Full-width row bands where the sheet is at most 512 columns wide, else 512-column pieces
 * of single rows. All tiles go in one sync (TILES_PER_SYNC per sync for huge sheets).
 */
async function readMergesInTiles(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  extents: SheetExtent[],
  answered: (CellRange[] | null)[],
): Promise<CellRange[][]> {
  const out = answered.map((a) => a ?? []);
  const tiles: { sheet: number; top: number; left: number; rows: number; cols: number }[] = [];
  extents.forEach(({ rows, cols }, i) => {
    if (answered[i] !== null || rows === 0 || cols === 0) return;
    const width = Math.min(cols, MAX_MERGES_PER_ANSWER);
    const height = Math.max(1, Math.floor(MAX_MERGES_PER_ANSWER / width));
    for (let top = 0; top < rows; top += height)
      for (let left = 0; left < cols; left += width) tiles.push({ sheet: i, top, left, rows: Math.min(height, rows - top), cols: Math.min(width, cols - left) });
  });
  for (let i = 0; i < tiles.length; i += TILES_PER_SYNC) {
    const part = tiles.slice(i, i + TILES_PER_SYNC).map((t) => {
      const merges = sheets[t.sheet].getRangeByIndexes(t.top, t.left, t.rows, t.cols).getMergedAreasOrNullObject();
      merges.load(MERGE_PATHS);
      return { t, merges };
    });
    try {
      await context.sync();
    } catch (e) {
      const sheet = [...new Set(part.map((p) => extents[p.t.sheet].name))].join('、');
      throw new HostError(localizeWithCause(EXCEL_MESSAGES.tooManyMerges, { sheet }, wrapOfficeError(e)), e);
    }
    for (const { t, merges } of part) if (!merges.isNullObject) out[t.sheet].push(...areasOf(merges));
  }
  return out;
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
