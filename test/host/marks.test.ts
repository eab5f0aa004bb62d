import { EditJournal } from '../../src/host/journal';
import { clearMarks, markFindings, loadMarks, MARK_COLORS, MARKS_SETTING_KEY } from '../../src/host/marks';
import type { Finding, Severity } from '../../src/core/report';
import { toA1 } from '../../src/core/address';
import { DRIVERS, type DriverWorkbook, type HostDriver } from './drivers';

function finding(row: number, col: number, severity: Severity, zh: string, sheet = '测算'): Finding {
  return { ruleId: 'calc/line-amount', severity, sheet, row, col, cell: toA1(row, col), message: { 'zh-CN': zh, 'en-US': `EN ${zh}` }, expected: '30000', actual: '31000' };
}

describe.each(DRIVERS)('marks on $name', (driver: HostDriver) => {
function workbook(notes = true): DriverWorkbook {
  const wb = driver.create({ notes });
  wb.addSheet('测算', [
    ['项目', '单价', '数量', '金额'],
    ['培训', 1000, 30, 31000],
    ['印刷', 20, 500, 10000],
  ]);
  wb.userEdit(
    { kind: 'fill', sheet: '测算', row: 1, col: 3, color: '#00B050' }, // the user's own green
    { kind: 'note', sheet: '测算', row: 2, col: 3, text: '用户批注' },
  );
  return wb;
}

  test('marking fills by the worst severity of the cell and writes one note per cell', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    const result = await markFindings(host, journal, [
      finding(1, 3, 'warning', '金额偏大'),
      finding(1, 3, 'error', '单价×数量与金额不符'),
      finding(2, 1, 'info', '建议填写单位'),
    ], 'zh-CN');
    expect(result).toMatchObject({ cells: 2, notes: 2, notesSupported: true, bySeverity: { error: 1, warning: 0, info: 1 } });
    expect(wb.peek('测算', 1, 3).fill).toBe(MARK_COLORS.error);
    expect(wb.peek('测算', 2, 1).fill).toBe(MARK_COLORS.info);
    expect(wb.peek('测算', 1, 3).note).toBe('【预算表校验助手】\n错误：单价×数量与金额不符（应为 30000）\n警告：金额偏大（应为 30000）');
    expect(wb.counts.reads).toBe(1); // the journal reuses the marks' read
    expect(wb.counts.writes).toBe(1);
    const record = await loadMarks(host);
    expect(record.cells.find((c) => c.row === 1 && c.col === 3)).toMatchObject({ previousFill: '#00B050', hadNote: false, markFill: '#FFC7CE' });
  });

  test('a cell with a user note keeps it: ours goes below, and clearing puts the user note back', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(2, 3, 'warning', '请核对')], 'en-US');
    expect(wb.peek('测算', 2, 3).note).toBe('用户批注\n\n[Budget check] Warning: EN 请核对 (expected 30000)');
    await clearMarks(host, journal);
    expect(wb.peek('测算', 2, 3).note).toBe('用户批注');
  });

  test('clear-marks restores every fill exactly and removes only its own notes', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(1, 3, 'error', 'a'), finding(2, 3, 'warning', 'b'), finding(0, 0, 'info', 'c')], 'zh-CN');
    const cleared = await clearMarks(host, journal);
    expect(cleared).toMatchObject({ fillsRestored: 3, notesRemoved: 3, fillsKept: 0, notesKept: 0 });
    expect(wb.peek('测算', 1, 3).fill).toBe('#00B050');
    expect(wb.peek('测算', 0, 0).fill).toBeNull();
    expect(wb.dump()).toBe(original); // includes the settings: the record is gone
  });

  test('rows inserted above the marks: clearing finds them where they moved and restores them there', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(1, 3, 'error', 'a'), finding(2, 3, 'warning', 'b'), finding(2, 1, 'info', 'c')], 'zh-CN');
    wb.userEdit({ kind: 'insertRows', sheet: '测算', row: 1, count: 2 }); // the user inserts two rows under the header
    const cleared = await clearMarks(host, journal);
    expect(cleared).toMatchObject({ fillsRestored: 3, notesRemoved: 3, fillsKept: 0, notesKept: 0, relocated: 3 });
    expect(wb.peek('测算', 3, 3)).toMatchObject({ value: 31000, fill: '#00B050', note: null }); // the user's green is back
    expect(wb.peek('测算', 4, 3)).toMatchObject({ value: 10000, fill: null, note: '用户批注' }); // the user's note is back
    expect(wb.peek('测算', 4, 1)).toMatchObject({ value: 20, fill: null, note: null });
    expect(await loadMarks(host)).toEqual({ version: 2, cells: [] });
  });

  test('rows deleted above some marks and inserted between others: each block of marks is found with its own shift', async () => {
    const wb = driver.create({ notes: true });
    wb.addSheet('测算', Array.from({ length: 30 }, (_, r) => [`行${r + 1}`, r]));
    const host = wb.host;
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(5, 1, 'error', 'a'), finding(10, 1, 'error', 'b'), finding(20, 1, 'warning', 'c')], 'zh-CN');
    wb.userEdit(
      { kind: 'deleteRows', sheet: '测算', row: 0, count: 2 }, // marks → rows 3, 8, 18
      { kind: 'insertRows', sheet: '测算', row: 12, count: 4 }, // the last → row 22
    );
    const cleared = await clearMarks(host, journal);
    expect(cleared).toMatchObject({ fillsRestored: 3, notesRemoved: 3, fillsKept: 0, relocated: 3 });
    for (const row of [3, 8, 22]) expect(wb.peek('测算', row, 1)).toMatchObject({ fill: null, note: null });
    expect([3, 8, 22].map((row) => wb.peek('测算', row, 0).value)).toEqual(['行6', '行11', '行21']);
  });

  test('fills only (no notes): moved marks are found by their fill; a mark the user cleared stays counted as kept', async () => {
    const wb = driver.create({ notes: false });
    wb.addSheet('测算', Array.from({ length: 12 }, (_, r) => [`行${r + 1}`, r]));
    const host = wb.host;
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(4, 1, 'error', 'a'), finding(5, 1, 'error', 'b'), finding(9, 1, 'info', 'c')], 'zh-CN');
    wb.userEdit({ kind: 'insertRows', sheet: '测算', row: 0, count: 1 }, { kind: 'fill', sheet: '测算', row: 10, col: 1, color: null });
    const cleared = await clearMarks(host, journal);
    // Two marks of one colour in adjacent rows cannot be told apart by fill alone; both are cleared either way.
    expect(cleared).toMatchObject({ fillsRestored: 2, fillsKept: 1 });
    expect([5, 6, 10].map((row) => wb.peek('测算', row, 1).fill)).toEqual([null, null, null]);
  });

  test('undoing a clear after rows moved puts the marks back where they are now', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(1, 3, 'error', 'a')], 'zh-CN');
    wb.userEdit({ kind: 'insertRows', sheet: '测算', row: 0, count: 1 });
    await clearMarks(host, journal);
    expect(wb.peek('测算', 2, 3).fill).toBe('#00B050');
    await journal.undo();
    expect(wb.peek('测算', 2, 3).fill).toBe(MARK_COLORS.error);
    expect((await loadMarks(host)).cells).toHaveLength(1);
  });

  test('re-marking an already marked cell keeps the original fill for clearing', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(1, 3, 'warning', 'first')], 'zh-CN');
    await markFindings(host, journal, [finding(1, 3, 'error', 'second')], 'zh-CN');
    expect(wb.peek('测算', 1, 3).fill).toBe(MARK_COLORS.error);
    const record = await loadMarks(host);
    expect(record.cells).toHaveLength(1);
    expect(record.cells[0]).toMatchObject({ previousFill: '#00B050', hadNote: false });
    await clearMarks(host, journal);
    expect(wb.peek('测算', 1, 3)).toMatchObject({ fill: '#00B050', note: null });
  });

  test('a note or fill the user changed after marking is left alone by clearing', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(1, 3, 'error', 'a'), finding(2, 1, 'error', 'b')], 'zh-CN');
    wb.userEdit({ kind: 'note', sheet: '测算', row: 1, col: 3, text: '我改过这条批注' }, { kind: 'fill', sheet: '测算', row: 2, col: 1, color: '#0070C0' });
    const cleared = await clearMarks(host, journal);
    expect(cleared).toMatchObject({ fillsRestored: 1, notesRemoved: 1, fillsKept: 1, notesKept: 1 });
    expect(wb.peek('测算', 1, 3)).toMatchObject({ fill: '#00B050', note: '我改过这条批注' });
    expect(wb.peek('测算', 2, 1)).toMatchObject({ fill: '#0070C0', note: null });
  });

  test('without notes support the cells are marked with fills only', async () => {
    const wb = workbook(false);
    const host = wb.host;
    const journal = new EditJournal(host);
    const result = await markFindings(host, journal, [finding(1, 3, 'error', 'a')], 'zh-CN');
    expect(result).toMatchObject({ cells: 1, notes: 0, notesSupported: false });
    expect(wb.peek('测算', 1, 3)).toMatchObject({ fill: MARK_COLORS.error, note: null });
    await clearMarks(host, journal);
    expect(wb.peek('测算', 1, 3).fill).toBe('#00B050');
  });

  test('undoing a mark restores fills, notes and the stored record', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    await markFindings(host, journal, [finding(1, 3, 'error', 'a')], 'zh-CN');
    expect(await host.loadSetting(MARKS_SETTING_KEY)).not.toBeNull();
    await journal.undo();
    expect(wb.dump()).toBe(original);
    expect((await clearMarks(host, journal)).entry).toBeNull(); // nothing left to clear
  });

  test('no findings, no write', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    expect((await markFindings(host, journal, [], 'zh-CN')).entry).toBeNull();
    expect(wb.counts.reads + wb.counts.writes).toBe(0);
  });
});
