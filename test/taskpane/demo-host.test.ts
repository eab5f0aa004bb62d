import { DemoHost } from '../../src/demo/demo-host';
import { demoWorkbooks } from '../../src/demo/workbooks';
import { cellValue, cellFormula } from '../../src/core/snapshot';

const practice = () => demoWorkbooks().find((w) => w.id === 'practice-common-mistakes')!;
const CALC = '资金测算明细表';

describe('DemoHost', () => {
  it('reads a snapshot with computed formula values, formulas and merges', async () => {
    const host = new DemoHost(practice());
    const snap = await host.readSnapshot([CALC]);
    const s = snap.sheets[0];
    expect(s.name).toBe(CALC);
    expect(cellValue(s, 2, 6)).toBe('金额（万元）');
    expect(cellValue(s, 4, 6)).toBe(4.5); // G5, the wrong line amount
    expect(cellValue(s, 3, 6)).toBe(7); // G4 =SUM(G5:G6)
    expect(cellFormula(s, 9, 6)).toBe('=SUM(G11:G11)');
    expect(cellValue(s, 9, 6)).toBe(2); // misses row 12
    expect(cellValue(s, 12, 6)).toBe(7 + 80001 + 2); // G13 合计
    expect(s.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
  });

  it('applies values and formulas and recalculates dependants', async () => {
    const host = new DemoHost(practice());
    await host.applyEdits([
      { kind: 'value', sheet: CALC, row: 4, col: 6, value: 5 },
      { kind: 'value', sheet: CALC, row: 5, col: 6, value: 3 },
      { kind: 'value', sheet: CALC, row: 7, col: 6, value: 8 },
      { kind: 'formula', sheet: CALC, row: 9, col: 6, formula: '=SUM(G11:G12)' },
    ]);
    const [g13] = await host.readCells([{ sheet: CALC, row: 12, col: 6 }]);
    expect(g13.value).toBe(20);
    expect(g13.formula).toBe('=G4+G7+G10');
  });

  it('leaves the workbook untouched when one edit of a batch fails', async () => {
    const host = new DemoHost(practice());
    await expect(
      host.applyEdits([
        { kind: 'value', sheet: CALC, row: 4, col: 6, value: 5 },
        { kind: 'value', sheet: '不存在', row: 0, col: 0, value: 1 },
      ]),
    ).rejects.toThrow('Sheet not found: 不存在');
    const [g5] = await host.readCells([{ sheet: CALC, row: 4, col: 6 }]);
    expect(g5.value).toBe(4.5);
  });

  it('keeps fills and notes, and refuses notes when the host has none', async () => {
    const host = new DemoHost(practice());
    await host.applyEdits([
      { kind: 'fill', sheet: CALC, row: 4, col: 6, color: '#FFC7CE' },
      { kind: 'note', sheet: CALC, row: 4, col: 6, text: '金额应为5' },
    ]);
    const [g5] = await host.readCells([{ sheet: CALC, row: 4, col: 6 }]);
    expect(g5).toMatchObject({ fill: '#FFC7CE', note: '金额应为5', value: 4.5 });
    const [header] = await host.readCells([{ sheet: CALC, row: 2, col: 6 }]);
    expect(header.fill).toBe('#DDEBF7');

    const noNotes = new DemoHost(practice(), { notes: false });
    expect(noNotes.capabilities().notes).toBe(false);
    await expect(noNotes.applyEdits([{ kind: 'note', sheet: CALC, row: 4, col: 6, text: 'x' }])).rejects.toThrow('Notes are not supported');
  });

  it('inserts rows and its inverse deletion restores formulas and merges', async () => {
    const host = new DemoHost(practice());
    await host.applyEdits([{ kind: 'insertRows', sheet: CALC, row: 10, count: 2, formatFrom: 10 }]);
    let snap = await host.readSnapshot([CALC]);
    expect(cellFormula(snap.sheets[0], 14, 6)).toBe('=G4+G7+G10'); // 合计 moved down two rows
    expect(cellFormula(snap.sheets[0], 9, 6)).toBe('=SUM(G13:G13)'); // its reference moved with row 11
    expect(snap.sheets[0].merges).toContainEqual({ top: 14, left: 0, bottom: 14, right: 5 });
    await host.applyEdits([{ kind: 'deleteRows', sheet: CALC, row: 10, count: 2 }]);
    snap = await host.readSnapshot([CALC]);
    expect(cellFormula(snap.sheets[0], 12, 6)).toBe('=G4+G7+G10');
    expect(cellFormula(snap.sheets[0], 9, 6)).toBe('=SUM(G11:G11)');
    expect(snap.sheets[0].merges).toContainEqual({ top: 12, left: 0, bottom: 12, right: 5 });
  });

  it('selects a cell, activates its sheet and notifies the grid', async () => {
    const host = new DemoHost(practice());
    let calls = 0;
    const off = host.subscribe(() => calls++);
    await host.select('绩效目标表', 9, 4);
    expect(host.currentSelection()).toEqual({ sheet: '绩效目标表', row: 9, col: 4 });
    expect((await host.sheetNames()).active).toBe('绩效目标表');
    expect(calls).toBe(1);
    off();
    await host.select(CALC, 0, 0);
    expect(calls).toBe(1);
  });

  it('remembers settings per workbook', async () => {
    const { memorySettingsStore } = await import('../../src/demo/demo-host');
    const store = memorySettingsStore();
    const [a, b] = demoWorkbooks();
    await new DemoHost(a, { settings: store }).saveSetting('choices', { calcSheet: CALC });
    expect(await new DemoHost(a, { settings: store }).loadSetting('choices')).toEqual({ calcSheet: CALC });
    expect(await new DemoHost(b, { settings: store }).loadSetting('choices')).toBeNull();
  });
});
