/**
 * The 插入指标模板 tab's controller section against every host driver (test/host/drivers.ts): preview (nothing written),
 * tick/edit, 插入所选 through the journal (one 撤销), the check after it, a second run that changes
 * nothing, user template import (good and bad files), and a workbook without an indicator sheet.
 * Uses the shipped example 003-干部工作经费 (2021 layout, budget year 2023) and the real core.
 */
import { PaneController } from '../../src/taskpane/controller';
import type { WorkbookHost } from '../../src/host/host';
import { demoWorkbooks } from '../../src/demo/workbooks';
import type { DemoWorkbook } from '../../src/demo/workbook';
import { DRIVERS, type DriverWorkbook, type HostDriver } from '../host/drivers';

const CALC = '资金测算明细表';
const IND = '绩效目标表';
const example = (): DemoWorkbook => demoWorkbooks().find((w) => w.id === 'example-003-3')!;

async function startedOn(driver: HostDriver, wb = example()): Promise<{ host: WorkbookHost; pane: PaneController; doc: DriverWorkbook }> {
  const doc = driver.fromDemo(wb);
  const pane = new PaneController(doc.host, 'zh-CN');
  await pane.start();
  return { host: doc.host, pane, doc };
}

/** 三级 names (column C) and 指标值 (column E) of the indicator sheet, row by row (1-based keys). */
async function column(host: WorkbookHost, sheet: string, col: number): Promise<Map<number, unknown>> {
  const snap = await host.readSnapshot([sheet]);
  const values = snap.sheets[0].values;
  return new Map(values.map((row, r) => [r + 1, row?.[col] ?? null]));
}
const rowCount = async (host: WorkbookHost, sheet: string) => (await host.readSnapshot([sheet])).sheets[0].values.length;
const rowByName = (pane: PaneController, name: string) => pane.getState().fill.rows!.find((r) => r.name === name)!;

