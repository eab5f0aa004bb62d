/**
 * fill -o writes through ExcelJS, which drops charts, pivot tables, VBA and more: such an output is
 * refused (naming what would be lost) unless --allow-loss, and then the loss is named on stderr.
 * Inserted rows get heights that fit their wrapped text.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { fitRowHeights } from '../../src/xlsx/fit-rows';
import { textWidth, wrappedLineCount } from '../../src/xlsx/layout';

const CHARTS = path.join(__dirname, '..', 'fixtures', 'parts', 'preserve-existing.xlsx');

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fill-output-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('fill -o never loses parts silently', () => {
  test('an output that would lose the chart, pivot table and notes is refused, and not written', async () => {
    const out = path.join(dir, 'lossy.xlsx');
    const r = await run(['fill', CHARTS, '-o', out, '--type', '通用']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`未写入 ${out}：输出会丢失输入文件中的 图表 1 → 0、`);
    expect(r.err).toContain('数据透视表 1 → 0');
    expect(r.err).toContain('批注 1 → 0');
    expect(r.err).toContain('--allow-loss');
    expect((await fs.readdir(dir)).filter((n) => n.includes('lossy'))).toEqual([]); // no temporary file left either
  }, 60_000);

  test('--allow-loss writes it and says what is gone', async () => {
    const out = path.join(dir, 'allowed.xlsx');
    const r = await run(['fill', CHARTS, '-o', out, '--type', '通用', '--allow-loss', '--lang', 'en-US']);
    expect(r.code).not.toBe(2);
    expect(r.err).toContain(`Note: ${out} does not keep charts 1 → 0, `);
    expect((await fs.stat(out)).size).toBeGreaterThan(0);
  }, 60_000);

  test('an .xlsm output is refused: ExcelJS cannot write macro-enabled packages', async () => {
    const r = await run(['fill', path.join('examples', '004-干部教育培训经费.xlsx'), '-o', path.join(dir, 'x.xlsm')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('fill 的输出只能是 .xlsx 文件');
  }, 60_000);
});

describe('row heights that fit wrapped text', () => {
  test('widths: a CJK character counts two, a digit about one', () => {
    expect(textWidth('绩效目标')).toBe(8);
    expect(textWidth('2026')).toBeCloseTo(4.2);
    expect(wrappedLineCount('甲'.repeat(30), 20)).toBe(4); // 60 units in a 20-wide column (≈17.5 usable)
    expect(wrappedLineCount('一行\n两行\n三行', 60)).toBe(3);
  });

  test('an inserted row with a long wrapped text grows; a row that fits, or does not wrap, keeps its height', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('绩效目标表');
    ws.getColumn(1).width = 20;
    ws.getColumn(2).width = 10;
    ws.getColumn(3).width = 10;
    ws.getColumn(4).width = 10;
    const long = '参训人员对培训内容、组织安排和后勤保障的总体满意程度'; // 26 CJK characters = 52 units
    ws.getCell('A1').value = long;
    ws.getCell('A1').alignment = { wrapText: true };
    ws.getCell('A2').value = '满意度';
    ws.getCell('A2').alignment = { wrapText: true };
    ws.getRow(2).height = 15;
    ws.getCell('A3').value = long; // not wrapped: it overflows, no height needed
    ws.getCell('C4').value = long;
    ws.getCell('C4').alignment = { wrapText: true };
    ws.mergeCells('C4:D4'); // 20 wide in all
    expect(fitRowHeights(ws, [0, 1, 2, 3])).toEqual([0, 3]);
    // 52 units over ≈17.5 usable per line → 3 lines of ≈15.6 pt
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(3 * 15);
    expect(ws.getRow(1).height).toBeLessThan(4 * 16);
    expect(ws.getRow(2).height).toBe(15);
    expect(ws.getRow(3).height).toBeUndefined();
    expect(ws.getRow(4).height).toBe(ws.getRow(1).height);
  });
});
