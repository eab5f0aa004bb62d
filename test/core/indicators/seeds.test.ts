/** The seeds' real indicator mistakes, at the exact cells, and clean seed forms giving no error or warning. */
import { calcSheet, form2021, localForm, SEED_000, SEED_004_ARCHIVES, SEED_004_CLEAN, SEED_004_TRAINING, sheetOf, stack, workbook, type Row2021 } from './fixtures';
import { cells, run } from './harness';

describe('seed 004 (local layout, 成本指标 under 项目完成)', () => {
  for (const merged of [true, false]) {
    it(`a clean form gives no error or warning (${merged ? 'merged' : 'blank'} 一级/二级)`, () => {
      const hits = run(workbook(stack('绩效目标表', localForm({ project: '公务员管理和人才工作经费', total: 20, rows: SEED_004_CLEAN, merged }))));
      expect(cells(hits)).toEqual([]);
      // Only hints: "100%", "8万元", "9万元" have no comparator and read as ＝.
      expect(cells(hits, ['info'])).toEqual(['indicators/comparator-missing@E14', 'indicators/comparator-missing@E16', 'indicators/comparator-missing@E17']);
    });
  }

  it('827本 in the 数量指标 vs 900本 in the 成本指标, at the 数量指标 value cell E11', () => {
    const hits = run(workbook(stack('绩效目标表', localForm({ project: '干部工作综合业务经费', total: 15, rows: SEED_004_ARCHIVES, merged: true }))));
    expect(cells(hits)).toEqual(['indicators/quantity-vs-cost-text@E11']);
    const [h] = hits.filter((x) => x.ruleId === 'indicators/quantity-vs-cost-text');
    expect(h).toMatchObject({ actual: '827本', expected: '900本', severity: 'warning' });
    expect(h.zh).toContain('E17');
  });

  it('"至少5期，1期…12万元…预计需要46万元" is 60万元, at E15', () => {
    const hits = run(workbook(stack('绩效目标表', localForm({ project: '干部教育培训经费', total: 80, rows: SEED_004_TRAINING, merged: true }))));
    expect(cells(hits)).toEqual(['indicators/value-arithmetic@E15']);
    expect(hits.find((h) => h.ruleId === 'indicators/value-arithmetic')).toMatchObject({ expected: '60万元', actual: '46万元', severity: 'error' });
  });

  it('ten-form pages: every form is checked against its own 年度资金总额', () => {
    const sheet = stack(
      '申报表',
      localForm({ project: '公务员管理和人才工作经费', total: 20, rows: SEED_004_CLEAN, merged: true, trailingBlank: 6 }),
      localForm({ project: '干部工作综合业务经费', total: 15, rows: SEED_004_ARCHIVES, merged: false, trailingBlank: 4 }),
      localForm({ project: '干部教育培训经费', total: 80, rows: SEED_004_TRAINING, merged: true }),
    );
    const hits = run(workbook(sheet));
    // form 2 starts at row 26 (20 rows + 6 blank): its E11 is E37; form 3 starts at 26 + 23 + 4 = 53: E15 → E68.
    expect(cells(hits)).toEqual(['indicators/quantity-vs-cost-text@E37', 'indicators/value-arithmetic@E68']);
  });
});

describe('seed 000 (2021 layout)', () => {
  for (const merged of [true, false]) {
    it(`分值 total 90 is accepted and the form is clean (${merged ? 'merged' : 'blank'})`, () => {
      const hits = run(workbook(stack('绩效目标', form2021({ project: '人才管理专项经费', total: 1000, rows: SEED_000, merged }))));
      expect(cells(hits)).toEqual([]);
    });
  }

  it('87人 = 34人 + 53人 in the calc sheet gives no finding', () => {
    const calc = calcSheet('资金测算明细表', [
      {
        name: '区委联系专家、产业发展顾问春节慰问',
        row: 20,
        amount: 43500,
        children: [
          { name: '区委联系专家春节慰问', row: 21, amount: 17000, price: 500, unitText: '人', factors: [['人数', 34]] },
          { name: '产业发展顾问春节慰问', row: 22, amount: 26500, price: 500, unitText: '人', factors: [['人数', 53]] },
        ],
      },
    ]);
    const hits = run(workbook(stack('绩效目标', form2021({ project: '人才管理专项经费', total: 1000, rows: SEED_000, merged: true }))), {}, [calc]);
    expect(cells(hits)).toEqual([]);
  });
});

/** Seed 001: 2021 layout with 空 placeholders and "＝4场" at 5000元/场 while the budget pays 5000元. */
const SEED_001: Row2021[] = [
  ['产出指标', '数量指标', '人才管理服务经费', '空', '空', '空', null, null],
  [null, null, '场数', '=', 4, '场', null, null],
  [null, '质量指标', '人才评审准确率', '=', '100%', '%', null, null],
  [null, '时效指标', '创业园区高校毕业生房补发放及时率', '<=', '11月份以前', '%', null, null],
  [null, null, '流程人口档案管理中心建设时间', '空', '空', '空', null, null],
  ['效益指标', '社会效益指标', '保障人才管理合理性', '=', '维护社会稳定性', '%', null, null],
  ['满意度指标', '服务对象满意度指标', '辅助性岗位满意度', '>=', '95%以上', '%', null, null],
];

