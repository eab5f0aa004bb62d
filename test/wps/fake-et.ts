/**
 * A fake of the WPS 表格 (ET) object model for tests: the members the adapter (src/wps) uses, with
 * the behaviour the declarations (et-jsapi-declare 2.5.0, lib.et.d.ts) and the VBA reference that
 * ET mirrors give them. Every member access of a fake object — a property read or write, a method
 * call — is counted (`calls`, and per member in `byMember`), so tests can prove reads are in blocks.
 * A compile-time check at the end makes sure every public member of the fake classes is a member
 * of the declared interface (Et.Range, Et.Worksheet, …): the fake invents nothing.
 *
 * Behaviour and where it comes from:
 * - 1-based collections: `Worksheets.Item(Index)`, `Cells.Item(RowIndex, ColumnIndex)`,
 *   `CustomProperties.Item(Index)` (lib.et.d.ts; VBA "Worksheets(1)"); Item out of range throws.
 * - `Range(Cell1)` with an A1 address ("A1", "B2:D9") — Worksheet.Range(Cell1, Cell2?) in lib.et.d.ts.
 * - `Value2: TypedAny<string | Array<any>>`: a range of several cells answers a 2-D array, rows first;
 *   a single cell answers the bare value (kancloud wps-js-macros "单元格区域的 Value()": "单个单元格的值不是
 *   数组对象而是具体的值"). An empty cell answers undefined (COM's VT_EMPTY). Error values are strings.
 *   Assigning a scalar to several cells writes it to each (csdn "WPS宏编程": "如果直接对一个区域进行赋值,
 *   那么会对整个区域的所有单元格全部赋上相同的值"). A string is read like typed input: '=…' a formula,
 *   '30216' the number 30216, '5%' 0.05, 'TRUE' a boolean, a leading apostrophe makes the rest text
 *   (Range.PrefixCharacter) — except in a cell whose NumberFormat is "@" (text), which keeps the string.
 * - `Formula`: the formula, or for a constant its text as typed ('' for empty) — "如果Formula取值的
 *   单元格没有公式,则取值和Value2相同" (csdn); 2-D for several cells like Value2.
 * - `NumberFormat`: one string when every cell has the same format, null when they differ (VBA
 *   Range.NumberFormat: "returns Null if all cells in the specified range don't have the same number
 *   format"); "General" by default.
 * - `UsedRange`: the bounding box of cells with content, a format, a fill or a comment, and of merged
 *   areas — it need not start at A1; A1 alone on an empty sheet.
 * - `MergeCells`: True / False / Null for a mix (VBA Range.MergeCells); `MergeArea`: "the merged range
 *   containing the specified cell … only works on a single-cell range" (VBA) — the fake throws for more.
 *   `Merge()` keeps the top-left value and clears the rest (Excel's behaviour); `UnMerge()`.
 * - `Interior.Color` as a BGR integer, RGB(r, g, b) = r + g·256 + b·65536; with no fill it reads
 *   16777215 (white) and `Interior.Pattern` reads xlNone (-4142); solid is 1. Setting Color makes the
 *   fill solid; `ColorIndex = xlColorIndexNone (-4142)` removes it. Mixed cells read null.
 * - comments: `Range.Comment` is null without one; `AddComment(Text)` (on a cell that has one it
 *   fails, as in Excel: "应用程序定义或对象定义的错误" 1004); `Comment.Text()`, `Comment.Delete()`.
 * - `Range.EntireRow.Insert(Shift, CopyOrigin)` moves the rows down, new rows take number formats and
 *   fills from above (xlFormatFromLeftOrAbove 0, the default) or below (1); `Delete(Shift)` removes
 *   rows; merged areas and formulas' row references move with them (shiftFormulaRows, as Excel does).
 * - `Worksheets.Add(Before, After)` adds "Sheet<n>" and activates it; `Worksheet.Name` must be unique;
 *   `Worksheet.Delete()` and `Range.Merge()` would ask the user while `DisplayAlerts` is true
 *   (counted in `prompts`).
 * - `Application.Calculation` xlCalculationAutomatic (-4105) recalculates after each write;
 *   xlCalculationManual (-4135) waits for `Calculate()`.
 * - custom document properties: `Add(Name, LinkToContent, Type, Value)` (fails on a name in use),
 *   `Item(index or name)` (fails for a missing name), `Name`, `Value`, `Delete()`. A string value
 *   longer than 255 characters is cut to 255, as Office does when it saves the file.
 */
