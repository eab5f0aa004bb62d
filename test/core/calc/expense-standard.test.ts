/** calc/expense-standard: training and meeting rates per 人·天, lecture fees per 学时, against the standards. */
import type { CellValue } from '../../../src/core/snapshot';
import { checkWorkbook } from '../../../src/core/check';
import type { CheckOptions } from '../../../src/core/rule';
import { book, sheet } from './fixtures';

const ROWS: CellValue[][] = [
  ['2026年干部教育培训经费资金测算明细表'],
  ['序号', '项目', '单价（元）', '人数', '天数', '金额（元）', '测算依据'],
  ['1.', '科级干部培训班培训费', 800, 50, 3, 120000, null],
  ['2.', '中青年干部培训班培训费', 600, 40, 2, 48000, null],
  ['3.', '全区组织工作会议会议费', 500, 100, 1, 50000, null],
  ['4.', '专家讲课费', null, null, null, 12000, '8学时×1500元/学时=12000元'],
  ['5.', '外请教授讲课费', null, null, null, 16000, '8学时×2000元/学时=16000元'],
  ['6.', '培训场地费', 3000, null, 2, 6000, null], // per day, not per person-day
  ['7.', '培训资料费', 50, 60, null, 3000, null], // per person
  ['8.', '异地培训费', 1500, 20, 5, 30000, null], // 1500 × 20 = 30000: per person, the 天数 does not multiply
  ['合计', null, null, null, null, 285000, null],
];

function expenseFindings(options: CheckOptions = {}) {
  return checkWorkbook(book(sheet('资金测算明细表', ROWS)), options).findings.filter((f) => f.ruleId === 'calc/expense-standard');
}

describe('calc/expense-standard', () => {
  it('above the highest class: warning; above the lowest: a hint; at or below: nothing — at the cell holding the rate', () => {
    expect(expenseFindings().map((f) => [f.cell, f.severity, f.actual, f.expected])).toEqual([
      ['C3', 'warning', '800元/人·天', '≤760元/人·天'],
      ['C4', 'info', '600元/人·天', '≤550元/人·天'],
      ['G6', 'info', '1,500元/学时', '≤500元/学时'],
      ['G7', 'warning', '2,000元/学时', '≤1,000元/学时'], // 教授 names the 正高级 class (cap 1000),
    ]);
  });

  it('says which standard, in both languages', () => {
    const [over, hint] = expenseFindings();
    expect(over.message['zh-CN']).toBe('培训费标准 800元/人·天，超过一类培训上限 760元/人·天（财行〔2016〕540号综合定额）');
    expect(over.message['en-US']).toBe('Training rate 800元/人·天 is above the class-1 training cap of 760元/人·天 (comprehensive quota, 财行〔2016〕540号)');
    expect(hint.message['zh-CN']).toBe('培训费标准 600元/人·天，高于三类培训 550元/人·天；请确认适用类别（三类培训 550、二类培训 650、一类培训 760，财行〔2016〕540号综合定额）');
  });

  it('a local table replaces a kind: training capped at 900 and 1000元 → 800 and 600 pass; lectures keep the central table', () => {
    const found = expenseFindings({ expenseStandards: { training: { 县级培训: 900, 市级培训: 1000 } } });
    expect(found.map((f) => f.cell)).toEqual(['G6', 'G7']);
    const strict = expenseFindings({ expenseStandards: { meeting: { 本地会议: 400 } } });
    expect(strict.find((f) => f.cell === 'C5')).toMatchObject({ severity: 'warning', expected: '≤400元/人·天' });
    expect(strict.find((f) => f.cell === 'C5')!.message['zh-CN']).toBe('会议费标准 500元/人·天，超过本地会议上限 400元/人·天（用户标准）');
  });
});

describe('calc/expense-standard: the 住宿 and 伙食 parts of a 综合定额, itemised under a training or a meeting', () => {
  const rows: CellValue[][] = [
    ['序号', '项目', '单价（元）', '人数', '天数', '金额（元）'],
    ['一、', '科级干部培训班', null, null, null, 44400],
    ['1.', '住宿费', 400, 60, 1, 24000], // above 三类 340, within 一类 500 → hint
    ['2.', '伙食费', 160, 60, 1, 9600], // above 一、二类 150 → warning
    ['3.', '场地费', 3600, null, 3, 10800],
    ['二、', '全区组织工作会议', null, null, null, 52000],
    ['1.', '住宿费', 520, 100, 1, 52000], // above 一类 500 → warning
    ['三、', '差旅费', null, null, null, 6000],
    ['1.', '住宿费', 600, 5, 2, 6000], // travel lodging: not a training or meeting quota
    ['合计', null, null, null, null, 102400],
  ];
  it('hint, warning and warning at the prices; travel lodging is left alone', () => {
    const found = checkWorkbook(book(sheet('资金测算明细表', rows))).findings.filter((f) => f.ruleId === 'calc/expense-standard');
    expect(found.map((f) => [f.cell, f.severity, f.expected])).toEqual([
      ['C3', 'info', '≤340元/人·天'],
      ['C4', 'warning', '≤150元/人·天'],
      ['C7', 'warning', '≤500元/人·天'],
    ]);
    expect(found[1].message['zh-CN']).toBe('培训伙食费标准 160元/人·天，超过一、二类培训上限 150元/人·天（财行〔2016〕540号综合定额分项）');
  });
});

describe('calc/expense-standard on the seeds', () => {
  it('003: 异地培训 at 600元/人·天 (45期 × 40人 × 5天) is above class 3 (550元) → a hint at the price C17; 省内 550 passes', async () => {
    const { readWorkbookFile } = await import('../../../src/xlsx');
    const path = await import('path');
    const report = checkWorkbook(await readWorkbookFile(path.join(__dirname, '../../../examples/003-干部工作经费.xlsx')));
    const found = report.findings.filter((f) => f.ruleId === 'calc/expense-standard');
    expect(found.map((f) => `${f.severity}@${f.sheet}!${f.cell} ${f.actual}`)).toEqual(['info@资金测算明细表!C17 600元/人·天']);
  });
});
