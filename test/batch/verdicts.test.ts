/**
 * Issue 12, done when: a folder holding a non-budget workbook, an .xls, a submission missing a sheet
 * and a good one gives four rows with four honest verdicts — in JSON, in the text summary and in the
 * --report 汇总 — and none of them 通过 but the good one.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runMain } from '../cli/run-main';
import type { JsonOutput } from '../../src/cli/format-json';
import { withNotes } from '../layouts/projects/families';

jest.setTimeout(60_000); // whole batches through main(), worker threads loading the readers

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'verdicts-'));
  const folder = path.join(dir, '申报材料');
  await fs.mkdir(folder);
  await fs.copyFile(path.join(__dirname, '../fixtures/corpus/poi-absolute-target.xlsx'), path.join(folder, '1-费率表.xlsx'));
  await fs.copyFile(path.join(__dirname, '../fixtures/formats/004-干部教育培训经费.xls'), path.join(folder, '2-干部教育培训经费.XLS'));
  const missing = withNotes().workbook;
  missing.removeWorksheet(missing.getWorksheet('绩效目标表')!.id);
  await missing.xlsx.writeFile(path.join(folder, '3-缺绩效目标表.xlsx'));
  await withNotes().workbook.xlsx.writeFile(path.join(folder, '4-完整.xlsx'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const run = runMain;

const folder = () => path.join(dir, '申报材料');

test('JSON: one entry per file, each with its verdict and the finding that explains it', async () => {
  const r = await run('--format', 'json', '--jobs', '2', folder());
  expect(r.code).toBe(1); // error findings, every file read
  const json = JSON.parse(r.out) as JsonOutput;
  const rows = json.files.map((f) => ({
    file: path.basename(f.file),
    verdict: f.verdict,
    loud: f.findings.filter((x) => x.severity !== 'info').map((x) => `${x.sheet}!${x.cell} ${x.ruleId}`),
    errors: f.errors.map((e) => e.code),
  }));
  expect(rows).toEqual([
    { file: '1-费率表.xlsx', verdict: 'unrecognised', loud: [], errors: [] },
    { file: '2-干部教育培训经费.XLS', verdict: 'fix', loud: ['资金测算明细表!C5 calc/text-arithmetic', '绩效目标表!E15 indicators/value-arithmetic'], errors: [] },
    { file: '3-缺绩效目标表.xlsx', verdict: 'fix', loud: ['资金测算明细表!A1 workbook/missing-part'], errors: [] },
    { file: '4-完整.xlsx', verdict: 'pass', loud: [], errors: [] },
  ]);
  const missing = json.files[2].findings.find((x) => x.ruleId === 'workbook/missing-part')!;
  expect(missing.message).toContain('绩效目标表');
});

test('the 汇总 of --report: four rows, four verdicts, the missing sheet named', async () => {
  const report = path.join(dir, '汇总.xlsx');
  const r = await run('--report', report, '--jobs', '2', folder());
  expect(r.code).toBe(1);
  expect(r.out).toContain('结论：需修改 2，通过 1，未识别为预算工作簿 1');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const ws = wb.getWorksheet('汇总')!;
  const rows = [2, 3, 4, 5].map((n) => [path.basename(String(ws.getCell(n, 1).value)), ws.getCell(n, 2).value]);
  expect(rows).toEqual([
    ['1-费率表.xlsx', '未识别为预算工作簿'],
    ['2-干部教育培训经费.XLS', '需修改'],
    ['3-缺绩效目标表.xlsx', '需修改'],
    ['4-完整.xlsx', '通过'],
  ]);
  expect(ws.getCell(6, 1).value).toBeNull();
  expect(String(ws.getCell(4, 9).value)).toMatch(/^资金测算明细表!A1 .*绩效目标表/);
});
