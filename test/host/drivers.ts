/**
 * Host drivers: the same suites (journal, marks, the pane's fill and controller) run against every
 * WorkbookHost the pane can get, through one small test-side interface.
 *
 *   describe.each(DRIVERS)('on $name', (driver) => {
 *     const wb = driver.create();               // an empty workbook and its host
 *     wb.addSheet('测算', [['项目', 1000]]);     // test setup, straight into the document
 *     await journal.apply(edits, label);        // through wb.host, as the pane does
 *     expect(wb.peek('测算', 0, 1).value)…      // what the document holds now
 *   });
 *
 * Drivers: `memory` (MemoryHost, test/host/memory-host.ts), `demo` (DemoHost, the in-page demo
 * workbook the pane runs on outside Office), and `office-web` / `office-windows` / `office-mac`
 * (the Office.js adapter ExcelHost over the strict fake test/excel/fake-excel.ts in that platform
 * mode, platformDefaults()).
 *
 * Adding a host (e.g. `wps`): write a function returning a HostDriver (copy officeDriver below: a
 * name, its `behaviour`, `create` / `fromDemo` building the document and the host, and a
 * `DriverWorkbook` whose accessors read and write the document directly, never through the host),
 * then add it to DRIVERS — one line. Every
 * suite then runs on it. Where the host truly differs (`behaviour`, and its error texts:
 * `injectedCause`), the suites assert the difference; they do not skip the case.
 *
 * Accessors (`userEdit`, `peek`, `dump`) go around the host on purpose: a user edit between two
 * operations is something the host did not do and must cope with (Excel does not tell the add-in).
 */
import type { CellValue } from '../../src/core/snapshot';
import type { Edit } from '../../src/core/report';
import type { Localized } from '../../src/core/i18n';
import { fromA1 } from '../../src/core/address';
import type { CellState, HostCapabilities, ReadProgress, WorkbookHost } from '../../src/host/host';
import { fillToken, parseFillToken } from '../../src/host/fill-token';
import { ExcelHost } from '../../src/excel/excel-host';
import { DemoHost, type SettingsStore } from '../../src/demo/demo-host';
import { cloneWorkbook, ensureCell, findSheet, getCell, recalculate, type DemoWorkbook } from '../../src/demo/workbook';
import { FakeExcel, FakeOfficeError, type FakePlatform } from '../excel/fake-excel';
import { MemoryHost } from './memory-host';
import { createWpsHost } from '../../src/wps/host';
import { fillOf } from '../../src/wps/read';
import { hexToBgr, xlPatternOf } from '../../src/wps/colors';
import { loadWorkbookSetting } from '../../src/wps/settings';
import { WPS_MESSAGES } from '../../src/wps/messages';
import { localize } from '../../src/core/i18n';
import { FakeEt, selected, type FakeFill, type FakeSheetModel } from '../wps/fake-et';

/** One cell as the document holds it (value of a formula cell: its last computed value). */
export interface PeekedCell {
  value: CellValue;
  formula: string | null;
  /** '#RRGGBB', null for none, or a pattern token (src/host/fill-token.ts). */
  fill: string | null;
  note: string | null;
}

/** A user edit, applied to the document behind the host's back (test setup, or the user between two operations). */
export type UserEdit =
  | { kind: 'value'; sheet: string; row: number; col: number; value: CellValue }
  | { kind: 'formula'; sheet: string; row: number; col: number; formula: string }
  | { kind: 'fill'; sheet: string; row: number; col: number; color: string | null }
  | { kind: 'note'; sheet: string; row: number; col: number; text: string | null }
  | { kind: 'insertRows'; sheet: string; row: number; count: number }
  | { kind: 'deleteRows'; sheet: string; row: number; count: number };

export interface DriverOptions {
  /** Cell notes available (Excel: ExcelApi 1.18; false → the adapter sees ExcelApi 1.17). Default true. */
  notes?: boolean;
  /** Document settings shared with another workbook of the same driver (a reopened document). */
  settingsFrom?: DriverWorkbook;
}