import { evaluateFormula, shiftFormulaRows } from '../../src/demo/formula';
import { columnIndex } from '../../src/core/address';
import { cellFormula, cellNumberFormat, cellValue, rowCount, type CellValue, type SheetSnapshot } from '../../src/core/snapshot';

export const XL_NONE = -4142;
const WHITE = 16777215;
const XL_AUTOMATIC = -4105;
const XL_MANUAL = -4135;
const MAX_COLS = 16384;

export interface FakeFill {
  pattern: number;
  color: number;
  patternColor: number | null;
}

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: FakeFill | null;
  comment: string | null;
}

const blank = (): FakeCell => ({ value: null, formula: null, numberFormat: 'General', fill: null, comment: null });
const isBlank = (c: FakeCell): boolean => c.value === null && c.formula === null && c.numberFormat === 'General' && c.fill === null && c.comment === null;

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What an object-model error looks like: WPS throws plain Errors with localised text. */
function fail(message: string): never {
  throw new Error(message);
}

/** A string as typed into a cell (not a "@" cell): number, boolean, formula, or text. */
export function typedInput(s: string): { value: CellValue; formula: string | null } {
  if (s.startsWith("'")) return { value: s.slice(1) === '' ? null : s.slice(1), formula: null };
  if (s.startsWith('=') && s.length > 1) return { value: null, formula: s };
  const t = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t), formula: null };
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100, formula: null };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE', formula: null };
  return { value: s === '' ? null : s, formula: null };
}

export class FakeEt {
  calls = 0;
  readonly byMember = new Map<string, number>();
  /** Confirmations ET would have shown (a sheet deleted or cells merged while DisplayAlerts was on). */
  prompts = 0;
  readonly workbook: FakeWorkbookModel;
  private readonly wrapped = new WeakMap<object, object>();

  constructor() {
    this.workbook = new FakeWorkbookModel(this);
  }

  /** The Application object as the adapter receives it. */
  get app(): Et.Application {
    return this.counted(new FakeApplication(this)) as unknown as Et.Application;
  }

  /**
   * The next access fails with an Error of text `raw`: any member of a document object ('access'),
   * or only a change — a property set or a changing method ('write'). Application members never fail.
   */
  failNext(raw: string, on: 'access' | 'write'): void {
    this.failure = { raw, on };
  }
  private failure: { raw: string; on: 'access' | 'write' } | null = null;
  private injected(t: object, on: 'access' | 'write'): void {
    if (!this.failure || t instanceof FakeApplication || (this.failure.on === 'write' && on === 'access')) return;
    const raw = this.failure.raw;
    this.failure = null;
    throw new Error(raw);
  }

  resetCalls(): void {
    this.calls = 0;
    this.byMember.clear();
  }

  /** Wraps a fake object so every member access is counted and returned fake objects are wrapped. */
  counted<T extends object>(target: T): T {
    const known = this.wrapped.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get: (t, key, receiver) => {
        if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return Reflect.get(t, key, receiver) as unknown;
        this.count(String(key));
        this.injected(t, 'access');
        const v = Reflect.get(t, key, t) as unknown;
        if (typeof v === 'function')
          return (...args: unknown[]) => {
            if (WRITE_METHODS.has(String(key))) this.injected(t, 'write');
            return this.wrap((v as (...a: unknown[]) => unknown).apply(t, args));
          };
        return this.wrap(v);
      },
      set: (t, key, value) => {
        this.count(`${String(key)}=`);
        this.injected(t, 'write');
        return Reflect.set(t, key, value, t);
      },
    });
    this.wrapped.set(target, proxy);
    return proxy;
  }

  private wrap(v: unknown): unknown {
    return v instanceof FakeObject ? this.counted(v) : v;
  }

  private count(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }
}

/** Methods that change the document (an injected 'write' failure hits the first of them or a property set). */
const WRITE_METHODS = new Set(['Insert', 'Delete', 'Merge', 'UnMerge', 'AddComment', 'ClearContents', 'ClearComments', 'Copy', 'Add']);

/** Base of every fake object (so the proxy knows what to wrap). */
class FakeObject {}

export class FakeWorkbookModel {
  sheets: FakeSheetModel[] = [];
  active = 0;
  properties: { name: string; value: string }[] = [];
  displayAlerts = true;
  screenUpdating = true;
  calculation = XL_AUTOMATIC;
  constructor(readonly et: FakeEt) {}

