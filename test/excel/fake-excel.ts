/**
 * A fake of the Excel JavaScript API subset src/excel uses, faithful where it matters:
 * - operations are queued on proxies and run only at context.sync(), in order;
 * - reading a property before load() + sync() throws PropertyNotLoaded, as Office does;
 * - *OrNullObject returns a proxy whose isNullObject is known after sync; getItem on a missing
 *   sheet or note fails the sync with ItemNotFound;
 * - collections have `items`;
 * - a failing operation stops the sync, and the operations before it STAY APPLIED (Office.js does
 *   not roll back a batch);
 * - each sync's request (queued operations) and response (loaded data) are measured as UTF-8 JSON
 *   bytes; on the web either over 5 MB fails the sync (RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded).
 *
 * Stricter behaviours (issue 11), each with its source; `platform` picks where Excel differs
 * (docs/excel-addin.md lists the modes):
 * - payload limits only on the web — docs "Error handling with the application-specific JavaScript
 *   APIs" (error-code table: "This error only occurs in Office on the web") and "Resource limits and
 *   performance optimization" ("payload size limit for requests and responses of 5MB");
 * - error messages in the UI language (`uiLanguage`): code is the only stable thing — same page;
 * - `mergeUndoGroup: true` + an API without undo support (Worksheet.delete) → UndoNotSupported —
 *   docs "Undo capabilities with the Excel JavaScript API" (table: Worksheet.delete No / No); an
 *   ungrouped unsupported call clears the user's undo stack (same page, tip);
 * - add-in writes land on Excel's undo stack (ExcelApi 1.20, RunOptions.mergeUndoGroup: "each
 *   context.sync() call creates an undo record"): `userUndo()` is the user's Ctrl+Z;
 * - getRanges takes the address in the UI's list separator — office-js issue #1167 ("sheet.getRanges
 *   requires localized address", Windows with German/Czech settings: ';'); `listSeparator`;
 * - getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this
 *   method will fail to return the result" (Range reference, ExcelApi 1.13) — undocumented how, so
 *   `mergeOverflow` is 'error' or 'null' (a null object, as if there were none); only merges whose
 *   top-left cell is in the range — office-js issues #3611, #1590; RangeAreas.areas gives the items;
 * - Range.values parses strings like typed input ('=…' a formula, '30216' a number, '5%' 0.05, a
 *   leading apostrophe keeps text and is not part of the value; a cell formatted '@' keeps text) —
 *   Range.values reference ("If the specified value starts with a plus ("+"), minus ("-"), or equal
 *   sign ("="), Excel interprets this value as a formula") and Excel's typed-input rules;
 * - format.fill.color is null where the fill is not one solid colour (a pattern fill here) — RangeFill
 *   reference ("A null value indicates that the entire range doesn't have uniform ... setting");
 * - document settings over `settingsLimit` bytes fail to save with InvalidArgument — office-js issues
 *   #3957 (≈ 1 MB, "The argument is invalid or missing or has an incorrect format") and #621 (2 MB);
 * - while the user edits a cell (`cellEditing`) a batch fails with InvalidOperationInCellEditMode unless
 *   run with delayForCellEdit — docs "Delay execution while cell is being edited";
 * - calculationMode Manual: formulas written are not recalculated until application.calculate() —
 *   docs "Work with workbooks" (Application.calculationMode, calculate); Automatic recalculates
 *   (with the demo's small evaluator);
 * - errors carry debugInfo.errorLocation ("WorksheetCollection.getItem", "NoteCollection.getItem"), as
 *   OfficeExtension.Error does.
 */
import type { CellRange, CellValue } from '../../src/core/snapshot';
import { fromA1, columnIndex, toA1 } from '../../src/core/address';
import type { OfficeEnvironment } from '../../src/excel/environment';
import { jsonBytes } from '../../src/excel/addresses';
import { evaluateFormula } from '../../src/demo/formula';

export const PAYLOAD_LIMIT = 5_000_000;
const MAX_COLUMNS = 16384;

export type FakePlatform = 'web' | 'windows' | 'mac';
export const PLATFORMS: FakePlatform[] = ['web', 'windows', 'mac'];

export interface FakeOptions {
  platform?: FakePlatform;
  /** The UI's list separator, which getRanges requires (office-js #1167). Windows mode: ';' (German/Czech settings). */
  listSeparator?: ',' | ';';
  /** What getMergedAreasOrNullObject does over 512 areas ("will fail to return the result"). */
  mergeOverflow?: 'error' | 'null';
  /** Language of error messages. */
  uiLanguage?: 'en-US' | 'zh-CN';
}

/** Per platform: the strictest plausible combination, so the suites run against each. */
export function platformDefaults(platform: FakePlatform): Required<FakeOptions> {
  switch (platform) {
    case 'web':
      return { platform, listSeparator: ',', mergeOverflow: 'null', uiLanguage: 'en-US' };
    case 'windows':
      return { platform, listSeparator: ';', mergeOverflow: 'error', uiLanguage: 'zh-CN' };
    case 'mac':
      return { platform, listSeparator: ',', mergeOverflow: 'error', uiLanguage: 'zh-CN' };
  }
}

