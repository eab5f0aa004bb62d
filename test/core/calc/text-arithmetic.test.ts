import { analyzeText } from '../../../src/core/text/arithmetic';

const eq = (text: string) => analyzeText(text).equations.map((e) => [e.expression, e.computed.value.toFixed(), e.agrees]);
const totals = (text: string) => analyzeText(text).totals.map((t) => [t.computed?.toFixed() ?? null, t.stated.format(), t.agrees]);

describe('arithmetic written in text', () => {
  it.each([
    ['30人*1000元/人=3万元', '30人×1000元/人', '30000'],
    ['200份×25元/份=5000元', '200份×25元/份', '5000'],
    ['37人×0.5万元/人/年=18.5万元', '37人×0.5万元/人/年', '185000'],
    ['37人*0.06万元/人/年=2.22万元', '37人×0.06万元/人/年', '22200'],
    ['4000元/人 × (13+67+12)人 = 36.8万元', '4000元/人×(13+67+12)人', '368000'],
    ['２６０人＊２００元／人＝５.２万元', '260人×200元/人', '52000'],
  ])('evaluates %s as right', (text, expr, value) => {
    expect(eq(text)).toEqual([[expr, value, true]]);
  });

  it('catches a wrong equation: 4期×每期12.5万元=46万元 is 50万元', () => {
    expect(eq('4期×每期12.5万元=46万元')).toEqual([['4期×每期12.5万元', '500000', false]]);
  });

  it('checks an equation closed by 共 instead of =, and the total of the amounts listed', () => {
    const text = '驻村帮扶干部人才慰问经费37人*0.06万元/人/年，共2.22万元；援藏干部走访慰问经费2人*1600元/人，共0.32万元。预计需2.54万元';
    expect(eq(text)).toEqual([
      ['37人×0.06万元/人/年', '22200', true],
      ['2人×1600元/人', '3200', true],
    ]);
    expect(totals(text)).toEqual([['25400', '2.54万元', true]]);
  });

  it('catches seed 004: 至少5期，1期…12万元 … 预计需要46万元 is 5 × 12 = 60万元', () => {
    const text = '围绕区委中心工作、重大决策部署，举办区级（赴外）重点专题培训班至少5期，1期培训费课时费预计12万元，其余食宿费、交通费均回原单位报销，预计需要46万元';
    const r = analyzeText(text);
    expect(r.totals).toHaveLength(1);
    expect(r.totals[0].computed!.toFixed()).toBe('600000');
    expect(r.totals[0].explanation).toBe('5期×12万元');
    expect(r.totals[0].agrees).toBe(false);
  });

  it('accepts the right lists of seed 004 (34万元, 49.1万元, 9万元, 20万元)', () => {
    for (const text of [
      '举办乡科级主要领导读书班至少1期，培训费等预计5万元；举办中青年干部培训班1期，预计花费12万元；举办任职培训班1期，预计12万元；举办初任培训班1期，约80人，预计要5万元；预计需34万元',
      '学习、调研视察活动7万元，健康体检费10万元，健康休养费3万元，报刊费4.5万元，活动意外保险费0.5万元，元旦、春节慰问离休及正县10人*1600元/人=1.6万元，副县30人*1200元/人=3.6万元，享受副县待遇47人*1000元/人=4.7万元，中秋、国庆、重阳节慰问85人*1000元/人=8.5万元，生病住院、生日、逝世慰问3万元，驻蓉支部负责人工作补贴0.6万元，改制企业离休干部电话费0.1万元，特困帮扶费2万元，共计：49.1万元',
      '干部人事档案数字化新增档案300本，3万元，补充资料档案900本，2万元,档案专用回转柜2.5万元，干部管理系统软件维护费1.5万元，预计需9万元',
      '党代会选票、名册等资料印刷7万元，办公及其他耗材7万元，差旅费6万元，预计需20万元',
    ]) {
      const r = analyzeText(text);
      expect(r.totals.map((t) => t.agrees)).toEqual([true]);
      expect(r.totals[0].computed).not.toBeNull();
    }
  });

  it('does not add up a list that holds an unpriced rate (5000元/场 with no count of 场)', () => {
    const text = '优秀人才初评初审5000元/场；流动人员人事档案邮政快递费用，200份*25元/份=5000元。合计1万元';
    expect(totals(text)).toEqual([[null, '1万元', true]]);
  });

  it('catches a wrong list total', () => {
    expect(totals('资料印刷7万元，耗材7万元，差旅费6万元，预计需21万元')).toEqual([['200000', '21万元', false]]);
  });

  it('ignores dates and plain counts', () => {
    const r = analyzeText('2026年1—12月，全区公务员1070余人，新录用公务员50人');
    expect(r.equations).toEqual([]);
    expect(r.totals).toEqual([]);
    expect(r.finalAmount).toBeNull();
  });
});