  addSheet(name: string): FakeSheetModel {
    const s = new FakeSheetModel(this, name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheetModel {
    return this.sheets.find((s) => s.name === name) ?? fail(`下标越界 (no sheet ${name})`);
  }
  recalculate(): void {
    for (let pass = 0; pass < 2; pass++)
      for (const s of this.sheets)
        for (const [key, c] of s.cells)
          if (c.formula) {
            const v = evaluateFormula(c.formula, (r, col) => s.get(r + 1, col + 1).value);
            s.cells.set(key, { ...c, value: v });
          }
  }
  /** After a write: Automatic recalculates at once, Manual waits for Calculate(). */
  afterWrite(): void {
    if (this.calculation !== XL_MANUAL) this.recalculate();
  }
}

export class FakeSheetModel {
  cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  constructor(
    readonly book: FakeWorkbookModel,
    public name: string,
  ) {}

  get(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? blank();
  }
  put(row: number, col: number, c: FakeCell): void {
    if (isBlank(c)) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, c);
  }
  update(row: number, col: number, patch: Partial<FakeCell>): void {
    this.put(row, col, { ...this.get(row, col), ...patch });
  }
  /** Test setup: 1-based row and column, a value or a formula ('=…'), without counting calls. */
  set(a1: string, v: CellValue, numberFormat?: string): this {
    const { row, col } = parseA1(a1);
    if (typeof v === 'string' && v.startsWith('=')) this.update(row, col, { formula: v, value: null });
    else this.update(row, col, { value: v, formula: null });
    if (numberFormat) this.update(row, col, { numberFormat });
    return this;
  }
  merge(address: string): this {
    this.merges.push(parseRange(address));
    return this;
  }
  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
  /** Moves rows ≥ `at` by `count` (negative: deletes -count rows from `at`). */
  shiftRows(at: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [key, c] of this.cells) {
      const [r, col] = key.split(',').map(Number);
      if (count < 0 && r >= at && r < at - count) continue;
      const row = r >= at ? r + count : r;
      moved.set(`${row},${col}`, c.formula ? { ...c, formula: shiftFormulaRows(c.formula, at - 1, count) } : c);
    }
    this.cells = moved;
    this.merges = this.merges.flatMap((m) => {
      if (count > 0) {
        if (m.top >= at) return [{ ...m, top: m.top + count, bottom: m.bottom + count }];
        if (m.bottom >= at) return [{ ...m, bottom: m.bottom + count }];
        return [m];
      }
      const end = at - count; // first row after the deleted ones
      const top = m.top >= end ? m.top + count : m.top >= at ? at : m.top;
      const bottom = m.bottom >= end ? m.bottom + count : m.bottom >= at ? at - 1 : m.bottom;
      return bottom >= top && (bottom > top || m.right > m.left) ? [{ ...m, top, bottom }] : [];
    });
  }
  used(): Rect {
    let r: Rect | null = null;
    const grow = (a: Rect) => {
      r = r ? { top: Math.min(r.top, a.top), left: Math.min(r.left, a.left), bottom: Math.max(r.bottom, a.bottom), right: Math.max(r.right, a.right) } : { ...a };
    };
    for (const key of this.cells.keys()) {
      const [row, col] = key.split(',').map(Number);
      grow({ top: row, left: col, bottom: row, right: col });
    }
    this.merges.forEach(grow);
    return r ?? { top: 1, left: 1, bottom: 1, right: 1 };
  }
}

class FakeApplication extends FakeObject {
  constructor(private readonly et: FakeEt) {
    super();
  }
  get ActiveWorkbook(): FakeWorkbook {
    return new FakeWorkbook(this.et.workbook);
  }
  get ActiveSheet(): FakeWorksheet {
    return this.ActiveWorkbook.ActiveSheet;
  }
  get DisplayAlerts(): boolean {
    return this.et.workbook.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.et.workbook.displayAlerts = v;
  }
  get ScreenUpdating(): boolean {
    return this.et.workbook.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.et.workbook.screenUpdating = v;
  }
  get Calculation(): number {
    return this.et.workbook.calculation;
  }
  set Calculation(v: number) {
    this.et.workbook.calculation = v;
  }
  Calculate(): void {
    this.et.workbook.recalculate();
  }
}

