import { ExcelHost } from '../../src/excel/excel-host';
import { EditJournal } from '../../src/host/journal';
import { clearMarks, markFindings, MARK_COLORS } from '../../src/host/marks';
import { HostError } from '../../src/host/messages';
import type { Finding } from '../../src/core/report';
import { toA1 } from '../../src/core/address';
import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT, PLATFORMS, budgetRows, type FakePlatform } from './fake-excel';

const label = { 'zh-CN': '修正', 'en-US': 'fix' };

/** The platform the fake plays in the current describe.each block (the suites run against each). */
let platform: FakePlatform = 'web';

function setup(apiVersion = '1.20'): { excel: FakeExcel; host: ExcelHost } {
  const excel = new FakeExcel({ platform });
  excel.apiVersion = apiVersion;
  return { excel, host: new ExcelHost(excel.environment()) };
}

function findingsFor(cells: { row: number; col: number }[], sheet = '测算'): Finding[] {
  return cells.map(({ row, col }, i) => ({
    ruleId: 'calc/line-amount',
    severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info',
    sheet,
    row,
    col,
    cell: toA1(row, col),
    message: { 'zh-CN': `金额不符 ${i}`, 'en-US': `Amount differs ${i}` },
  }));
}

describe.each(PLATFORMS)('on %s', (p) => {
beforeAll(() => {
  platform = p;
});

describe('the fake behaves like Office where it matters', () => {
  test('reading a property before load() + sync() throws PropertyNotLoaded', async () => {
    const { excel } = setup();
    excel.addSheet('测算', [[1]]);
    await excel.environment().run(async (context) => {
      const range = context.workbook.worksheets.getItem('测算').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  test('*OrNullObject: isNullObject is known only after sync', async () => {
    const { excel } = setup();
    excel.addSheet('测算', [[1]]);
    await excel.environment().run(async (context) => {
      const note = context.workbook.worksheets.getItem('测算').notes.getItemOrNullObject('A1');
      expect(() => note.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(note.isNullObject).toBe(true);
    });
  });

  test('a failed sync keeps the operations before the failing one (no rollback, like Office.js)', async () => {
    const { excel } = setup();
    excel.addSheet('测算', [[1, 2]]);
    excel.failNextSync(1);
    await expect(
      excel.environment().run(async (context) => {
        const ws = context.workbook.worksheets.getItem('测算');
        ws.getCell(0, 0).values = [[10]]; // op 1 (op 0 is getItem) fails …
        ws.getCell(0, 1).values = [[20]];
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    expect(excel.sheet('测算').values[0]).toEqual([1, 2]);
    excel.failNextSync(2);
    await expect(
      excel.environment().run(async (context) => {
        const ws = context.workbook.worksheets.getItem('测算');
        ws.getCell(0, 0).values = [[10]]; // … op 1 lands, op 2 fails
        ws.getCell(0, 1).values = [[20]];
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    expect(excel.sheet('测算').values[0]).toEqual([10, 2]);
  });
});

describe('ExcelHost reading', () => {
  test('reads a 20,000 × 12 sheet in 3 syncs, each response under 5 MB, with merges and formulas', async () => {
    const { excel, host } = setup();
    const sheet = excel.addSheet('测算', budgetRows(20_000));
    sheet.setFormula(19_999, 7, '=D20000*F20000*G20000');
    sheet.formats[5] = [null, null, null, '#,##0.00'];
    sheet.merges.push({ top: 0, left: 9, bottom: 0, right: 11 }, { top: 15_000, left: 1, bottom: 15_003, right: 1 });
    const progress: number[] = [];
    const snapshot = await host.readSnapshot(['测算'], (p) => progress.push(p.rowsDone));

    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    expect(excel.syncs.length).toBe(3); // 1: extent + merges, 2 and 3: the rows in two chunks
    for (const s of excel.syncs) expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    const s = snapshot.sheets[0];
    expect(s.values).toHaveLength(20_000);
    expect(s.values[0][1]).toBe('项目');
    expect(s.values[12_345]).toEqual(budgetRows(12_346)[12_345].map((v) => (v === '' ? null : v)));
    expect(s.formulas![19_999][7]).toBe('=D20000*F20000*G20000');
    expect(s.formulas![1][7]).toBeNull();
    expect(s.numberFormats![5][3]).toBe('#,##0.00');
    expect(s.numberFormats![5][2]).toBeNull(); // General
    expect(s.merges).toEqual([
      { top: 0, left: 9, bottom: 0, right: 11 },
      { top: 15_000, left: 1, bottom: 15_003, right: 1 },
    ]);
    expect(progress[progress.length - 1]).toBe(20_000);
  });

  test('a sheet with more merged areas than Excel lists at once: merges read in row bands, each found once', async () => {
    const { excel, host } = setup();
    const sheet = excel.addSheet('指标', budgetRows(2_000));
    // 1,300 merged areas (B:C on rows 1–1,300) and one tall merge across the band boundary (J500:J1500).
    const expected = Array.from({ length: 1_300 }, (_, r) => ({ top: r, left: 1, bottom: r, right: 2 }));
    expected.push({ top: 499, left: 9, bottom: 1_499, right: 9 });
    sheet.merges.push(...expected);
    const snapshot = await host.readSnapshot(['指标']);

    const merges = [...snapshot.sheets[0].merges].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(merges).toEqual([...expected].sort((a, b) => a.top - b.top || a.left - b.left));
    // Excel refuses 1,301 areas: with an error (1: refused, 2: extents alone) or with a null object (1),
    // then one sync of tiles of ≤ 512 cells (42 rows × 12 columns), then the rows.
    expect(excel.syncs).toHaveLength(excel.options.mergeOverflow === 'error' ? 4 : 3);
    expect(snapshot.sheets[0].values).toHaveLength(2_000);
  });

  test('550 merged areas in one row: read through tiles of 512 columns, each found once', async () => {
    const { excel, host } = setup();
    const sheet = excel.addSheet('指标', [Array.from({ length: 1_100 }, (_, c) => `c${c}`), ['x']]);
    // 550 merges in row 1 alone (A1:B1, C1:D1, …): even a one-row band holds more than 512.
    for (let c = 0; c < 1_100; c += 2) sheet.merges.push({ top: 0, left: c, bottom: 0, right: c + 1 });
    const snapshot = await host.readSnapshot(['指标']);
    expect(snapshot.sheets[0].merges).toHaveLength(550);
    expect(snapshot.sheets[0].merges[549]).toEqual({ top: 0, left: 1_098, bottom: 0, right: 1_099 });
  });

  test('merged areas no tile can list: a clear error, in both languages', async () => {
    const { excel, host } = setup();
    const sheet = excel.addSheet('指标', budgetRows(2_000));
    for (let r = 0; r < 1_300; r++) sheet.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    // every getMergedAreasOrNullObject fails (as Excel might for another reason)
    const original = excel.execute.bind(excel);
    excel.execute = (ops, context) => {
      if (ops.some((o) => JSON.stringify(o.describe).includes('mergedAreas'))) excel.failNextSync(0, 'GeneralException', 'There was an internal error while processing the request.');
      original(ops, context);
    };
    const error = await host.readSnapshot(['指标']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).localized['zh-CN']).toMatch(/^Excel 无法列出工作表的合并单元格，即使分块读取也失败（指标）：Excel 操作失败（GeneralException）/);
    expect((error as HostError).localized['en-US']).toMatch(/^Excel cannot list the merged cells of the sheet, even in small pieces \(指标\): Excel reported an error \(GeneralException\)/);
  });

  test('a 120,000-row sheet is read in row chunks, every response under 5 MB', async () => {
    const { excel, host } = setup();
    excel.addSheet('测算', budgetRows(120_000));
    const snapshot = await host.readSnapshot(['测算']);
    const data = excel.syncs.slice(1);
    expect(data.length).toBeGreaterThan(1);
    for (const s of excel.syncs) expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(snapshot.sheets[0].values).toHaveLength(120_000);
    expect(snapshot.sheets[0].values[119_999][2]).toBe('第119999期');
    // measured, for the report: how many syncs and how full they are
    console.log(`120,000 × 12: ${excel.syncs.length} syncs, largest response ${Math.max(...excel.syncs.map((s) => s.responseBytes))} bytes`);
  });

  test('when long texts make a chunk too large, it is read again in smaller chunks', async () => {
    const { excel, host } = setup();
    const rows = budgetRows(10_000).map((r, i) => (i === 0 ? r : [...r.slice(0, 11), '测算依据：'.repeat(40) + i]));
    excel.addSheet('测算', rows);
    const snapshot = await host.readSnapshot(['测算']);
    expect(snapshot.sheets[0].values[9_999][11]).toBe('测算依据：'.repeat(40) + 9999);
    const refused = excel.syncs.filter((s) => s.responseBytes >= PAYLOAD_LIMIT);
    // Excel on the web said no at least once (Windows and Mac have no such limit) …
    if (platform === 'web') expect(refused.length).toBeGreaterThan(0);
    expect(snapshot.sheets[0].values).toHaveLength(10_000); // … and nothing was lost or read twice
    expect(snapshot.sheets[0].values.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    console.log(`10,000 rows of long text: ${excel.syncs.length} syncs, ${refused.length} refused as too large`);
  });

  test('several sheets share the syncs; an empty sheet reads as one empty row', async () => {
    const { excel, host } = setup();
    excel.addSheet('测算', budgetRows(100));
    excel.addSheet('绩效', [['一级指标', '二级指标'], ['产出指标', '数量指标']]);
    excel.addSheet('空表');
    const snapshot = await host.readSnapshot();
    // names, extents + merges, tiles (测算 has 1,200 cells and no merges: its null object could mean "over 512"), data
    expect(excel.syncs.length).toBe(4);
    expect(snapshot.sheets.map((s) => [s.name, s.values.length])).toEqual([['测算', 100], ['绩效', 2], ['空表', 1]]);
    expect(snapshot.sheets[2].values).toEqual([[null]]);
  });

  test('without ExcelApi 1.13 merges are not read (and no unsupported call is made)', async () => {
    const { excel, host } = setup('1.12');
    const s = excel.addSheet('测算', budgetRows(10));
    s.merges.push({ top: 0, left: 0, bottom: 1, right: 0 });
    const snapshot = await host.readSnapshot(['测算']);
    expect(snapshot.sheets[0].merges).toEqual([]);
  });

  test('a missing sheet gives a clear message in both languages', async () => {
    const { host } = setup();
    const error = await host.readSnapshot(['不存在']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).localized['zh-CN']).toMatch(/^找不到工作表（可能已被重命名或删除）：.*\[WorksheetCollection\.getItem\]$/);
    expect((error as HostError).localized['en-US']).toMatch(/^A worksheet was not found \(renamed or deleted\?\): /);
  });

  test('sheetNames and select', async () => {
    const { excel, host } = setup();
    excel.addSheet('测算', [[1]]);
    excel.addSheet('绩效', [[1]]);
    excel.active = 1;
    expect(await host.sheetNames()).toEqual({ names: ['测算', '绩效'], active: '绩效' });
    await host.select('测算', 6, 7);
    expect(excel.selection).toEqual({ sheet: '测算', address: 'H7' });
    expect(excel.sheets[excel.active].name).toBe('测算');
  });
});

describe('ExcelHost writing, with the journal and marks', () => {
  function marked(n: number) {
    const { excel, host } = setup();
    const sheet = excel.addSheet('测算', budgetRows(n + 1));
    return { excel, host, sheet, journal: new EditJournal(host) };
  }

  test('marking 3,000 cells: 1 sync to read the before-state, 1 sync to write (fills via getRanges ≤ 400 areas)', async () => {
    const { excel, host, sheet, journal } = marked(3_000);
    const cells = Array.from({ length: 3_000 }, (_, i) => ({ row: i + 1, col: 7 }));
    sheet.fills.set('10,7', '#00B050');
    excel.resetCounters();
    const result = await markFindings(host, journal, findingsFor(cells), 'zh-CN');
    expect(result).toMatchObject({ cells: 3_000, notes: 3_000, bySeverity: { error: 1_000, warning: 1_000, info: 1_000 } });
    expect(excel.syncs).toHaveLength(2);
    expect(excel.maxAreasPerCall).toBeLessThanOrEqual(400);
    for (const s of excel.syncs) expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.runs.filter((r) => r.mergeUndoGroup)).toHaveLength(1); // the write, as one undo group
    expect(sheet.fills.get('1,7')).toBe(MARK_COLORS.error);
    expect(sheet.fills.get('2,7')).toBe(MARK_COLORS.warning);
    expect(sheet.fills.get('10,7')).toBe(MARK_COLORS.error); // i = 9 → error
    expect(sheet.notes.get('1,7')).toBe('【预算表校验助手】错误：金额不符 0');
    console.log(`marking 3,000 cells: ${excel.syncs.length} syncs, request bytes ${excel.syncs.map((s) => s.requestBytes).join(' + ')}`);
  });

  test('clear-marks restores every fill exactly (none, the user\'s green) and removes only its notes', async () => {
    const { excel, host, sheet, journal } = marked(300);
    sheet.fills.set('5,7', '#00B050');
    sheet.notes.set('6,7', '用户批注');
    const before = excel.dump();
    await markFindings(host, journal, findingsFor(Array.from({ length: 300 }, (_, i) => ({ row: i + 1, col: 7 }))), 'zh-CN');
    expect(sheet.fills.size).toBe(300);
    expect(sheet.notes.get('6,7')).toMatch(/^用户批注\n\n【预算表校验助手】/);
    excel.resetCounters();
    const cleared = await clearMarks(host, journal);
    expect(cleared).toMatchObject({ fillsRestored: 300, notesRemoved: 300, fillsKept: 0, notesKept: 0 });
    expect(excel.syncs).toHaveLength(2);
    expect(excel.dump()).toBe(before);
    expect(sheet.fills.get('5,7')).toBe('#00B050');
    expect(sheet.notes.get('6,7')).toBe('用户批注');
  });

  test('clear-marks after rows were inserted above the marks: found 3 rows down and cleared there, in 4 syncs', async () => {
    const { excel, host, sheet, journal } = marked(300);
    sheet.fills.set('5,7', '#00B050');
    await markFindings(host, journal, findingsFor(Array.from({ length: 300 }, (_, i) => ({ row: i + 1, col: 7 }))), 'zh-CN');
    await host.applyEdits([{ kind: 'insertRows', sheet: '测算', row: 1, count: 3 }]);
    excel.resetCounters();
    const cleared = await clearMarks(host, journal);
    expect(cleared).toMatchObject({ fillsRestored: 300, notesRemoved: 300, fillsKept: 0, notesKept: 0, relocated: 300 });
    // 1: the stored cells; 2: the first mark's column ±100 rows; 3: every mark 3 rows down; 4: the write.
    expect(excel.syncs).toHaveLength(4);
    expect(sheet.fills.get('8,7')).toBe('#00B050');
    expect(sheet.fills.size).toBe(1);
    expect(sheet.notes.size).toBe(0);
  });

  test('undo restores values and formulas', async () => {
    const { excel, sheet, journal } = marked(10);
    sheet.setFormula(3, 7, '=D4*F4*G4');
    const before = excel.dump();
    await journal.apply(
      [
        { kind: 'value', sheet: '测算', row: 3, col: 7, value: 99 },
        { kind: 'formula', sheet: '测算', row: 4, col: 7, formula: '=D5*F5*G5' },
        { kind: 'value', sheet: '测算', row: 5, col: 1, value: null },
      ],
      label,
    );
    expect(sheet.formula(3, 7)).toBeNull();
    expect(sheet.value(3, 7)).toBe(99);
    expect(sheet.formula(4, 7)).toBe('=D5*F5*G5');
    expect(sheet.value(5, 1)).toBe('');
    await journal.undo();
    expect(sheet.formula(3, 7)).toBe('=D4*F4*G4');
    expect(sheet.formula(4, 7)).toBeNull();
    expect(sheet.value(5, 1)).toBe('培训费');
    expect(excel.dump()).toBe(before);
  });

  test('inserted rows with a note below them: undo deletes the rows and restores the note', async () => {
    const { excel, sheet, journal } = marked(10);
    sheet.notes.set('6,7', '原批注');
    const before = excel.dump();
    await journal.apply(
      [
        { kind: 'insertRows', sheet: '测算', row: 3, count: 2, formatFrom: 2 },
        { kind: 'value', sheet: '测算', row: 3, col: 1, value: '新增' },
        { kind: 'note', sheet: '测算', row: 8, col: 7, text: '改过' }, // the old row 7, now row 9
      ],
      label,
    );
    expect(sheet.value(3, 1)).toBe('新增');
    expect(sheet.notes.get('8,7')).toBe('改过');
    await journal.undo();
    expect(excel.dump()).toBe(before);
  });

  test('a failing sync leaves the workbook as it was and surfaces the message', async () => {
    const { excel, host, sheet, journal } = marked(50);
    sheet.fills.set('3,7', '#00B050');
    const before = excel.dump();
    const findings = findingsFor(Array.from({ length: 50 }, (_, i) => ({ row: i + 1, col: 7 })));
    // sync 1 reads, sync 2 writes: fail its 40th operation, after some notes were added
    const original = excel.execute.bind(excel);
    let n = 0;
    excel.execute = (ops, context) => {
      if (++n === 2) excel.failNextSync(40, 'AccessDenied', 'The current selection is protected.');
      original(ops, context);
    };
    const error = await markFindings(host, journal, findings, 'zh-CN').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).localized['zh-CN']).toBe(
      '写入失败，已恢复原状：Excel 拒绝了修改（AccessDenied）：工作表或工作簿可能受保护，或正处于单元格编辑状态。The current selection is protected.',
    );
    expect(excel.dump()).toBe(before);
    expect(excel.settings.has('budgetCheck.marks')).toBe(false);
    expect(journal.canUndo).toBe(false);
  });

  test('without ExcelApi 1.18 marks are fills only and no note API is called', async () => {
    const { excel, host } = setup('1.17');
    const sheet = excel.addSheet('测算', budgetRows(20));
    const journal = new EditJournal(host);
    expect(host.capabilities()).toEqual({ notes: false, undoGroup: false });
    const result = await markFindings(host, journal, findingsFor([{ row: 2, col: 7 }]), 'zh-CN');
    expect(result).toMatchObject({ notes: 0, notesSupported: false });
    expect(sheet.fills.get('2,7')).toBe(MARK_COLORS.error);
    expect(sheet.notes.size).toBe(0);
    expect(excel.runs.some((r) => r.mergeUndoGroup)).toBe(false);
    await expect(host.applyEdits([{ kind: 'note', sheet: '测算', row: 0, col: 0, text: 'x' }])).rejects.toThrow('This Excel does not support notes');
  });

  test('settings are stored in the document and saved', async () => {
    const { excel, host } = setup();
    await host.saveSetting('budgetCheck.columns', { 测算: { amount: 7 } });
    expect(await host.loadSetting('budgetCheck.columns')).toEqual({ 测算: { amount: 7 } });
    await host.saveSetting('budgetCheck.columns', null);
    expect(await host.loadSetting('budgetCheck.columns')).toBeNull();
    expect(excel.settingsSaves).toBe(2);
    excel.failSettingsSave = 'quota';
    await expect(host.saveSetting('k', 1)).rejects.toThrow('Could not save the document settings: quota');
  });
});
});
