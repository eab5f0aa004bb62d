/**
 * Zip-bomb guard for .xlsx input, run before ExcelJS inflates everything in memory.
 *
 * An .xlsx is a zip. A hostile or broken one can declare (or, lying, contain) far more data than
 * any budget workbook: a few hundred kilobytes that inflate to gigabytes. Two checks:
 * 1. the sizes the central directory declares must add up to at most the limit (instant);
 * 2. each entry is actually inflated, streaming and counting without keeping the output, and the
 *    running total must stay under the limit (catches archives that lie about their sizes).
 * Anything that is not a well-formed zip is left to ExcelJS, which reports it as damaged.
 */
import * as zlib from 'zlib';

/** Far above any real budget workbook (a 50,000-line sheet inflates to a few tens of MB). */
export const MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;
/** Largest .xlsx file read at all. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface ZipSizeVerdict {
  ok: boolean;
  /** Bytes declared (ok or not) or counted before the limit was passed. */
  bytes: number;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Checks declared and actual inflated sizes against `limit`. */
export async function checkZipSize(data: Buffer, limit = MAX_DECOMPRESSED_BYTES): Promise<ZipSizeVerdict> {
  const entries = centralDirectory(data);
  if (!entries) return { ok: true, bytes: 0 }; // not a readable zip: ExcelJS will say so
  let declared = 0;
  for (const e of entries) declared += e.uncompressedSize;
  if (declared > limit) return { ok: false, bytes: declared };
  let total = 0;
  for (const e of entries) {
    const body = entryBody(data, e);
    if (!body) continue;
    if (e.method === 0) {
      total += body.length;
    } else if (e.method === 8) {
      const counted = await inflatedSize(body, limit - total);
      total += counted;
    } else {
      continue; // unknown method: ExcelJS will reject the archive
    }
    if (total > limit) return { ok: false, bytes: total };
  }
  return { ok: true, bytes: total };
}

/**
 * Entries stored as deflate with no compressed bytes at all (ClosedXML writes an empty
 * docProps/thumbnail.wmf so). Valid — they inflate to nothing — but SheetJS's own inflate loops on
 * one for minutes. They hold nothing, so the reader drops them (emptied by `withoutEmptyDeflated`).
 */
export function emptyDeflatedEntries(data: Buffer): string[] {
  return (centralDirectory(data) ?? []).filter((e) => e.method === 8 && e.compressedSize === 0 && e.uncompressedSize === 0).map((e) => e.name);
}

function centralDirectory(data: Buffer): Entry[] | null {
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
  const from = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = data.readUInt16LE(eocd + 10);
  let p = data.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL_SIGNATURE) return entries.length ? entries : null;
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    entries.push({
      name: data.toString('utf8', p + 46, Math.min(data.length, p + 46 + nameLength)),
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      uncompressedSize: data.readUInt32LE(p + 24),
      localHeaderOffset: data.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryBody(data: Buffer, e: Entry): Buffer | null {
  const p = e.localHeaderOffset;
  if (p + 30 > data.length || data.readUInt32LE(p) !== LOCAL_SIGNATURE) return null;
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const end = Math.min(data.length, start + e.compressedSize);
  return start <= end ? data.subarray(start, end) : null;
}

/** Inflated size of a raw deflate stream, counting at most `budget` + one chunk of output. */
function inflatedSize(body: Buffer, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw();
    let n = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(n);
    };
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > budget) {
        inflate.destroy();
        finish();
      }
    });
    inflate.on('end', finish);
    inflate.on('close', finish);
    // A corrupt stream: count what came out; ExcelJS reports the damage itself.
    inflate.on('error', finish);
    inflate.end(body);
  });
}