class FakeWorkbook extends FakeObject {
  constructor(private readonly book: FakeWorkbookModel) {
    super();
  }
  get Worksheets(): FakeWorksheets {
    return new FakeWorksheets(this.book);
  }
  get Sheets(): FakeWorksheets {
    return this.Worksheets;
  }
  get ActiveSheet(): FakeWorksheet {
    return new FakeWorksheet(this.book.sheets[this.book.active]);
  }
  get CustomDocumentProperties(): FakeProperties {
    return new FakeProperties(this.book);
  }
}

class FakeWorksheets extends FakeObject {
  constructor(private readonly book: FakeWorkbookModel) {
    super();
  }
  get Count(): number {
    return this.book.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    const s = typeof index === 'number' ? this.book.sheets[index - 1] : this.book.sheets.find((x) => x.name === index);
    return new FakeWorksheet(s ?? fail(`下标越界 (Worksheets.Item(${String(index)}))`));
  }
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    let n = this.book.sheets.length + 1;
    while (this.book.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const s = new FakeSheetModel(this.book, `Sheet${n}`);
    const anchor = before ?? after;
    const at = anchor ? this.book.sheets.indexOf(anchor.model) + (after ? 1 : 0) : this.book.active;
    this.book.sheets.splice(at, 0, s);
    this.book.active = at;
    return new FakeWorksheet(s);
  }
}

class FakeWorksheet extends FakeObject {
  constructor(readonly model: FakeSheetModel) {
    super();
  }
  get Name(): string {
    return this.model.name;
  }
  set Name(v: string) {
    if (this.model.book.sheets.some((s) => s !== this.model && s.name === v)) fail(`工作表名称“${v}”已被占用`);
    this.model.name = v;
  }
  get Index(): number {
    return this.model.book.sheets.indexOf(this.model) + 1;
  }
  get Cells(): FakeRange {
    return new FakeRange(this.model, { top: 1, left: 1, bottom: 1048576, right: MAX_COLS });
  }
  get UsedRange(): FakeRange {
    return new FakeRange(this.model, this.model.used());
  }
  Range(cell1: string): FakeRange {
    return new FakeRange(this.model, parseRange(cell1));
  }
  Activate(): void {
    this.model.book.active = this.model.book.sheets.indexOf(this.model);
  }
  Delete(): void {
    const book = this.model.book;
    if (book.displayAlerts) book.et.prompts++;
    if (book.sheets.length === 1) fail('工作簿中至少应含有一张可视工作表');
    book.sheets.splice(book.sheets.indexOf(this.model), 1);
    book.active = Math.min(book.active, book.sheets.length - 1);
  }
}

class FakeRange extends FakeObject {
  constructor(
    private readonly sheet: FakeSheetModel,
    private readonly r: Rect,
  ) {
    super();
  }
  private get single(): boolean {
    return this.r.top === this.r.bottom && this.r.left === this.r.right;
  }
  private each(f: (row: number, col: number) => void): void {
    for (let row = this.r.top; row <= this.r.bottom; row++) for (let col = this.r.left; col <= this.r.right; col++) f(row, col);
  }
  private grid<T>(f: (c: FakeCell) => T): T | T[][] {
    if (this.single) return f(this.sheet.get(this.r.top, this.r.left));
    const out: T[][] = [];
    for (let row = this.r.top; row <= this.r.bottom; row++) {
      const line: T[] = [];
      for (let col = this.r.left; col <= this.r.right; col++) line.push(f(this.sheet.get(row, col)));
      out.push(line);
    }
    return out;
  }
  /** One answer when all cells agree, else null (NumberFormat, MergeCells, Interior, HasFormula). */
  private uniform<T>(f: (row: number, col: number) => T): T | null {
    let first: { v: T } | null = null;
    let mixed = false;
    this.each((row, col) => {
      if (mixed) return;
      const v = f(row, col);
      if (!first) first = { v };
      else if (first.v !== v) mixed = true;
    });
    return mixed || !first ? null : (first as { v: T }).v;
  }
  private write(row: number, col: number, input: unknown): void {
    const c = this.sheet.get(row, col);
    if (typeof input === 'string') {
      if (c.numberFormat === '@') this.sheet.put(row, col, { ...c, value: input === '' ? null : input, formula: null });
      else this.sheet.put(row, col, { ...c, ...typedInput(input) });
    } else if (typeof input === 'number' || typeof input === 'boolean') this.sheet.put(row, col, { ...c, value: input, formula: null });
    else if (input === null || input === undefined) this.sheet.put(row, col, { ...c, value: null, formula: null });
    else fail(`类型不匹配 (${String(input)})`);
  }
  private assign(v: unknown): void {
    if (Array.isArray(v)) this.each((row, col) => this.write(row, col, (v[row - this.r.top] as unknown[] | undefined)?.[col - this.r.left]));
    else this.each((row, col) => this.write(row, col, v));
    this.sheet.book.afterWrite();
  }

