import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { createWpsHost } from '../../src/wps/host';
import { ROWS_PER_BLOCK, rowsPerBlock } from '../../src/wps/read';
import { splitText } from '../../src/wps/settings';
import { bgrToHex, hexToBgr } from '../../src/wps/colors';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { cellFormula, cellNumberFormat, cellValue, columnCount, rowCount } from '../../src/core/snapshot';
import { HostError } from '../../src/host/messages';
import { checkWorkbook } from '../../src/core/check';
import { EditJournal } from '../../src/host/journal';
import { clearMarks, markFindings } from '../../src/host/marks';
import { toA1 } from '../../src/core/address';
import type { Finding } from '../../src/core/report';
import { FakeEt, XL_NONE, loadSnapshotSheet, selected, type FakeSheetModel } from './fake-et';

function workbook(...names: string[]): { et: FakeEt; sheets: FakeSheetModel[] } {
  const et = new FakeEt();
  const sheets = names.map((n) => et.workbook.addSheet(n));
  return { et, sheets };
}

const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;

describe('WPS host: reading', () => {
  const examples = readdirSync(join(__dirname, '../../examples')).filter((f) => f.endsWith('.xlsx'));
  it.each(examples)('reads %s (values, formulas, formats, merges) exactly as the xlsx reader does', async (file) => {
    const expected = await readWorkbookBuffer(readFileSync(join(__dirname, '../../examples', file)));
    const { et } = workbook();
    for (const s of expected.sheets) loadSnapshotSheet(et.workbook.addSheet(s.name), s);
    const host = createWpsHost(et.app);
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    let merges = 0;
    expected.sheets.forEach((want, i) => {
      const got = snapshot.sheets[i];
      const rows = Math.max(rowCount(want), rowCount(got));
      const cols = Math.max(columnCount(want), columnCount(got));
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          const at = `${want.name}!R${r + 1}C${c + 1}`;
          expect([at, cellValue(got, r, c)]).toEqual([at, cellValue(want, r, c)]);
          expect([at, cellFormula(got, r, c)]).toEqual([at, cellFormula(want, r, c)]);
          expect([at, cellNumberFormat(got, r, c)]).toEqual([at, cellNumberFormat(want, r, c)]);
        }
      expect(got.merges.map(key).sort()).toEqual(want.merges.map(key).sort());
      merges += want.merges.length;
    });
    expect(merges).toBeGreaterThan(3); // every example has merged category / 一级 cells to find
    // …so the checker finds the same problems at the same cells.
    const summary = (r: ReturnType<typeof checkWorkbook>) => r.findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);
    const inWps = summary(checkWorkbook(snapshot));
    expect(inWps).toEqual(summary(checkWorkbook(expected)));
  });

  it('extends a used range that starts at C5 to A1 and reads a single cell as a scalar', async () => {
    const { et, sheets } = workbook('表');
    sheets[0].set('C5', 42);
    const snapshot = await createWpsHost(et.app).readSnapshot();
    const s = snapshot.sheets[0];
    expect(rowCount(s)).toBe(5);
    expect(columnCount(s)).toBe(3);
    expect(cellValue(s, 4, 2)).toBe(42);
    expect(cellValue(s, 0, 0)).toBeNull();
  });

  it('reads 20,000 rows in blocks with a bounded number of object-model calls, reporting progress', async () => {
    const { et, sheets } = workbook('资金测算明细表');
    const ws = sheets[0];
    ws.set('A1', '序号').set('B1', '项目').set('F1', '金额');
    ws.merge('A2:A3');
    for (let r = 2; r <= 20001; r++) {
      ws.put(r, 1, { value: r - 1, formula: null, numberFormat: 'General', fill: null, comment: null });
      ws.put(r, 2, { value: `培训费${r}`, formula: null, numberFormat: 'General', fill: null, comment: null });
      ws.put(r, 6, { value: r * 0.01, formula: `=A${r}*0.01`, numberFormat: '0.00', fill: null, comment: null });
    }
    ws.merge('B100:C101');
    et.resetCalls();
    const progress: number[] = [];
    const snapshot = await createWpsHost(et.app).readSnapshot(undefined, (p) => progress.push(p.rowsDone));
    const s = snapshot.sheets[0];
    expect(rowCount(s)).toBe(20001);
    expect(cellValue(s, 15000, 1)).toBe('培训费15001');
    expect(cellFormula(s, 15000, 5)).toBe('=A15001*0.01');
    expect(cellNumberFormat(s, 15000, 5)).toBe('0.00');
    expect(cellNumberFormat(s, 15000, 0)).toBeNull();
    expect(s.merges.map(key).sort()).toEqual(['1,0,2,0', '99,1,100,2']);
    const blocks = Math.ceil(20001 / ROWS_PER_BLOCK);
    expect(et.byMember.get('Value2')).toBe(blocks);
    expect(et.byMember.get('Formula')).toBe(blocks);
    expect(et.calls).toBeLessThan(600); // 120,000 cells
    expect(progress[progress.length - 1]).toBe(20001);
    expect(progress.length).toBe(blocks);
  });

  it('reads fewer rows per block on a very wide sheet', async () => {
    expect(rowsPerBlock(6)).toBe(ROWS_PER_BLOCK);
    expect(rowsPerBlock(16384)).toBe(12);
    const { et, sheets } = workbook('宽表');
    sheets[0].set('A1', 1).set('XFD30', 2);
    et.resetCalls();
    const s = (await createWpsHost(et.app).readSnapshot()).sheets[0];
    expect(cellValue(s, 29, 16383)).toBe(2);
    expect(et.byMember.get('Value2')).toBe(3); // 30 rows in blocks of 12
  });

  it('reads a cell: value, formula, fill from BGR, comment text', async () => {
    const { et, sheets } = workbook('表');
    sheets[0].set('B2', 12).set('C2', '=B2*2');
    sheets[0].update(2, 2, { fill: { pattern: 1, color: 0xcec7ff, patternColor: null }, comment: '原有批注' });
    sheets[0].update(2, 3, { value: 24 });
    const [b2, c2, d2] = await createWpsHost(et.app).readCells([
      { sheet: '表', row: 1, col: 1 },
      { sheet: '表', row: 1, col: 2 },
      { sheet: '表', row: 1, col: 3 },
    ]);
    expect(b2).toEqual({ sheet: '表', row: 1, col: 1, value: 12, formula: null, fill: '#FFC7CE', note: '原有批注' });
    expect(c2).toEqual({ sheet: '表', row: 1, col: 2, value: 24, formula: '=B2*2', fill: null, note: null });
    expect(d2).toEqual({ sheet: '表', row: 1, col: 3, value: null, formula: null, fill: null, note: null });
  });

  it('names the worksheet it cannot find, in both languages', async () => {
    const { et } = workbook('表');
    const error = await createWpsHost(et.app)
      .readSnapshot(['绩效目标表'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).localized['zh-CN']).toBe('找不到工作表“绩效目标表”（可能已被重命名或删除）');
    expect((error as HostError).localized['en-US']).toContain('The worksheet "绩效目标表" was not found');
  });
});

