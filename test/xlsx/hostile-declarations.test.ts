/**
 * Issue 12 item 4, the root causes of the hangs: a dropdown over ten whole columns, 50,000 merged
 * areas and merges over whole columns, on every sheet of a real submission. Reading cost follows the
 * cells that hold data: the file is read by the primary reader and by the ExcelJS fallback, and the
 * check gives exactly the findings of the plain workbook. (How long it takes is the benchmark's
 * business — bench/run.ts, "Hostile declarations"; jest's timeout below only stops a hang.) `fill`,
 * which must write validations back through ExcelJS, does not load them and refuses to lose them.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/core/check';
import { runMain } from '../cli/run-main';
import { readWorkbookDetailed, snapshotOfWorkbook } from '../../src/xlsx/read';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { withHostileDeclarations } from './hostile-package';

jest.setTimeout(120_000);

const EXAMPLE = path.join(__dirname, '../../examples/004-干部教育培训经费.xlsx');
const findings = (s: WorkbookSnapshot) => checkWorkbook(s).findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);

let plain: Buffer;
let hostile: Buffer;
beforeAll(async () => {
  plain = await fs.readFile(EXAMPLE);
  hostile = await withHostileDeclarations(plain, { validationColumns: 10, merges: 50_000, wholeColumnMerges: 2 });
});

test('the package really declares them', async () => {
  const zip = await JSZip.loadAsync(hostile);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  // (booleans: a failure must not print the 2 MB sheet)
  expect(sheet.includes('sqref="A4:J1048576"')).toBe(true);
  expect(sheet.includes('<mergeCell ref="AO1:AO1048576"/>')).toBe(true);
  expect((sheet.match(/<mergeCell /g) ?? []).length).toBe(50_000 + 2 + 2); // + the example's own two
});

test('the primary reader: the findings of the plain workbook, merges clipped to the data', async () => {
  const before = await readWorkbookDetailed(plain, 'plain.xlsx');
  const after = await readWorkbookDetailed(hostile, 'hostile.xlsx');
  expect(after.reader).toBe('sheetjs');
  expect(findings(after.snapshot)).toEqual(findings(before.snapshot));
  expect(findings(after.snapshot)).toContain('资金测算明细表!C5 calc/text-arithmetic');
  const calc = after.snapshot.sheets[0];
  // The whole-column merge ends within the data's reach, not at row 1,048,576.
  const column = calc.merges.find((m) => m.left === 40 && m.right === 40)!;
  expect(column.top).toBe(0);
  expect(column.bottom).toBeLessThan(calc.values.length + 1001);
});

test('the ExcelJS fallback skips the validations and reads the same cells', async () => {
  // 2,000 merges and no whole-column merge: ExcelJS checks each merge against all before it
  // (quadratic; 20,000 take it ≈ 48 s) and gives every cell of a merge an entry (a whole column: a
  // million). It only reads zips SheetJS cannot open; the batch's per-file budget bounds it.
  const fallback = await withHostileDeclarations(plain, { validationColumns: 10, merges: 2_000 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fallback as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as never);
  const plainWb = new ExcelJS.Workbook();
  await plainWb.xlsx.load(plain as unknown as ExcelJS.Buffer);
  expect(findings(snapshotOfWorkbook(wb))).toEqual(findings(snapshotOfWorkbook(plainWb)));
});

describe('fill on a form with whole-column dropdowns', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-fill-'));
    await fs.writeFile(path.join(dir, 'in.xlsx'), await withHostileDeclarations(plain, { validationColumns: 10 }));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const fill = (...extra: string[]) => runMain('fill', path.join(dir, 'in.xlsx'), '-o', path.join(dir, 'out.xlsx'), '--type', '培训类', ...extra);

  test('does not load them, says so, and refuses the output that would lose them', async () => {
    const r = await fill();
    expect(r.code).toBe(2);
    expect(r.err).toContain('输入文件的下拉列表（数据验证）覆盖整列（共 20,971,460 个单元格）');
    expect(r.err).toContain('未写入');
    expect(r.err).toContain('数据验证（下拉列表） 2 → 0');
    await expect(fs.stat(path.join(dir, 'out.xlsx'))).rejects.toThrow();
  });

  test('--allow-loss writes the rows without the dropdowns', async () => {
    const r = await fill('--allow-loss');
    expect(r.code).toBe(0);
    expect(r.err).toContain('未保留输入文件中的 数据验证（下拉列表） 2 → 0（--allow-loss）');
    const { snapshot } = await readWorkbookDetailed(await fs.readFile(path.join(dir, 'out.xlsx')), 'out.xlsx');
    expect(snapshot.sheets[1].values.flat()).toContain('参训人员满意度');
  });
});
