/**
 * Workbook file → WorkbookSnapshot. The file is only read, never written. SheetJS reads it
 * (sheetjs-snapshot.ts); ExcelJS is the fallback for zips SheetJS cannot open, and
 * snapshotOfWorkbook below turns an in-memory ExcelJS workbook into a snapshot.
 *
 * What a cell becomes (the core parses the rest):
 * - formulas: the cached result as value (cell.result), the formula in A1 style with a leading '='
 *   (shared formulas translated to the cell's own references: C5*D5 → C6*D6);
 * - rich text concatenated; hyperlinks as their text; errors as '#REF!' strings;
 * - dates as 'YYYY-MM-DD'; numbers stored as text stay strings;
 * - the non-anchor cells of a merged area are null (as Office.js reports them); merges are listed.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { localize, localizeWith, type Localized } from '../core/i18n';
import { ioErrorInWords } from './io-words';
import { XLSX_MESSAGES } from './messages';
import { checkZipSize, emptyDeflatedEntries, MAX_DECOMPRESSED_BYTES, MAX_FILE_BYTES } from './zip-guard';
import { definedNamesOf, sheetjs, SHEETJS_READ_OPTIONS, snapshotOfSheetjsWorkbook } from './sheetjs-snapshot';

/**
 * Why a file could not be read; also the machine-readable `code` of JSON `errors`.
 * timeout / outOfMemory come from the batch pool (a file that ran past its budget).
 */
export const XLSX_READ_ERROR_KINDS = ['missing', 'notAFile', 'unreadable', 'encrypted', 'notSpreadsheet', 'unsupportedFormat', 'damaged', 'tooLarge'] as const;
export type XlsxReadErrorKind = (typeof XLSX_READ_ERROR_KINDS)[number];

/** Why a workbook could not be read, with a message for people in both languages. */
export class XlsxReadError extends Error {
  constructor(
    readonly kind: XlsxReadErrorKind,
    readonly localized: Localized,
    readonly cause?: unknown,
  ) {
    super(localized['en-US']);
    this.name = 'XlsxReadError';
  }
}

/** Which of this tool's own outputs a workbook is, if any (they are not checked again). */
export type OwnOutput = 'annotated' | 'summary';

/** Defined names our writers put into the workbooks they write (see markOwnOutput). */
export const OWN_OUTPUT_NAMES: Record<OwnOutput, string> = {
  annotated: 'budgetCheck.annotatedCopy',
  summary: 'budgetCheck.summaryReport',
};

export interface ReadWorkbook {
  snapshot: WorkbookSnapshot;
  /** Set when the file is an annotated copy or a summary written by budget-check. */
  ownOutput: OwnOutput | null;
  /** Which reader produced the snapshot (docs/reading.md). */
  reader: 'sheetjs' | 'exceljs';
}

/** OLE compound file ("CFB") signature: encrypted .xlsx files and old .xls files start with it. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Zip local file header "PK\x03\x04"; an empty zip starts with the end record "PK\x05\x06". */
const ZIP_SIGNATURES = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];

export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  return (await readWorkbookFileDetailed(path)).snapshot;
}

export async function readWorkbookFileDetailed(path: string): Promise<ReadWorkbook> {
  let data: Buffer;
  try {
    const { size } = await fs.stat(path);
    if (size > MAX_FILE_BYTES) {
      throw new XlsxReadError('tooLarge', localize(XLSX_MESSAGES.fileTooLarge, { file: path, size: megabytes(size), limit: megabytes(MAX_FILE_BYTES) }));
    }
    data = await fs.readFile(path);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxReadError('missing', localize(XLSX_MESSAGES.missing, { file: path }), e);
    if (code === 'EISDIR') throw new XlsxReadError('notAFile', localize(XLSX_MESSAGES.notAFile, { file: path }), e);
    const reason = ioErrorInWords(e, 'read') ?? XLSX_MESSAGES.reasonIo;
    throw new XlsxReadError('unreadable', localizeWith(XLSX_MESSAGES.unreadable, { file: path, error: reason }), e);
  }
  return readWorkbookDetailed(data, path);
}

