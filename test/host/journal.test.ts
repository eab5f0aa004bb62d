import { EditJournal } from '../../src/host/journal';
import { HostError } from '../../src/host/messages';
import type { Edit } from '../../src/core/report';
import { DRIVERS, type DriverWorkbook, type HostDriver } from './drivers';

const label = { 'zh-CN': '测试', 'en-US': 'test' };

describe.each(DRIVERS)('EditJournal on $name', (driver: HostDriver) => {
function workbook(): DriverWorkbook {
  const wb = driver.create();
  wb.addSheet('测算', [
    ['项目', '单价', '数量', '金额'],
    ['培训', 1000, 30, 30000],
    ['印刷', 20, 500, 10000],
    ['合计', null, null, 40000],
  ]);
  wb.userEdit(
    { kind: 'formula', sheet: '测算', row: 3, col: 3, formula: '=SUM(D2:D3)' },
    { kind: 'fill', sheet: '测算', row: 1, col: 3, color: '#00B050' },
    { kind: 'note', sheet: '测算', row: 2, col: 3, text: '用户自己的批注' },
  );
  return wb;
}

  test('undo restores the values and formulas a fix overwrote', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    await journal.apply(
      [
        { kind: 'value', sheet: '测算', row: 1, col: 3, value: 31000 },
        { kind: 'value', sheet: '测算', row: 3, col: 3, value: 41000 }, // overwrites the formula D4
        { kind: 'formula', sheet: '测算', row: 2, col: 3, formula: '=B3*C3' },
      ],
      label,
    );
    expect(wb.peek('测算', 1, 3).value).toBe(31000);
    expect(wb.peek('测算', 3, 3).formula).toBeNull();
    expect(journal.canUndo).toBe(true);

    const undone = await journal.undo();
    expect(undone?.label).toEqual(label);
    expect(wb.peek('测算', 1, 3).value).toBe(30000);
    expect(wb.peek('测算', 3, 3).formula).toBe('=SUM(D2:D3)');
    expect(wb.peek('测算', 2, 3)).toMatchObject({ value: 10000, formula: null, note: '用户自己的批注' });
    expect(wb.dump()).toBe(original);
    expect(journal.canUndo).toBe(false);
    expect(await journal.undo()).toBeNull();
  });

  test('the before-state is read once per batch, and not at all when the caller passes it', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    const edits: Edit[] = [
      { kind: 'fill', sheet: '测算', row: 1, col: 3, color: '#FFC7CE' },
      { kind: 'fill', sheet: '测算', row: 2, col: 3, color: '#FFC7CE' },
    ];
    await journal.apply(edits, label);
    expect(wb.counts.reads).toBe(1);
    const known = await host.readCells([{ sheet: '测算', row: 0, col: 0 }]);
    wb.counts.reads = 0;
    await journal.apply([{ kind: 'fill', sheet: '测算', row: 0, col: 0, color: '#FFEB9C' }], label, { knownBefore: known });
    expect(wb.counts.reads).toBe(0);
  });

  test('fills and notes come back exactly, including "no fill" and "no note"', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    await journal.apply(
      [
        { kind: 'fill', sheet: '测算', row: 1, col: 3, color: '#FFC7CE' },
        { kind: 'fill', sheet: '测算', row: 1, col: 0, color: '#FFC7CE' },
        { kind: 'note', sheet: '测算', row: 2, col: 3, text: '新批注' },
        { kind: 'note', sheet: '测算', row: 0, col: 0, text: '新批注' },
        { kind: 'fill', sheet: '测算', row: 1, col: 3, color: '#FFEB9C' }, // second touch of D2
      ],
      label,
    );
    expect(wb.peek('测算', 1, 3).fill).toBe('#FFEB9C');
    const entry = journal.last()!;
    // one restore per cell and aspect: D2's fill is restored once, to the original green
    expect(entry.inverse.filter((e) => e.kind === 'fill' && e.row === 1 && e.col === 3)).toEqual([
      { kind: 'fill', sheet: '测算', row: 1, col: 3, color: '#00B050' },
    ]);
    await journal.undo();
    expect(wb.peek('测算', 1, 3).fill).toBe('#00B050');
    expect(wb.peek('测算', 1, 0).fill).toBeNull();
    expect(wb.peek('测算', 2, 3).note).toBe('用户自己的批注');
    expect(wb.peek('测算', 0, 0).note).toBeNull();
    expect(wb.dump()).toBe(original);
  });

  test('inserted rows: the rows are deleted, then a formula written below them is restored where it was', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    await journal.apply(
      [
        { kind: 'insertRows', sheet: '测算', row: 2, count: 2, formatFrom: 1 },
        { kind: 'value', sheet: '测算', row: 2, col: 0, value: '新增行' }, // inside the inserted rows
        { kind: 'formula', sheet: '测算', row: 5, col: 3, formula: '=SUM(D2:D5)' }, // old D4, now D6
      ],
      label,
    );
    expect(wb.peek('测算', 2, 0).value).toBe('新增行');
    expect(wb.peek('测算', 5, 3).formula).toBe('=SUM(D2:D5)');
    const entry = journal.last()!;
    // The moved formula is put back after the rows are deleted, where it was (D4): restored at D6
    // first, Excel (and the demo) would rewrite it to =SUM(D2:D2) when the rows go.
    expect(entry.inverse).toEqual([
      { kind: 'deleteRows', sheet: '测算', row: 2, count: 2 },
      { kind: 'formula', sheet: '测算', row: 3, col: 3, formula: '=SUM(D2:D3)' },
    ]);
    await journal.undo();
    expect(wb.dump()).toBe(original);
  });

  test('merge: undo unmerges and puts back the contents the merge cleared', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    await journal.apply([{ kind: 'merge', sheet: '测算', range: { top: 1, left: 1, bottom: 2, right: 1 } }], label);
    expect(wb.peek('测算', 2, 1).value).toBeNull();
    await journal.undo();
    expect(wb.peek('测算', 2, 1).value).toBe(20);
    expect(wb.dump()).toBe(original);
  });

  test('addSheet is undone by deleting the sheet; cells written on it need no before-state', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    await journal.apply([{ kind: 'addSheet', sheet: '绩效' }, { kind: 'value', sheet: '绩效', row: 0, col: 0, value: '一级指标' }], label);
    expect(wb.peek('绩效', 0, 0).value).toBe('一级指标');
    expect(journal.last()!.inverse).toEqual([{ kind: 'deleteSheet', sheet: '绩效' }]);
    await journal.undo();
    expect(wb.dump()).toBe(original);
  });

  test('if reading the before-state fails, nothing is written and the error says so in both languages', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    wb.failNextRead();
    const journal = new EditJournal(host);
    const p = journal.apply([{ kind: 'value', sheet: '测算', row: 1, col: 3, value: 1 }], label);
    await expect(p).rejects.toBeInstanceOf(HostError);
    await p.catch((e: HostError) => {
      const cause = wb.injectedCause('simulated read failure');
      expect(e.localized['zh-CN']).toBe(`写入前读取单元格原状失败，未做任何修改：${cause['zh-CN']}`);
      expect(e.localized['en-US']).toBe(`Could not read the cells before writing; nothing was changed: ${cause['en-US']}`);
    });
    expect(wb.counts.writes).toBe(0);
    expect(wb.dump()).toBe(original);
    expect(journal.canUndo).toBe(false);
  });

  test('a write that fails half-way is rolled back and reported; no journal entry is left', async () => {
    const wb = workbook();
    const host = wb.host;
    const original = wb.dump();
    const journal = new EditJournal(host);
    wb.failAtEdit(2); // the first two edits land, like a failed Office.js batch
    const p = journal.apply(
      [
        { kind: 'value', sheet: '测算', row: 1, col: 3, value: 1 },
        { kind: 'fill', sheet: '测算', row: 1, col: 3, color: '#FFC7CE' },
        { kind: 'value', sheet: '测算', row: 2, col: 3, value: 2 },
      ],
      label,
    );
    await expect(p).rejects.toThrow(`The write failed and the workbook was restored: ${wb.injectedCause('simulated failure at edit 2')['en-US']}`);
    expect(wb.dump()).toBe(original);
    expect(journal.canUndo).toBe(false);
  });

  test('a failed batch with inserted rows is not rolled back blindly: the error names the cells to check', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    wb.failAtEdit(1);
    await expect(
      journal.apply(
        [
          { kind: 'insertRows', sheet: '测算', row: 2, count: 1 },
          { kind: 'value', sheet: '测算', row: 2, col: 0, value: 'x' },
        ],
        label,
      ),
    ).rejects.toThrow('may be partly changed; please check 测算, 测算!A3');
  });

  test('deleteRows cannot be journaled and is refused before anything is read or written', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await expect(journal.apply([{ kind: 'deleteRows', sheet: '测算', row: 1, count: 1 }], label)).rejects.toThrow(
      'Deleting rows cannot be undone and is not allowed (1 rows from row 2 on 测算)',
    );
    expect(wb.counts.reads + wb.counts.writes).toBe(0);
  });

  test('keeps at most `depth` entries and undoes newest first', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host, 2);
    for (const v of [1, 2, 3]) await journal.apply([{ kind: 'value', sheet: '测算', row: 1, col: 1, value: v }], { 'zh-CN': `第${v}次`, 'en-US': `#${v}` });
    expect(journal.history().map((e) => e.label['en-US'])).toEqual(['#2', '#3']);
    await journal.undo();
    expect(wb.peek('测算', 1, 1).value).toBe(2);
    await journal.undo();
    expect(wb.peek('测算', 1, 1).value).toBe(1);
    expect(journal.canUndo).toBe(false);
  });

  test('a failed undo keeps the entry so it can be tried again', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await journal.apply([{ kind: 'value', sheet: '测算', row: 1, col: 1, value: 5 }], label);
    wb.failAtEdit(0);
    await expect(journal.undo()).rejects.toThrow(`Could not undo "测试"; you can try again: ${wb.injectedCause('simulated failure at edit 0')['en-US']}`);
    expect(journal.canUndo).toBe(true);
    await journal.undo();
    expect(wb.peek('测算', 1, 1).value).toBe(1000);
  });

  test('settings written with an entry are restored by its undo', async () => {
    const wb = workbook();
    const host = wb.host;
    await host.saveSetting('k', { a: 1 });
    const journal = new EditJournal(host);
    await journal.apply([{ kind: 'value', sheet: '测算', row: 1, col: 1, value: 5 }], label, { settings: [{ key: 'k', value: { a: 2 } }] });
    expect(await host.loadSetting('k')).toEqual({ a: 2 });
    await journal.undo();
    expect(await host.loadSetting('k')).toEqual({ a: 1 });
  });

  test('concurrent applies run one after the other', async () => {
    const wb = workbook();
    const host = wb.host;
    const journal = new EditJournal(host);
    await Promise.all([
      journal.apply([{ kind: 'value', sheet: '测算', row: 1, col: 1, value: 5 }], label),
      journal.apply([{ kind: 'value', sheet: '测算', row: 1, col: 1, value: 6 }], label),
    ]);
    await journal.undo();
    expect(wb.peek('测算', 1, 1).value).toBe(5);
    await journal.undo();
    expect(wb.peek('测算', 1, 1).value).toBe(1000);
  });
});
