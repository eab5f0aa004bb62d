/** Per rule: must-fire and must-not-fire cases in both layouts, at exact cells. */
import { calcSheet, form2021, localForm, SEED_000, SEED_004_CLEAN, stack, workbook, type LocalRow, type Row2021 } from './fixtures';
import { cells, run } from './harness';

const local = (rows: LocalRow[], total: number | null = 20, merged = true, yearLine?: string | null) =>
  workbook(stack('绩效目标表', localForm({ project: '测试项目', total, rows, merged, ...(yearLine !== undefined ? { yearLine } : {}) })));
const y2021 = (rows: Row2021[], total: number | null = 1000, merged = true) =>
  workbook(stack('绩效目标', form2021({ project: '测试项目', total, rows, merged })));
const only = (hits: ReturnType<typeof run>, rule: string) => cells(hits, ['error', 'warning', 'info']).filter((c) => c.startsWith(`indicators/${rule}@`));
/** SEED_004_CLEAN with row i replaced (local data starts at row 10, so row i is at E{10+i}). */
const withRow = (i: number, row: LocalRow) => SEED_004_CLEAN.map((r, k) => (k === i ? row : r));
const with2021 = (i: number, row: Row2021) => SEED_000.map((r, k) => (k === i ? row : r));

describe('required-levels / recommended-levels', () => {
  it('local: no 项目效益 → error at the 一级 header B9; both present → nothing', () => {
    const rows = SEED_004_CLEAN.filter((r) => r[0] !== '项目效益');
    expect(only(run(local(rows)), 'required-levels')).toEqual(['indicators/required-levels@B9']);
    expect(only(run(local(SEED_004_CLEAN)), 'required-levels')).toEqual([]);
  });
  it('2021: no 产出 → error at A8, naming it', () => {
    const hits = run(y2021(SEED_000.slice(12).map((r, i) => (i === 0 ? r : r))));
    expect(only(hits, 'required-levels')).toEqual(['indicators/required-levels@A8']);
    expect(hits.find((h) => h.ruleId === 'indicators/required-levels')?.zh).toContain('产出指标');
  });
  it('no 满意度 and no 成本 → one warning naming both; 成本 under 项目完成 counts', () => {
    const rows = SEED_004_CLEAN.filter((r, i) => r[0] !== '满意度指标' && !(i >= 6 && i <= 8));
    const hits = run(local(rows));
    expect(only(hits, 'recommended-levels')).toEqual(['indicators/recommended-levels@B9']);
    expect(hits.find((h) => h.ruleId === 'indicators/recommended-levels')?.zh).toBe('绩效目标表没有满意度指标、成本指标，请确认是否需要填写');
    expect(only(run(local(SEED_004_CLEAN)), 'recommended-levels')).toEqual([]);
  });
});

describe('level2-placement', () => {
  it('local: 社会效益指标 under 项目完成 → error at its 二级 cell C14', () => {
    const hits = run(local(withRow(4, [null, '社会效益指标', '目标任务完成率', '100%'])));
    expect(only(hits, 'level2-placement')).toEqual(['indicators/level2-placement@C14']);
    expect(hits.find((h) => h.ruleId === 'indicators/level2-placement')).toMatchObject({ severity: 'error' });
  });
  it('2021: 数量指标 under 效益指标 → error at B21 (merged or blank)', () => {
    for (const merged of [true, false]) {
      const hits = run(y2021(with2021(12, ['效益指标', '数量指标', '人才集聚效应', '定性', '提升', null, 10, null]), 1000, merged));
      expect(only(hits, 'level2-placement')).toEqual(['indicators/level2-placement@B21']);
    }
  });
  it('unknown 二级 name → warning; 成本指标 under 项目完成 and 经济成本指标 under 成本指标 are accepted', () => {
    const hits = run(local(withRow(4, [null, '其他指标', '目标任务完成率', '100%'])));
    expect(hits.filter((h) => h.ruleId === 'indicators/level2-placement').map((h) => `${h.severity}@${h.cell}`)).toEqual(['warning@C14']);
    expect(only(run(local(SEED_004_CLEAN)), 'level2-placement')).toEqual([]);
    expect(only(run(y2021(SEED_000)), 'level2-placement')).toEqual([]);
  });
});