describe('WPS host: writing', () => {
  it('writes "30216" and "=x" as text in a General cell (apostrophe) and in a "@" cell (as is)', async () => {
    const { et, sheets } = workbook('表');
    sheets[0].set('A2', null, '@');
    const host = createWpsHost(et.app);
    await host.applyEdits([
      { kind: 'value', sheet: '表', row: 0, col: 0, value: '30216' },
      { kind: 'value', sheet: '表', row: 0, col: 1, value: '=x' },
      { kind: 'value', sheet: '表', row: 1, col: 0, value: '30216' },
      { kind: 'value', sheet: '表', row: 0, col: 2, value: 30216 },
      { kind: 'value', sheet: '表', row: 0, col: 3, value: '培训费' },
    ]);
    expect(sheets[0].get(1, 1)).toMatchObject({ value: '30216', formula: null });
    expect(sheets[0].get(1, 2)).toMatchObject({ value: '=x', formula: null });
    expect(sheets[0].get(2, 1)).toMatchObject({ value: '30216', formula: null, numberFormat: '@' });
    expect(sheets[0].get(1, 3)).toMatchObject({ value: 30216, formula: null });
    expect(sheets[0].get(1, 4)).toMatchObject({ value: '培训费' });
    const states = await host.readCells([
      { sheet: '表', row: 0, col: 0 },
      { sheet: '表', row: 0, col: 1 },
    ]);
    expect(states.map((s) => [s.value, s.formula])).toEqual([
      ['30216', null],
      ['=x', null],
    ]);
  });

  it('writes a formula and recalculates in manual calculation mode', async () => {
    const { et, sheets } = workbook('表');
    sheets[0].set('A1', 3).set('B1', 4);
    et.workbook.calculation = -4135;
    const host = createWpsHost(et.app);
    await host.applyEdits([{ kind: 'formula', sheet: '表', row: 0, col: 2, formula: '=A1*B1' }]);
    expect(sheets[0].get(1, 3)).toMatchObject({ formula: '=A1*B1', value: 12 });
  });

  it('round-trips fills between #RRGGBB and BGR integers, and clears them to xlNone', async () => {
    expect(hexToBgr('#FFC7CE')).toBe(0xce * 65536 + 0xc7 * 256 + 0xff);
    expect(bgrToHex(13551615)).toBe('#FFC7CE');
    const { et, sheets } = workbook('表');
    const host = createWpsHost(et.app);
    const cells = [0, 1, 2].map((row) => ({ sheet: '表', row, col: 4 }));
    await host.applyEdits(cells.map((c) => ({ kind: 'fill' as const, ...c, color: '#ffeb9c' })));
    expect(sheets[0].get(2, 5).fill).toEqual({ pattern: 1, color: 0x9cebff, patternColor: null });
    expect((await host.readCells(cells)).map((s) => s.fill)).toEqual(['#FFEB9C', '#FFEB9C', '#FFEB9C']);
    expect(et.byMember.get('Color=')).toBe(1); // one Range for the run of three cells
    await host.applyEdits([{ kind: 'fill', sheet: '表', row: 1, col: 4, color: null }]);
    expect(sheets[0].get(2, 5).fill).toBeNull();
    expect(et.app.ActiveSheet.Range('E2').Interior.Pattern).toBe(XL_NONE);
    expect((await host.readCells(cells)).map((s) => s.fill)).toEqual(['#FFEB9C', null, '#FFEB9C']);
  });

  it('puts a pattern fill back from its token', async () => {
    const { et, sheets } = workbook('表');
    sheets[0].update(1, 1, { fill: { pattern: 17, color: 0xffffff, patternColor: 0x0000ff } });
    const host = createWpsHost(et.app);
    const [before] = await host.readCells([{ sheet: '表', row: 0, col: 0 }]);
    expect(before.fill).toBe('pattern:Gray16:#FF0000:#FFFFFF'); // xlPatternGray16 = 17, named as Office.js names it
    await host.applyEdits([{ kind: 'fill', sheet: '表', row: 0, col: 0, color: '#FFC7CE' }]);
    await host.applyEdits([{ kind: 'fill', sheet: '表', row: 0, col: 0, color: before.fill }]);
    expect(sheets[0].get(1, 1).fill).toEqual({ pattern: 17, color: 0xffffff, patternColor: 0x0000ff });
    // A token Excel wrote (its FillPattern names, no background) means the same pattern here.
    await host.applyEdits([{ kind: 'fill', sheet: '表', row: 0, col: 0, color: 'pattern:Gray50:#FF0000:' }]);
    expect(sheets[0].get(1, 1).fill).toMatchObject({ pattern: -4125, patternColor: 0x0000ff });
    const error = await host.applyEdits([{ kind: 'fill', sheet: '表', row: 0, col: 0, color: 'pattern:Zigzag:#FF0000:' }]).catch((e: unknown) => e);
    expect((error as HostError).localized['zh-CN']).toBe('不是有效的颜色：pattern:Zigzag:#FF0000:');
  });

  it('adds, edits and deletes a note (an ET comment)', async () => {
    const { et, sheets } = workbook('表');
    const host = createWpsHost(et.app);
    const at = { sheet: '表', row: 4, col: 2 };
    await host.applyEdits([{ kind: 'note', ...at, text: '【预算表校验助手】错误：金额不符' }]);
    expect(sheets[0].get(5, 3).comment).toBe('【预算表校验助手】错误：金额不符');
    await host.applyEdits([{ kind: 'note', ...at, text: '用户批注\n\n【预算表校验助手】提示' }]);
    expect((await host.readCells([at]))[0].note).toBe('用户批注\n\n【预算表校验助手】提示');
    await host.applyEdits([{ kind: 'note', ...at, text: null }]);
    expect(sheets[0].get(5, 3).comment).toBeNull();
    await host.applyEdits([{ kind: 'note', ...at, text: null }]); // deleting no note is no error
    expect((await host.readCells([at]))[0].note).toBeNull();
  });

  it('inserts rows with the format of a template row, deletes them, adds and deletes a sheet without prompts', async () => {
    const { et, sheets } = workbook('表');
    sheets[0].set('A1', '一级').set('A2', '成本指标').set('A3', '数量指标').set('C3', '=A3', '@');
    sheets[0].update(2, 2, { fill: { pattern: 1, color: 0xcec7ff, patternColor: null }, numberFormat: '0.00' });
    const host = createWpsHost(et.app);
    await host.applyEdits([{ kind: 'insertRows', sheet: '表', row: 2, count: 2, formatFrom: 1 }]);
    expect(sheets[0].get(3, 2)).toMatchObject({ value: null, numberFormat: '0.00', fill: { color: 0xcec7ff } });
    expect(sheets[0].get(5, 1).value).toBe('数量指标');
    expect(sheets[0].get(5, 3).formula).toBe('=A5');
    await host.applyEdits([{ kind: 'insertRows', sheet: '表', row: 1, count: 1, formatFrom: 4 }]);
    expect(sheets[0].get(2, 3)).toMatchObject({ value: null, formula: null, numberFormat: '@' });
    expect(sheets[0].get(2, 1).value).toBeNull();
    expect(sheets[0].get(6, 1).value).toBe('数量指标');
    await host.applyEdits([{ kind: 'deleteRows', sheet: '表', row: 1, count: 3 }]);
    expect(sheets[0].get(3, 1).value).toBe('数量指标');
    await host.applyEdits([{ kind: 'addSheet', sheet: '绩效目标表' }]);
    expect((await host.sheetNames())).toEqual({ names: ['表', '绩效目标表'], active: '表' });
    await host.applyEdits([{ kind: 'deleteSheet', sheet: '绩效目标表' }]);
    expect((await host.sheetNames()).names).toEqual(['表']);
    expect(et.prompts).toBe(0);
    expect(et.workbook.displayAlerts).toBe(true);
  });

  it('keeps the edits before a failing one and says what WPS reported', async () => {
    const { et, sheets } = workbook('表');
    const host = createWpsHost(et.app);
    const error = await host
      .applyEdits([
        { kind: 'value', sheet: '表', row: 0, col: 0, value: 1 },
        { kind: 'addSheet', sheet: '表' },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).localized).toEqual({ 'zh-CN': 'WPS 表格报告错误：工作表名称“表”已被占用', 'en-US': 'WPS Spreadsheets reported an error: 工作表名称“表”已被占用' });
    expect(sheets[0].get(1, 1).value).toBe(1);
    expect(et.workbook.displayAlerts).toBe(true);
    expect(et.workbook.screenUpdating).toBe(true);
  });

  it('selects a cell on its sheet', async () => {
    const { et } = workbook('表', '绩效目标表');
    await createWpsHost(et.app).select('绩效目标表', 11, 4);
    expect(selected.get(et.workbook)).toEqual({ sheet: '绩效目标表', row: 12, col: 5 });
    expect(et.workbook.active).toBe(1);
  });
});

