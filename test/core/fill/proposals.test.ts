/**
 * Fill proposals an accountant would keep: nothing taken from a calc line the checker flags, no
 * quantity the form already states (alone or in parts), per-line counts the form lacks, 人均培训成本
 * at a class the expense-standard check accepts (and naming it), and a user template's 分值 kept.
 */
import type { CellValue, WorkbookSnapshot } from '../../../src/core/snapshot';
import { planFill, proposeFill } from '../../../src/core/fill';
import { parseTemplateFile } from '../../../src/core/fill/schema';
import { readIndicatorSheets } from '../../../src/core/indicators/reader';
import { form2021, sheetOf, stack, workbook } from '../indicators/fixtures';

const CALC = '资金测算明细表';

type Line = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];
function calc(lines: Line[], total: number) {
  return sheetOf(CALC, [
    ['2026年人才工作经费资金测算明细表'],
    ['单位：万元'],
    ['序号', '支出项目', '单价（元）', '数量', '单位', '次数', '金额（万元）', '测算依据'],
    ...lines,
    [null, '合计', null, null, null, null, total, null],
  ]);
}

/** 招才引智: 10场 × 8000元 = 8万元 but written 80000 (a 元/万元 slip, G6); 宣传资料 200份 (G7). */
function slipWorkbook(amount: number, total: number, categoryAmount: number): WorkbookSnapshot {
  return workbook(
    calc(
      [
        ['一、', '招才引智宣介', null, null, null, null, categoryAmount, null],
        ['1.', '赴外招才引智活动', 8000, 10, '场', 1, amount, null],
        ['2.', '宣传推介材料', 50, 200, '份', 1, 1, null],
      ],
      total,
    ),
  );
}

const row = (rows: { name: string }[], name: string) => rows.find((r) => r.name === name) as ReturnType<typeof proposeFill>['rows'][number];

describe('a calc line the checker flags gives no value', () => {
  it('a 元/万元 slip in G5: the category row is unticked, empty, and says which row to fix first', () => {
    const p = proposeFill(slipWorkbook(80000, 80001, 80001), { fromCalc: true });
    const cost = row(p.rows, '招才引智宣介经费');
    expect(cost.selected).toBe(false);
    expect(cost.value).toBe('');
    expect(cost.note?.['zh-CN']).toBe('先修正资金测算表第 5 行（金额单位（元/万元）疑似填错），修正后重新生成预览即按正确金额取值');
    expect(cost.note?.['en-US']).toContain('Fix row 5 of the fund calculation sheet first');
    // Nothing shows 80001 anywhere in the preview.
    expect(p.rows.some((r) => r.value.includes('80001'))).toBe(false);
    // The count on the flagged line waits for the fix too; the 份 of the other line does not.
    expect(row(p.rows, '赴外招才引智活动场次')).toMatchObject({ selected: false, value: '' });
    expect(row(p.rows, '宣传推介材料份数')).toMatchObject({ selected: true, value: '200', unit: '份' });
  });

  it('after the fix the same row takes the corrected amount', () => {
    const p = proposeFill(slipWorkbook(8, 9, 9), { fromCalc: true });
    expect(row(p.rows, '招才引智宣介经费')).toMatchObject({ selected: true, value: '9', unit: '万元' });
    expect(row(p.rows, '赴外招才引智活动场次')).toMatchObject({ selected: true, value: '10', unit: '场' });
  });

  it('a row left unticked for a flagged line is never inserted, even when ticked by hand', () => {
    const snap = slipWorkbook(80000, 80001, 80001);
    const p = proposeFill(snap, { fromCalc: true });
    const rows = p.rows.map((r) => (r.name === '招才引智宣介经费' ? { ...r, selected: true } : r));
    const plan = planFill(snap, rows, { fromCalc: true });
    expect(plan.inserted.map((x) => x.row.name)).not.toContain('招才引智宣介经费');
  });
});

/**
 * 003-like: 省内培训 27期 × 40人 × 5天 and 异地培训 45期 × 40人 × 5天 (the 省内 rate `rate`, 异地 550
 * 元/人·天; `rate` null: no rate written anywhere); the form states 省内/异地 期次 already.
 */