describe('value-missing', () => {
  it.each(['空', '待定', 'XX', '——', '/', null])('local: %p → error at E14', (v) => {
    expect(only(run(local(withRow(4, [null, '质量指标', '目标任务完成率', v]))), 'value-missing')).toEqual(['indicators/value-missing@E14']);
  });
  it('2021: blank 指标值 and a value without a 三级 name', () => {
    const hits = run(y2021(with2021(1, [null, null, '', '＝', 87, '人', 2, null]).map((r, i) => (i === 3 ? [null, null, '培育重点人才项目数量', '≥', null, '个', 3, null] as Row2021 : r))));
    expect(only(hits, 'value-missing')).toEqual(['indicators/value-missing@C10', 'indicators/value-missing@E12']);
  });
});

describe('nature-mismatch / unit-missing / comparator-missing', () => {
  it('2021: 定性 with a number, ≥ with plain text → warnings; ＝ with 合规 → nothing', () => {
    const rows = with2021(6, [null, '质量指标', '人才公寓保障质量', '定性', 95, '%', 7, null]).map((r, i) =>
      i === 7 ? ([null, null, '人才培训班质量', '≥', '达标', null, 2, null] as Row2021) : r,
    );
    expect(only(run(y2021(rows)), 'nature-mismatch')).toEqual(['indicators/nature-mismatch@E15', 'indicators/nature-mismatch@E16']);
    expect(only(run(y2021(with2021(6, [null, '质量指标', '人才公寓保障质量', '＝', '合规', null, 7, null]))), 'nature-mismatch')).toEqual([]);
  });
  it('local: "≥明显提升" → warning at the value cell', () => {
    expect(only(run(local(withRow(9, ['项目效益', '社会效益指标', '人才工作质效', '≥明显提升']))), 'nature-mismatch')).toEqual(['indicators/nature-mismatch@E19']);
  });
  it('2021: a number with no 度量单位 → warning at the unit cell F10', () => {
    expect(only(run(y2021(with2021(1, [null, null, '慰问及体检专家总数', '＝', 87, null, 2, null]))), 'unit-missing')).toEqual(['indicators/unit-missing@F10']);
    expect(only(run(y2021(SEED_000)), 'unit-missing')).toEqual([]);
  });
  it('missing comparator is info only, at the empty 指标性质 cell in the 2021 layout', () => {
    const hits = run(y2021(with2021(1, [null, null, '慰问及体检专家总数', '', 87, '人', 2, null])));
    expect(hits.filter((h) => h.ruleId === 'indicators/comparator-missing').map((h) => `${h.severity}@${h.cell}`)).toEqual(['info@D10']);
  });
});

describe('percent-range / satisfaction-threshold', () => {
  it('local "≥105%" → error; "≥85%" → warning; threshold option 80 silences it', () => {
    expect(only(run(local(withRow(10, ['满意度指标', '满意度指标', '服务对象满意度', '≥105%']))), 'percent-range')).toEqual(['indicators/percent-range@E20']);
    const low = local(withRow(10, ['满意度指标', '满意度指标', '服务对象满意度', '≥85%']));
    expect(only(run(low), 'satisfaction-threshold')).toEqual(['indicators/satisfaction-threshold@E20']);
    expect(only(run(low, { satisfactionThreshold: 80 }), 'satisfaction-threshold')).toEqual([]);
    expect(only(run(local(SEED_004_CLEAN)), 'percent-range')).toEqual([]);
  });
  it('2021: 满意度 88 % → warning at E24; 90 is fine', () => {
    expect(only(run(y2021(with2021(15, ['满意度指标', '服务对象满意度指标', '受益对象满意度', '≥', 88, '%', 10, null]))), 'satisfaction-threshold')).toEqual([
      'indicators/satisfaction-threshold@E24',
    ]);
    expect(only(run(y2021(SEED_000)), 'satisfaction-threshold')).toEqual([]);
  });
});

describe('timeliness-year', () => {
  it('local: "2025年1—12月" in a （2026年度） form → warning at E15', () => {
    expect(only(run(local(withRow(5, [null, '时效指标', '目标任务完成时限', '2025年1—12月']))), 'timeliness-year')).toEqual(['indicators/timeliness-year@E15']);
  });
  it('2021: "≤2027年3月31日" → warning; the form year wins over options.budgetYear', () => {
    const rows = with2021(10, [null, '时效指标', '项目整体完成时限', '≤', '2027年3月31日', null, 3, null]);
    expect(only(run(y2021(rows)), 'timeliness-year')).toEqual(['indicators/timeliness-year@E19']);
    expect(only(run(y2021(SEED_000), { budgetYear: 2030 }), 'timeliness-year')).toEqual([]);
  });
  it('no year anywhere → silent; options.budgetYear fills in', () => {
    const noYear = local(withRow(5, [null, '时效指标', '目标任务完成时限', '2025年1—12月']), 20, true, null);
    expect(only(run(noYear), 'timeliness-year')).toEqual([]);
    expect(only(run(noYear, { budgetYear: 2026 }), 'timeliness-year')).toEqual(['indicators/timeliness-year@E15']);
  });
});

