/**
 * Annotated copies patch the workbook's package: every part of the original is still there, the
 * parts the patch does not own are byte-identical (charts, pivot tables, images, VBA…), the marked
 * cells have the fill and the note, and the copy opens in ExcelJS and in LibreOffice.
 */
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { FileResult } from '../../src/cli/check-file';
import { annotatedPaths, writeAnnotatedCopy } from '../../src/batch/annotate';
import type { Finding } from '../../src/core/report';
import { toA1 } from '../../src/core/address';

const PARTS = path.join(__dirname, '..', 'fixtures', 'parts');
const run = promisify(execFile);

function finding(sheet: string, cell: string, severity: Finding['severity'], zh: string): Finding {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const f: Finding = { ruleId: 'calc/line-amount', severity, sheet, row: Number(m[2]) - 1, col: col - 1, cell, message: { 'zh-CN': zh, 'en-US': `en ${zh}` } };
  expect(toA1(f.row, f.col)).toBe(cell);
  return f;
}

function result(file: string, findings: Finding[]): FileResult {
  return { file, findings, errors: [], detected: { calcSheets: [], indicatorSheets: [] } as unknown as FileResult['detected'] };
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** Parts the patch may rewrite; everything else must come out byte for byte. */
const OWNED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotate-parts-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const CASES = [
  {
    file: 'preserve-existing.xlsx',
    findings: [
      finding('Comments', 'A2', 'error', '金额有误'), // has the author's note "foo"
      finding('Comments', 'C9', 'warning', '请核实'), // a row that does not exist
      finding('Styles', 'B2', 'error', '单价有误'), // a cell with its own format, in a formatted row
      finding('Styles', 'A5', 'info', '提示一下'), // a row between rows 4 and 6
      finding('Values', 'B3', 'error', '合计有误'),
    ],
    untouched: ['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/media/image1.png', 'xl/drawings/drawing1.xml', 'xl/worksheets/sheet10.xml', 'xl/tables/table1.xml', 'xl/calcChain.xml'],
  },
  { file: 'macro01.xlsm', findings: [finding('Sheet1', 'A1', 'error', '金额有误'), finding('Sheet1', 'D7', 'warning', '请核实')], untouched: ['xl/vbaProject.bin'] },
  { file: 'button07.xlsm', findings: [finding('Sheet1', 'B2', 'error', '金额有误')], untouched: ['xl/vbaProject.bin'] },
];

describe('annotated copies keep every part of the original', () => {
  test.each(CASES)('$file', async ({ file, findings, untouched }) => {
    const input = path.join(PARTS, file);
    const [out] = annotatedPaths([input], dir, 'zh-CN');
    expect(path.extname(out)).toBe(path.extname(file)); // an .xlsm stays an .xlsm
    await writeAnnotatedCopy(input, out, result(input, findings), 'zh-CN', [input]);

    const before = await parts(input);
    const after = await parts(out);
    for (const name of before.keys()) expect(after.has(name)).toBe(true);
    for (const name of untouched) expect(after.get(name)!.equals(before.get(name)!)).toBe(true);
    for (const [name, bytes] of before) if (!OWNED.test(name)) expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    const types = after.get('[Content_Types].xml')!.toString('utf8');
    if (file.endsWith('.xlsm')) expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(out)) as unknown as ExcelJS.Buffer);
    for (const f of findings) {
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      const argb = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' }[f.severity];
      expect(cell.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
      expect(noteText(cell.note)).toContain(`预算表校验助手：\n【${{ error: '错误', warning: '警告', info: '提示' }[f.severity]}】${f.message['zh-CN']}`);
    }
    const report = wb.getWorksheet('校验报告')!;
    expect(report.getCell('A1').value).toBe(`校验报告：${file}`);
    expect(report.getRow(4).values).toEqual([undefined, '工作表', '单元格', '规则', '级别', '说明', '应为', '实为']);
    expect(report.rowCount).toBe(4 + findings.length);
    expect(report.getCell('B5').value).toBe(`${findings[0].sheet}!${findings[0].cell}`);
    // The link is an in-workbook location (ExcelJS does not read those back; Excel and LibreOffice follow them).
    const reportPart = [...after.keys()].find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && !before.has(n))!;
    expect(after.get(reportPart)!.toString('utf8')).toContain(`<hyperlink ref="B5" location="${findings[0].sheet}!${findings[0].cell}" display="${findings[0].sheet}!${findings[0].cell}"/>`);
  });

  test('a note the author wrote keeps its text, ours follows; a formatted cell keeps its number format and font', async () => {
    const input = path.join(PARTS, 'preserve-existing.xlsx');
    const out = path.join(dir, 'kept.xlsx');
    await writeAnnotatedCopy(input, out, result(input, CASES[0].findings), 'zh-CN', [input]);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(noteText(copy.getWorksheet('Comments')!.getCell('A2').note)).toBe('foo\n\n预算表校验助手：\n【错误】金额有误');
    const comments = (await parts(out)).get('xl/comments1.xml')!.toString('utf8');
    expect(comments).toContain('<comment ref="A3" authorId="0" shapeId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>bar</t></r></text></comment>');
    expect(comments).toContain('<authors><author>David Johnson</author><author>预算表校验助手</author></authors>');
    expect(comments).toContain('<comment ref="C9" authorId="1">');
    const was = original.getWorksheet('Styles')!.getCell('B2');
    const is = copy.getWorksheet('Styles')!.getCell('B2');
    expect(is.font).toEqual(was.font);
    expect(is.numFmt).toEqual(was.numFmt);
    expect(is.value).toEqual(was.value);
    // Data validations of the sheet are there as before.
    expect(copy.getWorksheet('Data Validation')!.getCell('A2').dataValidation).toEqual(original.getWorksheet('Data Validation')!.getCell('A2').dataValidation);
  });

  test('an .xls (OLE) file is refused with a reason in words, and nothing is written', async () => {
    const fake = path.join(dir, 'old.xls');
    await fs.writeFile(fake, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const out = path.join(dir, 'old-校验标注.xlsx');
    await expect(writeAnnotatedCopy(fake, out, result(fake, []), 'zh-CN', [fake])).rejects.toMatchObject({ localized: { 'zh-CN': expect.stringContaining('旧版 .xls') } });
    await expect(fs.stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  (soffice ? test : test.skip)('the copies open in LibreOffice (soffice --convert-to pdf)', async () => {
    const outDir = path.join(dir, 'lo');
    await fs.mkdir(outDir);
    const copies: string[] = [];
    for (const c of CASES) {
      const input = path.join(PARTS, c.file);
      const out = path.join(outDir, `copy-${c.file}`);
      await writeAnnotatedCopy(input, out, result(input, c.findings), 'zh-CN', [input]);
      copies.push(out);
    }
    const profile = path.join(dir, 'lo-profile');
    await run(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...copies], { timeout: 110_000 });
    for (const c of copies) {
      const pdf = c.replace(/\.xls[xm]$/, '.pdf');
      expect((await fs.stat(pdf)).size).toBeGreaterThan(1000);
    }
  }, 120_000);
  if (!soffice) console.log('LibreOffice (soffice) not installed: the render check of annotated copies is skipped');
});