function trainingWorkbook(rate: number | null, lectureHours = false): WorkbookSnapshot {
  const amount = (r: number, classes: number) => (r * 40 * 5 * classes) / 10000;
  const a = rate === null ? 297 : amount(rate, 27);
  const b = amount(550, 45);
  type Row = CellValue[];
  const lines: Row[] = [
    ['1.', '省内培训', rate, 40, '人', 5, 27, a, rate === null ? '每期40人、5天' : `每期40人、5天，${rate}元/人·天`],
    ['2.', '异地培训', rate === null ? null : 550, 40, '人', 5, 45, b, rate === null ? '每期40人、5天' : '每期40人、5天，550元/人·天'],
  ];
  if (lectureHours) lines.push(['3.', '专题讲座讲课费', 500, 40, '学时', 1, 1, 2, '40学时×500元/学时=2万元']);
  const total = lines.reduce((t, l) => t + (l[7] as number), 0);
  const sheet = sheetOf(CALC, [
    ['2026年干部教育培训经费资金测算明细表'],
    ['单位：万元'],
    ['序号', '支出项目', '单价（元）', '数量', '单位', '天数', '期数', '金额（万元）', '测算依据'],
    ['一、', '干部教育培训', null, null, null, null, null, total, null],
    ...lines,
    [null, '合计', null, null, null, null, null, total, null],
  ]);
  return workbook(
    sheet,
    stack(
      '绩效目标表',
      form2021({
        project: '干部教育培训经费',
        total,
        merged: true,
        rows: [
          ['产出指标', '数量指标', '省内培训期次', '≥', 27, '次', 20, '完成27次得满分'],
          [null, null, '异地培训期次', '≥', 45, '次', 20, '完成45次得满分'],
          [null, '质量指标', '培训合格率', '≥', 90, '%', 10, '达到90%得满分'],
          ['效益指标', '社会效益指标', '干部履职能力', '定性', '明显提升', null, 30, '明显提升得满分'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥', 90, '%', 10, '满意度达到90%得满分'],
        ],
      }),
    ),
  );
}

describe('quantities', () => {
  it('培训班次 ≥72期 is not proposed ticked when 省内 27 and 异地 45 期次 already stand in the form', () => {
    const snap = trainingWorkbook(550);
    const p = proposeFill(snap, { types: ['培训类'] });
    const classes = row(p.rows, '培训班次');
    expect(classes.value).toBe('72');
    expect(classes.selected).toBe(false);
    expect(classes.note?.['zh-CN']).toBe('表中第 9、10 行（省内培训期次 27期、异地培训期次 45期）已分别列出，合计 72期，不再重复');
  });

  it('a form that covers some quantities still gets the ones it lacks (学时 of a lecture line)', () => {
    const p = proposeFill(trainingWorkbook(550, true), { fromCalc: true });
    expect(row(p.rows, '专题讲座讲课学时')).toMatchObject({ selected: true, value: '40', unit: '学时' });
  });
});

describe('人均培训成本 at a rate the expense-standard check accepts', () => {
  it('600元/人·天 in the calc sheet → the 二类 cap 650, naming the class and the cell', () => {
    const p = proposeFill(trainingWorkbook(600), { types: ['培训类'] });
    const cost = row(p.rows, '人均培训成本');
    expect(cost).toMatchObject({ selected: true, value: '650', unit: '元/人·天', nature: '≤' });
    expect(cost.note?.['zh-CN']).toBe(`按二类培训标准 650元/人·天（测算表单价 600元/人·天，取自 ${CALC}!B5）；如适用其他类别请修改`);
    expect(cost.basis).toBe('培训费二类培训标准 650元/人·天（财行〔2016〕540号综合定额）');
  });

  it('no rate in the calc sheet → the lowest class, said to be assumed', () => {
    const p = proposeFill(trainingWorkbook(null), { types: ['培训类'] });
    const cost = row(p.rows, '人均培训成本');
    expect(cost).toMatchObject({ selected: true, value: '550' });
    expect(cost.note?.['zh-CN']).toBe('测算表未写明单价，按三类培训标准 550元/人·天；如适用其他类别请修改');
  });

  it('a rate above every class → unticked, no value, the line to fix named', () => {
    const p = proposeFill(trainingWorkbook(800), { types: ['培训类'] });
    const cost = row(p.rows, '人均培训成本');
    expect(cost).toMatchObject({ selected: false, value: '' });
    expect(cost.note?.['zh-CN']).toBe(`测算表单价 800元/人·天（${CALC}!B5）超过一类培训上限 760元/人·天，先修正资金测算表第 5 行`);
  });

  it('local standards (the pane’s 费用标准) decide the class', () => {
    const p = proposeFill(trainingWorkbook(600), { types: ['培训类'], checkOptions: { expenseStandards: { training: { 三类: 500, 二类: 580, 一类: 700 } } } });
    expect(row(p.rows, '人均培训成本').value).toBe('700');
    expect(row(p.rows, '人均培训成本').note?.['zh-CN']).toContain('按一类标准 700元/人·天');
  });
});

describe('a user template’s 分值', () => {
  const file = JSON.stringify({
    templates: [
      {
        type: '我的培训',
        rows: [{ level1: '产出指标', level2: '质量指标', name: '结业考核通过率', nature: '≥', value: 95, unit: '%', score: 7, scoring: '达到{value}{unit}得满分' }],
      },
    ],
  });
  const parsed = parseTemplateFile(file);
  if (!parsed.ok) throw new Error('the template file should parse');

  it('is written into a form that already has scores', () => {
    const snap = trainingWorkbook(550);
    const p = proposeFill(snap, { types: ['我的培训'], userTemplates: parsed.sets });
    const plan = planFill(snap, p.rows, { types: ['我的培训'], userTemplates: parsed.sets });
    const table = readIndicatorSheets(plan.edits.length ? applyAll(snap, plan) : snap)[0];
    const r = table.rows.find((x) => x.name === '结业考核通过率');
    expect(r?.score?.value.toNumber()).toBe(7);
  });

  it('is written into a new sheet', () => {
    const snap = workbook(calc([['一、', '培训', 550, 40, '人', 5, 11, null]], 11));
    const p = proposeFill(snap, { types: ['我的培训'], userTemplates: parsed.sets });
    const plan = planFill(snap, p.rows, { types: ['我的培训'], userTemplates: parsed.sets });
    const table = readIndicatorSheets(applyAll(snap, plan))[0];
    expect(table.rows.find((x) => x.name === '结业考核通过率')?.score?.value.toNumber()).toBe(7);
  });
});

import { applyEditsToSnapshot } from '../../../src/core/fill/snapshot-edits';
function applyAll(snap: WorkbookSnapshot, plan: ReturnType<typeof planFill>): WorkbookSnapshot {
  return applyEditsToSnapshot(snap, plan.edits);
}