describe.each(DRIVERS)('插入指标模板 in the pane controller on $name', (driver: HostDriver) => {
  const started = (wb?: DemoWorkbook) => startedOn(driver, wb);

  it('生成预览 proposes the calc rows with their cells and writes nothing', async () => {
    const { host, pane } = await started();
    const before = await host.readSnapshot();
    expect(pane.getState().fill).toMatchObject({ fromCalc: true, types: [], rows: null });
    await pane.proposeFill();
    const fill = pane.getState().fill;
    expect(fill.sheet).toBe(IND);
    expect(fill.budgetYear).toBe(2023);
    expect(fill.rows!.map((r) => `${r.selected ? 'x' : ' '} ${r.name} ${r.nature}${r.value}${r.unit}`)).toEqual([
      'x 干部考核考察经费 ≤75.6万元',
      'x 干部人事档案数字化及系统维护经费 ≤85.25万元',
      'x 公务员考录遴选及统计经费 ≤120万元',
      'x 干部教育培训经费 ≤950万元',
      '  项目总成本 ≤1230.85万元',
      '  市管领导班子和领导干部年度考核人数 ≥2000人',
      '  试用期满考核人数 ≥20人',
      '  项目完成时限 ≤2023年12月31日',
    ]);
    // Quantities the form already states are shown unticked, saying where.
    expect(rowByName(pane, '试用期满考核人数').note?.['zh-CN']).toBe('第 11 行“试用期满考核人数”已是同一目标（20人）');
    expect(rowByName(pane, '干部考核考察经费').note?.['zh-CN']).toBe(`取自 ${CALC}!H4`);
    expect(rowByName(pane, '项目完成时限').note?.['zh-CN']).toBe('表中已有时效指标（第 25 行）');
    expect(await host.readSnapshot()).toEqual(before);
    expect(pane.journal.canUndo).toBe(false);
  });

  it('插入所选 writes the ticked rows with the edited value as one undo step, re-checks, and a second run changes nothing', async () => {
    const { host, pane, doc } = await started();
    await pane.runCheck();
    // The example has findings of its own (comparators left out, a scoring text); they stay, moved with the rows.
    const findingsBefore = pane.getState().report!.findings;
    expect(findingsBefore.length).toBeGreaterThan(0);
    pane.setFillTypes(['培训类']);
    await pane.proposeFill();
    pane.toggleFillRow(rowByName(pane, '干部教育培训经费').id, false);
    pane.editFillRow(rowByName(pane, '培训合格率').id, { value: '92' });
    pane.editFillRow(rowByName(pane, '培训出勤率').id, { nature: '＞' });
    const rowsBefore = await rowCount(host, IND);
    await pane.insertFill();

    const s = pane.getState();
    expect(s.error).toBeNull();
    const result = s.fill.result!;
    expect(result.unchanged).toBe(false);
    expect(result.inserted.map((r) => `${r.row} ${r.name}`)).toEqual([
      '22 培训天数',
      '26 培训出勤率',
      '27 培训合格率',
      '29 培训计划按期完成率',
      '31 干部考核考察经费',
      '32 干部人事档案数字化及系统维护经费',
      '33 公务员考录遴选及统计经费',
      '34 人均培训成本',
      '41 参训人员满意度',
    ]);
    // 培训班次 (27 + 45 期) is not proposed ticked: rows 20 and 21 state it in parts.
    expect(rowByName(pane, '培训班次').selected).toBe(false);
    expect(rowByName(pane, '培训班次').note?.['zh-CN']).toBe('表中第 20、21 行（省内培训期次 27期、异地培训期次 45期）已分别列出，合计 72期，不再重复');
    // 人均培训成本: the calc pays 600元/人·天, so the ceiling is the 二类 cap that covers it.
    expect(rowByName(pane, '人均培训成本').value).toBe('650');
    expect(rowByName(pane, '人均培训成本').note?.['zh-CN']).toBe(`按二类培训标准 650元/人·天（测算表单价 600元/人·天，取自 ${CALC}!B17）；如适用其他类别请修改`);
    // The sheet shows where the rows went: the first inserted row's 三级 cell (C22) is selected.
    expect(doc.selection()).toMatchObject({ sheet: IND, row: 21, col: 2 });
    expect(s.fill.done).toBe(true);
    // The unticked row is not there; 培训人次 (no value in the calc sheet) stayed unticked.
    const names = await column(host, IND, 2);
    const values = await column(host, IND, 4);
    expect([...names.values()]).not.toContain('干部教育培训经费');
    expect([...names.values()]).not.toContain('培训人次');
    expect(names.get(27)).toBe('培训合格率');
    expect(values.get(27)).toBe(92);
    expect((await column(host, IND, 3)).get(26)).toBe('＞'); // the comparator chosen in the preview
    expect(names.get(31)).toBe('干部考核考察经费');
    expect(values.get(31)).toBe(75.6);
    expect(values.get(34)).toBe(650);
    expect([...names.values()]).not.toContain('培训班次');
    expect(await rowCount(host, IND)).toBe(rowsBefore + 9);
    // One journal entry, the check ran again and has nothing new.
    expect(pane.journal.history()).toHaveLength(1);
    expect(s.undoLabel?.['zh-CN']).toBe('插入指标模板（9 行）');
    expect(s.notice?.['zh-CN']).toBe(`已在“${IND}”插入 9 行指标。`);
    expect(s.report!.findings.map((f) => f.ruleId)).toEqual(findingsBefore.map((f) => f.ruleId));
    expect(s.report!.findings.find((f) => f.ruleId === 'indicators/scoring-target')?.cell).toBe('G11'); // above the inserts: not moved
    expect(result.newFindings).toEqual([]);

    // Twice: every chosen row exists now, nothing is written, and the pane says so.
    const afterFirst = await host.readSnapshot();
    await pane.insertFill();
    expect(pane.getState().fill.result!.unchanged).toBe(true);
    expect(pane.getState().fill.result!.inserted).toEqual([]);
    expect(pane.getState().notice?.['zh-CN']).toBe('没有变化：所选指标已在表中，重复执行不会再次插入。');
    expect(pane.getState().noticeIntent).toBe('warning');
    expect(pane.journal.history()).toHaveLength(1);
    expect(await host.readSnapshot()).toEqual(afterFirst);

    // 撤销 takes every inserted row away at once.
    await pane.undo();
    expect(await rowCount(host, IND)).toBe(rowsBefore);
    expect([...(await column(host, IND, 2)).values()]).not.toContain('培训合格率');
    expect(pane.getState().fill.result).toBeNull();
    expect(pane.getState().fill.done).toBe(false);
    expect(pane.journal.canUndo).toBe(false);
  });

  it('插入所选 stays done until the preview changes: a tick, an edit or a new preview enables it again', async () => {
    const { pane } = await started();
    await pane.proposeFill();
    await pane.insertFill();
    expect(pane.getState().fill.done).toBe(true);
    pane.editFillRow(rowByName(pane, '项目总成本').id, { value: '1230' });
    expect(pane.getState().fill.done).toBe(false);
    await pane.insertFill();
    expect(pane.getState().fill.done).toBe(true);
    pane.toggleFillRow(rowByName(pane, '项目总成本').id, true);
    expect(pane.getState().fill.done).toBe(false);
  });

  it('a value edited against the calc sheet is skipped with the reason, the rest inserted', async () => {
    const { host, pane } = await started();
    await pane.proposeFill();
    pane.editFillRow(rowByName(pane, '干部考核考察经费').id, { value: '70' });
    pane.setAllFillRows(false);
    pane.toggleFillRow(rowByName(pane, '干部考核考察经费').id, true);
    pane.toggleFillRow(rowByName(pane, '公务员考录遴选及统计经费').id, true);
    await pane.insertFill();
    const result = pane.getState().fill.result!;
    expect(result.inserted.map((r) => r.name)).toEqual(['公务员考录遴选及统计经费']);
    expect(result.skipped.map((r) => r.name)).toEqual(['干部考核考察经费']);
    expect(result.skipped[0].reason['zh-CN']).toContain('≤70万元');
    expect(result.skipped[0].reason['zh-CN']).toContain('75.6万元');
    expect([...(await column(host, IND, 2)).values()]).not.toContain('干部考核考察经费');
  });

  it('imports a user template file; a bad file gives every schema error in the MessageBar and keeps the old set', async () => {
    const { pane } = await started();
    const good = JSON.stringify({
      templates: [
        {
          type: '我的调研项目',
          label: { 'zh-CN': '我的调研项目', 'en-US': 'My survey' },
          rows: [{ level1: '产出指标', level2: '数量指标', name: '调研报告份数', nature: '≥', value: 3, unit: '份', score: 5, scoring: '完成{value}{unit}得满分' }],
        },
      ],
    });
    await pane.importFillTemplates('mine.json', async () => good);
    let fill = pane.getState().fill;
    expect(pane.getState().error).toBeNull();
    expect(fill.userTemplatesFile).toBe('mine.json');
    expect(fill.types).toEqual(['我的调研项目']);
    expect(pane.getState().notice?.['zh-CN']).toBe('已导入 1 套模板：我的调研项目');
    await pane.proposeFill();
    expect(rowByName(pane, '调研报告份数')).toMatchObject({ value: '3', unit: '份', selected: true, source: 'template' });

    const bad = JSON.stringify({ templates: [{ type: '坏模板', rows: [{ level1: '产出指标', level2: '数量指标', name: '份数', nature: '大约', value: 3, unit: '份', score: 5, scoring: 'x' }] }] });
    await pane.importFillTemplates('bad.json', async () => bad);
    const error = pane.getState().error!;
    expect(error['zh-CN'].split('\n')[0]).toBe('模板文件“bad.json”有误，未导入：');
    expect(error['zh-CN']).toContain('第 1 个模板（坏模板）第 1 行：字段“nature”应为 ＝、≥、≤、＞、＜ 或 定性 之一，实为“大约”');
    expect(error['en-US']).toContain('Template 1 (坏模板), row 1: field "nature" must be one of');
    fill = pane.getState().fill;
    expect(fill.userTemplatesFile).toBe('mine.json');
    expect(fill.types).toEqual(['我的调研项目']);

    await pane.importFillTemplates('broken.json', async () => '{ not json');
    expect(pane.getState().error!['zh-CN']).toMatch(/模板文件“broken\.json”有误，未导入：\n• 模板文件不是有效的 JSON：/);
    await pane.importFillTemplates('gone.json', async () => {
      throw new Error('permission denied');
    });
    expect(pane.getState().error!['zh-CN']).toBe('无法读取模板文件“gone.json”：permission denied');

    pane.removeFillTemplates();
    expect(pane.getState().fill).toMatchObject({ userTemplates: [], userTemplatesFile: null, types: [] });
  });

  it('without an indicator sheet, says one will be created and creates it on insert (undo removes it)', async () => {
    const wb = example();
    const calcOnly: DemoWorkbook = { ...wb, id: 'calc-only', sheets: wb.sheets.filter((s) => s.name === CALC), active: CALC };
    const { host, pane } = await started(calcOnly);
    expect(pane.getState().choices.indicatorSheet).toBe('');
    await pane.proposeFill();
    const fill = pane.getState().fill;
    expect(fill.sheet).toBeNull();
    // The general rows complete a new form (产出, 效益, 满意度) besides the calc rows.
    expect(fill.rows!.some((r) => r.level1Text === '满意度指标')).toBe(true);
    await pane.insertFill();
    const s = pane.getState();
    expect(s.error).toBeNull();
    expect(s.fill.result!.createsSheet).toBe(true);
    const created = s.fill.result!.sheet;
    expect(s.sheetNames).toEqual([CALC, created]);
    expect(s.choices.indicatorSheet).toBe(created);
    const names = [...(await column(host, created, 2)).values()];
    expect(names).toContain('干部考核考察经费');
    expect(s.fill.result!.newFindings).toEqual([]);
    await pane.undo();
    expect((await host.sheetNames()).names).toEqual([CALC]);
  });

  it('says so when neither a type nor 从资金测算表生成 is chosen', async () => {
    const { pane } = await started();
    pane.setFillFromCalc(false);
    await pane.proposeFill();
    expect(pane.getState().notice?.['zh-CN']).toBe('请至少选择一个项目类型或“从资金测算表生成”。');
    expect(pane.getState().fill.rows).toBeNull();
  });
});
