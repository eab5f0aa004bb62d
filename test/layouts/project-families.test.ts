/**
 * Issue 10 precision guard (items 3–7): complete submissions in each layout family, written as real
 * .xlsx and read through the CLI path (src/xlsx read → checkWorkbook). Correct workbooks must be
 * silent at error/warning; seeded ones give exactly the seeded findings.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/read';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { BuiltWorkbook } from './projects/build';
import * as F from './projects/families';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'project-families-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function check(name: string, built: BuiltWorkbook): Promise<Finding[]> {
  const file = path.join(dir, `${name}.xlsx`);
  await built.workbook.xlsx.writeFile(file);
  const report = checkWorkbook(await readWorkbookFile(file));
  expect(report.errors).toEqual([]);
  return report.findings;
}
const loud = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}@${f.sheet}!${f.cell} ${f.message['zh-CN']}`);
const brief = (f: Finding) => ({ ruleId: f.ruleId, at: `${f.sheet}!${f.cell}`, expected: f.expected, actual: f.actual });

const CORRECT: [string, () => BuiltWorkbook][] = [
  ['two projects (项目一测算表 / 项目二绩效目标, mixed order)', () => F.twoProjects()],
  ['three numbered projects (1.XX经费测算表 / 1.XX经费绩效目标表)', () => F.threeNumbered()],
  ['notes and sign-off rows below the indicator table', () => F.withNotes()],
  ['indicator names starting with header-block words', () => F.headerWordNames()],
  ['the same 85 people on several lines', () => F.repeatedPeople()],
  ['money 成本指标 per category and 项目总成本, local 4-column layout', () => F.costPerCategory()],
];

describe('correct workbooks: no error or warning', () => {
  CORRECT.forEach(([title, build], i) => {
    it(title, async () => {
      const findings = await check(`correct-${i}`, build());
      expect(loud(findings)).toEqual([]);
      expect(findings.filter((f) => f.ruleId === 'workbook/project-pairing')).toEqual([]);
    });
  });
});

describe('seeded mistakes: exactly the seeded findings', () => {
  it("two projects: project two's 合计 ≠ its own 年度资金总额 → once, at project two's 合计; project one silent", async () => {
    const built = F.twoProjects(undefined, F.talent({ annualTotalWan: 4.5 }));
    const findings = await check('seeded-two', built);
    const total = built.calc['人才服务管理经费'].totalRow;
    expect(findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'calc/grand-total', at: `项目二测算表!G${total}`, expected: '45,000元', actual: '40,000元' },
    ]);
  });
  it('three numbered projects: project 2 promises 3场 (calc pays 2), project 3 budgets 党员教育 at 2万元 (calc 2.4万元)', async () => {
    const b = F.talent().indicators.map((r) => (r[2] === '人才项目评审场次' ? ([...r.slice(0, 4), 3, r[5], r[6], '完成3场得10分'] as typeof r) : r));
    const c = F.archives().indicators.map((r) => (r[2] === '党员教育经费' ? ([...r.slice(0, 4), 2, r[5], r[6], '控制在2万元以内得5分'] as typeof r) : r));
    const built = F.threeNumbered({ 2: { indicators: b }, 3: { indicators: c } });
    const findings = await check('seeded-three', built);
    const rowB = built.forms['人才服务管理经费'].rows[0];
    const rowC = built.forms['组织工作综合业务经费'].rows[3];
    expect(findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'indicators/cost-vs-calc', at: `3.组织工作综合业务经费绩效目标表!E${rowC}`, expected: '2.4万元', actual: '2万元' },
      { ruleId: 'indicators/quantity-vs-calc', at: `2.人才服务管理经费绩效目标表!E${rowB}`, expected: '2场', actual: '3场' },
    ]);
  });
  it('sheets that cannot be paired: one hint, and no total compared across projects', async () => {
    const findings = await check('seeded-unpairable', F.unpairable());
    expect(loud(findings)).toEqual([]);
    const hints = findings.filter((f) => f.ruleId === 'workbook/project-pairing');
    expect(hints.map((f) => [f.severity, `${f.sheet}!${f.cell}`])).toEqual([['info', '测算表A!A3']]);
    expect(hints[0].message['zh-CN']).toContain('「测算表A」、「测算表C」、「目标B」、「目标D」');
  });
  it('notes below the table: a 满意度 of 85% is found at its own cell and the notes give nothing', async () => {
    const built = F.withNotes(85);
    const findings = await check('seeded-notes', built);
    const row = built.forms['干部教育培训经费'].rows[7];
    expect(findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'indicators/satisfaction-threshold', at: `绩效目标表!E${row}`, expected: '≥90%', actual: '≥85%' },
    ]);
  });
  it('header-block words: 主管部门满意度 below 90% is found — the rows after it were read', async () => {
    const built = F.headerWordNames(85);
    const findings = await check('seeded-header-words', built);
    const row = built.forms['人才服务管理经费'].rows[8];
    expect(findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'indicators/satisfaction-threshold', at: `绩效目标表!E${row}`, expected: '≥90%', actual: '≥85%' },
    ]);
  });
  it('repeated people: 60人 against 85 people on two lines (170 counted per line) → one warning', async () => {
    const built = F.repeatedPeople(60);
    const findings = await check('seeded-people', built);
    const row = built.forms['党代会及视察培训会议经费'].rows[0];
    expect(findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'indicators/quantity-vs-calc', at: `绩效目标表!E${row}`, expected: '170人', actual: '60人' },
    ]);
  });
  it('a calc line written too low, 合计 and 年度资金总额 following it, 成本指标 from the right figures → once, at the line', async () => {
    const built = F.withNotes();
    const calc = built.workbook.getWorksheet('资金测算明细表')!;
    const layout = built.calc['干部教育培训经费'];
    const line = layout.itemRows[0][0]; // 培训费 500 × 100人 × 4天 = 200,000元, written 190,000
    calc.getCell(line, 7).value = 190000;
    const follow = (row: number, result: number) => {
      const cell = calc.getCell(row, 7);
      const formula = (cell.value as { formula?: string } | null)?.formula;
      cell.value = formula ? { formula, result } : result;
    };
    follow(layout.categoryRows[0], 190000);
    follow(layout.totalRow, 210000);
    const form = built.workbook.getWorksheet('绩效目标表')!;
    const totalCell = form.getCell(built.forms['干部教育培训经费'].annualTotalCell);
    totalCell.value = 21; // 年度资金总额, and 其中：财政拨款 below it
    form.getCell(Number(totalCell.row) + 1, Number(totalCell.col)).value = 21;
    const findings = await check('seeded-line-followed', built);
    expect(findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'calc/line-amount', at: `资金测算明细表!G${line}`, expected: '200,000元', actual: '190,000元' },
    ]);
  });
  it('cost per category: 干部培训班经费 18万元 vs the calc category 20万元 → cost-vs-calc there, not cost-total', async () => {
    const built = F.costPerCategory(18);
    const findings = await check('seeded-cost', built);
    const row = built.forms['干部教育培训经费'].rows[4];
    expect(findings.filter((f) => f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'indicators/cost-vs-calc', at: `绩效目标表!D${row}`, expected: '20万元', actual: '18万元' },
    ]);
  });
});