  get Row(): number {
    return this.r.top;
  }
  get Column(): number {
    return this.r.left;
  }
  get Count(): number {
    return (this.r.bottom - this.r.top + 1) * (this.r.right - this.r.left + 1);
  }
  get Rows(): FakeCount {
    return new FakeCount(this.r.bottom - this.r.top + 1);
  }
  get Columns(): FakeCount {
    return new FakeCount(this.r.right - this.r.left + 1);
  }
  get Cells(): FakeRange {
    return this;
  }
  Item(row: number, col: number): FakeRange {
    const top = this.r.top + row - 1;
    const left = this.r.left + col - 1;
    return new FakeRange(this.sheet, { top, left, bottom: top, right: left });
  }
  get EntireRow(): FakeRange {
    return new FakeRange(this.sheet, { top: this.r.top, left: 1, bottom: this.r.bottom, right: MAX_COLS });
  }

  get Value2(): unknown {
    return this.grid((c) => (c.value === null ? undefined : c.value));
  }
  set Value2(v: unknown) {
    this.assign(v);
  }
  get Formula(): unknown {
    return this.grid((c) => c.formula ?? (c.value === null ? '' : typeof c.value === 'boolean' ? (c.value ? 'TRUE' : 'FALSE') : String(c.value)));
  }
  set Formula(v: unknown) {
    this.assign(v);
  }
  get HasFormula(): boolean | null {
    return this.uniform((row, col) => this.sheet.get(row, col).formula !== null);
  }
  get NumberFormat(): string | null {
    return this.uniform((row, col) => this.sheet.get(row, col).numberFormat);
  }
  set NumberFormat(v: string) {
    this.each((row, col) => this.sheet.update(row, col, { numberFormat: v }));
  }
  ClearContents(): boolean {
    this.each((row, col) => this.sheet.update(row, col, { value: null, formula: null }));
    this.sheet.book.afterWrite();
    return true;
  }
  ClearComments(): void {
    this.each((row, col) => this.sheet.update(row, col, { comment: null }));
  }

  get MergeCells(): boolean | null {
    return this.uniform((row, col) => this.sheet.mergeAt(row, col) !== undefined);
  }
  get MergeArea(): FakeRange {
    if (!this.single) fail('MergeArea only works on a single-cell range');
    return new FakeRange(this.sheet, this.sheet.mergeAt(this.r.top, this.r.left) ?? this.r);
  }
  Merge(): void {
    const book = this.sheet.book;
    let values = 0;
    this.each((row, col) => {
      if (this.sheet.get(row, col).value !== null || this.sheet.get(row, col).formula) values++;
    });
    if (values > 1 && book.displayAlerts) book.et.prompts++;
    this.sheet.merges = this.sheet.merges.filter((m) => m.bottom < this.r.top || m.top > this.r.bottom || m.right < this.r.left || m.left > this.r.right);
    this.each((row, col) => {
      if (row !== this.r.top || col !== this.r.left) this.sheet.update(row, col, { value: null, formula: null });
    });
    this.sheet.merges.push({ ...this.r });
  }
  UnMerge(): void {
    this.sheet.merges = this.sheet.merges.filter((m) => m.bottom < this.r.top || m.top > this.r.bottom || m.right < this.r.left || m.left > this.r.right);
  }

  get Interior(): FakeInterior {
    return new FakeInterior(this.sheet, this.r);
  }

  get Comment(): FakeComment | null {
    const c = this.sheet.get(this.r.top, this.r.left);
    return c.comment === null ? null : new FakeComment(this.sheet, this.r.top, this.r.left);
  }
  AddComment(text?: string): FakeComment {
    if (this.sheet.get(this.r.top, this.r.left).comment !== null) fail('应用程序定义或对象定义的错误 (1004)');
    this.sheet.update(this.r.top, this.r.left, { comment: text ?? '' });
    return new FakeComment(this.sheet, this.r.top, this.r.left);
  }