describe('WPS host: the cost of marking', () => {
  it('marks and clears 300 cells in a bounded number of object-model calls', async () => {
    const { et, sheets } = workbook('测算');
    for (let r = 1; r <= 300; r++) sheets[0].set(`D${r + 1}`, r * 100);
    const host = createWpsHost(et.app);
    const journal = new EditJournal(host);
    const findings: Finding[] = Array.from({ length: 300 }, (_, i) => ({
      ruleId: 'calc/line-amount', severity: 'error', sheet: '测算', row: i + 1, col: 3, cell: toA1(i + 1, 3),
      message: { 'zh-CN': '金额不符', 'en-US': 'Amount differs' },
    }));
    et.resetCalls();
    const result = await markFindings(host, journal, findings, 'zh-CN');
    expect(result).toMatchObject({ cells: 300, notes: 300 });
    expect(sheets[0].get(150, 4).fill).toEqual({ pattern: 1, color: 0xcec7ff, patternColor: null });
    expect(et.byMember.get('Color=')).toBe(1); // the 300 fills of column D are one Range
    const markCalls = et.calls;
    expect(markCalls).toBeLessThan(300 * 10); // about 9.5 per cell: read the cell, write its fill run and comment
    et.resetCalls();
    await clearMarks(host, journal);
    expect(sheets[0].get(150, 4).fill).toBeNull();
    expect(sheets[0].get(150, 4).comment).toBeNull();
    expect(et.calls).toBeLessThan(300 * 13); // about 12.5 per cell: read, check our note, restore
  });
});

