/** Calc layout 1: explicit factor columns (单价 | 数量 | 次数 | 金额), prices in 元, amounts in 万元. */
import type { CellValue } from '../../../src/core/snapshot';
import { readCalcSheets } from '../../../src/core/calc/reader';
import { parseNumbering } from '../../../src/core/calc/numbering';
import { sheet, check, where, book } from './fixtures';

const HEADER: CellValue[] = ['序号', '支出内容', '单价（元）', '数量', '单位', '次数', '金额（万元）', '测算依据', '备注'];

function orgWork(edit?: (rows: CellValue[][]) => void) {
  const rows: CellValue[][] = [
    ['组织工作综合业务经费资金测算明细表'],
    ['单位：万元'],
    HEADER,
    ['一、', '驻村工作经费', 5000, 37, '人', 1, 18.5, '37人×0.5万元/人/年=18.5万元', null],
    ['二、', '驻村干部、援藏干部慰问', null, null, null, null, 2.54, null, null],
    ['（一）', '驻村干部慰问', 600, 37, '人', 1, 2.22, null, null],
    ['（二）', '援藏干部慰问', 1600, 2, '人', 1, 0.32, null, null],
    [],
    ['三、', '区乡党委换届', null, null, null, null, 20, '资料印刷7万元，办公及其他耗材7万元，差旅费6万元，预计需20万元', null],
    ['（一）', '资料印刷', null, null, null, null, 7, null, null],
    ['（二）', '办公及其他耗材', null, null, null, null, 7, null, null],
    ['（三）', '差旅费', null, null, null, null, 6, null, null],
    ['四、', '组工信息宣传', null, null, null, null, 10, null, null],
    ['合计', null, null, null, null, null, 51.04, null, null],
    [],
    ['填表说明：1. 单价以元为单位；2. 金额以万元为单位。'],
    ['37', '这不是数据', 1, 1, null, null, 99, null, null],
  ];
  edit?.(rows);
  return sheet('资金测算明细表', rows);
}