/** A workbook in one driver: its host, and test-side access to the document under it. */
export interface DriverWorkbook {
  /** The host under test, counting its readCells / applyEdits calls. */
  readonly host: WorkbookHost;
  readonly counts: { reads: number; writes: number };
  addSheet(name: string, rows?: CellValue[][]): void;
  /** Applies user edits to the document directly, in order (not through the host, not journaled). */
  userEdit(...edits: UserEdit[]): void;
  peek(sheet: string, row: number, col: number): PeekedCell;
  /** The whole document (cells without formula results, fills, notes, merges, settings) for "unchanged" comparisons. */
  dump(): string;
  /** The next applyEdits fails at its n-th edit (0-based): the edits before it are applied, as a failed Office.js batch leaves them. */
  failAtEdit(n: number): void;
  /** The next readCells fails. */
  failNextRead(): void;
  /**
   * What the host's error says (both languages) for an injected failure whose raw text is `raw`:
   * the memory host passes it on; the Office adapter wraps the Office error, whose message Excel
   * gives in its UI language (fake: zh-CN on Windows and Mac).
   */
  injectedCause(raw: string): Localized;
  /** The cell the host last selected, or null. */
  selection(): { sheet: string; row: number; col: number } | null;
}

/** Where a host truly differs; the suites assert each difference rather than skip the case. */
export interface HostBehaviour {
  /**
   * readCells reports a pattern fill's background colour. Excel does not (RangeFill.color is null
   * where the fill is not one solid colour), so such a fill is put back without its background.
   */
  patternFillBackground: boolean;
}

export interface HostDriver {
  readonly name: string;
  readonly behaviour: HostBehaviour;
  /** An empty workbook (no sheets). */
  create(options?: DriverOptions): DriverWorkbook;
  /** A workbook with the contents of a demo workbook (values, formulas, fills, notes, number formats, merges). */
  fromDemo(wb: DemoWorkbook, options?: DriverOptions): DriverWorkbook;
}

/** Counts the calls the suites assert ("the before-state is read once"), whatever the host. */
class CountingHost implements WorkbookHost {
  readonly counts = { reads: 0, writes: 0 };
  constructor(
    private readonly inner: WorkbookHost,
    /** Applies edits; a driver may route a write with an injected failure differently. */
    private readonly write: (edits: Edit[]) => Promise<void>,
  ) {}
  get kind() {
    return this.inner.kind;
  }
  capabilities(): HostCapabilities {
    return this.inner.capabilities();
  }
  sheetNames() {
    return this.inner.sheetNames();
  }
  readSnapshot(sheets?: string[], onProgress?: (p: ReadProgress) => void) {
    return this.inner.readSnapshot(sheets, onProgress);
  }
  readCells(cells: { sheet: string; row: number; col: number }[]): Promise<CellState[]> {
    this.counts.reads++;
    return this.inner.readCells(cells);
  }
  applyEdits(edits: Edit[]): Promise<void> {
    this.counts.writes++;
    return this.write(edits);
  }
  select(sheet: string, row: number, col: number) {
    return this.inner.select(sheet, row, col);
  }
  loadSetting<T>(key: string) {
    return this.inner.loadSetting<T>(key);
  }
  saveSetting<T>(key: string, value: T) {
    return this.inner.saveSetting<T>(key, value);
  }
}

const same = (raw: string): Localized => ({ 'zh-CN': raw, 'en-US': raw });

// ── memory ─────────────────────────────────────────────────────────────────────

function memoryWorkbook(options: DriverOptions = {}): DriverWorkbook & { memory: MemoryHost } {
  const memory = new MemoryHost({ notes: options.notes ?? true, undoGroup: false });
  const shared = options.settingsFrom as (DriverWorkbook & { memory?: MemoryHost }) | undefined;
  if (shared?.memory) memory.settings = shared.memory.settings;
  const host = new CountingHost(memory, (edits) => memory.applyEdits(edits));
  return {
    memory,
    host,
    counts: host.counts,
    addSheet: (name, rows = []) => void memory.addSheet(name, rows),
    userEdit: (...edits) => {
      for (const e of edits) memory.applyUserEdit(e);
    },
    peek: (sheet, row, col) => ({ ...memory.peek(sheet, row, col) }),
    dump: () => memory.dump(),
    failAtEdit: (n) => void (memory.failAtEdit = n),
    failNextRead: () => void (memory.failRead = true),
    injectedCause: same,
    selection: () => memory.selected,
  };
}

