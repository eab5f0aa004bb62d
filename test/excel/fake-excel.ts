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
 *   bytes, and either over 5 MB fails the sync with RequestPayloadSizeLimitExceeded, as Excel on
 *   the web does.
 */
import type { CellRange, CellValue } from '../../src/core/snapshot';
import { fromA1, columnIndex, toA1 } from '../../src/core/address';
import type { OfficeEnvironment } from '../../src/excel/environment';
import { jsonBytes } from '../../src/excel/addresses';

export const PAYLOAD_LIMIT = 5_000_000;
const MAX_COLUMNS = 16384;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** One worksheet's contents. Values hold '' for empty cells, as Excel reports them. */
export class FakeSheetData {
  values: (string | number | boolean)[][] = [];
  formulas: (string | null)[][] = [];
  formats: (string | null)[][] = [];
  fills = new Map<string, string>(); // 'r,c' → '#RRGGBB'
  notes = new Map<string, string>(); // 'r,c' → text
  merges: CellRange[] = [];
  constructor(public name: string) {}

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
      for (const k of [...this.fills.keys(), ...this.notes.keys()]) {
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
  runs: { mergeUndoGroup: boolean }[] = [];
  /** Largest number of addresses passed to one getRanges call. */
  maxAreasPerCall = 0;
  /** ExcelApi version the fake claims, e.g. '1.18' (notes) or '1.12' (no notes, no merges API). */
  apiVersion = '1.20';
  private failure: { atOperation: number; code: string; message: string } | null = null;
  failSettingsSave: string | null = null;

  addSheet(name: string, rows: (string | number | boolean | null)[][] = []): FakeSheetData {
    const s = new FakeSheetData(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && s.setValue(r, c, v)));
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheetData {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
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
        // a formula's cached value is not recalculated by the fake: compare formulas, not results
        values: s.values.map((row, r) => row.map((v, c) => (s.formulas[r]?.[c] ? null : v))),
        formulas: s.formulas,
        formats: s.formats,
        fills: [...s.fills.entries()].sort(),
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

  environment(): OfficeEnvironment {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }) => {
        this.runs.push({ mergeUndoGroup: options?.mergeUndoGroup === true });
        const context = new FakeContext(this);
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
        },
      },
    };
  }

  /** Runs one sync's operations: called by FakeContext.sync. */
  execute(operations: Operation[]): void {
    const requestBytes = operations.reduce((n, op) => n + jsonBytes(op.describe), 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: operations.length };
    this.syncs.push(record);
    const failure = this.failure;
    this.failure = null;
    if (requestBytes > PAYLOAD_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const commits: (() => void)[] = [];
    operations.forEach((op, i) => {
      if (failure && i === failure.atOperation) throw new FakeOfficeError(failure.code, failure.message);
      const commit = op.run();
      if (commit) commits.push(commit);
      if (op.response) record.responseBytes += jsonBytes(op.response());
    });
    if (record.responseBytes > PAYLOAD_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const c of commits) c();
  }
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Operation[] = [];
  syncCount = 0;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  enqueue(op: Operation): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    this.excel.execute(ops);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
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
  getRanges(address: string): FakeRangeAreas {
    const parts = address.split(',').map((a) => a.trim()).filter(Boolean);
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
      run: () => {
        const d = this.data();
        this.ctx.excel.sheets = this.ctx.excel.sheets.filter((s) => s !== d);
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
      run: () => {
        const r = this.rect();
        v.forEach((row, i) => row.forEach((x, j) => this.data().setValue(r.top + i, r.left + j, x as CellValue)));
      },
    });
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.ctx.enqueue({
      describe: { op: 'set', target: this.label, formulas: v },
      run: () => {
        const r = this.rect();
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            if (typeof x === 'string' && x.startsWith('=')) this.data().setFormula(r.top + i, r.left + j, x);
            else this.data().setValue(r.top + i, r.left + j, x as CellValue);
          }),
        );
      },
    });
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
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
              const fill = d.fills.get(`${r.top},${r.left}`);
              data[p] = fill ?? '#FFFFFF';
              break;
            }
            case 'format/fill/pattern':
              data[p] = d.fills.has(`${r.top},${r.left}`) ? 'Solid' : 'None';
              break;
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

  /** Like Excel: only merged areas whose top-left cell lies inside this range; fails over 512. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.ctx.excel.supports('1.13')) throw new Error('getMergedAreasOrNullObject needs ExcelApi 1.13');
    const areas = new FakeRangeAreas(
      this.ctx,
      this.data,
      () => {
        const r = this.rect();
        const found = this.data().merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
        if (found.length > 512) throw new FakeOfficeError('GeneralException', 'There are more than 512 merged areas in the range.');
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
      run: () => {
        const r = this.rect();
        this.data().shiftRows(r.top, -(r.bottom - r.top + 1));
      },
    });
  }
  copyFrom(source: string | FakeRange, type: string): void {
    this.ctx.enqueue({
      describe: { op: 'copyFrom', target: this.label, type },
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
      run: () => {
        const d = this.owner.data();
        for (const r of this.rects()) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) d.fills.set(`${row},${col}`, color.toUpperCase());
      },
    });
  }
  get pattern(): string {
    if (!(this.owner instanceof FakeRange)) throw new Error('fake: load fill pattern on a Range');
    return this.owner.loadedValue('format/fill/pattern') as string;
  }
  clear(): void {
    this.ctx.enqueue({
      describe: { op: 'clear', target: 'fill' },
      run: () => {
        const d = this.owner.data();
        for (const r of this.rects()) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) d.fills.delete(`${row},${col}`);
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
  load(props?: string | string[]): this {
    const paths = parseLoad(props, ['address']);
    let response: unknown = null;
    this.ctx.enqueue({
      describe: { op: 'load', target: this.label, paths },
      run: () => {
        const rects = this.rects();
        const isNull = this.orNull && rects.length === 0;
        const name = quoteSheet(this.data().name);
        const address = rects.map((r) => `${name}!${rectAddress(r)}`).join(',');
        response = isNull ? { isNullObject: true } : { address };
        return () => {
          this.nullKnown = isNull;
          this.loadedAddress = isNull ? null : address;
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
      run: () => {
        const d = this.data();
        const k = this.key(cellAddress);
        if (d.notes.has(k)) throw new FakeOfficeError('InvalidArgument', `The cell ${cellAddress} already has a note.`);
        d.notes.set(k, content);
      },
    });
    return new FakeNote(this.ctx, this.data, cellAddress, false);
  }
  getItem(key: string): FakeNote {
    this.ctx.enqueue({
      describe: { op: 'getNote', key },
      run: () => {
        if (!this.data().notes.has(this.key(key))) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: note at ${key}.`);
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
      run: () => {
        const d = this.data();
        if (!d.notes.has(this.cellKey())) throw new FakeOfficeError('ItemNotFound', `No note at ${this.address}.`);
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
      run: () => {
        const d = this.data();
        if (!d.notes.delete(this.cellKey())) throw new FakeOfficeError('ItemNotFound', `No note at ${this.address}.`);
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
