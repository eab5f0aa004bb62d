/**
 * Batch review end to end on the example workbooks: folders and globs, parallel workers with
 * results in input order, the summary workbook (--report), annotated copies (--annotate), the
 * progress bar's visibility, and that inputs are never written.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { runMain } from '../cli/run-main';
import type { JsonOutput } from '../../src/cli/format-json';
import { discoverInputs, expandGlob, segmentPattern } from '../../src/batch/discover';
import { annotatedPaths } from '../../src/batch/annotate';
import { createProgress, shouldShowProgress } from '../../src/batch/progress';
import { runPool } from '../../src/batch/pool';
import { readWorkbookFile } from '../../src/xlsx/read';
import { cellValue, cellFormula, type SheetSnapshot } from '../../src/core/snapshot';

// These tests run whole batches through main(), some with worker threads loading the readers under tsx.
jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const TRAINING = '004-干部教育培训经费.xlsx';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-check-batch-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const run = runMain;

async function digest(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

async function exampleNames(): Promise<string[]> {
  return (await fs.readdir(EXAMPLES)).filter((n) => n.endsWith('.xlsx')).sort();
}

/** A folder tree with copies of two examples, a lock file and a non-workbook. */
async function submissions(): Promise<string> {
  const root = path.join(dir, '报送');
  await fs.mkdir(path.join(root, '区县', '仁和'), { recursive: true });
  await fs.copyFile(path.join(EXAMPLES, TRAINING), path.join(root, '区县', '仁和', TRAINING));
  await fs.copyFile(path.join(EXAMPLES, '001-人才服务管理经费.xlsx'), path.join(root, '001.xlsx'));
  await fs.writeFile(path.join(root, '~$001.xlsx'), 'lock');
  await fs.writeFile(path.join(root, '说明.txt'), 'not a workbook');
  return root;
}