const memoryDriver: HostDriver = {
  name: 'memory',
  behaviour: { patternFillBackground: true },
  create: memoryWorkbook,
  fromDemo(wb, options) {
    const d = memoryWorkbook(options);
    const source = cloneWorkbook(wb);
    recalculate(source);
    for (const s of source.sheets) {
      d.addSheet(s.name);
      const sheet = d.memory.sheet(s.name);
      s.cells.forEach((row, r) =>
        row?.forEach((c, col) => {
          if (c) Object.assign(d.memory.cell(s.name, r, col), { value: c.value, formula: c.formula ?? null, fill: c.fill ?? null, note: c.note ?? null });
        }),
      );
      sheet.merges = s.merges.map((m) => ({ ...m }));
    }
    d.memory.active = source.active;
    return d;
  },
};

// ── demo ───────────────────────────────────────────────────────────────────────

/** A settings store that can list its keys, so the demo driver's dump includes the settings. */
function listingSettingsStore(): SettingsStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, getItem: (k) => entries.get(k) ?? null, setItem: (k, v) => void entries.set(k, v) };
}

/** A host that forwards to `inner`, with some methods replaced. */
export function forwarding(inner: WorkbookHost, overrides: Partial<WorkbookHost> = {}): WorkbookHost {
  return {
    kind: inner.kind,
    capabilities: () => inner.capabilities(),
    sheetNames: () => inner.sheetNames(),
    readSnapshot: (sheets, onProgress) => inner.readSnapshot(sheets, onProgress),
    readCells: (cells) => inner.readCells(cells),
    applyEdits: (edits) => inner.applyEdits(edits),
    select: (sheet, row, col) => inner.select(sheet, row, col),
    loadSetting: (key) => inner.loadSetting(key),
    saveSetting: (key, value) => inner.saveSetting(key, value),
    ...overrides,
  };
}

/**
 * A host whose next read or write can be made to fail, the way its document fails: `failRead` turns
 * the read into the host's own failure; at edit n the edits before it land (their own batch) and
 * `failRest` makes the host fail on the rest, as a failed batch leaves the document.
 */
function withInjectedFailures(
  adapter: WorkbookHost,
  hooks: { failRead: (read: () => Promise<CellState[]>) => Promise<CellState[]>; failRest: (rest: Edit[], n: number) => Promise<void> },
  overrides: Partial<WorkbookHost> = {},
): { host: CountingHost; failAtEdit: (n: number) => void; failNextRead: () => void } {
  let failAt: number | null = null;
  let failRead = false;
  const inner = forwarding(adapter, {
    ...overrides,
    readCells: (cells) => {
      const read = () => adapter.readCells(cells);
      if (!failRead || cells.length === 0) return read();
      failRead = false;
      return hooks.failRead(read);
    },
  });
  const host = new CountingHost(inner, async (edits) => {
    const n = failAt;
    failAt = null;
    if (n === null) return adapter.applyEdits(edits);
    if (n > 0) await adapter.applyEdits(edits.slice(0, n));
    await hooks.failRest(edits.slice(n), n);
    throw new Error('fake: the injected failure did not happen');
  });
  return { host, failAtEdit: (n) => void (failAt = n), failNextRead: () => void (failRead = true) };
}

