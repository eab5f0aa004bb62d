/**
 * Reading a snapshot through Office.js in few round trips:
 *   sync 1 — per sheet: the used range from A1 (its size) and its merged areas (when Excel cannot
 *             answer with every merged area of a sheet at once, the size alone, then the merged areas
 *             in row bands, halved until each band answers: one more sync per halving);
 *   sync 2… — values, formulas and number formats in row chunks packed so that each response stays
 *             under RESPONSE_BUDGET bytes (Excel on the web refuses responses over 5 MB).
 * A 20,000 × 12 sheet of ordinary budget data takes 3 syncs. The bytes per cell are estimated,
 * then measured after each sync; if Excel still answers "payload too large" the estimate doubles
 * and that chunk is read again in smaller pieces.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { ReadProgress } from '../host/host';
import { HostError } from '../host/messages';
import { localize } from '../core/i18n';
import { isPayloadTooLarge, wrapOfficeError } from './errors';
import { jsonBytes, parseAreas } from './addresses';
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
): Promise<WorkbookSnapshot> {
  const sync = async () => {
    try {
      await context.sync();
    } catch (e) {
      throw wrapOfficeError(e);
    }
  };

  // Sync 1: extents and merges. getMergedAreasOrNullObject only returns merges whose top-left
  // cell is inside the range, so it is asked of the whole area from A1.
  const probe = (withMerges: boolean) =>
    names.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      const area = ws.getUsedRange(true).getBoundingRect('A1');
      area.load('rowCount,columnCount');
      const merges = withMerges ? area.getMergedAreasOrNullObject() : null;
      merges?.load('address');
      return { name, ws, area, merges };
    });
  let probes = probe(mergesSupported);
  let bandedMerges = false;
  try {
    await context.sync();
  } catch (e) {
    if (!mergesSupported) throw wrapOfficeError(e);
    // A sheet with very many merged areas (Excel refuses more than a few hundred in one answer):
    // the extents alone (an error that is not about merges fails here again and is reported), then
    // the merged areas band by band.
    probes = probe(false);
    await sync();
    bandedMerges = true;
  }
  const extents: SheetExtent[] = probes.map((p) => ({ name: p.name, rows: p.area.rowCount, cols: p.area.columnCount }));
  const banded = bandedMerges ? await readMergesInBands(context, probes.map((p) => p.ws), extents) : null;
  const sheets: SheetSnapshot[] = probes.map((p, i) => ({
    name: p.name,
    values: [],
    formulas: [],
    numberFormats: [],
    merges: banded ? banded[i] : p.merges && !p.merges.isNullObject ? parseAreas(p.merges.address) : [],
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
    let budget = RESPONSE_BUDGET;
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
        target.formulas!.push(formulas[k].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
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

/**
 * The merged areas of each sheet, asked of row bands that together cover its used area from A1: each
 * band answers with the merged areas whose top-left cell lies in it, so every area is found once. All
 * bands of all sheets go in one sync; when it fails, every band is halved and asked again, down to
 * single rows.
 */
async function readMergesInBands(context: Excel.RequestContext, sheets: Excel.Worksheet[], extents: SheetExtent[]): Promise<CellRange[][]> {
  const tallest = Math.max(1, ...extents.map((e) => e.rows));
  for (let bandRows = Math.ceil(tallest / 2); ; bandRows = Math.ceil(bandRows / 2)) {
    const asked = extents.map(({ rows, cols }, i) => {
      const bands: Excel.RangeAreas[] = [];
      for (let top = 0; top < rows && cols > 0; top += bandRows) {
        const areas = sheets[i].getRangeByIndexes(top, 0, Math.min(bandRows, rows - top), cols).getMergedAreasOrNullObject();
        areas.load('address');
        bands.push(areas);
      }
      return bands;
    });
    try {
      await context.sync();
    } catch (e) {
      if (bandRows > 1) continue;
      throw new HostError(localize(EXCEL_MESSAGES.tooManyMerges, { sheet: extents.map((x) => x.name).join('、') }), e);
    }
    return asked.map((bands) => bands.flatMap((b) => (b.isNullObject ? [] : parseAreas(b.address))));
  }
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