  Insert(shift?: number, copyOrigin?: number): boolean {
    if (this.r.left !== 1 || this.r.right !== MAX_COLS) fail('fake: Insert is modelled for entire rows only');
    const count = this.r.bottom - this.r.top + 1;
    const templateRow = copyOrigin === 1 ? this.r.top : this.r.top - 1;
    const template = new Map<number, FakeCell>();
    if (templateRow >= 1)
      for (const [key, c] of this.sheet.cells) {
        const [row, col] = key.split(',').map(Number);
        if (row === templateRow) template.set(col, c);
      }
    this.sheet.shiftRows(this.r.top, count);
    for (let row = this.r.top; row <= this.r.bottom; row++)
      for (const [col, c] of template) this.sheet.put(row, col, { ...blank(), numberFormat: c.numberFormat, fill: c.fill });
    void shift;
    return true;
  }
  Delete(shift?: number): boolean {
    if (this.r.left !== 1 || this.r.right !== MAX_COLS) fail('fake: Delete is modelled for entire rows only');
    this.sheet.shiftRows(this.r.top, -(this.r.bottom - this.r.top + 1));
    void shift;
    this.sheet.book.afterWrite();
    return true;
  }
  Copy(destination?: FakeRange): boolean {
    if (!destination) fail('fake: Copy to the clipboard is not modelled');
    const rows = this.r.bottom - this.r.top + 1;
    for (let row = destination.r.top; row <= destination.r.bottom; row++)
      for (let col = destination.r.left; col <= Math.min(destination.r.right, this.r.right); col++) {
        const from = this.sheet.get(this.r.top + ((row - destination.r.top) % rows), col);
        destination.sheet.put(row, col, { ...from });
      }
    return true;
  }
  Select(): boolean {
    this.sheet.book.active = this.sheet.book.sheets.indexOf(this.sheet);
    selected.set(this.sheet.book, { sheet: this.sheet.name, row: this.r.top, col: this.r.left });
    return true;
  }
}

/** What Range.Select last selected, per workbook (1-based), for tests. */
export const selected = new WeakMap<FakeWorkbookModel, { sheet: string; row: number; col: number }>();

/** Range.Rows / Range.Columns, of which the adapter reads Count. */
class FakeCount extends FakeObject {
  constructor(readonly Count: number) {
    super();
  }
}

class FakeInterior extends FakeObject {
  constructor(
    private readonly sheet: FakeSheetModel,
    private readonly r: Rect,
  ) {
    super();
  }
  private uniform<T>(f: (fill: FakeFill | null) => T): T | null {
    let first: { v: T } | null = null;
    for (let row = this.r.top; row <= this.r.bottom; row++)
      for (let col = this.r.left; col <= this.r.right; col++) {
        const v = f(this.sheet.get(row, col).fill);
        if (!first) first = { v };
        else if (first.v !== v) return null;
      }
    return first ? (first as { v: T }).v : null;
  }
  private set(f: (fill: FakeFill | null) => FakeFill | null): void {
    for (let row = this.r.top; row <= this.r.bottom; row++)
      for (let col = this.r.left; col <= this.r.right; col++) this.sheet.update(row, col, { fill: f(this.sheet.get(row, col).fill) });
  }
  get Color(): number | null {
    return this.uniform((f) => (f ? f.color : WHITE));
  }
  set Color(v: number) {
    this.set((f) => ({ pattern: f && f.pattern !== XL_NONE ? f.pattern : 1, color: v, patternColor: f?.patternColor ?? null }));
  }
  get ColorIndex(): number | null {
    return this.uniform((f) => (f ? 0 : XL_NONE));
  }
  set ColorIndex(v: number) {
    if (v === XL_NONE) this.set(() => null);
    else fail('fake: only ColorIndex = xlColorIndexNone is modelled');
  }
  get Pattern(): number | null {
    return this.uniform((f) => (f ? f.pattern : XL_NONE));
  }
  set Pattern(v: number) {
    this.set((f) => (v === XL_NONE ? null : { pattern: v, color: f?.color ?? WHITE, patternColor: f?.patternColor ?? null }));
  }
  get PatternColor(): number | null {
    return this.uniform((f) => f?.patternColor ?? 0);
  }
  set PatternColor(v: number) {
    this.set((f) => ({ pattern: f?.pattern ?? 1, color: f?.color ?? WHITE, patternColor: v }));
  }
}

