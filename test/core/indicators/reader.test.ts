import { readIndicatorSheets } from '../../../src/core/indicators/reader';
import { form2021, localForm, SEED_000, SEED_004_ARCHIVES, SEED_004_CLEAN, sheetOf, stack, workbook } from './fixtures';

describe('readIndicatorSheets — local 4-column layout (seed 004)', () => {
  for (const merged of [true, false]) {
    it(`reads 一级/二级 as ${merged ? 'vertically merged cells' : 'blank "same as above" cells'}`, () => {
      const sheet = stack('绩效目标表', localForm({ project: '公务员管理和人才工作经费', total: 20, rows: SEED_004_CLEAN, merged }));
      const [t] = readIndicatorSheets(workbook(sheet));
      expect(t.layout).toBe('local');
      expect(t.headerRow).toBe(8);
      expect(t.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, value: 4 });
      expect(t.rows).toHaveLength(11);
      const cost = t.rows.filter((r) => r.level2?.kind === 'cost');
      expect(cost.map((r) => r.name)).toEqual(['公务员工作经费', '招才引智宣介', '市委、区委直接联系掌握专家、高层次人才']);
      // the cost rows belong to 项目完成 (B10) and their 二级 label sits at C16
      expect(cost.every((r) => r.level1?.kind === 'output' && r.level1.row === 9 && r.level1.col === 1)).toBe(true);
      expect(cost.every((r) => r.level2?.row === 15 && r.level2.col === 2)).toBe(true);
      const sat = t.rows[t.rows.length - 1];
      expect(sat.level1?.kind).toBe('satisfaction');
      expect(sat.comparator).toBe('>=');
      expect(sat.value.number?.toNumber()).toBe(95);
      expect(sat.unit).toBe('%');
      expect(t.header.projectName?.text).toBe('公务员管理和人才工作经费');
      expect(t.header.annualTotal?.money.format('万元')).toBe('20万元');
      expect(t.header.annualTotal?.cell).toEqual({ row: 4, col: 2 });
      expect(t.budgetYear).toEqual({ year: 2026, source: 'title', cell: { row: 1, col: 0 } });
    });
  }

  it('reads several forms stacked on one sheet, each with its own header block', () => {
    const sheet = stack(
      '申报表',
      localForm({ project: '公务员管理和人才工作经费', total: 20, rows: SEED_004_CLEAN, merged: true, trailingBlank: 5 }),
      localForm({ project: '干部工作综合业务经费', total: 15, rows: SEED_004_ARCHIVES, merged: true, trailingBlank: 3 }),
    );
    const tables = readIndicatorSheets(workbook(sheet));
    expect(tables.map((t) => [t.header.projectName?.text, t.headerRow, t.rows.length])).toEqual([
      ['公务员管理和人才工作经费', 8, 11],
      ['干部工作综合业务经费', 20 + 5 + 8, 14],
    ]);
    expect(tables[1].header.annualTotal?.money.format('万元')).toBe('15万元');
    expect(tables[1].blockTop).toBe(20);
    // "\n成本指标\n\n\n\n\n成本指标" still reads as 成本指标
    expect(tables[1].rows[6].level2?.kind).toBe('cost');
  });
});

