/**
 * The pane's controller against every host driver (test/host/drivers.ts: the memory and demo hosts,
 * the Office.js adapter over the fake in web / Windows / Mac mode): what the pane shows and does,
 * without a browser. Uses the practice workbook 练习：常见错误 and the real core rules.
 */
import { PaneController, CHOICES_SETTING_KEY, type PaneChoices } from '../../src/taskpane/controller';
import { demoWorkbooks } from '../../src/demo/workbooks';
import type { DemoWorkbook } from '../../src/demo/workbook';
import type { WorkbookHost } from '../../src/host/host';
import { DRIVERS, forwarding, type DriverOptions, type DriverWorkbook, type HostDriver } from '../host/drivers';

const CALC = '资金测算明细表';
const IND = '绩效目标表';
const practice = () => demoWorkbooks().find((w) => w.id === 'practice-common-mistakes')!;
const example = () => demoWorkbooks().find((w) => w.id === 'example-talent-2026')!;

async function startedWith(host: WorkbookHost): Promise<PaneController> {
  const pane = new PaneController(host, 'zh-CN');
  await pane.start();
  return pane;
}
const cellsOf = (pane: PaneController) => (pane.getState().report?.findings ?? []).map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);
const value = async (host: WorkbookHost, a: { row: number; col: number }) => (await host.readCells([{ sheet: CALC, ...a }]))[0];

