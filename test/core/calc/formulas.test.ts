/** Calc layout 3: formulas (=C5*D5*E5/10000, =SUM(F4:F8), total = F3+F9+…). */
import { sheet, check, where, withFormulas } from './fixtures';

type Cell = Parameters<typeof withFormulas>[0][number][number];

function talent(edit?: (rows: Cell[][]) => void) {
  const rows: Cell[][] = [
    ['人才服务管理经费资金测算明细表', null, null, null, null, null],
    ['单位：元', null, null, null, null, null],
    ['序号', '项目名称', '单价', '数量', '次数', '金额'],
    ['一', '辅岗年度考核绩效奖', null, null, null, { f: '=SUM(F5:F6)', v: 650000 }],
    ['1', '优秀', 2000, 85, 1, { f: '=C5*D5*E5', v: 170000 }],
    ['2', '合格', 800, 600, 1, { f: '=C6*D6*E6', v: 480000 }],
    ['二', '人才管理经费', null, null, null, { f: '=SUM(F8:F9)', v: 10000 }],
    ['1', '人才评审', 5000, 1, 1, { f: '=C8*D8*E8', v: 5000 }],
    ['2', '档案邮寄', 25, 200, 1, { f: '=C9*D9*E9', v: 5000 }],
    ['合计', null, null, null, null, { f: '=F4+F7', v: 660000 }],
  ];
  edit?.(rows);
  const { values, formulas } = withFormulas(rows);
  return sheet('资金测算明细表', values, { formulas });
}

describe('calc layout 3: formulas', () => {
  it('finds nothing on a correct form', () => {
    expect(where(check(talent()).findings)).toEqual([]);
  });

  it('reports a SUM that leaves out a line of its group even when its cached value agrees', () => {
    const r = check(talent((rows) => {
      rows[6][5] = { f: '=SUM(F8:F8)', v: 10000 }; // cached value typed over, still 10000
    }));
    expect(where(r.findings)).toEqual(['calc/sum-range@资金测算明细表!F7']);
    expect(r.findings[0].message['zh-CN']).toBe('求和公式 =SUM(F8:F8) 漏掉了第 9 行');
    expect(r.findings[0].fix?.edits[0]).toMatchObject({ kind: 'formula', row: 6, col: 5, formula: '=SUM(F8:F9)' });
  });

  it('reports a SUM that leaves out a line and so is wrong once, as the SUM range, at the subtotal', () => {
    const r = check(talent((rows) => {
      rows[6][5] = { f: '=SUM(F8:F8)', v: 5000 };
      rows[9][5] = { f: '=F4+F7', v: 655000 };
    }));
    expect(where(r.findings)).toEqual(['calc/sum-range@资金测算明细表!F7']);
  });

  it('reports a product formula that takes a factor from another row, with the fixed formula', () => {
    const r = check(talent((rows) => {
      rows[5][5] = { f: '=C6*D5*E6', v: 136000 };
      rows[3][5] = { f: '=SUM(F5:F6)', v: 306000 };
      rows[9][5] = { f: '=F4+F7', v: 316000 };
    }));
    expect(where(r.findings)).toEqual(['calc/formula-row@资金测算明细表!F6']);
    const f = r.findings.find((x) => x.ruleId === 'calc/formula-row')!;
    expect(f.message['zh-CN']).toBe('金额公式 =C6*D5*E6 引用了其他行的单元格 D5，应为 =C6*D6*E6');
  });

  it('accepts an absolute reference to a shared rate ($C$2)', () => {
    const r = check(talent((rows) => {
      rows[4][5] = { f: '=C5*D5*E5*$C$2', v: 170000 };
      rows[1][2] = 1;
    }));
    expect(where(r.findings)).toEqual([]);
  });

  it('reads amounts in 万元 from prices in 元 and offers =C*D*E/10000', () => {
    const rows: Cell[][] = [
      ['序号', '项目名称', '单价（元）', '人数', '次数', '金额（万元）'],
      ['1', '区委联系专家慰问', 500, 34, 1, { f: '=C2*D2*E2/10000', v: 1.7 }],
      ['2', '产业发展顾问慰问', 500, 53, 1, 2.56],
      ['合计', null, null, null, null, { f: '=SUM(F2:F3)', v: 4.26 }],
    ];
    const { values, formulas } = withFormulas(rows);
    const r = check(sheet('测算', values, { formulas }));
    expect(where(r.findings)).toEqual(['calc/line-amount@测算!F3']);
    expect(r.findings[0].fix?.edits[0]).toMatchObject({ formula: '=C3*D3*E3/10000' });
  });
});
