/**
 * Property-based: whatever grid a host hands over, the core returns a Report — it never throws and
 * always terminates. Random values and formulas, merges (also overlapping and out of range), huge,
 * tiny and negative numbers, NaN/Infinity, error values, 100,000-character cells, 1,000 columns,
 * and real headers (资金测算明细表 / 绩效目标表) so that the readers and rules actually engage.
 * Runs are bounded (numRuns) to keep the suite fast.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { projectInfoOf } from '../../src/core/project-info';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import type { Report } from '../../src/core/report';

const HEADER_WORDS = [
  '序号', '项目名称', '单价（元）', '数量', '单位', '次数', '金额（元）', '金额（万元）', '测算依据', '备注', '小计', '合计', '总计', '其中：',
  '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值', '评（扣）分标准', '产出指标', '数量指标', '成本指标',
  '满意度指标', '年度资金总额', '财政拨款', '其他资金', '预算单位', '一、', '（一）', '1.', '（1）', '≥', '＝', '≤', '定性', '空', '待定',
];
const ERRORS = ['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!'];

const numberValue = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);
const textValue = fc.oneof(
  fc.constantFrom(...HEADER_WORDS, ...ERRORS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  // arithmetic-looking text: "30人*1000元/人=3万元", "5期×12万元=46万元"
  fc.tuple(fc.integer({ min: -99, max: 99999 }), fc.constantFrom('人', '元', '万元', '期', '场', '%', '元/人', '人*天'), fc.constantFrom('*', '×', '=', '＋', '，共计', '预计需'), fc.nat(99999)).map(([a, u, op, b]) => `${a}${u}${op}${b}${u}`),
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: numberValue },
  { weight: 4, arbitrary: textValue },
  { weight: 1, arbitrary: fc.boolean() },
);
const formula = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.constantFrom('SUM', 'ROUND', ''), fc.constantFrom('A', 'C', 'G', 'ZZ', 'XFD'), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 50 }))
    .map(([fn, col, r1, r2]) => (fn ? `=${fn}(${col}${r1}:${col}${r1 + r2})` : `=${col}${r1}*D${r2}/10000`)),
  fc.constantFrom('=', '=#REF!', '=SUM(', '=1/0', '=G4+G9+', "='其他'!A1", '=C5*D5*E5/10000', '=SUM(G4:G2)'),
);
const range: fc.Arbitrary<CellRange> = fc
  .record({ top: fc.integer({ min: -2, max: 40 }), left: fc.integer({ min: -2, max: 12 }), h: fc.integer({ min: 0, max: 6 }), w: fc.integer({ min: 0, max: 4 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

function sheetArb(name: fc.Arbitrary<string>): fc.Arbitrary<SheetSnapshot> {
  return fc
    .record({
      name,
      rows: fc.array(fc.array(fc.record({ v: cellValue, f: formula }), { maxLength: 12 }), { maxLength: 40 }),
      merges: fc.array(range, { maxLength: 6 }),
      fmt: fc.constantFrom(null, '0.00', '#,##0.00"万元"', '@', '0%'),
    })
    .map(({ name, rows, merges, fmt }) => ({
      name,
      values: rows.map((r) => r.map((c) => c.v)),
      formulas: rows.map((r) => r.map((c) => c.f)),
      numberFormats: rows.map((r) => r.map(() => fmt)),
      merges,
    }));
}

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(sheetArb(fc.constantFrom('资金测算明细表', '绩效目标表', 'Sheet1', '测算', '')), { minLength: 0, maxLength: 3 })
  .map((sheets) => ({ sheets }));

function assertReport(r: Report): void {
  expect(Array.isArray(r.findings)).toBe(true);
  // A rule or reader that threw is caught by the engine and listed here: that is a bug too.
  expect(r.errors.map((e) => e.message['en-US'])).toEqual([]);
  for (const f of r.findings) {
    expect(typeof f.message['zh-CN']).toBe('string');
    expect(typeof f.message['en-US']).toBe('string');
    expect(Number.isInteger(f.row) && Number.isInteger(f.col)).toBe(true);
  }
}

describe('the core never throws and always terminates', () => {
  test('arbitrary grids with real header words, formulas, merges and extreme numbers', () => {
    fc.assert(
      fc.property(workbook, (snap) => {
        const report = checkWorkbook(snap);
        assertReport(report);
        projectInfoOf(snap); // the batch summary's helper must not throw either
      }),
      { numRuns: 200 },
    );
  });

  test('a real calc header followed by random lines', () => {
    const header = ['序号', '项目名称', '单价（元）', '数量', '单位', '次数', '金额（元）', '测算依据'];
    const line = fc.tuple(fc.constantFrom('一、', '（一）', '1.', '', '合计', '小计', '其中：'), fc.string({ maxLength: 8 }), numberValue, numberValue, fc.constantFrom('人', '期', ''), numberValue, numberValue, textValue);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(formula, { maxLength: 30 }), (lines, formulas) => {
        const values: CellValue[][] = [['2026年资金测算明细表'], ['单位：元'], header, ...lines.map((l) => [...l] as CellValue[])];
        const f = values.map((_, r) => values[r].map((__, c) => (c === 6 ? (formulas[r] ?? null) : null)));
        assertReport(checkWorkbook({ sheets: [{ name: '资金测算明细表', values, formulas: f, merges: [] }] }));
      }),
      { numRuns: 150 },
    );
  });

  test('100,000-character cells and 1,000 columns', () => {
    fc.assert(
      fc.property(fc.constantFrom('3', '万元', '人*', '一级指标', '＝', '1'), fc.integer({ min: 0, max: 999 }), (chunk, col) => {
        const long = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
        const wide: CellValue[] = Array.from({ length: 1000 }, (_, c) => (c === col ? long : c % 7 === 0 ? c : `列${c}`));
        const snap: WorkbookSnapshot = {
          sheets: [
            { name: '资金测算明细表', values: [['序号', '项目名称', '单价（元）', '数量', '金额（元）', '测算依据'], [1, long, 100, 2, 200, long], wide], merges: [{ top: 0, left: 0, bottom: 2, right: 999 }] },
            { name: '绩效目标表', values: [['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', long, long], wide], merges: [] },
          ],
        };
        assertReport(checkWorkbook(snap));
      }),
      { numRuns: 12 },
    );
  });
});