describe('scoring-target / score-total / duplicate-name (2021)', () => {
  it('scoring text naming 78人 for an 87人 target → warning at H10; "每少1人" is not a target', () => {
    expect(only(run(y2021(with2021(1, [null, null, '慰问及体检专家总数', '＝', 87, '人', 2, '完成78人得2分，每少1人扣0.1分。']))), 'scoring-target')).toEqual([
      'indicators/scoring-target@H10',
    ]);
    expect(only(run(y2021(SEED_000)), 'scoring-target')).toEqual([]);
  });
  it('分值 total 95 → warning at the 分值 header G8; 100 and 90 are fine', () => {
    const rows95 = with2021(0, [SEED_000[0][0], SEED_000[0][1], SEED_000[0][2], '≥', 1, '期', 7, null]);
    expect(only(run(y2021(rows95)), 'score-total')).toEqual(['indicators/score-total@G8']);
    const rows100 = with2021(0, [SEED_000[0][0], SEED_000[0][1], SEED_000[0][2], '≥', 1, '期', 12, null]);
    expect(only(run(y2021(rows100)), 'score-total')).toEqual([]);
  });
  it('the same 三级 name twice under 数量指标 → warning at the second name cell C11', () => {
    expect(only(run(y2021(with2021(2, [null, null, '慰问及体检专家总数', '≥', 40, '次', 5, null]))), 'duplicate-name')).toEqual(['indicators/duplicate-name@C11']);
  });
});

describe('value-arithmetic (local)', () => {
  it('"30人*1000元/人=4万元" → error at E18; the seed\'s right arithmetic passes', () => {
    const hits = run(local(withRow(8, [null, null, '专家慰问', '专家、人才走访慰问30人*1000元/人=4万元']), 21));
    expect(only(hits, 'value-arithmetic')).toEqual(['indicators/value-arithmetic@E18']);
    expect(hits.find((h) => h.ruleId === 'indicators/value-arithmetic')).toMatchObject({ expected: '3万元', actual: '4万元' });
    expect(only(run(local(SEED_004_CLEAN)), 'value-arithmetic')).toEqual([]);
  });
});

describe('cost-total', () => {
  it('local: 8+9+3 = 20万元 against 15万元 → error at the first cost row E16, never at the header', () => {
    const hits = run(local(SEED_004_CLEAN, 15));
    expect(only(hits, 'cost-total')).toEqual(['indicators/cost-total@E16']);
    expect(hits.find((h) => h.ruleId === 'indicators/cost-total')).toMatchObject({ severity: 'error', actual: '20万元', expected: '≤15万元' });
  });
  it('local: 20万元 against 25万元 with every row ＝ → info only', () => {
    expect(run(local(SEED_004_CLEAN, 25)).filter((h) => h.ruleId === 'indicators/cost-total').map((h) => `${h.severity}@${h.cell}`)).toEqual(['info@E16']);
  });
  it('a 项目总成本 row is compared alone; the category rows are its parts, not added to it', () => {
    const rows: typeof SEED_004_CLEAN = [
      ...SEED_004_CLEAN.slice(0, 9),
      [null, null, '项目总成本', '≤20万元'],
      ...SEED_004_CLEAN.slice(9),
    ];
    expect(only(run(local(rows, 20)), 'cost-total')).toEqual([]);
    const hits = run(local(rows, 18));
    expect(only(hits, 'cost-total')).toEqual(['indicators/cost-total@E19']);
    expect(hits.find((h) => h.ruleId === 'indicators/cost-total')).toMatchObject({ actual: '20万元', expected: '≤18万元' });
  });
  it('2021: "≤1000万元" against 900万元 → error at that value cell E25; against 1000 or 1200 → nothing', () => {
    expect(only(run(y2021(SEED_000, 900)), 'cost-total')).toEqual(['indicators/cost-total@E25']);
    expect(only(run(y2021(SEED_000, 1000)), 'cost-total')).toEqual([]);
    expect(only(run(y2021(SEED_000, 1200)), 'cost-total')).toEqual([]);
  });
});