describe('calc layout 1: explicit factors', () => {
  it('reads the header, column roles and scales', () => {
    const [calc] = readCalcSheets(book(orgWork()));
    expect(calc.headerRow).toBe(2);
    expect(calc.amountUnit).toBe('万元');
    expect(calc.priceUnit).toBe('元');
    expect(calc.columns.map((c) => `${c.role}:${c.col}`)).toEqual([
      'seq:0', 'name:1', 'price:2', 'quantity:3', 'unit:4', 'factor:5', 'amount:6', 'basis:7', 'remark:8',
    ]);
  });

  it('builds the tree: categories, items, total; stops at 填表说明', () => {
    const [calc] = readCalcSheets(book(orgWork()));
    expect(calc.roots.map((l) => `${l.kind}:${l.name}`)).toEqual([
      'item:驻村工作经费', 'category:驻村干部、援藏干部慰问', 'category:区乡党委换届', 'item:组工信息宣传',
    ]);
    expect(calc.roots[1].children.map((l) => l.row + 1)).toEqual([6, 7]);
    expect(calc.total?.row).toBe(13);
    expect(calc.lines.some((l) => l.name === '这不是数据')).toBe(false);
  });

  it('finds nothing on a correct form', () => {
    expect(where(check(orgWork()).findings)).toEqual([]);
  });

  it('reports a wrong line at its amount cell with a formula fix, and nothing above it', () => {
    const r = check(orgWork((rows) => (rows[6][6] = 0.42)));
    expect(where(r.findings)).toEqual(['calc/line-amount@资金测算明细表!G7']);
    const f = r.findings[0];
    expect(f.expected).toBe('0.32万元');
    expect(f.actual).toBe('0.42万元');
    expect(f.message['zh-CN']).toBe('金额与单价×数量不符：1,600元 × 2 × 1 = 0.32万元，表中为 0.42万元');
    expect(f.fix?.edits).toEqual([{ kind: 'formula', sheet: '资金测算明细表', row: 6, col: 6, formula: '=C7*D7*F7/10000' }]);
  });

  it('reports a 10,000× amount as a 元/万元 slip, not as a plain mismatch', () => {
    const r = check(orgWork((rows) => (rows[5][6] = 22200)));
    expect(where(r.findings)).toEqual(['calc/unit-slip@资金测算明细表!G6']);
    expect(r.findings[0].message['zh-CN']).toContain('相差 10000 倍');
    expect(r.findings[0].message['en-US']).toContain('10000×');
  });

  it('reports a category whose amount disagrees with its lines, with a SUM fix', () => {
    const r = check(orgWork((rows) => (rows[4][6] = 2.64)));
    expect(where(r.findings)).toEqual(['calc/subtotal@资金测算明细表!G5']);
    expect(r.findings[0].expected).toBe('2.54万元');
    expect(r.findings[0].fix?.edits[0]).toMatchObject({ kind: 'formula', formula: '=SUM(G6:G7)' });
  });

  it('reports a wrong 合计 once, at the total', () => {
    const r = check(orgWork((rows) => (rows[13][6] = 52.04)));
    expect(where(r.findings)).toEqual(['calc/subtotal@资金测算明细表!G14']);
    expect(r.findings[0].expected).toBe('51.04万元');
  });

  it('uses every factor column: 单价 × 人数 × 天数 × 期数', () => {
    const s = sheet('培训费测算', [
      ['序号', '项目名称', '标准（元/人·天）', '人数', '天数', '期数', '金额（元）'],
      [1, '培训费', 550, 40, 3, 2, 132000],
      [2, '讲课费', 500, 1, 6, 2, 5000],
      ['合计', null, null, null, null, null, 137000],
    ]);
    const r = check(s);
    expect(where(r.findings)).toEqual(['calc/line-amount@培训费测算!G3']);
    expect(r.findings[0].expected).toBe('6,000元');
    expect(r.findings[0].fix?.edits[0]).toMatchObject({ formula: '=C3*D3*E3*F3' });
  });

  it('reads numbers stored as text and text with units, and gives a value fix when a factor is text', () => {
    const s = sheet('资金测算', [
      ['项目名称', '单价', '数量', '金额（元）'],
      ['档案邮寄', '25', '200份', '5,000'],
      ['人才评审', '5000元/场', '4场', '5000'],
    ]);
    const r = check(s);
    expect(where(r.findings)).toEqual(['calc/line-amount@资金测算!D3']);
    expect(r.findings[0].fix?.edits[0]).toEqual({ kind: 'value', sheet: '资金测算', row: 2, col: 3, value: 20000 });
  });

  it('accepts rounding at the shown precision and a category with no items', () => {
    const s = sheet('资金测算明细表', [
      ['序号', '项目', '单价（元）', '数量', '金额（万元）'],
      ['一、', '资料费', 33.33, 3, 0.01],
      ['二、', '预留经费（无明细）', null, null, 5],
      ['合计', null, null, null, 5.01],
    ], { numberFormats: [[], [null, null, null, null, '0.00'], [], [null, null, null, null, '0.00']] });
    expect(where(check(s).findings)).toEqual([]);
  });

  it('reads merged category cells and 其中 rows, never adding the 其中 rows again', () => {
    const s = sheet('资金测算明细表', [
      ['序号', '支出内容', '单价（元）', '数量', '金额（万元）', '测算说明'],
      ['一、', '干部人事档案管理', null, null, 9, null],
      [null, '其中：档案数字化', 100, 300, 3, null],
      [null, '补充资料档案', null, 900, 2, null],
      [null, '档案专用回转柜', null, null, 2.5, null],
      [null, '干部管理系统软件维护', null, null, 1.5, null],
      ['二、', '干部考察', null, null, 3, null],
      ['合计', null, null, null, 12, null],
    ], { merges: [{ top: 7, left: 0, bottom: 7, right: 3 }] });
    const r = check(s);
    expect(where(r.findings)).toEqual([]);
    const [calc] = readCalcSheets(book(s));
    expect(calc.roots[0].breakdown.map((b) => b.row + 1)).toEqual([3, 4, 5, 6]);
  });

  it('reports 其中 rows that exceed their line as an error, fewer as a warning', () => {
    const rows: CellValue[][] = [
      ['序号', '支出内容', '金额（元）'],
      ['1', '绩效奖', 650000],
      [null, '其中：优秀', 170000],
      [null, '合格', 490000],
      ['2', '评审费', 5000],
      [null, '其中：专家费', 3000],
      ['合计', null, 655000],
    ];
    const r = check(sheet('资金测算', rows));
    expect(r.findings.map((f) => `${f.ruleId}@${f.cell}:${f.severity}`)).toEqual([
      'calc/breakdown-sum@C2:error',
      'calc/breakdown-sum@C5:warning',
    ]);
  });

  it('ignores blank rows, notes and sheets that are not calc sheets', () => {
    const other = sheet('封面', [['项目名称', '人才管理专项经费'], ['备注', '无']]);
    expect(check(other, orgWork()).detected.calcSheets.map((c) => c.sheet)).toEqual(['资金测算明细表']);
  });
});

describe('numbering', () => {
  it('reads 一百零一、 as a top-level number (零 inside Chinese numerals)', () => {
    expect(parseNumbering('一百零一、办公费')).toEqual({ style: 'cn', label: '一百零一、', rest: '办公费' });
    expect(parseNumbering('（3）资料费')).toMatchObject({ style: 'arabic-paren', rest: '资料费' });
    expect(parseNumbering('3', true)).toMatchObject({ style: 'seq-number' });
    expect(parseNumbering('2026年1—12月')).toBeNull();
  });
});