function sheetOf(snap: { sheets: SheetSnapshot[] }, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('discovering workbooks', () => {
  test('a folder means its .xlsx files, recursively, sorted, without ~$ lock files', async () => {
    const root = await submissions();
    const entries = await discoverInputs([root]);
    expect(entries).toEqual([{ file: path.join(root, '001.xlsx') }, { file: path.join(root, '区县', '仁和', TRAINING) }]);
  });

  test('globs: * within a folder, ** across folders; the same file once; a pattern without match is reported', async () => {
    const root = await submissions();
    expect(await expandGlob(`${root}/*.xlsx`)).toEqual([`${root}/001.xlsx`]);
    expect(await expandGlob(`${root}/**/*.xlsx`)).toEqual([`${root}/001.xlsx`, `${root}/区县/仁和/${TRAINING}`]);
    expect(await expandGlob(`${root}/区县/*/004-*.xlsx`)).toEqual([`${root}/区县/仁和/${TRAINING}`]);
    const entries = await discoverInputs([`${root}/**/*.xlsx`, `${root}/001.xlsx`, `${root}/nothing/*.xlsx`]);
    expect(entries.map((e) => ('file' in e ? e.file : e.problem['en-US']))).toEqual([
      `${root}/001.xlsx`,
      `${root}/区县/仁和/${TRAINING}`,
      `No file matches ${root}/nothing/*.xlsx`,
    ]);
  });

  test('wildcards are not regular expressions', () => {
    expect(segmentPattern('a+b(1).xlsx').test('a+b(1).xlsx')).toBe(true);
    expect(segmentPattern('*.xlsx').test('report.xlsx.bak')).toBe(false);
    expect(segmentPattern('00?-*.xlsx').test('004-干部.xlsx')).toBe(true);
  });
});

describe('budget-check on a batch', () => {
  test('parallel workers give the same results as one thread, in the order given', async () => {
    const names = await exampleNames();
    const parallel = await run('--format', 'json', '--jobs', '2', EXAMPLES);
    const serial = await run('--format', 'json', '--jobs', '1', EXAMPLES);
    const p = JSON.parse(parallel.out) as JsonOutput;
    const s = JSON.parse(serial.out) as JsonOutput;
    expect(p.files.map((f) => path.basename(f.file))).toEqual(names);
    expect(p).toEqual(s);
    const training = p.files.find((f) => f.file.endsWith(TRAINING))!;
    expect(training.findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`)).toContain('资金测算明细表!C5 calc/text-arithmetic');
    expect(parallel.code).toBe(1); // error findings, every file readable
  });

  test('an unreadable file in a batch is an error result and the others are still checked', async () => {
    const root = await submissions();
    await fs.writeFile(path.join(root, '损坏.xlsx'), 'PK\u0003\u0004 this is not really a zip');
    const { code, out } = await run('--format', 'json', '--jobs', '2', root, path.join(root, '缺失.xlsx'));
    const files = (JSON.parse(out) as JsonOutput).files;
    // sorted by path as code points: 区县/… before 损坏.xlsx
    expect(files.map((f) => path.basename(f.file))).toEqual(['001.xlsx', TRAINING, '损坏.xlsx', '缺失.xlsx']);
    expect(files[2].errors[0].message).toMatch(/工作簿已损坏/);
    expect(files[3].errors[0].message).toMatch(/找不到文件/);
    expect(files[1].findings.length).toBeGreaterThan(0);
    expect(code).toBe(2);
  });

  test('--report writes 汇总 (one row per file) and 问题明细 (every finding, linked to its cell)', async () => {
    const root = await submissions();
    const summary = path.join(dir, 'out', '汇总.xlsx');
    await fs.mkdir(path.dirname(summary));
    const { code, out, err } = await run('--format', 'json', '--report', summary, root);
    expect(code).toBe(1);
    expect(err).toContain(`汇总表已写入 ${summary}`);
    const results = (JSON.parse(out) as JsonOutput).files;
    const snap = await readWorkbookFile(summary);
    expect(snap.sheets.map((s) => s.name)).toEqual(['汇总', '问题明细']);
    const sum = sheetOf(snap, '汇总');
    expect(sum.values[0]).toEqual(['文件', '结论', '预算单位', '项目名称', '年度资金总额（万元）', '错误', '警告', '提示', '首要问题', '读取错误']);
    // row 3: the training workbook (second in sorted order)
    expect(cellValue(sum, 2, 0)).toBe(path.join(root, '区县', '仁和', TRAINING));
    expect(cellValue(sum, 2, 1)).toBe('需修改');
    expect(cellValue(sum, 2, 2)).toBe('中国共产党攀枝花市仁和区委员会组织部');
    expect(cellValue(sum, 2, 3)).toBe('干部教育培训经费');
    expect(cellValue(sum, 2, 4)).toBe(80);
    expect(cellValue(sum, 2, 5)).toBe(2);
    expect(String(cellValue(sum, 2, 8)).split('\n')[0]).toBe('资金测算明细表!C5 文中各项合计有误：5期×12万元 = 60万元，文中写的是 46万元');
    expect(cellValue(sum, 2, 9)).toBeNull();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    expect(wb.worksheets[0].getCell('B3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });

    const details = sheetOf(snap, '问题明细');
    const total = results.reduce((n, f) => n + f.findings.length, 0);
    expect(details.values.length).toBe(total + 1);
    const row = details.values.findIndex((r) => r[1] === '资金测算明细表' && String(r[2]).endsWith('!C5'));
    expect(cellValue(details, row, 2)).toBe(`[${TRAINING}]资金测算明细表!C5`);
    expect(cellFormula(details, row, 2)).toBe(
      `=HYPERLINK("[../报送/区县/仁和/${TRAINING}]'资金测算明细表'!C5","[${TRAINING}]资金测算明细表!C5")`,
    );
    expect(details.values[row].slice(3)).toEqual(['calc/text-arithmetic', '错误', '文中各项合计有误：5期×12万元 = 60万元，文中写的是 46万元', '60万元', '46万元']);
  });

  test('结论 per file: errors → 需修改, warnings only → 请核实, nothing serious → 通过, unreadable → 无法读取', async () => {
    const summary = path.join(dir, '汇总.xlsx');
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, 'not a zip');
    const files = ['000-人才管理专项经费.xlsx', '003-干部工作经费.xlsx', TRAINING].map((n) => path.join(EXAMPLES, n));
    await run('--report', summary, ...files, broken);
    const sum = sheetOf(await readWorkbookFile(summary), '汇总');
    expect(sum.values.slice(1).map((r) => [path.basename(String(r[0])), r[1]])).toEqual([
      ['000-人才管理专项经费.xlsx', '通过'],
      ['003-干部工作经费.xlsx', '请核实'],
      [TRAINING, '需修改'],
      ['broken.xlsx', '无法读取'],
    ]);
  });

  test('--min-severity warning: the summary counts no hints and 问题明细 lists none', async () => {
    const summary = path.join(dir, '汇总.xlsx');
    await run('--min-severity', 'warning', '--report', summary, path.join(EXAMPLES, '003-干部工作经费.xlsx'));
    const snap = await readWorkbookFile(summary);
    const sum = sheetOf(snap, '汇总');
    expect(sum.values[1].slice(5, 8)).toEqual([0, 2, 0]);
    expect(sheetOf(snap, '问题明细').values.slice(1).map((r) => r[4])).toEqual(['警告', '警告']);
  });

  test('--annotate writes filled and noted copies with a 校验报告 sheet; the originals stay byte for byte', async () => {
    const root = await submissions();
    const training = path.join(root, '区县', '仁和', TRAINING);
    const before = await digest(training);
    const outDir = path.join(dir, '标注');
    const { code, err } = await run('--annotate', outDir, root);
    expect(code).toBe(1);
    expect(err).toContain(`已在 ${outDir} 写入 2 个标注副本`);
    expect(await digest(training)).toBe(before);
    expect((await fs.readdir(outDir)).sort()).toEqual(['001-校验标注.xlsx', '004-干部教育培训经费-校验标注.xlsx']);

    const copy = path.join(outDir, '004-干部教育培训经费-校验标注.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const calc = wb.getWorksheet('资金测算明细表')!;
    expect(calc.getCell('C5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(noteText(calc.getCell('C5').note)).toContain('【错误】文中各项合计有误：5期×12万元 = 60万元，文中写的是 46万元（应为：60万元；实为：46万元）');
    const info = wb.getWorksheet('绩效目标表')!.getCell('E12');
    expect(info.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });

    const snap = await readWorkbookFile(copy);
    const report = sheetOf(snap, '校验报告');
    expect(cellValue(report, 0, 0)).toBe(`校验报告：${TRAINING}`);
    expect(cellValue(report, 1, 0)).toBe('错误 2，警告 0，提示 1');
    expect(report.values[3]).toEqual(['工作表', '单元格', '规则', '级别', '说明', '应为', '实为']);
    expect(report.values[4]).toEqual(['资金测算明细表', '资金测算明细表!C5', 'calc/text-arithmetic', '错误', '文中各项合计有误：5期×12万元 = 60万元，文中写的是 46万元', '60万元', '46万元']);
    expect(report.values.length).toBe(4 + 3);
    // the copy's own data are unchanged
    const original = await readWorkbookFile(training);
    expect(sheetOf(snap, '资金测算明细表').values).toEqual(sheetOf(original, '资金测算明细表').values);
  });

  test('annotating into the inputs’ own folder never collides with an input, nor two inputs with each other', async () => {
    const a = path.join(dir, 'a', 'x.xlsx');
    const b = path.join(dir, 'b', 'x.xlsx');
    const c = path.join(dir, 'a', 'x-校验标注.xlsx'); // an input that already has the natural output name
    expect(annotatedPaths([a, b, c], path.join(dir, 'a'), 'zh-CN')).toEqual([
      path.join(dir, 'a', 'x-校验标注-2.xlsx'),
      path.join(dir, 'a', 'x-校验标注-3.xlsx'),
      path.join(dir, 'a', 'x-校验标注-校验标注.xlsx'),
    ]);
  });

  test('--report onto an input is refused with a message; the input is untouched', async () => {
    const root = await submissions();
    const input = path.join(root, '001.xlsx');
    const before = await digest(input);
    const { code, err } = await run('--report', input, root);
    expect(code).toBe(2);
    expect(err).toMatch(/拒绝写入/);
    expect(await digest(input)).toBe(before);
  });

  test('--jobs must be a positive whole number; --help names the batch options in both languages', async () => {
    expect((await run('--jobs', '0', EXAMPLES)).err).toMatch(/线程数无效：0/);
    const zh = (await run('--help', '--lang', 'zh-CN')).out;
    const en = (await run('--help', '--lang', 'en-US')).out;
    for (const option of ['--report 汇总.xlsx', '--annotate 文件夹', '-j, --jobs N', '通配符']) expect(zh).toContain(option);
    for (const option of ['--report summary.xlsx', '--annotate <folder>', '-j, --jobs N', 'glob']) expect(en).toContain(option);
  });
});

describe('progress bar', () => {
  test('drawn on a terminal, never when piped or with --format json, and cleared at the end', () => {
    expect(shouldShowProgress({ isTTY: true, write: () => true }, 'text', 10)).toBe(true);
    expect(shouldShowProgress({ isTTY: false, write: () => true }, 'text', 10)).toBe(false);
    expect(shouldShowProgress({ isTTY: true, write: () => true }, 'json', 10)).toBe(false);
    let text = '';
    const stream = { isTTY: true, columns: 100, write: (t: string) => (text += t) };
    const p = createProgress(stream, true, 'zh-CN');
    p.update(3, 12, '/x/004-干部教育培训经费.xlsx');
    expect(text).toBe('\r\x1b[2K[██████░░░░░░░░░░░░░░░░░░] 已检查 3/12 004-干部教育培训经费.xlsx');
    p.finish();
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
  });

  test('a batch through main() with a terminal-like stream draws one update per file', async () => {
    let drawn = 0;
    const progress = { isTTY: true, columns: 100, write: (t: string) => void (drawn += t.includes('已检查') ? 1 : 0) };
    await main(['--jobs', '2', EXAMPLES], { out: () => undefined, err: () => undefined, progress });
    expect(drawn).toBe((await exampleNames()).length);
  });
});

describe('worker pool', () => {
  test('results keep the input order and every task gets exactly one outcome', async () => {
    const names = await exampleNames();
    const files = [...names].reverse().map((n) => path.join(EXAMPLES, n));
    const finished: number[] = [];
    const outcomes = await runPool(
      files.map((file, index) => ({ index, file, options: {}, lang: 'zh-CN' as const })),
      { jobs: 2, onDone: (_d, _t, o) => finished.push(o.index) },
    );
    expect(outcomes.map((o) => o.result.file)).toEqual(files);
    expect([...finished].sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
  });
});

/** A note's text as ExcelJS reads it back: a string, or rich text runs. */
function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}
