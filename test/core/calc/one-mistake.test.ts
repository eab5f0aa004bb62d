/** One mistake, one finding: a wrong calc line is reported at the line, not again by totals or by the indicator sheet. */
import type { CellValue } from '../../../src/core/snapshot';
import { sheet, check, where } from './fixtures';

function workbook(slipAmount: number, costTarget: number) {
  const calc = sheet('资金测算明细表', [
    ['单位：万元'],
    ['序号', '支出内容', '单价（元）', '数量', '次数', '金额（万元）'],
    ['一、', '招才引智宣介', null, null, null, slipAmount + 1],
    ['1', '赴外招才引智活动', 8000, 10, 1, slipAmount],
    ['2', '宣传推介材料', 50, 200, 1, 1],
    ['二、', '专家人才服务', null, null, null, 3],
    ['1', '走访慰问专家人才', 1000, 30, 1, 3],
    ['合计', null, null, null, null, slipAmount + 4],
  ]);
  const rows: CellValue[][] = [
    ['其他运转类项目支出绩效目标申报表'],
    ['项目资金（万元）', '年度资金总额：', 12],
    [null, '其中：财政拨款', 12],
    [null, '其他资金', null],
    ['一级指标', '二级指标', '三级指标', '指标值（包含数字及文字描述）'],
    ['项目完成', '数量指标', '走访慰问专家人才人数', '30人'],
    [null, '质量指标', '目标任务完成率', '100%'],
    [null, '时效指标', '目标任务完成时限', '2026年1—12月'],
    [null, '成本指标', '招才引智宣介', `${costTarget}万元`],
    [null, null, '专家人才服务', '3万元'],
    ['项目效益', '社会效益指标', '提升人才工作质量', '明显提升'],
    ['满意度指标', '满意度指标', '服务对象满意度', '≥95%'],
  ];
  return [calc, sheet('绩效目标表', rows)] as const;
}

describe('one mistake, one finding', () => {
  it('a clean pair of sheets gives no error or warning', () => {
    const r = check(...workbook(8, 9));
    expect(where(r.findings.filter((f) => f.severity !== 'info'))).toEqual([]);
  });

  it('a 元/万元 slip in a line is reported once, at the line, even though its category, the total and the 成本指标 now disagree', () => {
    const r = check(...workbook(80000, 9));
    expect(where(r.findings.filter((f) => f.severity !== 'info'))).toEqual(['calc/unit-slip@资金测算明细表!F4']);
  });

  it('a 成本指标 that disagrees with the calc sheet on its own is still reported', () => {
    const r = check(...workbook(8, 7));
    expect(where(r.findings.filter((f) => f.severity !== 'info'))).toEqual(['indicators/cost-vs-calc@绩效目标表!D9']);
  });
});
