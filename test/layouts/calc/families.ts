/**
 * The calc-side layout families of issue 10, each as a correct submission and as one with seeded
 * mistakes. Numbers are worked out by hand in the comments; the seeded variants change one cell per
 * mistake and keep every total consistent with what the lines declare (as a real sheet with formulas
 * would), so that each mistake is one finding.
 */
import { indicatorSheet, type Cell, type SheetSpec } from './build';

export interface Submission {
  name: string;
  sheets: SheetSpec[];
}

const CALC = '资金测算明细表';

// ——— A. Two-row merged headers: 测算标准 / 数量 / 金额 over their sub-columns (元) ———

interface TwoRowOptions {
  /** 中级工培训 小计 (60000 when right). */
  midSubtotal?: number;
  /** 初级工培训 财政拨款 (165000 when right). */
  juniorFiscal?: number;
}

/**
 * 一、培训费 165000 + 60000 + 4000 (资料费: 3000 财政拨款 + 1000 其他资金); 二、会议费 32000; 合计 261000 元
 * = 26.1 万元 (财政拨款 25.7, 其他资金 0.4).
 */
export function twoRowHeaders(o: TwoRowOptions = {}): Submission {
  const mid = o.midSubtotal ?? 60000;
  const cat1 = 165000 + mid + 4000;
  const total = cat1 + 32000;
  const rows: Cell[][] = [
    ['昆明市某区人力资源和社会保障局2026年职业技能培训项目资金测算明细表'],
    [null, null, null, null, null, null, null, null, '单位：元'],
    ['序号', '支出内容', '测算标准', null, '数量', null, '金额', null, null, '测算依据'],
    [null, null, '单价', '单位', '人数', '天数', '财政拨款', '其他资金', '小计', null],
    ['一、', '培训费', null, null, null, null, cat1 - 1000, 1000, cat1, null],
    ['1', '初级工培训', 550, '元/人·天', 100, 3, o.juniorFiscal ?? 165000, null, 165000, '100人×3天×550元/人·天'],
    ['2', '中级工培训', 500, '元/人·天', 60, 2, mid, null, mid, '60人×2天×500元/人·天'],
    ['3', '培训资料费', 25, '元/人', 160, null, 3000, 1000, 4000, '160人×25元/人'],
    ['二、', '会议费', null, null, null, null, 32000, null, 32000, null],
    ['1', '工作推进会', 400, '元/人·天', 80, 1, 32000, null, 32000, '80人×1天×400元/人·天'],
    ['合计', null, null, null, null, null, total - 1000, 1000, total, null],
  ];
  return {
    name: 'two-row-headers',
    sheets: [
      { name: CALC, rows, merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:I3', 'J3:J4', 'A11:B11'], table: [3, rows.length], widths: [6, 20, 8, 10, 6, 6, 10, 10, 10, 28] },
      indicatorSheet({ project: '职业技能培训项目', total: total / 10000, fiscal: (total - 1000) / 10000, other: 0.1 }),
    ],
  };
}

// ——— A2. Two-row header with the unit in the top row (金额（万元） over 小计), header not at the top ———

/** 一、宣传费 1.2 + 0.8; 二、调研费 1.5; 合计 3.5 万元. Two blank rows and a note above the title. */
export function twoRowUnitOnTop(o: { leafletAmount?: number } = {}): Submission {
  const leaflet = o.leafletAmount ?? 1.2;
  const cat1 = leaflet + 0.8;
  const total = Math.round((cat1 + 1.5) * 100) / 100;
  const rows: Cell[][] = [
    [],
    [],
    [null, '攀枝花市某局2026年政策宣传项目资金测算明细表'],
    [],
    [null, '序号', '项目', '测算标准', null, '数量', null, '金额（万元）', '备注'],
    [null, null, null, '单价（元）', '计量单位', '数量', '次数', '小计', null],
    [null, '一', '宣传费', null, null, null, null, cat1, null],
    [null, '1', '宣传折页印制', 2, '元/份', 3000, 2, leaflet, '每半年印制一次'],
    [null, '2', '宣传展板制作', 400, '元/块', 20, 1, 0.8, null],
    [null, '二', '调研费', null, null, null, null, 1.5, null],
    [null, '1', '专题调研', 5000, '元/次', 3, null, 1.5, null],
    [null, '合计', null, null, null, null, null, total, null],
  ];
  return {
    name: 'two-row-unit-on-top',
    sheets: [
      { name: '测算明细', rows, merges: ['B3:I3', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:G5', 'I5:I6'], table: [5, rows.length], widths: [3, 6, 20, 10, 10, 8, 8, 12, 16] },
      indicatorSheet({ project: '政策宣传项目', total }),
    ],
  };
}

// ——— A3. Two-row header without 小计 and without vertical merges: 金额 over 财政拨款 | 其他资金 ———

/**
 * The top row's 序号 / 项目名称 / 测算依据 are not merged down (the cells below are empty); 金额（元） spans
 * 财政拨款 | 其他资金 only, so a line's amount is their sum: 考察调研 600 × 10 × 3 = 18000 = 15000 + 3000;
 * 资料印刷 20 × 500 = 10000 (财政拨款 only); 合计 28000 元 = 2.8 万元.
 */
export function twoRowNoSubtotal(o: { studyOther?: number } = {}): Submission {
  const other = o.studyOther ?? 3000;
  const rows: Cell[][] = [
    ['延边州某局2026年对外交流项目资金测算明细表'],
    ['序号', '项目名称', '测算标准', null, '数量', null, '金额（元）', null, '测算依据'],
    [null, null, '单价', '单位', '人数', '天数', '财政拨款', '其他资金', null],
    ['1', '考察调研', 600, '元/人·天', 10, 3, 15000, other, '10人×3天'],
    ['2', '资料印刷', 20, '元/册', 500, null, 10000, null, '500册'],
    ['合计', null, null, null, null, null, 25000, other, null],
  ];
  const total = 25000 + other;
  return {
    name: 'two-row-no-subtotal',
    sheets: [
      { name: CALC, rows, merges: ['A1:I1', 'C2:D2', 'E2:F2', 'G2:H2'], table: [2, rows.length], widths: [6, 16, 8, 10, 6, 6, 10, 10, 20] },
      indicatorSheet({ project: '对外交流项目', total: total / 10000, fiscal: 2.5, other: other / 10000, unit: '延边州某局' }),
    ],
  };
}

// ——— B/C. 支出经济分类 layout: 科目编码 | 科目名称 | 测算依据 | 数量 | 标准 | 金额 ———

interface EconomicOptions {
  /** Codes as text ('30201') or as numbers (30201). */
  codesAsText: boolean;
  /** 差旅费 金额 (15000 when right). */
  travelAmount?: number;
  /** Class 302's declared amount (its items' sum when right). */
  class302?: number;
}

/**
 * 302 商品和服务支出 = 3600 + 15000 + 30000 + 4800 + 6000 = 59400; 303 对个人和家庭的补助 = 12000;
 * 合计 71400 元 = 7.14 万元.
 */
export function economicClassification(o: EconomicOptions): Submission {
  const code = (c: number): Cell => (o.codesAsText ? String(c) : c);
  const travel = o.travelAmount ?? 15000;
  const items302 = 3600 + travel + 30000 + 4800 + 6000;
  const c302 = o.class302 ?? items302;
  const total = c302 + 12000;
  const rows: Cell[][] = [
    ['延边州某局2026年基层党建工作经费资金测算明细表'],
    ['单位：元'],
    ['科目编码', '科目名称', '测算依据', '数量', '标准', '金额'],
    [code(302), '商品和服务支出', null, null, null, c302],
    [code(30201), '办公费', '办公用品购置，12个月×300元/月', 12, 300, 3600],
    [code(30211), '差旅费', '赴省厅汇报工作，10人次×1500元/人次', 10, 1500, travel],
    [code(30216), '培训费', '党务干部培训，50人×2天×300元/人·天', 100, 300, 30000],
    [code(30217), '公务接待费', '接待考察调研，4批次×1200元/批次', 4, 1200, 4800],
    [code(30226), '劳务费', '聘请讲解员，2人×3000元/人', 2, 3000, 6000],
    [code(303), '对个人和家庭的补助', null, null, null, 12000],
    [code(30305), '生活补助', '困难党员生活补助，20人×600元/人', 20, 600, 12000],
    ['合计', null, null, null, null, total],
  ];
  return {
    name: o.codesAsText ? 'economic-text-codes' : 'economic-number-codes',
    sheets: [
      { name: CALC, rows, merges: ['A1:F1', 'A2:F2'], table: [3, rows.length], widths: [10, 18, 40, 8, 8, 12] },
      indicatorSheet({ project: '基层党建工作经费', total: total / 10000, unit: '延边州某局' }),
    ],
  };
}

/** Numeric codes with amounts in 万元 and a 委托业务费 line: 302 = 0.36 + 7.2 + 5 = 12.56; 303 = 6; 合计 18.56. */
export function economicWanYuan(o: { entrusted?: number } = {}): Submission {
  const entrusted = o.entrusted ?? 5;
  const c302 = Math.round((0.36 + 7.2 + entrusted) * 100) / 100;
  const total = Math.round((c302 + 6) * 100) / 100;
  const rows: Cell[][] = [
    ['昆明市某区2026年社会保障服务项目资金测算明细表'],
    [null, null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '测算依据', '数量', '标准（元）', '金额（万元）'],
    [302, '商品和服务支出', null, null, null, c302],
    [30201, '办公费', '12个月×300元/月', 12, 300, 0.36],
    [30226, '劳务费', '聘用协管员2人×12个月×3000元/人·月', 24, 3000, 7.2],
    [30227, '委托业务费', '委托第三方开展满意度调查1次', 1, 50000, entrusted],
    [303, '对个人和家庭的补助', null, null, null, 6],
    [30305, '生活补助', '30人×2000元/人', 30, 2000, 6],
    ['合计', null, null, null, null, total],
  ];
  return {
    name: 'economic-wan-yuan',
    sheets: [
      { name: CALC, rows, merges: ['A1:F1'], table: [3, rows.length], widths: [10, 18, 40, 8, 10, 12] },
      indicatorSheet({ project: '社会保障服务项目', total }),
    ],
  };
}

// ——— D. Notes and sign-off rows below the table ———

/**
 * 一、会议费 44000; 二、差旅费 9000 (伙食补助 5000 + 市内交通 4000); 合计 53000 元 = 5.3 万元. Below it: a
 * note with numbers, a 说明 row, sign-off rows and a seal row — none of them calc lines.
 */
export function notesBelow(o: { meetingAmount?: number } = {}): Submission {
  const meeting = o.meetingAmount ?? 44000;
  const total = meeting + 9000;
  const rows: Cell[][] = [
    ['攀枝花市某区委组织部2026年党员教育项目资金测算明细表'],
    ['单位：元'],
    ['序号', '支出项目', '单价（元）', '单位', '人数', '天数', '金额（元）', '测算依据'],
    ['一、', '会议费', null, null, null, null, meeting, null],
    ['1', '党员代表会议', 550, '元/人·天', 80, 1, meeting, '三类会议，80人×1天'],
    ['二、', '差旅费', null, null, null, null, 9000, null],
    ['1', '伙食补助', 100, '元/人·天', 10, 5, 5000, null],
    ['2', '市内交通费', 80, '元/人·天', 10, 5, 4000, null],
    ['合计', null, null, null, null, null, total, null],
    ['注：1.会议费按三类会议550元/人·天测算；2.差旅费按10人×5天测算，共计9000元。'],
    ['说明：以上经费均为财政拨款，合计5.3万元。'],
    ['填报人：张三', null, null, '审核人：李四', null, null, '填报日期：2026年3月1日'],
    ['单位负责人：', null, null, '财务负责人：', null, null, '联系电话：0812-3334455'],
    ['审核意见：', null, null, null, null, null, '单位（盖章）'],
  ];
  return {
    name: 'notes-below',
    sheets: [
      { name: CALC, rows, merges: ['A1:H1', 'A2:H2', 'A9:F9', 'A10:H10', 'A11:H11'], table: [3, 9], widths: [6, 16, 10, 10, 6, 6, 12, 24] },
      indicatorSheet({ project: '党员教育项目', total: total / 10000, unit: '攀枝花市某区委组织部' }),
    ],
  };
}

// ——— E. Numbers as text, blank spacer rows, ROUND formulas, cross-sheet 年度资金总额 ———

/**
 * 金额（万元）, 单价（元）. 一、宣传费 = 12 ("1,200.00" × "１００" × 1) + 1.6 (ROUND …,4) + 4.5 ("4.5万元" as
 * text) = 18.1; 二、会议费 = 3 (ROUND …,2); 合计 =F4+F10 = 21.1. The 绩效目标表 takes its total from
 * the calc sheet by formula.
 */
export function textNumbersAndFormulas(o: { boardCount?: number } = {}): Submission {
  const boards = o.boardCount ?? 20;
  const board = (800 * boards * 1) / 10000;
  const cat1 = Math.round((12 + 1.6 + 4.5) * 100) / 100; // the declared 小计 stays 18.1
  const total = Math.round((cat1 + 3) * 100) / 100;
  const rows: Cell[][] = [
    ['昆明市某街道2026年社区治理项目资金测算明细表'],
    ['金额单位：万元'],
    ['序号', '项目', '单价（元）', '数量', '次数', '金额（万元）', '测算依据'],
    ['一、', '宣传费', null, null, null, { f: 'ROUND(SUM(F5:F9),2)', v: cat1 }, null],
    ['1', '宣传册印制', '1,200.00', '１００', 1, { f: 'ROUND(C5*D5*E5/10000,2)', v: 12 }, '100册×1200元/册'],
    [],
    ['2', '宣传展板', 800, boards, 1, { f: 'ROUND(C7*D7*E7/10000,4)', v: board }, null],
    [],
    ['3', '宣传视频制作', null, null, null, '4.5万元', '委托制作宣传视频1部'],
    ['二、', '会议费', null, null, null, { f: 'ROUND(SUM(F11:F11),2)', v: 3 }, null],
    ['1', '居民议事会', 300, 50, 2, { f: 'ROUND(C11*D11*E11/10000,2)', v: 3 }, '50人×2次×300元/人次'],
    ['合计', null, null, null, null, { f: 'F4+F10', v: total }, null],
  ];
  const ind = indicatorSheet({
    project: '社区治理项目',
    total: { f: `'${CALC}'!F12`, v: total },
    fiscal: { f: `${CALC}!F12`, v: total },
  });
  return {
    name: 'text-numbers-formulas',
    sheets: [{ name: CALC, rows, merges: ['A1:G1', 'A2:G2'], table: [3, rows.length], widths: [6, 16, 10, 8, 8, 12, 24] }, ind],
  };
}

// ——— F. 培训 / 讲课 / 专家咨询 / 会议 / 差旅 within the expense standards ———

export interface StandardsOptions {
  trainingRate?: number;
  lectureRate?: number;
  consultRate?: number;
  mealsRate?: number;
  transportRate?: number;
  /** The 专家咨询费 line's title (高级职称 when omitted). */
  consultTitle?: string;
  /** Where the trip goes (the 伙食补助 line's 测算依据). */
  tripTo?: string;
}

/**
 * 一、干部教育培训 = 三类培训班 550×100×3 + 讲课费（副高级职称）500×8 学时 + 专家咨询费（高级职称）1500×5×2;
 * 二、会议费 550×80×1 = 44000; 三、差旅费 伙食补助 100×10×5 + 市内交通费 80×10×5 + 住宿费 380×10×4.
 */
export function expenseStandardsMix(o: StandardsOptions = {}): Submission {
  const tr = o.trainingRate ?? 550;
  const lr = o.lectureRate ?? 500;
  const cr = o.consultRate ?? 1500;
  const mr = o.mealsRate ?? 100;
  const tp = o.transportRate ?? 80;
  const training = tr * 100 * 3;
  const lecture = lr * 8;
  const consult = cr * 5 * 2;
  const cat1 = training + lecture + consult;
  const meals = mr * 10 * 5;
  const transport = tp * 10 * 5;
  const cat3 = meals + transport + 15200;
  const total = cat1 + 44000 + cat3;
  const rows: Cell[][] = [
    ['昆明市某区委组织部2026年干部教育培训经费资金测算明细表'],
    [null, null, null, null, null, null, '单位：元'],
    ['序号', '支出项目', '单价（元）', '单位', '数量', '天数', '金额（元）', '测算依据'],
    ['一、', '干部教育培训', null, null, null, null, cat1, null],
    ['1', '三类培训班', tr, '元/人·天', 100, 3, training, '100人×3天'],
    ['2', '讲课费（副高级职称）', lr, '元/学时', 8, null, lecture, '8学时'],
    ['3', `专家咨询费（${o.consultTitle ?? '高级职称'}）`, cr, '元/人·天', 5, 2, consult, '5人×2天'],
    ['二、', '会议费', null, null, null, null, 44000, null],
    ['1', '年度工作会议', 550, '元/人·天', 80, 1, 44000, '三类会议'],
    ['三、', '差旅费', null, null, null, null, cat3, null],
    ['1', '伙食补助', mr, '元/人·天', 10, 5, meals, `赴${o.tripTo ?? '省外'}学习10人×5天`],
    ['2', '市内交通费', tp, '元/人·天', 10, 5, transport, null],
    ['3', '住宿费', 380, '元/人·天', 10, 4, 15200, null],
    ['合计', null, null, null, null, null, total, null],
  ];
  return {
    name: 'expense-standards-mix',
    sheets: [
      { name: CALC, rows, merges: ['A1:H1', 'A14:F14'], table: [3, rows.length], widths: [6, 22, 10, 10, 6, 6, 12, 24] },
      indicatorSheet({ project: '干部教育培训经费', total: total / 10000 }),
    ],
  };
}

// ——— G. A real-looking mix: 万元 totals, text basis with arithmetic, 其中 rows, SUM formulas ———

/**
 * 一、人才服务 = 慰问 3 (30人*1000元/人=3万元) + 体检 5.2 (其中 在职 3.2 + 退休 2); 二、培训 = 2.22
 * (37人*0.06万元/人/年=2.22万元); 合计 =SUM 10.42 万元.
 */
export function realMix(o: { checkupText?: string } = {}): Submission {
  const rows: Cell[][] = [
    ['昆明市某区人才服务中心2026年人才服务管理经费资金测算明细表'],
    ['单位：万元'],
    ['序号', '测算项目', '测算依据及说明', '预算金额（万元）', '备注'],
    ['一、', '人才服务', null, { f: 'D5+D6', v: 8.2 }, null],
    ['（一）', '专家人才走访慰问', '30人*1000元/人=3万元', 3, null],
    ['（二）', '专家人才体检', o.checkupText ?? '260人*200元/人=5.2万元', 5.2, '按实结算'],
    [null, '其中：在职人员体检', '160人*200元/人=3.2万元', 3.2, null],
    [null, '退休人员体检', '100人*200元/人=2万元', 2, null],
    ['二、', '人才培训', null, 2.22, null],
    ['（一）', '青年人才研修', '37人*0.06万元/人/年=2.22万元', 2.22, null],
    ['合计', null, null, { f: 'D4+D9', v: 10.42 }, null],
    ['填表说明：测算依据须写明单价、数量。'],
  ];
  return {
    name: 'real-mix',
    sheets: [
      { name: CALC, rows, merges: ['A1:E1', 'A2:E2', 'A12:E12'], table: [3, 11], widths: [8, 22, 36, 14, 12] },
      indicatorSheet({ project: '人才服务管理经费', total: 10.42 }),
    ],
  };
}

/** Every clean submission of the calc families. */
export function cleanSubmissions(): Submission[] {
  return [
    twoRowHeaders(),
    twoRowUnitOnTop(),
    twoRowNoSubtotal(),
    economicClassification({ codesAsText: true }),
    economicClassification({ codesAsText: false }),
    economicWanYuan(),
    notesBelow(),
    textNumbersAndFormulas(),
    expenseStandardsMix(),
    expenseStandardsMix({ tripTo: '西藏', mealsRate: 120, consultTitle: '院士', consultRate: 3600 }),
    realMix(),
  ];
}
