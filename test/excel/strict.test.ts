/**
 * Issue 11, items 1–10: what would fail in real Excel, each against the stricter fake in every
 * platform mode (web / windows / mac). Each test failed on the adapter before its fix.
 */
import { ExcelHost } from '../../src/excel/excel-host';
import { wrapOfficeError } from '../../src/excel/errors';
import { EditJournal } from '../../src/host/journal';
import { clearMarks, markFindings, loadMarks, MARK_COLORS, MARKS_SETTING_KEY } from '../../src/host/marks';
import { HostError } from '../../src/host/messages';
import type { Finding } from '../../src/core/report';
import { toA1 } from '../../src/core/address';
import { FakeExcel, FakeOfficeError, PLATFORMS, budgetRows, type FakeOptions, type FakePlatform } from './fake-excel';

const label = { 'zh-CN': '修正', 'en-US': 'fix' };

function findingsFor(cells: { row: number; col: number }[], sheet = '测算'): Finding[] {
  return cells.map(({ row, col }, i) => ({
    ruleId: 'calc/line-amount',
    severity: i % 2 === 0 ? 'error' : 'warning',
    sheet,
    row,
    col,
    cell: toA1(row, col),
    message: { 'zh-CN': `单价×数量与金额不符，差额 ${i} 元`, 'en-US': `Amount differs by ${i}` },
  }));
}

