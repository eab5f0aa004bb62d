import { impliedComparator } from '../../../src/core/rules/indicators/comparator-missing';

describe('the direction a scoring text gives a target', () => {
  it.each([
    ['①年度考核达到指标人数的，得满分；②未达到2000人的，得分=实际考核人数/计划考核人数*100%×指标分值', '≥'],
    ['①执行率高于90%得满分；②低于90%的，得分=实际执行率×指标分值', '≥'],
    ['①满意度≥90%，得满分；② 60%≤满意度<90，得分=完成比例×指标分；③满意度<60%，不得分', '≥'],
    ['①按计划开展考核工作，得满分；②未完成考核计划，得分=完成比例×指标分值', '≥'],
    ['不低于95%得满分', '≥'],
    ['未达到90%的，按比例扣分', '≥'],
    ['项目成本控制在20万元以内的得满分，超出的按比例扣分', '≤'],
    ['成本不超过预算得满分', '≤'],
    ['超过预算的不得分', '≤'],
  ])('%s → %s', (text, expected) => {
    expect(impliedComparator(text)).toBe(expected);
  });

  it.each([['按实际完成情况评分'], ['低于80%扣2分，高于120%扣2分'], ['']])('%s → no direction', (text) => {
    expect(impliedComparator(text)).toBeNull();
  });
});