describe('cost-vs-calc / quantity-vs-calc (hand-built calc sheets)', () => {
  const calc = (amount: number) =>
    calcSheet('资金测算明细表', [
      { name: '（一）公务员工作经费', row: 3, amount, children: [{ name: '公务员考察差旅费', row: 4, amount }] },
      { name: '（二）招才引智宣介', row: 5, amount: 90000, children: [{ name: '宣传资料印制', row: 6, amount: 90000 }] },
    ]);
  it('"8万元" vs a 公务员工作经费 category of 70,000元 → warning at E16 with the calc amount', () => {
    const hits = run(local(SEED_004_CLEAN), {}, [calc(70000)]);
    expect(only(hits, 'cost-vs-calc')).toEqual(['indicators/cost-vs-calc@E16']);
    expect(hits.find((h) => h.ruleId === 'indicators/cost-vs-calc')).toMatchObject({ expected: '7万元', actual: '8万元' });
    expect(only(run(local(SEED_004_CLEAN), {}, [calc(80000)]), 'cost-vs-calc')).toEqual([]);
  });
  it('2021: "≤1000万元" 项目总支出控制 matches no category: silent', () => {
    expect(only(run(y2021(SEED_000), {}, [calc(70000)]), 'cost-vs-calc')).toEqual([]);
  });
  it('数量 "≥3个" 新增认定人才工作站 vs a calc line planning 2个 → warning at E14', () => {
    const c = calcSheet('测算', [{ name: '新增认定人才工作站（室）', row: 2, amount: 200000, price: 100000, unitText: '个', factors: [['数量', 2]] }]);
    const hits = run(y2021(SEED_000), {}, [c]);
    expect(only(hits, 'quantity-vs-calc')).toEqual(['indicators/quantity-vs-calc@E14']);
    const ok = calcSheet('测算', [{ name: '新增认定人才工作站（室）', row: 2, amount: 300000, price: 100000, unitText: '个', factors: [['数量', 3]] }]);
    expect(only(run(y2021(SEED_000), {}, [ok]), 'quantity-vs-calc')).toEqual([]);
  });
  it('an ambiguous match (two equally similar lines) stays silent', () => {
    const c = calcSheet('测算', [
      { name: '人才工作站建设', row: 2, amount: 100000, unitText: '个', price: 50000, factors: [['数量', 2]] },
      { name: '人才工作站运营', row: 3, amount: 100000, unitText: '个', price: 50000, factors: [['数量', 2]] },
    ]);
    expect(only(run(y2021(with2021(5, [null, null, '人才工作站', '≥', 3, '个', 3, null])), {}, [c]), 'quantity-vs-calc')).toEqual([]);
  });
});

describe('quantity-vs-calc counting (issue 10, item 6)', () => {
  const meetings = calcSheet('资金测算明细表', [
    {
      name: '三、会议费',
      row: 3,
      amount: 34000,
      children: [
        { name: '党代会', row: 4, amount: 25500, price: 100, factors: [['人数', 85], ['天数', 3]] },
        { name: '视察培训', row: 5, amount: 8500, price: 100, factors: [['人数', 85], ['天数', 1]] },
      ],
    },
  ]);
  const target = (value: number, unit = '人', name = '会议参会人数') => y2021(with2021(1, [null, null, name, '＝', value, unit, 2, null]));
  it('the same 85 people on two lines are 85 (or 170 counted per line), not a mismatch', () => {
    expect(only(run(target(85), {}, [meetings]), 'quantity-vs-calc')).toEqual([]);
    expect(only(run(target(170), {}, [meetings]), 'quantity-vs-calc')).toEqual([]);
  });
  it('any other count is still a mismatch, at E10', () => {
    const hits = run(target(60), {}, [meetings]);
    expect(only(hits, 'quantity-vs-calc')).toEqual(['indicators/quantity-vs-calc@E10']);
    expect(hits.find((h) => h.ruleId === 'indicators/quantity-vs-calc')).toMatchObject({ expected: '170人', actual: '60人' });
    expect(only(run(target(100), {}, [meetings]), 'quantity-vs-calc')).toEqual(['indicators/quantity-vs-calc@E10']);
  });
  it('4期 × 50人: a target of 200 (people × sessions) or 50 agrees; 120 does not', () => {
    const training = calcSheet('资金测算明细表', [{ name: '干部培训班', row: 3, amount: 100000, price: 500, factors: [['期数', 4], ['人数', 50]] }]);
    expect(only(run(target(200, '人', '干部培训班参训人数'), {}, [training]), 'quantity-vs-calc')).toEqual([]);
    expect(only(run(target(50, '人', '干部培训班参训人数'), {}, [training]), 'quantity-vs-calc')).toEqual([]);
    expect(only(run(target(120, '人', '干部培训班参训人数'), {}, [training]), 'quantity-vs-calc')).toEqual(['indicators/quantity-vs-calc@E10']);
  });
});
