/**
 * A 标准 column without a unit in its header holds 元 on most lines, but a line's 测算依据 may write the
 * same number in 万元 ("0.25万元/月"): that line's price is then 万元, and 12 × 0.25万元 = 3万元 is right.
 */
import { check, sheet, where } from './fixtures';

const rows = (officeAmount: number) => [
  ['单位：万元', null, null, null, null, null],
  ['科目编码', '科目名称', '测算依据', '数量', '标准', '金额'],
  ['30201', '办公费', '日常办公用品12个月×0.25万元/月', 12, 0.25, officeAmount],
  ['30211', '差旅费', '赴省外学习考察10人×3000元/人', 10, 3000, 3],
];

test('the price unit written in the line text is used when the header names none', () => {
  expect(where(check(sheet('资金测算明细表', rows(3))).findings.filter((f) => f.severity !== 'info'))).toEqual([]);
});

test('a wrong amount on such a line is still an ordinary line-amount error, at its cell', () => {
  const report = check(sheet('资金测算明细表', rows(3.5)));
  const errors = report.findings.filter((f) => f.severity !== 'info');
  expect(where(errors)).toEqual(['calc/line-amount@资金测算明细表!F3']);
  expect(errors[0].expected).toBe('3万元');
});