/** Messages Excel gives in a Chinese UI (the code stays the same). */
const ZH_MESSAGES: Record<string, string> = {
  ItemNotFound: '请求的资源不存在。',
  InvalidArgument: '参数无效或缺失，或格式不正确。',
  RequestPayloadSizeLimitExceeded: '请求有效负载大小已超出限制。',
  ResponsePayloadSizeLimitExceeded: '响应有效负载大小已超出限制。',
  UndoNotSupported: '由于缺少对撤消操作的支持，JavaScript API 请求失败。',
  InvalidOperationInCellEditMode: '当 Excel 处于编辑单元格模式时，此操作不可用。',
  GeneralException: '处理请求时出现内部错误。',
};

export class FakeOfficeError extends Error {
  debugInfo: { errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = errorLocation ? { errorLocation } : {};
  }
}

/** Patterns of Excel.FillPattern other than None / Solid (a few). */
export type FakePattern = { pattern: string; patternColor: string | null };

/** One worksheet's contents. Values hold '' for empty cells, as Excel reports them. */
export class FakeSheetData {
  values: (string | number | boolean)[][] = [];
  formulas: (string | null)[][] = [];
  formats: (string | null)[][] = [];
  fills = new Map<string, string>(); // 'r,c' → '#RRGGBB' (the background colour)
  patterns = new Map<string, FakePattern>(); // 'r,c' → a pattern fill over the background
  notes = new Map<string, string>(); // 'r,c' → text
  merges: CellRange[] = [];
  constructor(public name: string) {}

  clone(): FakeSheetData {
    const c = new FakeSheetData(this.name);
    c.values = this.values.map((r) => [...r]);
    c.formulas = this.formulas.map((r) => [...r]);
    c.formats = this.formats.map((r) => [...r]);
    c.fills = new Map(this.fills);
    c.patterns = new Map([...this.patterns].map(([k, v]) => [k, { ...v }]));
    c.notes = new Map(this.notes);
    c.merges = this.merges.map((m) => ({ ...m }));
    return c;
  }

  /**
   * A value written through Range.values: strings are read like typed input. A leading apostrophe
   * keeps the rest as text (and is not part of the value); a cell formatted '@' keeps text as is.
   */
  typeValue(r: number, c: number, v: unknown): void {
    if (typeof v !== 'string' || v === '') return this.setValue(r, c, v as CellValue);
    if (this.formats[r]?.[c] === '@') return this.setValue(r, c, v);
    if (v.startsWith("'")) return this.setValue(r, c, v.slice(1));
    if (v.startsWith('=') || (/^[+-]./.test(v) && !/^[+-]?[\d.]+%?$/.test(v))) return this.setFormula(r, c, v.startsWith('=') ? v : `=${v}`);
    const number = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(v.trim());
    if (number) {
      const n = Number(number[1] + number[2]);
      return this.setValue(r, c, number[3] ? Number((n / 100).toPrecision(15)) : n);
    }
    if (/^(true|false)$/i.test(v)) return this.setValue(r, c, v.toLowerCase() === 'true');
    return this.setValue(r, c, v);
  }

  ensureRow(r: number): void {
    while (this.values.length <= r) {
      this.values.push([]);
      this.formulas.push([]);
      this.formats.push([]);
    }
  }
  value(r: number, c: number): string | number | boolean {
    return this.values[r]?.[c] ?? '';
  }
  formula(r: number, c: number): string | null {
    return this.formulas[r]?.[c] ?? null;
  }
  setValue(r: number, c: number, v: CellValue): void {
    this.ensureRow(r);
    this.values[r][c] = v === null ? '' : v;
    this.formulas[r][c] = null;
  }
  setFormula(r: number, c: number, f: string): void {
    this.ensureRow(r);
    this.formulas[r][c] = f;
    if (this.values[r][c] === undefined) this.values[r][c] = 0; // not recalculated by the fake
  }
  /** Rows with content (value, formula, fill or note) → the used area's bottom-right. */
  usedExtent(valuesOnly: boolean): { rows: number; cols: number } | null {
    let rows = 0;
    let cols = 0;
    this.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== '' && v !== undefined) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      });
    });
    this.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }),
    );
    if (!valuesOnly)
      for (const k of [...this.fills.keys(), ...this.patterns.keys(), ...this.notes.keys()]) {
        const [r, c] = k.split(',').map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    return rows === 0 ? null : { rows, cols };
  }
  shiftRows(at: number, count: number): void {
    const move = <T>(m: Map<string, T>): Map<string, T> => {
      const out = new Map<string, T>();
      for (const [k, v] of m) {
        const [r, c] = k.split(',').map(Number);
        if (count < 0 && r >= at && r < at - count) continue;
        out.set(`${r >= at ? r + count : r},${c}`, v);
      }
      return out;
    };
    this.fills = move(this.fills);
    this.patterns = move(this.patterns);
    this.notes = move(this.notes);
    this.merges = this.merges
      .filter((m) => !(count < 0 && m.top >= at && m.bottom < at - count))
      .map((m) => ({ ...m, top: m.top >= at ? m.top + count : m.top, bottom: m.bottom >= at ? m.bottom + count : m.bottom }));
    if (count > 0) {
      this.ensureRow(at - 1);
      const blanks = () => Array.from({ length: count }, () => []);
      this.values.splice(at, 0, ...blanks());
      this.formulas.splice(at, 0, ...blanks());
      this.formats.splice(at, 0, ...blanks());
    } else {
      this.values.splice(at, -count);
      this.formulas.splice(at, -count);
      this.formats.splice(at, -count);
    }
  }
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