describe('readIndicatorSheets — 2021 layout (seed 000)', () => {
  for (const merged of [true, false]) {
    it(`reads 指标性质, 度量单位, 分值 and 评分标准 (${merged ? 'merged' : 'blank'} groups)`, () => {
      const sheet = stack('绩效目标', form2021({ project: '人才管理专项经费', total: 1000, rows: SEED_000, merged }));
      const [t] = readIndicatorSheets(workbook(sheet));
      expect(t.layout).toBe('2021');
      expect(t.headerRow).toBe(7);
      expect(t.rows).toHaveLength(18);
      const experts = t.rows[1];
      expect(experts.name).toBe('慰问及体检专家总数');
      expect(experts.comparator).toBe('=');
      expect(experts.value.number?.toNumber()).toBe(87);
      expect(experts.unit).toBe('人');
      expect(experts.score?.value.toNumber()).toBe(2);
      expect(experts.level1).toMatchObject({ kind: 'output', row: 8, col: 0 });
      expect(experts.level2).toMatchObject({ kind: 'quantity', row: 8, col: 1 });
      const deadline = t.rows[10];
      expect(deadline.value.kind).toBe('date');
      expect(deadline.value.dates[0]).toEqual({ year: 2026, month: 12, day: 31, toMonth: null });
      expect(deadline.comparator).toBe('<=');
      expect(t.rows[16].level1).toMatchObject({ kind: 'cost', row: 24, col: 0 });
      expect(t.rows[16].level2?.kind).toBe('economicCost');
      expect(t.rows[6].nature?.qualitative).toBe(true);
      expect(t.header.annualTotal?.money.format('万元')).toBe('1,000万元');
    });
  }

  it('finds the budget year in 年度绩效目标(2026年) when the title has none', () => {
    const block = form2021({ project: 'x', total: 10, rows: SEED_000.slice(0, 2), merged: true, yearLine: null });
    block.values[6][2] = '年度绩效目标(2025年)：开展培训';
    block.values[6][0] = '年度绩效目标(2025年)';
    const [t] = readIndicatorSheets(workbook(stack('S', block)));
    expect(t.budgetYear?.year).toBe(2025);
    expect(t.budgetYear?.source).toBe('period');
  });

  it('ignores sheets without an indicator header, and honours a forced sheet list', () => {
    const calc = sheetOf('资金测算明细表', [['序号', '项目名称', '金额（元）'], ['1', '评审', 5000]]);
    const ind = stack('Sheet2', form2021({ project: 'x', total: 10, rows: SEED_000.slice(0, 2), merged: true }));
    expect(readIndicatorSheets(workbook(calc, ind)).map((t) => t.sheet)).toEqual(['Sheet2']);
    expect(readIndicatorSheets(workbook(calc, ind), ['资金测算明细表'])).toEqual([]);
  });
});

describe('readIndicatorSheets — where a table ends (issue 10, items 4 and 5)', () => {
  const ROWS: [string | null, string | null, string, string][] = [
    ['项目完成', '数量指标', '培训人次', '≥200人次'],
    [null, '质量指标', '项目资金到位率', '100%'],
    [null, null, '资金使用合规性', '合规'],
    [null, '时效指标', '项目实施进度', '2026年1—12月'],
    ['项目效益', '社会效益指标', '干部能力提升', '明显提升'],
    ['满意度指标', '满意度指标', '主管部门满意度', '≥90%'],
    [null, null, '预算单位满意度', '≥95%'],
  ];
  it('indicator names starting with 主管部门 / 项目资金 / 预算单位 are rows of the table, not a new form', () => {
    const [t] = readIndicatorSheets(workbook(stack('绩效目标表', localForm({ project: 'x', total: 10, rows: ROWS, merged: true }))));
    expect(t.rows.map((r) => r.name)).toEqual(ROWS.map((r) => r[2]));
    expect(t.rows[6]).toMatchObject({ row: 15, comparator: '>=', unit: '%' });
    expect(t.rows[6].level1?.kind).toBe('satisfaction');
  });
  it('notes and sign-off rows below the table end it (they are never indicators)', () => {
    const form = localForm({ project: 'x', total: 10, rows: ROWS, merged: false });
    const tail = [
      [],
      ['注：1.指标值应包含数字及文字描述；2.本表一式两份。', null, null, null, null],
      [null, '说明：满意度按问卷统计', null, null, null],
      ['填报人：张三', null, '审核人：李四', null, '填报日期：2026年3月1日'],
      ['单位负责人：', null, '财务负责人：', null, null],
      ['审核意见', null, null, null, null],
      ['单位（盖章）', null, null, null, null],
    ];
    const sheet = stack('绩效目标表', form, { values: tail, merges: [] });
    const [t] = readIndicatorSheets(workbook(sheet));
    expect(t.rows).toHaveLength(ROWS.length);
    expect(t.lastRow).toBe(15);
  });
  it('a real header block (项目名称 followed by its value) still starts a new form', () => {
    const sheet = stack(
      '申报表',
      localForm({ project: '甲项目', total: 10, rows: ROWS, merged: true, trailingBlank: 2 }),
      localForm({ project: '乙项目', total: 20, rows: ROWS, merged: true }),
    );
    const tables = readIndicatorSheets(workbook(sheet));
    expect(tables.map((t) => [t.header.projectName?.text, t.rows.length, t.header.annualTotal?.money.format('万元')])).toEqual([
      ['甲项目', 7, '10万元'],
      ['乙项目', 7, '20万元'],
    ]);
  });
});