describe.each(PLATFORMS)('on %s', (platform: FakePlatform) => {
  function setup(options: FakeOptions = {}, rows = 50) {
    const excel = new FakeExcel({ platform, ...options });
    excel.addSheet('测算', budgetRows(rows));
    const host = new ExcelHost(excel.environment());
    return { excel, host, journal: new EditJournal(host), sheet: () => excel.sheet('测算') };
  }

  describe('1. undo grouping', () => {
    test('the fake: Worksheet.delete inside mergeUndoGroup throws UndoNotSupported', async () => {
      const { excel } = setup();
      const error = await excel
        .environment()
        .run(
          async (context) => {
            context.workbook.worksheets.getItem('测算').delete();
            await context.sync();
          },
          { mergeUndoGroup: true },
        )
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'UndoNotSupported' });
      expect(excel.sheets.map((s) => s.name)).toEqual(['测算']);
    });

    test('an inserted indicator sheet is undone: the delete runs ungrouped', async () => {
      const { excel, host, journal } = setup();
      const before = excel.dump();
      await journal.apply(
        [
          { kind: 'addSheet', sheet: '绩效目标表' },
          { kind: 'value', sheet: '绩效目标表', row: 0, col: 0, value: '一级指标' },
        ],
        label,
      );
      expect(excel.sheet('绩效目标表').value(0, 0)).toBe('一级指标');
      expect(excel.runs[excel.runs.length - 1].mergeUndoGroup).toBe(true); // the insert is one undo step
      await journal.undo();
      expect(excel.dump()).toBe(before);
      expect(excel.runs[excel.runs.length - 1].mergeUndoGroup).toBe(false);
      expect(host.capabilities().undoGroup).toBe(true);
    });
  });

  describe('2. Ctrl+Z in Excel, then 撤销', () => {
    test('after the user undid the fix in Excel, 撤销 refuses and changes nothing', async () => {
      const { excel, journal } = setup();
      await journal.apply([{ kind: 'value', sheet: '测算', row: 3, col: 7, value: 99 }], label);
      expect(excel.userUndo()).toBe(true); // Ctrl+Z: Excel puts back H4
      excel.sheet('测算').setValue(3, 1, '用户改过'); // and the user types elsewhere
      const after = excel.dump();
      const error = await journal.undo().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).localized['zh-CN']).toBe(
        '未撤销“修正”：测算!H4 在写入后已被更改（可能已在 Excel 中按 Ctrl+Z 撤销，或手动修改过）。为免覆盖您的修改，没有做任何更改。',
      );
      expect((error as HostError).localized['en-US']).toBe(
        'Did not undo "fix": 测算!H4 changed after it was written (undone with Ctrl+Z in Excel, or edited by hand). To avoid overwriting your changes, nothing was changed.',
      );
      expect(excel.dump()).toBe(after);
      expect(journal.canUndo).toBe(true);
    });

    test('inserted rows undone with Ctrl+Z are not deleted again (the user\'s rows below stay)', async () => {
      const { excel, journal } = setup();
      await journal.apply(
        [
          { kind: 'insertRows', sheet: '测算', row: 5, count: 2, formatFrom: 4 },
          { kind: 'value', sheet: '测算', row: 5, col: 1, value: '新增' },
          { kind: 'value', sheet: '测算', row: 6, col: 1, value: '新增2' },
        ],
        label,
      );
      expect(excel.sheet('测算').values).toHaveLength(52);
      excel.userUndo();
      const after = excel.dump();
      await expect(journal.undo()).rejects.toThrow(/^Did not undo "fix": 测算!B6, 测算!B7, 测算!A6/);
      expect(excel.dump()).toBe(after);
      expect(excel.sheet('测算').values).toHaveLength(50);
    });

    test('a cell the user typed over after marking is not overwritten; untouched entries still undo', async () => {
      const { excel, host, journal } = setup();
      const before = excel.dump();
      await markFindings(host, journal, findingsFor([{ row: 2, col: 7 }, { row: 3, col: 7 }]), 'zh-CN');
      const record = excel.settings.get(MARKS_SETTING_KEY);
      excel.sheet('测算').fills.set('2,7', '#00B050'); // the user recolours H3
      await expect(journal.undo()).rejects.toThrow(/测算!H3 changed after it was written/);
      expect(excel.sheet('测算').fills.get('2,7')).toBe('#00B050');
      expect(excel.settings.get(MARKS_SETTING_KEY)).toEqual(record);
      excel.sheet('测算').fills.set('2,7', MARK_COLORS.error); // put back as we left it
      await journal.undo();
      expect(excel.dump()).toBe(before);
    });
  });

  describe('3. payload limits by code', () => {
    test('a response refused with ResponsePayloadSizeLimitExceeded in a Chinese UI is read again in smaller chunks', async () => {
      const excel = new FakeExcel({ platform, uiLanguage: 'zh-CN' });
      excel.responseLimit = 5_000_000; // as on the web
      const rows = budgetRows(10_000).map((r, i) => (i === 0 ? r : [...r.slice(0, 11), '测算依据：'.repeat(40) + i]));
      excel.addSheet('测算', rows);
      const snapshot = await new ExcelHost(excel.environment()).readSnapshot(['测算']);
      expect(snapshot.sheets[0].values).toHaveLength(10_000);
      expect(snapshot.sheets[0].values[9_999][11]).toBe('测算依据：'.repeat(40) + 9999);
      expect(excel.syncs.some((s) => s.responseBytes > 5_000_000)).toBe(true);
    });

    test('a write refused with RequestPayloadSizeLimitExceeded is split and sent again, nothing lost', async () => {
      const { excel, host, journal } = setup({ uiLanguage: 'zh-CN' }, 3_001);
      excel.requestLimit = 300_000; // a stricter limit than the write budget
      const result = await markFindings(host, journal, findingsFor(Array.from({ length: 3_000 }, (_, i) => ({ row: i + 1, col: 7 }))), 'zh-CN');
      expect(result.cells).toBe(3_000);
      const s = excel.sheet('测算');
      expect(s.fills.size).toBe(3_000);
      expect(s.notes.size).toBe(3_000);
      expect(excel.syncs.some((x) => x.requestBytes > 300_000)).toBe(true); // refused at least once …
      for (const x of excel.syncs.filter((y) => y.requestBytes <= 300_000)) expect(x.requestBytes).toBeLessThanOrEqual(300_000);
    });
  });

  describe('4. merged areas', () => {
    test.each(['error', 'null'] as const)('1,301 merges when Excel answers over 512 with %s: all found once, from areas items', async (mergeOverflow) => {
      const { excel, host } = setup({ mergeOverflow }, 2_000);
      const expected = Array.from({ length: 1_300 }, (_, r) => ({ top: r, left: 1, bottom: r, right: 2 }));
      expected.push({ top: 30, left: 9, bottom: 1_499, right: 9 }); // crosses many tiles: listed by the one with its top-left
      excel.sheet('测算').merges.push(...expected);
      const snapshot = await host.readSnapshot(['测算']);
      const sort = (m: typeof expected) => [...m].sort((a, b) => a.top - b.top || a.left - b.left);
      expect(sort(snapshot.sheets[0].merges)).toEqual(sort(expected));
    });

    test('a sheet name with a comma and an apostrophe does not confuse the merges', async () => {
      const excel = new FakeExcel({ platform });
      const s = excel.addSheet("测算,2024'表", budgetRows(10));
      s.merges.push({ top: 0, left: 9, bottom: 0, right: 11 });
      const snapshot = await new ExcelHost(excel.environment()).readSnapshot();
      expect(snapshot.sheets[0].merges).toEqual([{ top: 0, left: 9, bottom: 0, right: 11 }]);
    });
  });

  describe('5. fills without comma-joined getRanges', () => {
    test('marking 300 cells works with a ";" list separator (no getRanges at all)', async () => {
      const { excel, host, journal } = setup({ listSeparator: ';' }, 301);
      await markFindings(host, journal, findingsFor(Array.from({ length: 300 }, (_, i) => ({ row: i + 1, col: 7 }))), 'zh-CN');
      const s = excel.sheet('测算');
      expect(s.fills.get('1,7')).toBe(MARK_COLORS.error);
      expect(s.fills.get('300,7')).toBe(MARK_COLORS.warning);
      expect(excel.maxAreasPerCall).toBe(0);
    });

    test('same-coloured cells in consecutive rows are one range', async () => {
      const { excel, host } = setup({}, 101);
      excel.resetCounters();
      await host.applyEdits(Array.from({ length: 100 }, (_, i) => ({ kind: 'fill' as const, sheet: '测算', row: i + 1, col: 3, color: '#FFC7CE' })));
      expect(excel.syncs).toHaveLength(1);
      expect(excel.syncs[0].operations).toBe(2); // getItem + one fill on D2:D101
      expect(excel.sheet('测算').fills.size).toBe(100);
    });
  });

  describe('6. text stays text', () => {
    test('undo puts back the text "30216" (科目 code) as text, not as a number', async () => {
      const { excel, journal } = setup();
      const before = excel.dump();
      expect(excel.sheet('测算').value(1, 9)).toBe('30216');
      await journal.apply([{ kind: 'value', sheet: '测算', row: 1, col: 9, value: 30299 }], label);
      await journal.undo();
      expect(excel.sheet('测算').value(1, 9)).toBe('30216');
      expect(excel.dump()).toBe(before);
    });

    test.each(['+5%', '=1+1', '-', "'abc", '30216', '2024-1-2', 'TRUE', '-3'])('writing the text %s keeps exactly that text', async (text) => {
      const { excel, host } = setup();
      await host.applyEdits([{ kind: 'value', sheet: '测算', row: 2, col: 1, value: text }]);
      expect(excel.sheet('测算').value(2, 1)).toBe(text);
      expect(excel.sheet('测算').formula(2, 1)).toBeNull();
      const [state] = await host.readCells([{ sheet: '测算', row: 2, col: 1 }]);
      expect(state).toMatchObject({ value: text, formula: null });
    });
  });

  describe('7. settings size', () => {
    test('5,000 marks fit in the document settings (the record keeps no note texts)', async () => {
      const { excel, host, journal } = setup({}, 5_001);
      await markFindings(host, journal, findingsFor(Array.from({ length: 5_000 }, (_, i) => ({ row: i + 1, col: 7 }))), 'zh-CN');
      const bytes = Buffer.byteLength(JSON.stringify(excel.settings.get(MARKS_SETTING_KEY)));
      expect(bytes).toBeLessThan(300_000);
      expect((await loadMarks(host)).cells).toHaveLength(5_000);
      const cleared = await clearMarks(host, journal);
      expect(cleared).toMatchObject({ fillsRestored: 5_000, notesRemoved: 5_000 });
      expect(excel.sheet('测算').notes.size).toBe(0);
      console.log(`5,000 marks: record ${bytes} bytes`);
    });

    test('20,000 marks would not fit: refused before anything is written, with a clear message', async () => {
      const { excel, host, journal } = setup({}, 20_001);
      const before = excel.dump();
      excel.resetCounters();
      const error = await markFindings(host, journal, findingsFor(Array.from({ length: 20_000 }, (_, i) => ({ row: i + 1, col: 7 }))), 'zh-CN').catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).localized['zh-CN']).toMatch(/^标记记录已满：20000 个单元格的标记约需 \d+ KB，超过文档设置可保存的 390 KB。未做任何修改/);
      expect((error as HostError).localized['en-US']).toMatch(/^The marks record is full: marks for 20000 cells need about \d+ KB/);
      expect(excel.dump()).toBe(before);
      expect(excel.undoStack).toHaveLength(0); // only reads: nothing on Excel's undo stack
      expect(excel.settings.has(MARKS_SETTING_KEY)).toBe(false);
    });

    test('a settings save Excel refuses as too large says so, and the in-memory copy is put back', async () => {
      const { excel, host } = setup();
      await host.saveSetting('k', { a: 1 });
      const error = await host.saveSetting('k', { big: 'x'.repeat(1_100_000) }).catch((e: unknown) => e);
      expect((error as HostError).localized['zh-CN']).toMatch(/^文档设置已满（约 1075 KB，Excel 只能保存约 1 MB），未能保存：/);
      expect(await host.loadSetting('k')).toEqual({ a: 1 });
      expect(excel.settings.get('k')).toEqual({ a: 1 });
    });
  });

  describe('8. pattern fills (format.fill.color is null)', () => {
    test('marking and clearing a cell with a pattern fill: no crash, pattern and its colour restored, and said', async () => {
      const { excel, host, journal } = setup();
      excel.sheet('测算').patterns.set('4,7', { pattern: 'Checker', patternColor: '#FF0000' });
      const before = excel.dump();
      const [state] = await host.readCells([{ sheet: '测算', row: 4, col: 7 }]);
      expect(state.fill).toBe('pattern:Checker:#FF0000:');
      await markFindings(host, journal, findingsFor([{ row: 4, col: 7 }]), 'zh-CN');
      expect(excel.sheet('测算').fills.get('4,7')).toBe(MARK_COLORS.error);
      expect(excel.sheet('测算').patterns.has('4,7')).toBe(false);
      const cleared = await clearMarks(host, journal);
      expect(cleared).toMatchObject({ fillsRestored: 1, fillsApproximate: 1 });
      expect(excel.dump()).toBe(before);
    });

    test('undo of a fill on a pattern cell puts the pattern back', async () => {
      const { excel, journal } = setup();
      excel.sheet('测算').patterns.set('2,2', { pattern: 'Gray50', patternColor: '#0000FF' });
      const before = excel.dump();
      await journal.apply([{ kind: 'fill', sheet: '测算', row: 2, col: 2, color: '#FFEB9C' }], label);
      await journal.undo();
      expect(excel.dump()).toBe(before);
    });
  });

  describe('9. cell-edit mode and error locations', () => {
    test('while the user edits a cell, the write waits (delayForCellEdit) instead of failing', async () => {
      const { excel, host } = setup();
      excel.cellEditing = true;
      await host.applyEdits([{ kind: 'value', sheet: '测算', row: 1, col: 7, value: 1 }]);
      expect(excel.sheet('测算').value(1, 7)).toBe(1);
      expect(excel.runs.every((r) => r.delayForCellEdit)).toBe(true);
    });

    test('an ItemNotFound from a note is "note not found", not "sheet not found"', async () => {
      const { excel, host } = setup({ uiLanguage: 'zh-CN' });
      excel.sheet('测算').notes.set('1,7', '原批注');
      await host.readCells([{ sheet: '测算', row: 1, col: 7 }]); // the host learns H2 has a note
      excel.sheet('测算').notes.delete('1,7'); // … which the user deletes
      const error = await host.applyEdits([{ kind: 'note', sheet: '测算', row: 1, col: 7, text: '新' }]).catch((e: unknown) => e);
      expect((error as HostError).localized['zh-CN']).toMatch(/^找不到批注（可能已被删除）：/);
      expect((error as HostError).localized['zh-CN']).not.toMatch(/工作表/);
    });

    test('errors are told apart by code and location, whatever the message language', () => {
      const zh = (code: string, where: string) => wrapOfficeError(new FakeOfficeError(code, '请求的资源不存在。', where)).localized['zh-CN'];
      expect(zh('ItemNotFound', 'WorksheetCollection.getItem')).toBe('找不到工作表（可能已被重命名或删除）：请求的资源不存在。 [WorksheetCollection.getItem]');
      expect(zh('ItemNotFound', 'NoteCollection.getItem')).toBe('找不到批注（可能已被删除）：请求的资源不存在。 [NoteCollection.getItem]');
      expect(zh('ItemNotFound', 'Range.getMergedAreasOrNullObject')).toMatch(/^Excel 找不到要操作的对象（ItemNotFound）/);
      expect(zh('InvalidOperationInCellEditMode', '')).toMatch(/^Excel 正处于单元格编辑状态（InvalidOperationInCellEditMode），请按 Enter 或 Esc/);
      expect(zh('UndoNotSupported', 'Worksheet.delete')).toMatch(/^Excel 无法把这次修改合并为一步撤销（UndoNotSupported）/);
    });
  });

  describe('10. manual calculation', () => {
    test('formulas written while calculation is Manual are recalculated before the re-check reads them', async () => {
      const { excel, host } = setup();
      excel.calculationMode = 'Manual';
      excel.sheet('测算').setValue(1, 7, 1); // a wrong amount
      await host.applyEdits([{ kind: 'formula', sheet: '测算', row: 1, col: 7, formula: '=D2*F2*G2' }]);
      expect(excel.calculateCalls).toBe(1);
      expect(host.lastWriteRecalculated).toBe(true);
      const snapshot = await host.readSnapshot(['测算']);
      expect(snapshot.sheets[0].values[1][7]).toBe(301 * 31 * 2);
    });

    test('in Automatic mode nothing extra is called', async () => {
      const { excel, host } = setup();
      await host.applyEdits([{ kind: 'formula', sheet: '测算', row: 1, col: 7, formula: '=D2*F2*G2' }]);
      expect(excel.calculateCalls).toBe(0);
      expect(excel.syncs).toHaveLength(1);
      expect((await host.readSnapshot(['测算'])).sheets[0].values[1][7]).toBe(301 * 31 * 2);
    });
  });
});