interface Operation {
  /** What goes over the wire, for the request size. */
  describe: unknown;
  /** Changes the workbook: recorded on Excel's undo stack. */
  write?: boolean;
  /** An API without undo support (docs "Undo capabilities…", Unsupported APIs). */
  noUndo?: string;
  /** Runs against the workbook; may return a commit (what the response makes visible to proxies). */
  run: () => (() => void) | void;
  /** Response data of a load, for the response size. */
  response?: () => unknown;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(r: Rect): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** 'B3', 'A1:C4', '3:5' (whole rows) → Rect. */
export function parseRect(address: string): Rect {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLUMNS - 1 };
  const [a, b = a] = local.split(':');
  const tl = fromA1(a);
  const br = fromA1(b);
  if (!tl || !br) {
    const col = /^([A-Z]+):([A-Z]+)$/i.exec(local);
    if (col) return { top: 0, bottom: 1048575, left: columnIndex(col[1]), right: columnIndex(col[2]) };
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address}`);
  }
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

function notLoaded(property: string): never {
  throw new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(props: string | string[] | undefined, all: string[]): string[] {
  if (props === undefined) return all;
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

/** The workbook and everything the tests look at. */
export class FakeExcel {
  sheets: FakeSheetData[] = [];
  active = 0;
  selection: { sheet: string; address: string } | null = null;
  settings = new Map<string, unknown>();
  settingsSaves = 0;
  syncs: SyncRecord[] = [];
  runs: { mergeUndoGroup: boolean; delayForCellEdit: boolean }[] = [];
  /** Largest number of addresses passed to one getRanges call. */
  maxAreasPerCall = 0;
  /** ExcelApi version the fake claims, e.g. '1.18' (notes) or '1.12' (no notes, no merges API). */
  apiVersion = '1.20';
  readonly options: Required<FakeOptions>;
  /** Request / response limits; Windows and Mac have none (docs: "only occurs in Office on the web"). */
  requestLimit: number;
  responseLimit: number;
  /** Document settings size (JSON bytes) over which saveAsync fails (office-js #3957: ≈ 1 MB). */
  settingsLimit = 1_000_000;
  /** The user is editing a cell: batches without delayForCellEdit fail. */
  cellEditing = false;
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  calculateCalls = 0;
  /** Excel's undo stack of add-in writes (ExcelApi 1.20): workbook states before each record. */
  undoStack: FakeSheetData[][] = [];
  private failure: { atOperation: number; code: string; message: string } | null = null;
  failSettingsSave: string | null = null;

  constructor(options: FakeOptions = {}) {
    const platform = options.platform ?? 'web';
    this.options = { ...platformDefaults(platform), ...options, platform };
    this.requestLimit = platform === 'web' ? PAYLOAD_LIMIT : Infinity;
    this.responseLimit = platform === 'web' ? PAYLOAD_LIMIT : Infinity;
  }

  get platform(): FakePlatform {
    return this.options.platform;
  }

  addSheet(name: string, rows: (string | number | boolean | null)[][] = []): FakeSheetData {
    const s = new FakeSheetData(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && s.setValue(r, c, v)));
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheetData {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`, 'WorksheetCollection.getItem');
    return s;
  }
  /** The next sync fails at its n-th operation (0-based); the operations before it are applied. */
  failNextSync(atOperation: number, code = 'GeneralException', message = 'An internal error has occurred.'): void {
    this.failure = { atOperation, code, message };
  }
  resetCounters(): void {
    this.syncs = [];
    this.runs = [];
    this.maxAreasPerCall = 0;
  }
  /** A deep copy of the workbook contents, to compare before/after. */
  dump(): string {
    return JSON.stringify(
      this.sheets.map((s) => ({
        name: s.name,
        // a formula's cached value: compare formulas, not results
        values: s.values.map((row, r) => row.map((v, c) => (s.formulas[r]?.[c] ? null : v))),
        formulas: s.formulas,
        formats: s.formats,
        fills: [...s.fills.entries()].sort(),
        patterns: [...s.patterns.entries()].sort(),
        notes: [...s.notes.entries()].sort(),
        merges: s.merges,
      })),
    );
  }

  supports(version: string): boolean {
    const [, minor] = version.split('.').map(Number);
    const [, have] = this.apiVersion.split('.').map(Number);
    return minor <= have;
  }

  /** The user's Ctrl+Z: puts back the workbook as it was before the last undo record. */
  userUndo(): boolean {
    const state = this.undoStack.pop();
    if (!state) return false;
    this.sheets = state;
    return true;
  }

  /** Recalculates every formula (Automatic mode after each write; application.calculate). */
  recalculate(): void {
    for (let pass = 0; pass < 2; pass++)
      for (const s of this.sheets)
        s.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (!f) return;
            const v = evaluateFormula(f, (rr, cc) => {
              const x = s.value(rr, cc);
              return x === '' ? null : x;
            });
            s.values[r][c] = v;
          }),
        );
  }

  environment(): OfficeEnvironment {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean }) => {
        const grouped = options?.mergeUndoGroup === true;
        const delay = options?.delayForCellEdit === true;
        this.runs.push({ mergeUndoGroup: grouped, delayForCellEdit: delay });
        if (grouped && !this.supports('1.20')) throw new Error('fake: mergeUndoGroup needs ExcelApi 1.20');
        const context = new FakeContext(this, grouped);
        if (this.cellEditing && delay) this.cellEditing = false; // Excel waits until the edit ends, then runs the batch
        return batch(context as unknown as Excel.RequestContext);
      },
      isSetSupported: (name, version) => name === 'ExcelApi' && this.supports(version),
      settings: {
        get: (name) => (this.settings.has(name) ? structuredClone(this.settings.get(name)) : null),
        set: (name, value) => void this.settings.set(name, structuredClone(value)),
        remove: (name) => void this.settings.delete(name),
        save: async () => {
          this.settingsSaves++;
          if (this.failSettingsSave) throw new Error(this.failSettingsSave);
          const bytes = jsonBytes(Object.fromEntries(this.settings));
          if (bytes > this.settingsLimit) throw this.localized(new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.'));
        },
      },
      diagnostics: { host: 'Excel', platform: this.platform === 'web' ? 'OfficeOnline' : this.platform === 'windows' ? 'PC' : 'Mac', version: '16.0.fake' },
    };
  }

  /** The message in the UI language; the code is unchanged. */
  localized(e: FakeOfficeError): FakeOfficeError {
    if (this.options.uiLanguage === 'zh-CN' && ZH_MESSAGES[e.code]) e.message = ZH_MESSAGES[e.code];
    return e;
  }

  /** Runs one sync's operations: called by FakeContext.sync. */
  execute(operations: Operation[], context: FakeContext): void {
    try {
      this.executeNow(operations, context);
    } catch (e) {
      throw e instanceof FakeOfficeError ? this.localized(e) : e;
    }
  }

  private executeNow(operations: Operation[], context: FakeContext): void {
    const requestBytes = operations.reduce((n, op) => n + jsonBytes(op.describe), 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: operations.length };
    this.syncs.push(record);
    const failure = this.failure;
    this.failure = null;
    if (this.cellEditing)
      throw new FakeOfficeError('InvalidOperationInCellEditMode', "The operation isn't available while Excel is in Edit cell mode.");
    if (requestBytes > this.requestLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const commits: (() => void)[] = [];
    let wrote = false;
    let recordedThisSync = false;
    operations.forEach((op, i) => {
      if (failure && i === failure.atOperation) throw new FakeOfficeError(failure.code, failure.message);
      if (op.noUndo && context.grouped)
        throw new FakeOfficeError('UndoNotSupported', 'The JavaScript API request failed due to lack of support for the undo operation.', op.noUndo);
      // one undo record per sync, or per run when grouped ("each context.sync() call creates an undo record")
      if (op.write && this.supports('1.20') && !(context.grouped ? context.undoRecorded : recordedThisSync)) {
        this.undoStack.push(this.sheets.map((x) => x.clone()));
        context.undoRecorded = true;
        recordedThisSync = true;
      }
      const commit = op.run();
      if (op.write) wrote = true;
      if (op.noUndo) this.undoStack = []; // "the user's undo stack is cleared starting from that API call"
      if (commit) commits.push(commit);
      if (op.response) record.responseBytes += jsonBytes(op.response());
    });
    if (record.responseBytes > this.responseLimit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    if (wrote && this.calculationMode !== 'Manual') this.recalculate();
    for (const c of commits) c();
  }
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Operation[] = [];
  syncCount = 0;
  /** In a grouped run, one undo record for all its syncs. */
  undoRecorded = false;
  constructor(
    readonly excel: FakeExcel,
    readonly grouped = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }
  enqueue(op: Operation): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    this.excel.execute(ops, this);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.application = new FakeApplication(ctx);
  }
}

