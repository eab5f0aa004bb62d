/**
 * The summary workbook is readable in a spreadsheet application that does not fit rows on open
 * (LibreOffice): long 首要问题 texts wrap in a capped column inside rows tall enough for them, the
 * header is frozen and repeated, pages are landscape and one page wide. The render check converts
 * the summary to PDF with LibreOffice where it is installed (skipped with a message where not) and
 * reads the text back: the long finding is there in full, not cut.
 */
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import type { FileResult } from '../../src/cli/check-file';
import type { Finding } from '../../src/core/report';
import { writeSummaryReport } from '../../src/batch/summary';
import { wrappedLineCount } from '../../src/xlsx/layout';

const run = promisify(execFile);
const LONG = '文中各项合计有误：至少5期，1期培训费课时费预计12万元，5期×12万元 = 60万元，文中写的是 46万元；请核对测算依据中的期数、每期金额与合计是否一致，并同步修改绩效目标表中的成本指标';

function finding(row: number, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: 'calc/text-arithmetic', severity, sheet: '资金测算明细表', row, col: 2, cell: `C${row + 1}`, message: { 'zh-CN': message, 'en-US': message } };
}

function results(): FileResult[] {
  // Each file has both forms, so the 30 clean ones pass (通过) and 结论's widest text is 需修改.
  const detected = { calcSheets: ['资金测算明细表'], indicatorSheets: ['绩效目标表'] } as unknown as FileResult['detected'];
  const files: FileResult[] = [
    { file: 'submissions/区县/仁和/004-干部教育培训经费.xlsx', findings: [finding(4, LONG), finding(8, '单价×数量与金额不符'), finding(9, '小计与明细之和不符', 'warning')], errors: [], detected, project: { budgetUnit: '中共攀枝花市仁和区委组织部', projectName: '干部教育培训经费', annualTotalWan: '46' } as FileResult['project'] },
  ];
  for (let i = 0; i < 30; i++) files.push({ file: `submissions/${String(i).padStart(3, '0')}-项目.xlsx`, findings: [], errors: [], detected });
  return files;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summary-render-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('汇总: columns fit their content within caps, the long first findings wrap in rows tall enough, print setup', async () => {
  const out = path.join(dir, '汇总.xlsx');
  await writeSummaryReport(results(), out, 'zh-CN', []);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('汇总')!;
  const first = ws.getColumn(9);
  expect(first.width).toBe(80); // capped
  expect(ws.getColumn(2).width).toBe(8); // 结论: 需修改 is 6 units + padding
  const text = String(ws.getCell('I2').value);
  expect(text.split('\n')[0]).toBe(`资金测算明细表!C5 ${LONG}`);
  expect(ws.getCell('I2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  const lines = wrappedLineCount(text, 80);
  expect(lines).toBeGreaterThanOrEqual(3);
  expect(ws.getRow(2).height).toBeGreaterThanOrEqual(lines * 15);
  expect(ws.getRow(3).height).toBe(15);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
  expect(wb.getWorksheet('问题明细')!.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' });
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
if (!soffice) console.log('LibreOffice (soffice) not installed: the summary render check is skipped');

(soffice ? test : test.skip)('rendered by LibreOffice: a few landscape pages, the long finding complete', async () => {
  const out = path.join(dir, 'render.xlsx');
  await writeSummaryReport(results(), out, 'zh-CN', []);
  await run(soffice!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { timeout: 110_000 });
  const pdf = path.join(dir, 'render.pdf');
  const info = (await fs.readFile(pdf)).toString('latin1');
  const pages = (info.match(/\/Type\s*\/Page\b/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2); // 汇总 and 问题明细
  expect(pages).toBeLessThanOrEqual(4);
  if (!pdftotext) return console.log('pdftotext not installed: the text of the rendered summary is not checked');
  const { stdout } = await run(pdftotext, ['-layout', pdf, '-']);
  const flat = stdout.replace(/\s+/g, '');
  expect(flat).toContain(LONG.replace(/\s+/g, ''));
  expect(flat).toContain('中共攀枝花市仁和区委组织部');
}, 120_000);