function demoWorkbook(wb: DemoWorkbook, options: DriverOptions = {}): DriverWorkbook & { demo: DemoHost; settings: ReturnType<typeof listingSettingsStore> } {
  const shared = options.settingsFrom as (DriverWorkbook & { settings?: ReturnType<typeof listingSettingsStore> }) | undefined;
  const settings = shared?.settings ?? listingSettingsStore();
  const demo = new DemoHost(wb, { notes: options.notes ?? true, settings });
  // The demo host writes atomically; a failure at edit n leaves the edits before it applied, as Office.js would.
  const { host, failAtEdit, failNextRead } = withInjectedFailures(demo, {
    failRead: () => Promise.reject(new Error('simulated read failure')),
    failRest: (_rest, n) => Promise.reject(new Error(`simulated failure at edit ${n}`)),
  });
  return {
    demo,
    settings,
    host,
    counts: host.counts,
    addSheet: (name, rows = []) => {
      demo.workbook().sheets.push({ name, cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))), merges: [] });
    },
    userEdit: (...edits) => {
      for (const e of edits) {
        // the workbook object is replaced by every host write: look it up each time
        const cell = (x: { sheet: string; row: number; col: number }) => ensureCell(findSheet(demo.workbook(), x.sheet), x.row, x.col);
        switch (e.kind) {
          case 'value': {
            const c = cell(e);
            c.value = e.value;
            delete c.formula;
            break;
          }
          case 'formula':
            cell(e).formula = e.formula;
            break;
          case 'fill':
            cell(e).fill = e.color;
            break;
          case 'note':
            cell(e).note = e.text;
            break;
          case 'insertRows':
          case 'deleteRows':
            // rows move as the grid moves them: through the workbook's own edit (formulas and merges follow)
            void demo.applyEdits([e]);
            break;
        }
      }
      recalculate(demo.workbook());
    },
    peek: (sheet, row, col) => {
      const c = getCell(findSheet(demo.workbook(), sheet), row, col);
      return { value: c?.value ?? null, formula: c?.formula ?? null, fill: c?.fill ?? null, note: c?.note ?? null };
    },
    dump: () => {
      const w = demo.workbook();
      const sheets = w.sheets.map((s) => ({
        name: s.name,
        merges: s.merges,
        rows: trimRows(
          s.cells.map((r) =>
            (r ?? []).map((c) => (c && (c.value !== null || c.formula || c.fill || c.note) ? { value: c.formula ? null : c.value, formula: c.formula ?? null, fill: c.fill ?? null, note: c.note ?? null } : null)),
          ),
        ),
      }));
      const stored = [...settings.entries].filter(([, v]) => v !== 'null').sort();
      return JSON.stringify({ sheets, settings: stored });
    },
    failAtEdit,
    failNextRead,
    injectedCause: same,
    selection: () => {
      const s = demo.currentSelection();
      return { sheet: s.sheet, row: s.row, col: s.col };
    },
  };
}