/** workbook.application: calculationMode (ExcelApi 1.1 read) and calculate() (ExcelApi 1.1; the mode's setter 1.8). */
class FakeApplication {
  private loadedMode: string | null = null;
  constructor(private readonly ctx: FakeContext) {}
  get calculationMode(): string {
    return this.loadedMode ?? notLoaded('calculationMode');
  }
  load(props?: string | string[]): this {
    parseLoad(props, ['calculationMode']);
    let mode = '';
    this.ctx.enqueue({
      describe: { op: 'load', target: 'application' },
      run: () => {
        mode = this.ctx.excel.calculationMode;
        return () => void (this.loadedMode = mode);
      },
      response: () => ({ calculationMode: mode }),
    });
    return this;
  }
  calculate(calculationType: string): void {
    this.ctx.enqueue({
      describe: { op: 'calculate', calculationType },
      run: () => {
        this.ctx.excel.calculateCalls++;
        this.ctx.excel.recalculate();
      },
    });
  }
}

class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded('items');
  }
  load(props?: string | string[]): this {
    const paths = parseLoad(props, ['items/name']);
    let names: string[] = [];
    this.ctx.enqueue({
      describe: { op: 'load', target: 'worksheets', paths },
      run: () => {
        names = this.ctx.excel.sheets.map((s) => s.name);
        return () => {
          this.loadedItems = names.map((n) => {
            const ws = new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(n));
            ws.loadedName = n;
            return ws;
          });
        };
      },
      response: () => ({ items: names.map((name) => ({ name })) }),
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.enqueue({ describe: { op: 'getItem', target: 'worksheets', name }, run: () => void this.ctx.excel.sheet(name) });
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheets[this.ctx.excel.active]);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue({
      describe: { op: 'add', target: 'worksheets', name },
      write: true,
      run: () => {
        if (this.ctx.excel.sheets.some((s) => s.name === name)) throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
        this.ctx.excel.sheets.push(new FakeSheetData(name));
      },
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name));
  }
}