describe.each(DRIVERS)('PaneController on $name', (driver: HostDriver) => {
  async function started(wb: DemoWorkbook = practice(), options?: DriverOptions): Promise<{ host: WorkbookHost; pane: PaneController; doc: DriverWorkbook }> {
    const doc = driver.fromDemo(wb, options);
    return { host: doc.host, pane: await startedWith(doc.host), doc };
  }

  it('starts with the detected sheets chosen, starting from the active sheet', async () => {
    const { pane } = await started();
    const s = pane.getState();
    expect(s.phase).toBe('ready');
    expect(s.sheetNames).toEqual([CALC, IND]);
    expect(s.choices).toMatchObject({ calcSheet: CALC, indicatorSheet: IND });
    expect(s.detected.calcSheets[0]).toMatchObject({ sheet: CALC, headerRow: 2 });
    expect(s.headers[CALC].slice(0, 3)).toEqual(['序号', '项目名称', '单价（元）']);
    expect(s.error).toBeNull();
  });

  it('一键校验 reports the planted mistakes at their cells and nothing on the clean example', async () => {
    const { pane } = await started();
    await pane.runCheck();
    const cells = cellsOf(pane);
    expect(cells).toEqual(expect.arrayContaining([`${CALC}!G5 calc/line-amount`, `${CALC}!G6 calc/line-amount`, `${CALC}!G8 calc/unit-slip`]));
    expect(cells.some((c) => c.startsWith(`${CALC}!G10 `))).toBe(true);
    expect(pane.bulkFixable().map((g) => g.ruleId)).toEqual(['calc/line-amount']);

    const clean = await started(example());
    await clean.pane.runCheck();
    expect(clean.pane.getState().report?.findings).toEqual([]);
  });

  it('应用修正 writes through the journal, re-checks, and 撤销 puts the value back', async () => {
    const { host, pane } = await started();
    await pane.runCheck();
    const g5 = pane.getState().report!.findings.find((f) => f.cell === 'G5' && f.ruleId === 'calc/line-amount')!;
    await pane.applyFix(g5);
    expect(await value(host, { row: 4, col: 6 })).toMatchObject({ value: 5, formula: '=C5*D5*F5/10000' });
    expect(cellsOf(pane)).not.toContain(`${CALC}!G5 calc/line-amount`);
    expect(pane.getState().notice?.['zh-CN']).toBe(`已修正 ${CALC}!G5。`);
    expect(pane.getState().undoLabel?.['zh-CN']).toBe(`修正 ${CALC}!G5`);

    await pane.undo();
    expect(await value(host, { row: 4, col: 6 })).toMatchObject({ value: 4.5, formula: null });
    expect(cellsOf(pane)).toContain(`${CALC}!G5 calc/line-amount`);
    expect(pane.getState().undoLabel).toBeNull();
  });

  it('全部修正 previews every cell with its current and new content, then fixes them as one undo step', async () => {
    const { host, pane } = await started();
    await pane.runCheck();
    await pane.previewFixAll('calc/line-amount');
    expect(pane.getState().preview?.rows).toEqual([
      { sheet: CALC, cell: 'G5', before: '4.5', after: '=C5*D5*F5/10000', value: '5万元' },
      { sheet: CALC, cell: 'G6', before: '2.5', after: '=C6*D6*F6/10000', value: '3万元' },
    ]);
    await pane.confirmFixAll();
    expect(pane.getState().preview).toBeNull();
    // 撤销 names the rule in words and how many cells, never the rule id.
    expect(pane.getState().undoLabel).toEqual({ 'zh-CN': '全部修正：单价×数量与金额不符（2 处）', 'en-US': 'Fix all: Amount differs from price × quantity (2 cells)' });
    expect((await value(host, { row: 3, col: 6 })).value).toBe(8); // G4 =SUM(G5:G6)
    expect(cellsOf(pane).filter((c) => c.endsWith('calc/line-amount'))).toEqual([]);
    await pane.undo();
    expect((await value(host, { row: 3, col: 6 })).value).toBe(7);
  });

  it('fixing every finding leaves a workbook that checks clean with a total of 20万元', async () => {
    const { host, pane } = await started();
    await pane.runCheck();
    for (let i = 0; i < 10; i++) {
      const f = pane.getState().report!.findings.find((x) => x.fix);
      if (!f) break;
      await pane.applyFix(f);
    }
    expect(pane.getState().report?.findings).toEqual([]);
    expect((await value(host, { row: 12, col: 6 })).value).toBe(20);
  });

  it('标记到表格 fills flagged cells and adds notes; 清除标记 restores the exact previous fills', async () => {
    const { host, pane, doc } = await started();
    doc.userEdit({ kind: 'fill', sheet: CALC, row: 7, col: 6, color: '#00B050' }); // the user's own fill on G8
    await pane.runCheck();
    await pane.mark();
    expect(pane.getState().marksActive).toBe(true);
    expect(await value(host, { row: 4, col: 6 })).toMatchObject({ fill: '#FFC7CE' });
    expect((await value(host, { row: 4, col: 6 })).note).toContain('4.5万元');
    expect((await value(host, { row: 7, col: 6 })).fill).toBe('#FFC7CE');
    await pane.clearMarks();
    expect(pane.getState().marksActive).toBe(false);
    expect(await value(host, { row: 4, col: 6 })).toMatchObject({ fill: null, note: null });
    expect((await value(host, { row: 7, col: 6 })).fill).toBe('#00B050');
  });

  it('清除标记 after the user inserted rows above the marks clears them where they moved, and says so', async () => {
    const { host, pane, doc } = await started();
    doc.userEdit({ kind: 'fill', sheet: CALC, row: 7, col: 6, color: '#00B050' }); // the user's own fill on G8
    await pane.runCheck();
    await pane.mark();
    doc.userEdit({ kind: 'insertRows', sheet: CALC, row: 3, count: 2 }); // the user inserts rows: G5 → G7, G8 → G10
    await pane.clearMarks();
    expect(await value(host, { row: 6, col: 6 })).toMatchObject({ value: 4.5, fill: null, note: null });
    expect((await value(host, { row: 9, col: 6 })).fill).toBe('#00B050');
    const notice = pane.getState().notice!;
    expect(notice['zh-CN']).toMatch(/^已清除标记，原有底色已恢复。其中 \d+ 个标记随插入或删除的行移动了位置，已在新位置清除。$/);
    expect(notice['en-US']).toMatch(/had moved with inserted or deleted rows/);
  });

  it('says when the host has no notes and marks with fills only', async () => {
    const { host, pane } = await started(practice(), { notes: false });
    expect(pane.getState().notesSupported).toBe(false);
    await pane.runCheck();
    await pane.mark();
    expect(pane.getState().error).toBeNull();
    expect(await value(host, { row: 4, col: 6 })).toMatchObject({ fill: '#FFC7CE', note: null });
  });

  it('remembers sheet and column choices per workbook and passes them to the check', async () => {
    const first = await started();
    await first.pane.chooseSheets({ indicatorSheet: '' });
    await first.pane.chooseColumn(CALC, 'amount', 6);
    expect(first.pane.checkOptions()).toEqual({ calcSheets: [CALC], indicatorSheets: [], columnOverrides: { [CALC]: { amount: 6 } }, severities: { 'workbook/missing-part': 'info' } });
    const again = await started(practice(), { settingsFrom: first.doc }); // the same document, opened again
    expect(again.pane.getState().choices).toEqual<PaneChoices>({ calcSheet: CALC, indicatorSheet: '', columnOverrides: { [CALC]: { amount: 6 } } });
    expect(await again.host.loadSetting(CHOICES_SETTING_KEY)).toEqual(again.pane.getState().choices);
    await again.pane.runCheck();
    expect(cellsOf(again.pane).every((c) => c.startsWith(`${CALC}!`))).toBe(true); // the indicator sheet was left out
    await again.pane.resetColumns(CALC);
    expect(again.pane.getState().choices.columnOverrides).toEqual({});
  });

  it('费用标准: a local cap changes the check, is saved with the workbook, and resets to the central standards', async () => {
    const seed003 = () => demoWorkbooks().find((w) => w.id === 'example-003-3')!;
    const expense = (pane: PaneController) =>
      (pane.getState().report?.findings ?? []).filter((f) => f.ruleId === 'calc/expense-standard').map((f) => `${f.severity}@${f.sheet}!${f.cell}`);
    const { pane, doc } = await started(seed003());
    await pane.runCheck();
    expect(expense(pane)).toEqual([`info@${CALC}!C17`]); // 异地培训 600元/人·天 > 三类 550
    expect(pane.expenseStandards().find((s) => s.kind === 'training')!.classes.map((c) => c.cap)).toEqual([550, 650, 760]);

    await pane.setExpenseCap('training', '三类培训', 600);
    expect(expense(pane)).toEqual([]);
    expect(pane.checkOptions().expenseStandards).toEqual({ training: { 三类培训: 600, 二类培训: 650, 一类培训: 760 } });
    expect(pane.expenseStandards().find((s) => s.kind === 'training')!.classes[0].label['en-US']).toBe('class-3 training');
    await pane.setExpenseCap('training', '二类培训', -5); // refused
    expect(pane.checkOptions().expenseStandards!.training!['二类培训']).toBe(650);

    const again = await started(seed003(), { settingsFrom: doc });
    expect(again.pane.getState().choices.expenseStandards).toEqual({ training: { 三类培训: 600, 二类培训: 650, 一类培训: 760 } });
    await again.pane.runCheck();
    expect(expense(again.pane)).toEqual([]);
    await again.pane.resetExpenseStandards();
    expect(again.pane.getState().choices.expenseStandards).toBeUndefined();
    expect(expense(again.pane)).toEqual([`info@${CALC}!C17`]);
  });

  it('费用标准 saved in the document that are not a valid table are not used', async () => {
    const { host } = driver.fromDemo(practice());
    await host.saveSetting(CHOICES_SETTING_KEY, { calcSheet: CALC, indicatorSheet: IND, columnOverrides: {}, expenseStandards: { training: { 三类培训: '很多' } } });
    const pane = await startedWith(host);
    expect(pane.getState().choices.expenseStandards).toBeUndefined();
    expect(pane.checkOptions().expenseStandards).toBeUndefined();
  });

  it('shows a failed write in the error bar and leaves the workbook as it was', async () => {
    const { host: inner } = driver.fromDemo(practice());
    const host = forwarding(inner, {
      applyEdits: async (edits) => {
        if (edits.some((e) => e.kind === 'formula')) throw new Error('磁盘已满');
        return inner.applyEdits(edits);
      },
    });
    const pane = await startedWith(host);
    await pane.runCheck();
    const g5 = pane.getState().report!.findings.find((f) => f.cell === 'G5')!;
    await pane.applyFix(g5);
    const s = pane.getState();
    expect(s.phase).toBe('ready');
    expect(s.error?.['zh-CN']).toContain('磁盘已满');
    expect(s.error?.['zh-CN']).toMatch(/^写入失败/);
    expect(s.notice).toBeNull();
    expect(await value(host, { row: 4, col: 6 })).toMatchObject({ value: 4.5, formula: null });
    expect(cellsOf(pane)).toContain(`${CALC}!G5 calc/line-amount`);
  });

  it('shows a failed read in the error bar instead of losing it', async () => {
    const { host } = driver.fromDemo(practice());
    const broken = forwarding(host, { readSnapshot: () => Promise.reject(new Error('连接已断开')) });
    const pane = new PaneController(broken, 'en-US');
    await pane.start();
    expect(pane.getState().error?.['en-US']).toBe('Could not read the workbook: 连接已断开');
    await pane.runCheck();
    expect(pane.getState().error?.['en-US']).toBe('The check failed: 连接已断开');
    expect(pane.getState().phase).toBe('ready');
  });

  it('selecting a finding selects its cell on its sheet', async () => {
    const { pane, doc } = await started();
    await pane.runCheck();
    await pane.select(pane.getState().report!.findings.find((f) => f.cell === 'G8')!);
    expect(doc.selection()).toEqual({ sheet: CALC, row: 7, col: 6 });
  });
});

