/**
 * The workbooks the browser demo ships: an example that checks clean, and the practice workbook
 * 练习：常见错误 with typical fixable mistakes (a wrong line amount, a 元/万元 slip, a subtotal that
 * misses a line). Built in code so the demo needs no file access.
 */
import type { CellRange, CellValue } from '../core/snapshot';
import type { DemoCell, DemoSheet, DemoWorkbook } from './workbook';
// The shipped examples/*.xlsx, converted by scripts/build-demo-workbooks.ts.
import generated from './workbooks.generated.json';

/** A cell in a sheet literal: a constant, '=formula', or a spec with style. */
type CellSpec = CellValue | (Partial<DemoCell> & { v?: CellValue; f?: string });

interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
  colWidths?: number[];
  /** Number format for a whole column (0-based) below the header. */
  columnFormats?: Record<number, string>;
  headerRow?: number;
}

const HEADER_FILL = '#DDEBF7';
const TITLE_FILL = null;

function parseRange(a1: string): CellRange {
  const [a, b = a] = a1.split(':');
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`Bad range ${a1}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = p(a);
  const e = p(b);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

function buildSheet(spec: SheetSpec): DemoSheet {
  const cells = spec.rows.map((row, r) =>
    row.map((c, col): DemoCell | undefined => {
      let cell: DemoCell;
      if (c === null || c === undefined) return undefined;
      if (typeof c === 'string' && c.startsWith('=')) cell = { value: null, formula: c };
      else if (typeof c === 'object') {
        const { v, f, ...style } = c;
        cell = { value: v ?? null, ...style };
        if (f) cell.formula = f;
      } else cell = { value: c };
      if (spec.headerRow === r) {
        cell.bold = true;
        cell.fill ??= HEADER_FILL;
        cell.align ??= 'center';
      } else if (spec.headerRow !== undefined && r > spec.headerRow && spec.columnFormats?.[col] && (typeof cell.value === 'number' || cell.formula)) {
        cell.numberFormat ??= spec.columnFormats[col];
      }
      return cell;
    }),
  );
  return { name: spec.name, cells, merges: (spec.merges ?? []).map(parseRange), colWidths: spec.colWidths };
}

const title = (text: string): CellSpec => ({ v: text, bold: true, align: 'center', fill: TITLE_FILL });
const bold = (text: string): CellSpec => ({ v: text, bold: true });
const CALC_HEADER: CellSpec[] = ['序号', '项目名称', '单价（元）', '数量', '单位', '次数', '金额（万元）', '测算依据'];
const CALC_WIDTHS = [44, 150, 78, 52, 44, 48, 92, 230];

/** Builds the calc sheet; `amount(row)` supplies each item line's 金额 cell (1-based row). */
function calcSheet(project: string, lines: { cat?: string; seq: string; name: string; price?: number; qty?: number; unit?: string; times?: number; amount: CellSpec; basis?: string }[], totalFormula: string): SheetSpec {
  const rows: CellSpec[][] = [
    [title(`${project}资金测算明细表`)],
    ['单位：万元'],
    CALC_HEADER,
  ];
  for (const l of lines) {
    if (l.cat) rows.push([bold(l.seq), bold(l.name), null, null, null, null, l.amount, l.basis ?? null]);
    else rows.push([l.seq, l.name, l.price ?? null, l.qty ?? null, l.unit ?? null, l.times ?? null, l.amount, l.basis ?? null]);
  }
  rows.push([bold('合计'), null, null, null, null, null, { f: totalFormula, bold: true }, null]);
  const last = rows.length;
  return {
    name: '资金测算明细表',
    rows,
    merges: ['A1:H1', `A${last}:F${last}`],
    colWidths: CALC_WIDTHS,
    columnFormats: { 6: '0.00' },
    headerRow: 2,
  };
}

function indicatorSheet(project: string, unit: string, total: number, costs: [string, number][], people: number): SheetSpec {
  const rows: CellSpec[][] = [
    [title('项目支出绩效目标申报表')],
    ['（2026年度）'],
    ['项目名称', project],
    ['预算单位', unit],
    ['项目资金（万元）', '年度资金总额', total],
    [null, '其中：财政拨款', total],
    [null, '其他资金', 0],
    ['年度绩效目标', '保障公务员和人才工作正常运转，推进全区公务员和人才队伍建设提质增效。'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值'],
    ['产出指标', '数量指标', '走访慰问专家人才人数', '＝', people, '人', 10],
    [null, null, '赴外招才引智活动场次', '＝', 10, '场', 10],
    [null, '质量指标', '目标任务完成率', '＝', 100, '%', 10],
    [null, '时效指标', '目标任务完成时限', '≤', '2026年12月31日', null, 10],
    ['成本指标', '经济成本指标', costs[0][0], '≤', costs[0][1], '万元', 5],
    [null, null, costs[1][0], '≤', costs[1][1], '万元', 5],
    [null, null, costs[2][0], '≤', costs[2][1], '万元', 5],
    ['效益指标', '社会效益指标', '人才工作质效提升', '定性', '明显提升', null, 20],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', 95, '%', 15],
  ];
  return {
    name: '绩效目标表',
    rows,
    merges: ['A1:G1', 'A2:G2', 'B3:G3', 'B4:G4', 'A5:A7', 'C5:G5', 'C6:G6', 'C7:G7', 'B8:G8', 'A10:A13', 'B10:B11', 'A14:A16', 'B14:B16'],
    colWidths: [96, 110, 170, 64, 110, 64, 48],
    headerRow: 8,
  };
}

const PROJECT = '公务员管理和人才工作经费';
const UNIT = '中共某某区委组织部';

/** The lines of the clean example: every line, subtotal and total agrees; the indicators match the money. */
const CLEAN_LINES: Parameters<typeof calcSheet>[1] = [
  { cat: 'y', seq: '一、', name: '公务员工作经费', amount: '=SUM(G5:G6)' },
  { seq: '1', name: '考察政审差旅费', price: 500, qty: 50, unit: '人', times: 2, amount: '=C5*D5*F5/10000', basis: '50人×2次×500元/人次' },
  { seq: '2', name: '招录考试组织费', price: 30000, qty: 1, unit: '项', times: 1, amount: 3 },
  { cat: 'y', seq: '二、', name: '招才引智宣介', amount: '=SUM(G8:G9)' },
  { seq: '1', name: '赴外招才引智活动', price: 8000, qty: 10, unit: '场', times: 1, amount: 8, basis: '10场×8000元/场=8万元' },
  { seq: '2', name: '宣传推介材料', price: 50, qty: 200, unit: '份', times: 1, amount: '=C9*D9*F9/10000' },
  { cat: 'y', seq: '三、', name: '专家人才服务', amount: '=SUM(G11:G12)' },
  { seq: '1', name: '走访慰问专家人才', price: 1000, qty: 20, unit: '人', times: 1, amount: 2, basis: '20人*1000元/人=2万元' },
  { seq: '2', name: '专家座谈会', price: 500, qty: 20, unit: '人', times: 1, amount: 1 },
];

function workbookOf(id: string, title: DemoWorkbook['title'], lines: typeof CLEAN_LINES): DemoWorkbook {
  const costs: [string, number][] = [['公务员工作经费', 8], ['招才引智宣介', 9], ['专家人才服务', 3]];
  return {
    id,
    title,
    sheets: [buildSheet(calcSheet(PROJECT, lines, '=G4+G7+G10')), buildSheet(indicatorSheet(PROJECT, UNIT, 20, costs, 20))],
    active: '资金测算明细表',
  };
}

function exampleWorkbook(): DemoWorkbook {
  return workbookOf('example-talent-2026', { 'zh-CN': '示例：公务员管理和人才工作经费', 'en-US': 'Example: civil service and talent work' }, CLEAN_LINES);
}

/**
 * 练习：常见错误 — the same project with the mistakes a reviewer finds every year:
 * wrong line amounts G5 4.5 (500元 × 50人 × 2次 = 5万元) and G6 2.5 (30000元 × 1 × 1 = 3万元), so that
 * 全部修正 has two to fix; G8 80000 typed in 元 in a 万元 column (8万元); G10 =SUM(G11:G11) misses row 12.
 */
function practiceWorkbook(): DemoWorkbook {
  const mistakes: Record<number, Partial<(typeof CLEAN_LINES)[number]>> = {
    1: { amount: 4.5 },
    2: { amount: 2.5 },
    4: { amount: 80000, basis: undefined },
    6: { amount: '=SUM(G11:G11)' },
  };
  const lines = CLEAN_LINES.map((line, i) => ({ ...line, ...mistakes[i] }));
  return workbookOf('practice-common-mistakes', { 'zh-CN': '练习：常见错误', 'en-US': 'Practice: common mistakes' }, lines);
}

/** The demo's workbooks; the first is opened unless ?workbook=<id> says otherwise. */
export function demoWorkbooks(): DemoWorkbook[] {
  return [practiceWorkbook(), exampleWorkbook(), ...(generated as DemoWorkbook[])];
}