class FakeWorksheet {
  loadedName: string | null = null;
  readonly notes: FakeNoteCollection;
  constructor(
    readonly ctx: FakeContext,
    readonly data: () => FakeSheetData,
  ) {
    this.notes = new FakeNoteCollection(ctx, data);
  }
  get name(): string {
    return this.loadedName ?? notLoaded('name');
  }
  load(props?: string | string[]): this {
    parseLoad(props, ['name']);
    let name = '';
    this.ctx.enqueue({
      describe: { op: 'load', target: 'worksheet', props },
      run: () => {
        name = this.data().name;
        return () => void (this.loadedName = name);
      },
      response: () => ({ name }),
    });
    return this;
  }
  getRange(address: string): FakeRange {
    const rect = parseRect(address);
    return new FakeRange(this.ctx, this.data, () => rect, address);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.data, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }), `idx(${row},${col},${rows},${cols})`);
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  /** The address list must use the UI's list separator (office-js #1167): otherwise InvalidArgument. */
  getRanges(address: string): FakeRangeAreas {
    const sep = this.ctx.excel.options.listSeparator;
    const other = sep === ',' ? ';' : ',';
    if (address.includes(other)) {
      const bad = () => {
        throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address.slice(0, 40)}`, 'Worksheet.getRanges');
      };
      this.ctx.enqueue({ describe: { op: 'getRanges', address }, run: bad });
      return new FakeRangeAreas(this.ctx, this.data, () => [], address);
    }
    const parts = address.split(sep).map((a) => a.trim()).filter(Boolean);
    this.ctx.excel.maxAreasPerCall = Math.max(this.ctx.excel.maxAreasPerCall, parts.length);
    const rects = parts.map(parseRect);
    return new FakeRangeAreas(this.ctx, this.data, () => rects, address);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      this.data,
      () => {
        const e = this.data().usedExtent(valuesOnly);
        if (!e) return { top: 0, left: 0, bottom: 0, right: 0 };
        // the used range starts at the first used row/column; the adapter extends it to A1
        let top = Infinity;
        let left = Infinity;
        const d = this.data();
        d.values.forEach((row, r) => row.forEach((v, c) => {
          if (v !== '' && v !== undefined) {
            top = Math.min(top, r);
            left = Math.min(left, c);
          }
        }));
        d.formulas.forEach((row, r) => row.forEach((f, c) => {
          if (f) {
            top = Math.min(top, r);
            left = Math.min(left, c);
          }
        }));
        return { top: top === Infinity ? 0 : top, left: left === Infinity ? 0 : left, bottom: e.rows - 1, right: e.cols - 1 };
      },
      'usedRange',
    );
  }
  activate(): void {
    this.ctx.enqueue({ describe: { op: 'activate' }, run: () => void (this.ctx.excel.active = this.ctx.excel.sheets.indexOf(this.data())) });
  }
  delete(): void {
    this.ctx.enqueue({
      describe: { op: 'deleteSheet' },
      write: true,
      noUndo: 'Worksheet.delete',
      run: () => {
        const excel = this.ctx.excel;
        const index = excel.sheets.indexOf(this.data());
        excel.sheets = excel.sheets.filter((_, i) => i !== index);
        // Excel activates another sheet when the active one goes (the next, or the previous when it was last)
        if (index < excel.active || excel.active >= excel.sheets.length) excel.active = Math.max(0, excel.active - 1);
      },
    });
  }
}

class FakeRange {
  private loaded = new Map<string, unknown>();
  readonly format: { fill: FakeFill };
  constructor(
    readonly ctx: FakeContext,
    readonly data: () => FakeSheetData,
    readonly rect: () => Rect,
    readonly label: string,
  ) {
    this.format = { fill: new FakeFill(ctx, this) };
  }
  private get<T>(key: string): T {
    if (!this.loaded.has(key)) notLoaded(key);
    return this.loaded.get(key) as T;
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.ctx.enqueue({
      describe: { op: 'set', target: this.label, values: v },
      write: true,
      run: () => {
        const r = this.rect();
        v.forEach((row, i) => row.forEach((x, j) => this.data().typeValue(r.top + i, r.left + j, x)));
      },
    });
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.ctx.enqueue({
      describe: { op: 'set', target: this.label, formulas: v },
      write: true,
      run: () => {
        const r = this.rect();
        v.forEach((row, i) => row.forEach((x, j) => this.data().typeValue(r.top + i, r.left + j, x)));
      },
    });
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.enqueue({
      describe: { op: 'set', target: this.label, numberFormat: v },
      write: true,
      run: () => {
        const r = this.rect();
        const d = this.data();
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            d.ensureRow(r.top + i);
            d.formats[r.top + i][r.left + j] = x === 'General' ? null : (x as string);
          }),
        );
      },
    });
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  loadedValue(key: string): unknown {
    return this.get(key);
  }

  load(props?: string | string[]): this {
    const paths = parseLoad(props, ['values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'address']);
    let data: Record<string, unknown> = {};
    this.ctx.enqueue({
      describe: { op: 'load', target: this.label, paths },
      run: () => {
        const r = this.rect();
        const d = this.data();
        const grid = <T>(f: (row: number, col: number) => T): T[][] => {
          const out: T[][] = [];
          for (let row = r.top; row <= r.bottom; row++) {
            const line: T[] = [];
            for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
            out.push(line);
          }
          return out;
        };
        data = {};
        for (const p of paths) {
          switch (p) {
            case 'values':
              data[p] = grid((row, col) => d.value(row, col));
              break;
            case 'formulas':
              data[p] = grid((row, col) => d.formula(row, col) ?? d.value(row, col));
              break;
            case 'numberFormat':
              data[p] = grid((row, col) => d.formats[row]?.[col] ?? 'General');
              break;
            case 'rowCount':
              data[p] = r.bottom - r.top + 1;
              break;
            case 'columnCount':
              data[p] = r.right - r.left + 1;
              break;
            case 'address':
              data[p] = `${quoteSheet(d.name)}!${rectAddress(r)}`;
              break;
            case 'format/fill/color': {
              // not one solid colour (a pattern over it): null, as RangeFill.color reports it
              const k = `${r.top},${r.left}`;
              data[p] = d.patterns.has(k) ? null : (d.fills.get(k) ?? '#FFFFFF');
              break;
            }
            case 'format/fill/pattern': {
              const k = `${r.top},${r.left}`;
              data[p] = d.patterns.get(k)?.pattern ?? (d.fills.has(k) ? 'Solid' : 'None');
              break;
            }
            case 'format/fill/patternColor': {
              const k = `${r.top},${r.left}`;
              data[p] = d.patterns.get(k)?.patternColor ?? null;
              break;
            }
            default:
              throw new FakeOfficeError('InvalidArgument', `The fake does not know the property path '${p}'.`);
          }
        }
        const snapshot = data;
        return () => {
          for (const [k, v] of Object.entries(snapshot)) this.loaded.set(k, v);
        };
      },
      response: () => data,
    });
    return this;
  }

  getBoundingRect(other: string | FakeRange): FakeRange {
    const otherRect = typeof other === 'string' ? () => parseRect(other) : other.rect;
    return new FakeRange(
      this.ctx,
      this.data,
      () => {
        const a = this.rect();
        const b = otherRect();
        return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
      },
      `${this.label}.boundingRect`,
    );
  }

  /**
   * Like Excel: only merged areas whose top-left cell lies inside this range (office-js #3611);
   * over 512 "will fail to return the result": an error, or (mergeOverflow 'null') a null object.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.ctx.excel.supports('1.13')) throw new Error('getMergedAreasOrNullObject needs ExcelApi 1.13');
    const areas = new FakeRangeAreas(
      this.ctx,
      this.data,
      () => {
        const r = this.rect();
        const found = this.data().merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
        if (found.length > 512) {
          if (this.ctx.excel.options.mergeOverflow === 'null') return [];
          throw new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.', 'Range.getMergedAreasOrNullObject');
        }
        return found;
      },
      `${this.label}.mergedAreas`,
    );
    areas.orNull = true;
    return areas;
  }

  insert(direction: 'Down' | 'Right'): FakeRange {
    if (direction !== 'Down') throw new Error('fake: only Down');
    this.ctx.enqueue({
      describe: { op: 'insert', target: this.label, direction },
      write: true,
      run: () => {
        const r = this.rect();
        this.data().shiftRows(r.top, r.bottom - r.top + 1);
      },
    });
    return new FakeRange(this.ctx, this.data, this.rect, `${this.label}.inserted`);
  }
  delete(direction: 'Up' | 'Left'): void {
    if (direction !== 'Up') throw new Error('fake: only Up');
    this.ctx.enqueue({
      describe: { op: 'delete', target: this.label, direction },
      write: true,
      run: () => {
        const r = this.rect();
        this.data().shiftRows(r.top, -(r.bottom - r.top + 1));
      },
    });
  }
  copyFrom(source: string | FakeRange, type: string): void {
    this.ctx.enqueue({
      describe: { op: 'copyFrom', target: this.label, type },
      write: true,
      run: () => {
        const src = typeof source === 'string' ? parseRect(source) : source.rect();
        const r = this.rect();
        const d = this.data();
        for (let row = r.top; row <= r.bottom; row++) {
          d.ensureRow(row);
          d.formats[row] = [...(d.formats[src.top] ?? [])];
          for (let c = 0; c < MAX_COLUMNS && c < 256; c++) {
            const f = d.fills.get(`${src.top},${c}`);
            if (f) d.fills.set(`${row},${c}`, f);
          }
        }
      },
    });
  }
  merge(across = false): void {
    this.ctx.enqueue({
      describe: { op: 'merge', target: this.label, across },
      write: true,
      run: () => {
        const r = this.rect();
        const d = this.data();
        if (d.merges.some((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right))
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge over an existing merged area.');
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) d.setValue(row, col, null);
        d.merges.push({ ...r });
      },
    });
  }
  unmerge(): void {
    this.ctx.enqueue({
      describe: { op: 'unmerge', target: this.label },
      write: true,
      run: () => {
        const r = this.rect();
        const d = this.data();
        d.merges = d.merges.filter((m) => !(m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right));
      },
    });
  }
  select(): void {
    this.ctx.enqueue({
      describe: { op: 'select', target: this.label },
      run: () => void (this.ctx.excel.selection = { sheet: this.data().name, address: rectAddress(this.rect()) }),
    });
  }
}

/** range.format.fill and rangeAreas.format.fill. */
class FakeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly owner: FakeRange | FakeRangeAreas,
  ) {}
  private rects(): Rect[] {
    return this.owner instanceof FakeRange ? [this.owner.rect()] : this.owner.rects();
  }
  get color(): string {
    if (!(this.owner instanceof FakeRange)) throw new Error('fake: load fill colour on a Range');
    return this.owner.loadedValue('format/fill/color') as string;
  }
  set color(color: string) {
    this.ctx.enqueue({
      describe: { op: 'set', target: 'fill', color },
      write: true,
      run: () => {
        const d = this.owner.data();
        // a solid colour replaces any pattern
        this.each((k) => {
          d.fills.set(k, color.toUpperCase());
          d.patterns.delete(k);
        });
      },
    });
  }
  private each(f: (key: string) => void): void {
    for (const r of this.rects()) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(`${row},${col}`);
  }
  get pattern(): string {
    if (!(this.owner instanceof FakeRange)) throw new Error('fake: load fill pattern on a Range');
    return this.owner.loadedValue('format/fill/pattern') as string;
  }
  /** RangeFill.pattern (ExcelApi 1.9): 'Solid' / 'None' or a pattern over the background colour. */
  set pattern(pattern: string) {
    this.ctx.enqueue({
      describe: { op: 'set', target: 'fill', pattern },
      write: true,
      run: () => {
        const d = this.owner.data();
        this.each((k) => {
          if (pattern === 'None') {
            d.fills.delete(k);
            d.patterns.delete(k);
          } else if (pattern === 'Solid') d.patterns.delete(k);
          else d.patterns.set(k, { pattern, patternColor: d.patterns.get(k)?.patternColor ?? '#000000' });
        });
      },
    });
  }
  get patternColor(): string | null {
    if (!(this.owner instanceof FakeRange)) throw new Error('fake: load fill patternColor on a Range');
    return this.owner.loadedValue('format/fill/patternColor') as string | null;
  }
  set patternColor(patternColor: string) {
    this.ctx.enqueue({
      describe: { op: 'set', target: 'fill', patternColor },
      write: true,
      run: () => {
        const d = this.owner.data();
        this.each((k) => {
          const p = d.patterns.get(k);
          if (p) p.patternColor = patternColor.toUpperCase();
        });
      },
    });
  }
  clear(): void {
    this.ctx.enqueue({
      describe: { op: 'clear', target: 'fill' },
      write: true,
      run: () => {
        const d = this.owner.data();
        this.each((k) => {
          d.fills.delete(k);
          d.patterns.delete(k);
        });
      },
    });
  }
}

class FakeRangeAreas {
  orNull = false;
  private nullKnown: boolean | null = null;
  private loadedAddress: string | null = null;
  readonly format: { fill: FakeFill };
  constructor(
    readonly ctx: FakeContext,
    readonly data: () => FakeSheetData,
    readonly rects: () => Rect[],
    readonly label: string,
  ) {
    this.format = { fill: new FakeFill(ctx, this) };
  }
  get isNullObject(): boolean {
    if (this.nullKnown === null) notLoaded('isNullObject');
    return this.nullKnown;
  }
  get address(): string {
    if (this.nullKnown === true) throw new FakeOfficeError('InvalidOperation', 'The object is a null object.');
    return this.loadedAddress ?? notLoaded('address');
  }
  private loadedAreas: Rect[] | null = null;
  private loadedCount: number | null = null;
  /** RangeAreas.areas: a RangeCollection whose items have rowIndex, columnIndex, rowCount, columnCount. */
  get areas(): { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] } {
    if (this.nullKnown === true) throw new FakeOfficeError('InvalidOperation', 'The object is a null object.');
    if (!this.loadedAreas) notLoaded('areas');
    return { items: this.loadedAreas.map((r) => ({ rowIndex: r.top, columnIndex: r.left, rowCount: r.bottom - r.top + 1, columnCount: r.right - r.left + 1 })) };
  }
  get areaCount(): number {
    return this.loadedCount ?? notLoaded('areaCount');
  }
  load(props?: string | string[]): this {
    const paths = parseLoad(props, ['address']);
    for (const p of paths)
      if (p !== 'address' && p !== 'areaCount' && !/^areas\/items\/(rowIndex|columnIndex|rowCount|columnCount)$/.test(p))
        throw new FakeOfficeError('InvalidArgument', `The fake does not know the property path '${p}'.`);
    const wantAreas = paths.some((p) => p.startsWith('areas/'));
    let response: unknown = null;
    this.ctx.enqueue({
      describe: { op: 'load', target: this.label, paths },
      run: () => {
        const rects = this.rects();
        const isNull = this.orNull && rects.length === 0;
        const name = quoteSheet(this.data().name);
        const address = rects.map((r) => `${name}!${rectAddress(r)}`).join(',');
        response = isNull ? { isNullObject: true } : { address: paths.includes('address') ? address : undefined, areas: wantAreas ? rects : undefined };
        return () => {
          this.nullKnown = isNull;
          this.loadedAddress = isNull ? null : address;
          this.loadedAreas = isNull || !wantAreas ? null : rects.map((r) => ({ ...r }));
          this.loadedCount = isNull ? null : rects.length;
        };
      },
      response: () => response,
    });
    return this;
  }
}

class FakeNoteCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly data: () => FakeSheetData,
  ) {}
  private key(address: string): string {
    const r = parseRect(address);
    if (r.top !== r.bottom || r.left !== r.right) throw new FakeOfficeError('InvalidCellAddress', `Not a single cell: ${address}`);
    return `${r.top},${r.left}`;
  }
  add(cellAddress: string, content: string): FakeNote {
    this.ctx.enqueue({
      describe: { op: 'addNote', cellAddress, content },
      write: true,
      run: () => {
        const d = this.data();
        const k = this.key(cellAddress);
        if (d.notes.has(k)) throw new FakeOfficeError('InvalidArgument', `The cell ${cellAddress} already has a note.`, 'NoteCollection.add');
        d.notes.set(k, content);
      },
    });
    return new FakeNote(this.ctx, this.data, cellAddress, false);
  }
  getItem(key: string): FakeNote {
    this.ctx.enqueue({
      describe: { op: 'getNote', key },
      run: () => {
        if (!this.data().notes.has(this.key(key))) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: note at ${key}.`, 'NoteCollection.getItem');
      },
    });
    return new FakeNote(this.ctx, this.data, key, false);
  }
  getItemOrNullObject(key: string): FakeNote {
    const note = new FakeNote(this.ctx, this.data, key, true);
    this.ctx.enqueue({
      describe: { op: 'getNoteOrNull', key },
      run: () => {
        const exists = this.data().notes.has(this.key(key));
        return () => note.resolveNull(!exists);
      },
      response: () => ({ isNullObject: !this.data().notes.has(this.key(key)) }),
    });
    return note;
  }
}