function trimRows<T>(rows: (T | null)[][]): (T | null)[][] {
  const out = rows.map((r) => {
    const x = [...r];
    while (x.length && x[x.length - 1] === null) x.pop();
    return x;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

const demoDriver: HostDriver = {
  name: 'demo',
  behaviour: { patternFillBackground: true },
  create: (options) => demoWorkbook({ id: 'driver', title: { 'zh-CN': '测试', 'en-US': 'test' }, sheets: [], active: '' }, options),
  fromDemo: (wb, options) => demoWorkbook(wb, options),
};

// ── Office.js adapter over the strict fake ─────────────────────────────────────

/** The Office error code of injected failures (Excel's catch-all; its message is in the UI language). */
const GENERAL_EXCEPTION = 'GeneralException';

function officeWorkbook(platform: FakePlatform, options: DriverOptions = {}, excelIn?: FakeExcel): DriverWorkbook & { excel: FakeExcel } {
  const shared = options.settingsFrom as (DriverWorkbook & { excel?: FakeExcel }) | undefined;
  const excel = excelIn ?? new FakeExcel({ platform });
  if (options.notes === false) excel.apiVersion = '1.17'; // notes need ExcelApi 1.18
  if (shared?.excel) excel.settings = shared.excel.settings;
  const adapter = new ExcelHost(excel.environment());
  // The edits before n land (their own batch), then Excel fails the batch holding edit n at its
  // first operation: the workbook is as a failed Office.js sync leaves it.
  const { host, failAtEdit, failNextRead } = withInjectedFailures(adapter, {
    failRead: (read) => {
      excel.failNextSync(0, GENERAL_EXCEPTION, 'simulated read failure');
      return read();
    },
    failRest: async (rest, n) => {
      excel.failNextSync(0, GENERAL_EXCEPTION, `simulated failure at edit ${n}`);
      await adapter.applyEdits(rest);
    },
  });
  return {
    excel,
    host,
    counts: host.counts,
    addSheet: (name, rows = []) => void excel.addSheet(name, rows),
    userEdit: (...edits) => {
      for (const e of edits) {
        const s = excel.sheet(e.sheet);
        switch (e.kind) {
          case 'value':
            s.setValue(e.row, e.col, e.value);
            break;
          case 'formula':
            s.setFormula(e.row, e.col, e.formula);
            break;
          case 'fill': {
            const k = `${e.row},${e.col}`;
            s.patterns.delete(k);
            const p = e.color === null ? null : parseFillToken(e.color);
            if (e.color === null) s.fills.delete(k);
            else if (p) {
              if (p.color) s.fills.set(k, p.color);
              else s.fills.delete(k);
              s.patterns.set(k, { pattern: p.pattern, patternColor: p.patternColor });
            } else s.fills.set(k, e.color.toUpperCase());
            break;
          }
          case 'note':
            if (e.text === null) s.notes.delete(`${e.row},${e.col}`);
            else s.notes.set(`${e.row},${e.col}`, e.text);
            break;
          case 'insertRows':
            s.shiftRows(e.row, e.count);
            break;
          case 'deleteRows':
            s.shiftRows(e.row, -e.count);
            break;
        }
      }
      if (excel.calculationMode !== 'Manual') excel.recalculate();
    },
    peek: (sheet, row, col) => {
      const s = excel.sheet(sheet);
      const k = `${row},${col}`;
      const v = s.value(row, col);
      const pattern = s.patterns.get(k);
      const fill = pattern ? fillToken({ pattern: pattern.pattern, patternColor: pattern.patternColor, color: s.fills.get(k) ?? null }) : (s.fills.get(k) ?? null);
      return { value: v === '' ? null : v, formula: s.formula(row, col), fill, note: s.notes.get(k) ?? null };
    },
    dump: () => JSON.stringify({ workbook: JSON.parse(excel.dump()) as unknown, settings: [...excel.settings.entries()].map(([k, v]) => [k, JSON.stringify(v)]).sort() }),
    failAtEdit,
    failNextRead,
    injectedCause: (raw) => {
      const text = excel.localized(new FakeOfficeError(GENERAL_EXCEPTION, raw)).message; // in a Chinese UI, Excel's own text replaces ours
      return { 'zh-CN': `Excel 操作失败（${GENERAL_EXCEPTION}）：${text}`, 'en-US': `Excel reported an error (${GENERAL_EXCEPTION}): ${text}` };
    },
    selection: () => {
      if (!excel.selection) return null;
      const at = fromA1(excel.selection.address);
      return at ? { sheet: excel.selection.sheet, row: at.row, col: at.col } : null;
    },
  };
}

function officeDriver(platform: FakePlatform): HostDriver {
  return {
    name: `office-${platform}`,
    behaviour: { patternFillBackground: false },
      create: (options) => officeWorkbook(platform, options),
    fromDemo(wb, options) {
      const excel = new FakeExcel({ platform });
      const source = cloneWorkbook(wb);
      recalculate(source);
      for (const s of source.sheets) {
        const sheet = excel.addSheet(s.name);
        s.cells.forEach((row, r) =>
          row?.forEach((c, col) => {
            if (!c) return;
            if (c.value !== null) sheet.setValue(r, col, c.value);
            if (c.formula) {
              sheet.setFormula(r, col, c.formula);
              sheet.values[r][col] = c.value ?? '';
            }
            if (c.fill) sheet.fills.set(`${r},${col}`, c.fill.toUpperCase());
            if (c.note) sheet.notes.set(`${r},${col}`, c.note);
            if (c.numberFormat) {
              sheet.ensureRow(r);
              sheet.formats[r][col] = c.numberFormat;
            }
          }),
        );
        sheet.merges = s.merges.map((m) => ({ ...m }));
      }
      excel.active = Math.max(0, source.sheets.findIndex((s) => s.name === source.active));
      return officeWorkbook(platform, options, excel);
    },
  };
}

// ── WPS 表格 adapter over the ET fake ──────────────────────────────────────────

/** A CellState fill token as the fake's Interior (hex → BGR; a pattern token's pattern is ET's number). */
function fakeFill(token: string | null): FakeFill | null {
  if (token === null) return null;
  const p = parseFillToken(token);
  if (!p) return { pattern: 1, color: hexToBgr(token) ?? 0xffffff, patternColor: null };
  return { pattern: xlPatternOf(p.pattern) ?? Number.NaN, color: p.color ? (hexToBgr(p.color) ?? 0xffffff) : 0xffffff, patternColor: p.patternColor ? hexToBgr(p.patternColor) : null };
}

function wpsWorkbook(options: DriverOptions = {}, etIn?: FakeEt): DriverWorkbook & { et: FakeEt } {
  const et = etIn ?? new FakeEt();
  const shared = options.settingsFrom as (DriverWorkbook & { et?: FakeEt }) | undefined;
  if (shared?.et) et.workbook.properties = shared.et.workbook.properties;
  const book = et.workbook;
  const adapter = createWpsHost(et.app);
  // The edits before n land; WPS then refuses the first change edit n makes.
  const { host, failAtEdit, failNextRead } = withInjectedFailures(
    adapter,
    {
      failRead: (read) => {
        et.failNext('simulated read failure', 'access');
        return read();
      },
      failRest: async (rest, n) => {
        et.failNext(`simulated failure at edit ${n}`, 'write');
        await adapter.applyEdits(rest);
      },
    },
    // ET always has comments; `notes: false` (a host without notes) is the marks logic's case, given here by the driver.
    { capabilities: () => ({ ...adapter.capabilities(), notes: options.notes ?? true }) },
  );
  const sheet = (name: string): FakeSheetModel => book.sheet(name);
  return {
    et,
    host,
    counts: host.counts,
    addSheet: (name, rows = []) => {
      const s = book.addSheet(name);
      rows.forEach((r, row) => r.forEach((value, col) => value !== null && s.update(row + 1, col + 1, { value })));
    },
    userEdit: (...edits) => {
      for (const e of edits) {
        switch (e.kind) {
          case 'value':
            sheet(e.sheet).update(e.row + 1, e.col + 1, { value: e.value, formula: null });
            break;
          case 'formula':
            sheet(e.sheet).update(e.row + 1, e.col + 1, { formula: e.formula });
            break;
          case 'fill':
            sheet(e.sheet).update(e.row + 1, e.col + 1, { fill: fakeFill(e.color) });
            break;
          case 'note':
            sheet(e.sheet).update(e.row + 1, e.col + 1, { comment: e.text });
            break;
          case 'insertRows':
            sheet(e.sheet).shiftRows(e.row + 1, e.count);
            break;
          case 'deleteRows':
            sheet(e.sheet).shiftRows(e.row + 1, -e.count);
            break;
        }
      }
      book.afterWrite();
    },
    peek: (name, row, col) => {
      const c = sheet(name).get(row + 1, col + 1);
      const fill = fillOf({ Pattern: c.fill ? c.fill.pattern : -4142, Color: c.fill ? c.fill.color : 0xffffff, PatternColor: c.fill?.patternColor ?? 0 } as unknown as Et.Interior);
      return { value: c.value, formula: c.formula, fill, note: c.comment };
    },
    dump: () => {
      const sheets = book.sheets.map((s) => ({
        name: s.name,
        merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
        cells: [...s.cells.entries()]
          .filter(([, c]) => c.value !== null || c.formula || c.fill || c.comment)
          .map(([k, c]) => [k, { ...c, value: c.formula ? null : c.value }] as const)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      }));
      // Settings by value, not by property names (each save writes a new generation of parts).
      const props = new FakeEt();
      props.workbook.addSheet('x');
      props.workbook.properties = book.properties.map((p) => ({ ...p }));
      const keys = book.properties.map((p) => p.name).filter((n) => !n.includes('#')).sort();
      const settings = keys.map((k) => [k, JSON.stringify(loadWorkbookSetting(props.app.ActiveWorkbook.CustomDocumentProperties as Kso.DocumentProperties, k))]);
      return JSON.stringify({ sheets, settings });
    },
    failAtEdit,
    failNextRead,
    injectedCause: (raw) => localize(WPS_MESSAGES.reported, { error: raw }),
    selection: () => {
      const s = selected.get(book);
      return s ? { sheet: s.sheet, row: s.row - 1, col: s.col - 1 } : null;
    },
  };
}

const wpsDriver: HostDriver = {
  name: 'wps',
  // ET's Interior keeps Color (the background) under a pattern: read back and put back whole.
  behaviour: { patternFillBackground: true },
  create: (options) => wpsWorkbook(options),
  fromDemo(wb, options) {
    const et = new FakeEt();
    const source = cloneWorkbook(wb);
    recalculate(source);
    for (const s of source.sheets) {
      const sheet = et.workbook.addSheet(s.name);
      s.cells.forEach((row, r) =>
        row?.forEach((c, col) => {
          if (!c) return;
          sheet.put(r + 1, col + 1, { value: c.value, formula: c.formula ?? null, numberFormat: c.numberFormat ?? 'General', fill: fakeFill(c.fill ?? null), comment: c.note ?? null });
        }),
      );
      sheet.merges = s.merges.map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 }));
    }
    et.workbook.active = Math.max(0, source.sheets.findIndex((s) => s.name === source.active));
    return wpsWorkbook(options, et);
  },
};

/** Every driver; the suites run `describe.each(DRIVERS)`. Add a host with one line here. */
export const DRIVERS: HostDriver[] = [memoryDriver, demoDriver, officeDriver('web'), officeDriver('windows'), officeDriver('mac'), wpsDriver];