class FakeComment extends FakeObject {
  constructor(
    private readonly sheet: FakeSheetModel,
    private readonly row: number,
    private readonly col: number,
  ) {
    super();
  }
  Text(text?: string): string {
    if (text !== undefined) this.sheet.update(this.row, this.col, { comment: text });
    return this.sheet.get(this.row, this.col).comment ?? '';
  }
  Delete(): void {
    this.sheet.update(this.row, this.col, { comment: null });
  }
}

class FakeProperties extends FakeObject {
  constructor(private readonly book: FakeWorkbookModel) {
    super();
  }
  get Count(): number {
    return this.book.properties.length;
  }
  Item(index: number | string): FakeProperty {
    const p = typeof index === 'number' ? this.book.properties[index - 1] : this.book.properties.find((x) => x.name === index);
    return new FakeProperty(this.book, p ?? fail(`无效的过程调用或参数 (CustomDocumentProperties.Item(${String(index)}))`));
  }
  Add(name: string, linkToContent: boolean, type: number, value: string): FakeProperty {
    if (this.book.properties.some((p) => p.name === name)) fail(`文档属性“${name}”已存在`);
    if (linkToContent || type !== 4) fail('fake: only unlinked text properties are modelled');
    const p = { name, value: String(value).slice(0, 255) };
    this.book.properties.push(p);
    return new FakeProperty(this.book, p);
  }
}

class FakeProperty extends FakeObject {
  constructor(
    private readonly book: FakeWorkbookModel,
    private readonly p: { name: string; value: string },
  ) {
    super();
  }
  get Name(): string {
    return this.p.name;
  }
  get Value(): string {
    return this.p.value;
  }
  set Value(v: string) {
    this.p.value = String(v).slice(0, 255);
  }
  Delete(): void {
    const i = this.book.properties.indexOf(this.p);
    if (i >= 0) this.book.properties.splice(i, 1); // in place: a reopened workbook may share the list
  }
}

export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim()) ?? fail(`方法 Range 作用于对象 _Worksheet 时失败 (${a1})`);
  return { row: Number(m[2]), col: columnIndex(m[1].toUpperCase()) + 1 };
}

export function parseRange(address: string): Rect {
  const [a, b = a] = address.split(':');
  const rows = /^\$?(\d+)$/;
  if (rows.test(a) && rows.test(b)) return { top: Number(rows.exec(a)![1]), left: 1, bottom: Number(rows.exec(b)![1]), right: MAX_COLS };
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

// Every public member of a fake class exists on the declared ET interface (names only).
type Extra<Fake, Declared> = Exclude<keyof Fake, keyof Declared>;
type MustBeEmpty<T extends never> = T;
export type DeclarationCheck = [
  MustBeEmpty<Extra<FakeApplication, Et.Application>>,
  MustBeEmpty<Extra<FakeWorkbook, Et.Workbook>>,
  MustBeEmpty<Extra<FakeWorksheets, Et.Sheets>>,
  MustBeEmpty<Exclude<keyof FakeWorksheet, keyof Et.Worksheet | 'model'>>,
  MustBeEmpty<Extra<FakeRange, Et.Range>>,
  MustBeEmpty<Extra<FakeInterior, Et.Interior>>,
  MustBeEmpty<Extra<FakeComment, Et.Comment>>,
  MustBeEmpty<Extra<FakeProperties, Kso.DocumentProperties>>,
  MustBeEmpty<Exclude<keyof FakeProperty, keyof Kso.DocumentProperty>>,
];

/** Puts a snapshot's cells into a fake sheet (setup, not counted). */
export function loadSnapshotSheet(sheet: FakeSheetModel, s: SheetSnapshot): void {
  for (let r = 0; r < rowCount(s); r++)
    for (let c = 0; c < (s.values[r]?.length ?? 0); c++) {
      const value = cellValue(s, r, c);
      const formula = cellFormula(s, r, c);
      const numberFormat = cellNumberFormat(s, r, c) ?? 'General';
      if (value !== null || formula !== null || numberFormat !== 'General') sheet.put(r + 1, c + 1, { value, formula, numberFormat, fill: null, comment: null });
    }
  for (const m of s.merges) sheet.merges.push({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 });
}

