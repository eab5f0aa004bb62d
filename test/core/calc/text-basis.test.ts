/** Calc layout 2: text basis only (序号 | 测算项目 | 测算依据及说明 | 预算金额（万元）), with the header block. */
import type { CellValue } from '../../../src/core/snapshot';
import { sheet, check, where } from './fixtures';

const MAIN = '举办乡科级主要领导读书班至少1期，培训费、场地费、资料印刷费等预计5万元；举办中青年干部培训班1期，培训课时费、资料印刷费等预计花费12万元；举办任职培训班1期，培训课时费等预计12万元；举办全国新录用公务员初任培训班1期，约80人，培训场地费、资料印刷费等预计要5万元；预计需34万元';
const TOPIC = '围绕区委中心工作、重大决策部署，举办区级（赴外）重点专题培训班至少5期，1期培训费课时费预计12万元，其余食宿费、交通费均回原单位报销，预计需要46万元';

function training(edit?: (rows: CellValue[][]) => void) {
  const rows: CellValue[][] = [
    ['干部教育培训经费资金测算明细表'],
    ['项目资金（万元）', '年度资金总额：', 80, null],
    [null, '其中：财政拨款', 80, null],
    [null, '其他资金', null, null],
    ['序号', '测算项目', '测算依据及说明', '预算金额（万元）'],
    ['一、', '举办主体班次', MAIN, 34],
    ['二、', '举办专题班次', TOPIC, 46],
    ['合计', null, null, 80],
  ];
  edit?.(rows);
  return sheet('资金测算明细表', rows, { merges: [{ top: 1, left: 0, bottom: 3, right: 0 }] });
}

describe('calc layout 2: text basis only', () => {
  it('reports seed 004: 5期 × 12万元 = 60万元, not 46万元, at the 测算依据 cell — and nothing else', () => {
    const r = check(training());
    expect(where(r.findings)).toEqual(['calc/text-arithmetic@资金测算明细表!C7']);
    expect(r.findings[0].expected).toBe('60万元');
    expect(r.findings[0].actual).toBe('46万元');
    expect(r.findings[0].message['zh-CN']).toBe('文中各项合计有误：5期×12万元 = 60万元，文中写的是 46万元');
  });

  it('reports an amount that disagrees with a right text, at the amount cell', () => {
    const r = check(training((rows) => {
      rows[5][3] = 35;
      rows[7][3] = 81;
      rows[1][2] = 81;
      rows[2][2] = 81;
    }));
    expect(where(r.findings)).toEqual(['calc/text-arithmetic@资金测算明细表!D6', 'calc/text-arithmetic@资金测算明细表!C7']);
    expect(r.findings[0].expected).toBe('34万元');
  });

  it('compares 合计 with 年度资金总额 and 财政拨款 + 其他资金 with 年度资金总额', () => {
    const r = check(training((rows) => {
      rows[1][2] = 90;
    }));
    expect(where(r.findings)).toEqual([
      'funds/split@资金测算明细表!C2',
      'calc/text-arithmetic@资金测算明细表!C7',
      'calc/grand-total@资金测算明细表!D8',
    ]);
    const g = r.findings.find((f) => f.ruleId === 'calc/grand-total')!;
    expect([g.expected, g.actual]).toEqual(['90万元', '80万元']);
    const s = r.findings.find((f) => f.ruleId === 'funds/split')!;
    expect(s.message['zh-CN']).toBe('财政拨款 80万元 + 其他资金 0万元 = 80万元，与年度资金总额 90万元 不符');
  });

  it('finds the declared funds on another sheet (the 绩效目标表 header block)', () => {
    const target = sheet('绩效目标表', [
      ['其他运转类项目支出绩效目标申报表'],
      ['项目资金\n（万元）', '年度资金总额：', null, '20.00'],
      [null, '其中：财政拨款', null, '20.00'],
      [null, '其他资金', null, null],
    ]);
    const calc = sheet('测算表', [
      ['测算项目', '测算说明', '金额（万元）'],
      ['办公费', '办公用品、资料印刷、会场等支出，预计需10万元', 10],
      ['考察经费', '场地租赁、住宿费、就餐费等，预计需10万元', 10],
      ['合计', null, 21],
    ]);
    const r = check(target, calc);
    // 21 ≠ 10 + 10 at the total; and since the lines add up to 20 = 年度资金总额, no second finding.
    expect(where(r.findings)).toEqual(['calc/subtotal@测算表!C4']);
  });

  it('accepts a 年度资金总额 shown to two decimals against a total in 元 that rounds to it', () => {
    const s = sheet('资金测算', [
      ['项目资金（万元）', '年度资金总额', '34.85'],
      ['项目名称', '金额（元）'],
      ['项目一', 348499.99],
      ['合计', 348499.99],
    ]);
    expect(where(check(s).findings)).toEqual([]);
  });
});