/** The package without its empty deflate entries (see emptyDeflatedEntries); the same bytes when it has none. */
async function withoutEmptyDeflated(data: Buffer): Promise<Buffer> {
  const empty = emptyDeflatedEntries(data);
  if (empty.length === 0) return data;
  const zip = await JSZip.loadAsync(data);
  for (const name of empty) zip.remove(name);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/**
 * SheetJS reports what it approximates on console.error ("ODS number format may be incorrect",
 * "Name … will be truncated"): notes for its developers, not errors — a failure throws. They would
 * tear the CLI's output, so they are kept out of it while it reads (synchronously).
 */
function withoutLibraryChatter<T>(read: () => T): T {
  const { error, warn } = console;
  console.error = console.warn = () => undefined;
  try {
    return read();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** `file` only names the input in messages. */
export async function readWorkbookBuffer(data: Buffer, file = '<buffer>'): Promise<WorkbookSnapshot> {
  return (await readWorkbookDetailed(data, file)).snapshot;
}

/**
 * The reading path (docs/reading.md): sniff the container, guard against zip bombs, read with
 * SheetJS (.xlsx/.xlsm/.xls/.ods); a zip SheetJS cannot open goes to ExcelJS (without data
 * validations, which it would expand cell by cell) before it is called damaged.
 */
export async function readWorkbookDetailed(data: Buffer, file = '<buffer>'): Promise<ReadWorkbook> {
  const isCfb = startsWith(data, CFB_SIGNATURE);
  const isZip = ZIP_SIGNATURES.some((sig) => startsWith(data, sig));
  if (!isCfb && !isZip) {
    throw new XlsxReadError('notSpreadsheet', localize(XLSX_MESSAGES.notSpreadsheet, { file }));
  }
  if (isCfb && cfbHasStream(data, 'EncryptedPackage')) {
    throw new XlsxReadError('encrypted', localize(XLSX_MESSAGES.encrypted, { file }));
  }
  if (isZip) {
    // Zip bomb: refuse before anything inflates everything in memory.
    const inflated = await checkZipSize(data);
    if (!inflated.ok) {
      throw new XlsxReadError('tooLarge', localize(XLSX_MESSAGES.zipBomb, { file, limit: megabytes(MAX_DECOMPRESSED_BYTES) }));
    }
  }
  let sheetjsError: unknown;
  try {
    const input = isZip ? await withoutEmptyDeflated(data) : data;
    const wb = withoutLibraryChatter(() => sheetjs().read(input, SHEETJS_READ_OPTIONS));
    const snapshot = snapshotOfSheetjsWorkbook(wb);
    if (snapshot.sheets.length > 0 || wb.SheetNames.length > 0) {
      return { snapshot, ownOutput: ownOutputOf(definedNamesOf(wb)), reader: 'sheetjs' };
    }
    sheetjsError = new Error('no sheets');
  } catch (e) {
    sheetjsError = e;
  }
  const text = errorText(sheetjsError);
  if (/password/i.test(text)) {
    throw new XlsxReadError('encrypted', localize(XLSX_MESSAGES.encrypted, { file }), sheetjsError);
  }
  if (isCfb) {
    // An OLE file that is neither an encrypted package nor a readable .xls: a .doc, an old BIFF5 file…
    throw new XlsxReadError('unsupportedFormat', localize(XLSX_MESSAGES.cfbUnsupported, { file }), sheetjsError);
  }
  // A zip SheetJS cannot open (an odd zip layout, a missing optional part): ExcelJS's zip reader
  // is more forgiving on some of them.
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for its own Buffer type; a Node Buffer is what it reads. Data
    // validations are skipped: ExcelJS expands a whole-column one into a million cells.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as never);
  } catch (e) {
    throw new XlsxReadError('damaged', localizeWith(XLSX_MESSAGES.damaged, { file, error: damageReason(text, errorText(e)) }), e);
  }
  if (workbook.worksheets.length === 0) {
    // A zip without worksheets: a .docx or a plain archive renamed to .xlsx.
    throw new XlsxReadError('notSpreadsheet', localize(XLSX_MESSAGES.notSpreadsheet, { file }));
  }
  const snapshot = snapshotOfWorkbook(workbook);
  const names = Object.keys((workbook.definedNames as unknown as { matrixMap?: Record<string, unknown> }).matrixMap ?? {});
  return { snapshot, ownOutput: ownOutputOf(names), reader: 'exceljs' };
}

/** Which of our outputs the workbook is, by the marker name our writers add (markOwnOutput, annotate-package). */
export function ownOutputOf(definedNames: readonly string[]): OwnOutput | null {
  const names = new Set(definedNames.map((n) => n.toLowerCase()));
  if (names.has(OWN_OUTPUT_NAMES.summary.toLowerCase())) return 'summary';
  if (names.has(OWN_OUTPUT_NAMES.annotated.toLowerCase())) return 'annotated';
  return null;
}

/** A damaged file's reason in words: what kind of damage, never a library's message. */
function damageReason(...errors: string[]): Localized {
  const all = errors.join(' ');
  if (/zip|compress|central directory|end of data|corrupted|signature|invalid (code|distance|block|stored)|unexpected end/i.test(all)) return XLSX_MESSAGES.reasonZip;
  if (/cannot find|not found|missing|no sheets|undefined|null/i.test(all)) return XLSX_MESSAGES.reasonMissingPart;
  if (/xml|tag|entity|attribute|unclosed|text data outside/i.test(all)) return XLSX_MESSAGES.reasonXml;
  return XLSX_MESSAGES.reasonUnknown;
}

/** Whether an OLE compound file's directory names `stream` (UTF-16LE names, e.g. EncryptedPackage). */
function cfbHasStream(data: Buffer, stream: string): boolean {
  return data.includes(Buffer.from(stream, 'utf16le'));
}

export function snapshotOfWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(snapshotOfWorksheet) };
}