describe('seed 001', () => {
  const calc = calcSheet('资金测算明细表', [
    { name: '人才管理经费', row: 3, amount: 10000, children: [
      { name: '优秀人才初评初审', row: 4, amount: 5000, basis: '开展2026年呈贡区第四批优秀人才、人才工作站（室）、人才项目的初审评审工作，优秀人才初评初审5000元/场' },
      { name: '流动人员人事档案邮政快递费用', row: 5, amount: 5000, basis: '200份人事档案邮寄业务，200份*25元/份=5000元' },
    ] },
  ]);
  const book = workbook(stack('绩效目标表', form2021({ project: '人才服务管理经费', total: 66, rows: SEED_001, merged: true })));

  it('flags every 空 at its 指标值 cell and the missing 成本指标', () => {
    const hits = run(book);
    expect(cells(hits)).toEqual([
      'indicators/recommended-levels@A8',
      'indicators/value-missing@E9',
      'indicators/value-missing@E13',
    ]);
    expect(hits.find((h) => h.cell === 'E9')?.zh).toBe('三级指标“人才管理服务经费”的指标值是占位内容“空”，尚未填写');
  });

  it('"＝4场" while the calc pays 5000元/场 once (5000元), at E10', () => {
    const hits = run(book, {}, [calc]);
    const h = hits.find((x) => x.ruleId === 'indicators/quantity-vs-calc');
    expect(h).toMatchObject({ cell: 'E10', expected: '1场', actual: '4场', severity: 'warning' });
    expect(h?.zh).toContain('资金测算明细表!B5');
  });
});

/** Seed 003: 一级 repeated on every row, 指标值 without comparators, scoring text with its own numbers. */
function seed003() {
  const rows: (string | null)[][] = [
    ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '评(扣)分标准', '绩效指标值设定依据及数据来源'],
    [null, '产出指标', '数量指标', '年度考核干部人数', '2000人', '①年度考核达到指标人数的,得满分;②未达到2000人的,得分=实际考核人数/计划考核人数*100%×指标分值', '《考核办法》'],
    [null, '产出指标', '数量指标', '试用期满考核人数', '20人', '①试用期满考核达到指标人数的,得满分;②未达到2000人的,得分=实际考核人数/计划考核人数*100%×指标分值', '《暂行规定》'],
    [null, '产出指标', '数量指标', '调研次数', '2次', '①调研次数达到指标值的,得满分;②未达到2次的,得分=实际调研次数/计划调研次数*100%×指标分值', '《办法》'],
    [null, '产出指标', '质量指标', '干部考核工作完成率', '100%', '①按计划开展考核工作,得满分;②未完成考核计划,得分=实际完成干部考核工作/计划完成考核工作*100%×指标分值', '《条例》'],
    [null, '产出指标', '时效指标', '工作开展时效', '2023年1月至11月', '①在2022年11月30日前按时完成,得满分;② 未按时完成,每推迟1天,扣分=推迟天数/365天×指标分', '按工作计划推进'],
    [null, '产出指标', '成本指标', '项目预算经费执行率', '90%', '①执行率高于90%得满分;②低于90%的,得分=实际执行率×指标分值', '按工作计划推进'],
    [null, '效益指标', '社会效益指标', '干部队伍能力素质提升率', '80%', '①干部素质达到要求,得满分;②未达到要求,得分=实际干部素质提升率/计划干部素质提升率*100%×指标分值', '实施意见'],
    [null, '满意度指标', '服务对象满意度指标', '选人用人民主评议满意度', '90%', '①满意度≥90%,得满分;② 60%≤满意度<90,得分=完成比例×指标分;③满意度<60%,不得分', '实施意见'],
  ];
  return workbook(sheetOf('绩效目标表', rows));
}

describe('seed 003', () => {
  it('flags "未达到2000人的" for a 20人 target and "2022年11月30日前" for a 2023 period, at the 评分标准 cells', () => {
    const hits = run(seed003(), { budgetYear: 2023 });
    expect(cells(hits)).toEqual(['indicators/scoring-target@F3', 'indicators/scoring-target@F6']);
    expect(hits.find((h) => h.cell === 'F3')).toMatchObject({ actual: '2000人', expected: '20人' });
    expect(hits.find((h) => h.cell === 'F6')).toMatchObject({ actual: '2022', expected: '2023' });
    // Missing comparators are hints only.
    expect(hits.filter((h) => h.ruleId === 'indicators/comparator-missing').every((h) => h.severity === 'info')).toBe(true);
  });

  it('with another budget year the 时效 value is outside it', () => {
    const hits = run(seed003(), { budgetYear: 2024 });
    expect(cells(hits)).toContain('indicators/timeliness-year@E6');
  });
});