class FakeNote {
  private nullKnown: boolean | null = null;
  private loadedContent: string | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly data: () => FakeSheetData,
    private readonly address: string,
    private readonly orNull: boolean,
  ) {}
  resolveNull(isNull: boolean): void {
    this.nullKnown = isNull;
  }
  private cellKey(): string {
    const r = parseRect(this.address);
    return `${r.top},${r.left}`;
  }
  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullKnown === null) notLoaded('isNullObject');
    return this.nullKnown;
  }
  get content(): string {
    return this.loadedContent ?? notLoaded('content');
  }
  set content(text: string) {
    this.ctx.enqueue({
      describe: { op: 'setNote', address: this.address, text },
      write: true,
      run: () => {
        const d = this.data();
        if (!d.notes.has(this.cellKey())) throw new FakeOfficeError('ItemNotFound', `No note at ${this.address}.`, 'Note.content');
        d.notes.set(this.cellKey(), text);
      },
    });
  }
  load(props?: string | string[]): this {
    parseLoad(props, ['content']);
    let content: string | undefined;
    this.ctx.enqueue({
      describe: { op: 'loadNote', address: this.address },
      run: () => {
        content = this.data().notes.get(this.cellKey());
        if (content === undefined && !this.orNull) throw new FakeOfficeError('ItemNotFound', `No note at ${this.address}.`);
        const c = content;
        return () => {
          if (c !== undefined) this.loadedContent = c;
        };
      },
      response: () => ({ content: content ?? null }),
    });
    return this;
  }
  delete(): void {
    this.ctx.enqueue({
      describe: { op: 'deleteNote', address: this.address },
      write: true,
      run: () => {
        const d = this.data();
        if (!d.notes.delete(this.cellKey())) throw new FakeOfficeError('ItemNotFound', `No note at ${this.address}.`, 'Note.delete');
      },
    });
  }
}

/** A budget-like sheet of `rows` × 12 columns: text, prices, quantities, amount formulas. */
export function budgetRows(rows: number): (string | number)[][] {
  const out: (string | number)[][] = [['序号', '项目', '明细', '单价', '单位', '数量', '次数', '金额', '备注', '科目', '类别', '依据']];
  for (let i = 1; i < rows; i++) out.push([i, '培训费', `第${i}期`, 300 + (i % 7), '元/人', 30 + (i % 11), 2, (300 + (i % 7)) * (30 + (i % 11)) * 2, '', '30216', '会议', '标准']);
  return out;
}