export function snapshotOfWorksheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // covered by its merged area's anchor
      const c = colNumber - 1;
      const { value, formula } = readCell(cell);
      const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      if (value === null && formula === null && numFmt === null) return;
      put(values, r, c, value, null);
      // Perf: most cells have neither; their rows stay short (a missing cell reads as null).
      if (formula !== null) put(formulas, r, c, formula, null);
      if (numFmt !== null) put(numberFormats, r, c, numFmt, null);
    });
  });
  // Every row array exists so that values[r] is never a hole; shapes agree.
  for (const grid of [values, formulas, numberFormats] as unknown[][][]) {
    for (let r = 0; r < values.length; r++) if (!grid[r]) grid[r] = [];
  }
  return { name: ws.name, values, formulas, numberFormats, merges: mergesOf(ws) };
}

function put<T>(grid: T[][], r: number, c: number, v: T, empty: T): void {
  const row = (grid[r] ??= []);
  while (row.length < c) row.push(empty);
  row[c] = v;
}

/** Merged areas as 0-based inclusive ranges. ExcelJS keeps them on the worksheet by anchor. */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const byAnchor = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  const out: CellRange[] = [];
  for (const m of Object.values(byAnchor ?? {})) {
    if (!m) continue;
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

interface CellContent {
  value: CellValue;
  formula: string | null;
}

function readCell(cell: ExcelJS.Cell): CellContent {
  const raw = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula || isFormulaValue(raw)) {
    const text = cell.formula; // ExcelJS translates a shared formula to this cell's own references
    const result = (raw as { result?: unknown }).result;
    return { value: plainValue(result), formula: text ? `=${text.replace(/^=/, '')}` : null };
  }
  return { value: plainValue(raw), formula: null };
}

function isFormulaValue(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

/** A constant or cached result as the core sees it. */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error; // { error: '#REF!' }
    if (Array.isArray(o.richText)) return richText(o.richText);
    if ('text' in o) {
      // hyperlink { text, hyperlink }: the text may itself be rich text
      const t = o.text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
        return richText((t as { richText: unknown[] }).richText);
      }
      return t === null || t === undefined ? null : String(t);
    }
    if ('result' in o) return plainValue(o.result);
  }
  return String(v);
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === 'object' ? String((run as { text?: unknown }).text ?? '') : '')).join('');
}

/** Excel dates are stored without a zone; ExcelJS hands them over as UTC. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

function startsWith(data: Buffer, sig: Buffer): boolean {
  return data.length >= sig.length && data.subarray(0, sig.length).equals(sig);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
