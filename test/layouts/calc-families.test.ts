/**
 * Issue 10, calc side: each layout family as a real .xlsx (test/layouts/calc), read the way the CLI
 * reads it (src/xlsx → checkWorkbook). Correct workbooks: no error or warning. Seeded workbooks: exactly
 * the seeded findings.
 */
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { buildContext, checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { CheckOptions } from '../../src/core/rule';
import { buildWorkbook } from './calc/build';
import * as F from './calc/families';

jest.setTimeout(60_000);

async function findingsOf(s: F.Submission, options: CheckOptions = {}): Promise<Finding[]> {
  const snap = await readWorkbookBuffer(await buildWorkbook(s.sheets), `${s.name}.xlsx`);
  const report = checkWorkbook(snap, options);
  expect(report.errors).toEqual([]);
  return report.findings;
}

const loud = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'warning');
const line = (f: Finding) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell} expected=${f.expected ?? ''} actual=${f.actual ?? ''} ${f.message['zh-CN']}`;
const lines = (fs: Finding[]) => fs.map(line).join('\n');

describe('correct workbooks of every calc family are silent at error/warning', () => {
  test.each(F.cleanSubmissions().map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const found = loud(await findingsOf(s));
    expect(lines(found)).toBe('');
  });
});

/** The error/warning findings as "rule@Sheet!A1 expected→actual", sorted, for exact assertions. */
async function seeded(s: F.Submission, options: CheckOptions = {}): Promise<string[]> {
  return loud(await findingsOf(s, options))
    .map((f) => `${f.ruleId}@${f.sheet}!${f.cell} ${f.expected ?? ''}→${f.actual ?? ''}`)
    .sort();
}

describe('seeded mistakes give exactly their findings', () => {
  test('two-row header: a wrong 小计 and a 财政拨款 that does not add up to its 小计', async () => {
    expect(await seeded(F.twoRowHeaders({ midSubtotal: 62000, juniorFiscal: 160000 }))).toEqual([
      'calc/fund-parts@资金测算明细表!I6 160,000元→165,000元',
      'calc/line-amount@资金测算明细表!I7 60,000元→62,000元',
    ]);
  });

  test('two-row header with the unit on top (金额（万元） over 小计): a 元 figure in the 万元 column', async () => {
    // 2元 × 3000份 × 2次 = 1.2万元, written as 12000 (元) in the 万元 column.
    expect(await seeded(F.twoRowUnitOnTop({ leafletAmount: 12000 }))).toEqual(['calc/unit-slip@测算明细!H8 1.2万元→12,000万元']);
  });

  test('two-row header without 小计: the line amount is 财政拨款 + 其他资金, a mistake is found at 财政拨款 without a fix', async () => {
    // 600 × 10 × 3 = 18000, but 15000 + 4000 = 19000 (合计 and 年度资金总额 follow the parts).
    const found = loud(await findingsOf(F.twoRowNoSubtotal({ studyOther: 4000 })));
    expect(found.map((f) => `${f.ruleId}@${f.cell} ${f.expected}→${f.actual}`)).toEqual(['calc/line-amount@G4 18,000元→19,000元']);
    expect(found[0].fix).toBeUndefined();
  });

  test('支出经济分类: the code prefix gives the tree; 合计 adds the classes only', async () => {
    const s = F.economicClassification({ codesAsText: true });
    const [calc] = buildContext(await readWorkbookBuffer(await buildWorkbook(s.sheets))).calc;
    expect(calc.roots.map((l) => `${l.numbering}:${l.kind}[${l.children.map((c) => c.numbering).join(',')}]`)).toEqual([
      '302:category[30201,30211,30216,30217,30226]',
      '303:category[30305]',
    ]);
    expect(calc.total?.children.map((l) => l.numbering)).toEqual(['302', '303']);
  });

  test('支出经济分类 with text codes: a class row that is not the sum of its items', async () => {
    expect(await seeded(F.economicClassification({ codesAsText: true, class302: 60400 }))).toEqual([
      'calc/subtotal@资金测算明细表!F4 59,400元→60,400元',
    ]);
  });

  test('支出经济分类 with numeric codes: a wrong item amount', async () => {
    // 10人次 × 1500元 = 15000, written 16000 (the class and 合计 follow what the items declare).
    expect(await seeded(F.economicClassification({ codesAsText: false, travelAmount: 16000 }))).toEqual([
      'calc/line-amount@资金测算明细表!F6 15,000元→16,000元',
    ]);
  });

  test('支出经济分类 in 万元: a 委托业务费 line off by 1000×', async () => {
    expect(await seeded(F.economicWanYuan({ entrusted: 5000 }))).toEqual(['calc/unit-slip@资金测算明细表!F7 5万元→5,000万元']);
  });

  test('notes below: a wrong line above the notes; the notes and sign-off rows are never lines', async () => {
    // 550 × 80 × 1 = 44000, written 45000 in the line and its category (合计 and 年度资金总额 follow).
    const s = F.notesBelow({ meetingAmount: 45000 });
    expect(await seeded(s)).toEqual(['calc/line-amount@资金测算明细表!G5 44,000元→45,000元']);
    const calc = buildContext(await readWorkbookBuffer(await buildWorkbook(s.sheets))).calc;
    expect(calc.map((c) => c.lines.map((l) => `${l.row + 1}:${l.kind}`).join(' '))).toEqual(['4:category 5:item 6:category 7:item 8:item 9:total']);
  });

  test('text numbers and ROUND formulas: a wrong count under a text price', async () => {
    // 800元 × 25 × 1 = 2万元 cached by the ROUND formula, but the 小计 was typed for 20 boards (18.1):
    // the line agrees with its formula, the 宣传费 category does not add up.
    expect(await seeded(F.textNumbersAndFormulas({ boardCount: 25 }))).toEqual(['calc/subtotal@资金测算明细表!F4 18.5万元→18.1万元']);
  });

  test('real mix: a wrong product in a 测算依据 text', async () => {
    expect(await seeded(F.realMix({ checkupText: '260人*300元/人=5.2万元' }))).toEqual(['calc/text-arithmetic@资金测算明细表!C6 7.8万元→5.2万元']);
  });

  test('expense standards by line name and rate unit: each rate above the cap of the class its line names', async () => {
    const s = F.expenseStandardsMix({ trainingRate: 600, lectureRate: 800, consultRate: 1800, consultTitle: '其他专业人员', mealsRate: 150, transportRate: 100 });
    expect(await seeded(s)).toEqual([
      'calc/expense-standard@资金测算明细表!C11 ≤120元/人·天→150元/人·天', // 伙食补助 naming no region: above the highest (西藏/青海/新疆 120)
      'calc/expense-standard@资金测算明细表!C12 ≤80元/人·天→100元/人·天', // 市内交通费
      'calc/expense-standard@资金测算明细表!C5 ≤550元/人·天→600元/人·天', // 三类培训班
      'calc/expense-standard@资金测算明细表!C6 ≤500元/学时→800元/学时', // 讲课费（副高级职称）
      'calc/expense-standard@资金测算明细表!C7 ≤1,500元/人·天→1,800元/人·天', // 专家咨询费（其他专业人员）
    ]);
  });

  test('a line naming its class gets that class: 西藏 伙食补助 120 passes (clean set), 130 does not; 院士 咨询 3600 passes, 3700 does not', async () => {
    expect(await seeded(F.expenseStandardsMix({ tripTo: '西藏', mealsRate: 130, consultTitle: '院士', consultRate: 3700 }))).toEqual([
      'calc/expense-standard@资金测算明细表!C11 ≤120元/人·天→130元/人·天',
      'calc/expense-standard@资金测算明细表!C7 ≤3,600元/人·天→3,700元/人·天',
    ]);
  });

  test('a 高级职称 专家咨询费 of 2400 is within 财科教〔2017〕128号; 2500 is not', async () => {
    expect(await seeded(F.expenseStandardsMix({ consultRate: 2400 }))).toEqual([]);
    expect(await seeded(F.expenseStandardsMix({ consultRate: 2500 }))).toEqual(['calc/expense-standard@资金测算明细表!C7 ≤2,400元/人·天→2,500元/人·天']);
  });

  test('local standards override each new kind (--standards / the pane)', async () => {
    const s = F.expenseStandardsMix();
    const local = { travelMeals: { 其他地区: 80 }, travelTransport: { 市内交通费: 60 }, consultation: { 高级专业技术职称: 1200 } };
    expect(await seeded(s, { expenseStandards: local })).toEqual([
      'calc/expense-standard@资金测算明细表!C11 ≤80元/人·天→100元/人·天',
      'calc/expense-standard@资金测算明细表!C12 ≤60元/人·天→80元/人·天',
      'calc/expense-standard@资金测算明细表!C7 ≤1,200元/人·天→1,500元/人·天',
    ]);
  });
});