describe('WPS host: settings in custom document properties', () => {
  it('round-trips a value longer than one property in 255-character parts', async () => {
    const { et } = workbook('表');
    const host = createWpsHost(et.app);
    const value = { version: 2, cells: Array.from({ length: 40 }, (_, i) => ({ sheet: '资金测算明细表', row: i, previousFill: null, note: '😀说明' })) };
    await host.saveSetting('budgetCheck.marks', value);
    const parts = et.workbook.properties.filter((p) => p.name.startsWith('budgetCheck.marks#'));
    expect(parts.length).toBe(Math.ceil(JSON.stringify(value).length / 255));
    expect(parts.every((p) => p.value.length <= 255)).toBe(true);
    expect(await host.loadSetting('budgetCheck.marks')).toEqual(value);
    await host.saveSetting('budgetCheck.marks', { version: 2, cells: [] });
    expect(et.workbook.properties.map((p) => p.name).sort()).toEqual(['budgetCheck.marks', 'budgetCheck.marks#2.1']);
    expect(await host.loadSetting('budgetCheck.marks')).toEqual({ version: 2, cells: [] });
    await host.saveSetting('budgetCheck.marks', null);
    expect(et.workbook.properties).toEqual([]);
    expect(await host.loadSetting('budgetCheck.marks')).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const parts = splitText('a'.repeat(254) + '😀b', 255);
    expect(parts).toEqual(['a'.repeat(254), '😀b']);
  });

  it('reports a damaged setting instead of reading part of it', async () => {
    const { et } = workbook('表');
    const host = createWpsHost(et.app);
    await host.saveSetting('budgetCheck.marks', { text: 'x'.repeat(600) });
    et.workbook.properties = et.workbook.properties.filter((p) => p.name !== 'budgetCheck.marks#1.2');
    const error = await host.loadSetting('budgetCheck.marks').catch((e: unknown) => e);
    expect((error as HostError).localized['zh-CN']).toContain('已损坏（缺少第 2 段）');
  });

  it('is a HostError in both languages when no workbook is open', () => {
    const et = new FakeEt();
    const app = { ActiveWorkbook: null } as unknown as Et.Application;
    void et;
    expect(() => createWpsHost(app)).toThrow(HostError);
  });
});