describe.each(DRIVERS)('PaneController without recognisable sheets on $name', (driver: HostDriver) => {
  it('says so as a warning instead of reporting an empty check', async () => {
    const wb = { id: 'blank', title: { 'zh-CN': '空白', 'en-US': 'Blank' }, active: 'Sheet1', sheets: [{ name: 'Sheet1', cells: [[{ value: '你好' }]], merges: [] }] };
    const pane = await startedWith(driver.fromDemo(wb).host);
    expect(pane.getState().choices).toMatchObject({ calcSheet: '', indicatorSheet: '' });
    await pane.runCheck();
    expect(pane.getState()).toMatchObject({ report: null, noticeIntent: 'warning', error: null });
    expect(pane.getState().notice?.['zh-CN']).toContain('未识别到资金测算表或绩效目标表');
  });

  it('a workbook still missing its 绩效目标表 gets the missing-part finding as a hint, not an error', async () => {
    const doc = driver.create();
    doc.addSheet(CALC, [
      ['序号', '项目名称', '单价（元）', '数量', '金额（元）'],
      [1, '资料印刷', 20, 100, 2000],
      ['合计', null, null, null, 2000],
    ]);
    const pane = await startedWith(doc.host);
    await pane.runCheck();
    const missing = (pane.getState().report?.findings ?? []).filter((f) => f.ruleId === 'workbook/missing-part');
    expect(missing.map((f) => f.severity)).toEqual(['info']);
    expect(missing[0].message['zh-CN']).toContain('绩效目标表');
  });
});
