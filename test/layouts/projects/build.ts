/**
 * Builds complete 项目支出 submissions as real .xlsx files with ExcelJS, the way accountants send them:
 * per project a 资金测算明细表 (title, 单位：元, 序号 | 项目名称 | 单价（元） | 数量 | 单位 | 次数 | 金额（元） |
 * 测算依据, formulas WITH cached results, 合计) and a 绩效目标表 (title, 项目名称, 预算单位, 项目资金（万元）
 * 年度资金总额 / 其中：财政拨款 / 其他资金, 年度绩效目标, then the indicator table with merged 一级/二级),
 * in the 2021 layout or the local 4-column one. Several projects go into one workbook, sheets in any order.
 */
import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';

export interface ItemSpec {
  name: string;
  price: number;
  qty: number;
  unit: string;
  times?: number;
  basis?: string;
}
export interface CategorySpec {
  name: string;
  items: ItemSpec[];
}
/** [一级, 二级, 三级, 指标性质, 指标值, 度量单位, 分值, 评（扣）分标准]; null 一级/二级 = same as above (merged). */
export type IndicatorSpec = [string | null, string | null, string, string, string | number, string, number | string | null, string | null];

export interface ProjectSpec {
  name: string;
  budgetUnit?: string;
  calcSheet: string;
  indicatorSheet: string;
  /** The calc title (default "{name}资金测算明细表"); null: no title. */
  calcTitle?: string | null;
  /** Titles of the 次数 column (天数, 期数 …). */
  timesHeader?: string;
  categories: CategorySpec[];
  /** 年度资金总额 in 万元; default: the calc total. */
  annualTotalWan?: number;
  layout?: '2021' | 'local';
  indicators: IndicatorSpec[];
  /** Rows written below the indicator table (notes, sign-off). */
  indicatorTail?: (string | null)[][];
  goal?: string;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function itemAmount(i: ItemSpec): Decimal {
  return new Decimal(i.price).mul(i.qty).mul(i.times ?? 1);
}
export function categoryAmount(c: CategorySpec): Decimal {
  return c.items.reduce((s, i) => s.plus(itemAmount(i)), new Decimal(0));
}
export function calcTotalYuan(p: ProjectSpec): Decimal {
  return p.categories.reduce((s, c) => s.plus(categoryAmount(c)), new Decimal(0));
}
export function annualTotalWan(p: ProjectSpec): number {
  return p.annualTotalWan ?? calcTotalYuan(p).div(10000).toNumber();
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Where things landed (1-based rows, for the tests' expected cells). */
export interface CalcLayout {
  totalRow: number;
  categoryRows: number[];
  itemRows: number[][];
}

export function writeCalcSheet(wb: ExcelJS.Workbook, p: ProjectSpec): CalcLayout {
  const ws = wb.addWorksheet(p.calcSheet);
  [6, 30, 12, 8, 6, 8, 14, 44].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let r = 1;
  if (p.calcTitle !== null) {
    ws.mergeCells(r, 1, r, 8);
    ws.getCell(r, 1).value = p.calcTitle ?? `${p.name}资金测算明细表`;
    ws.getCell(r, 1).font = { bold: true, size: 16 };
    r++;
  }
  ws.mergeCells(r, 1, r, 8);
  ws.getCell(r, 1).value = '单位：元';
  r++;
  const header = ['序号', '项目名称', '单价（元）', '数量', '单位', p.timesHeader ?? '次数', '金额（元）', '测算依据'];
  header.forEach((h, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.border = BORDER;
  });
  r++;
  const layout: CalcLayout = { totalRow: 0, categoryRows: [], itemRows: [] };
  p.categories.forEach((cat, k) => {
    const catRow = r++;
    layout.categoryRows.push(catRow);
    const rows: number[] = [];
    ws.getCell(catRow, 1).value = `${NUMERALS[k]}、`;
    ws.getCell(catRow, 2).value = cat.name;
    cat.items.forEach((it, j) => {
      const row = r++;
      rows.push(row);
      ws.getCell(row, 1).value = `${j + 1}.`;
      ws.getCell(row, 2).value = it.name;
      ws.getCell(row, 3).value = it.price;
      ws.getCell(row, 4).value = it.qty;
      ws.getCell(row, 5).value = it.unit;
      ws.getCell(row, 6).value = it.times ?? 1;
      ws.getCell(row, 7).value = { formula: `C${row}*D${row}*F${row}`, result: itemAmount(it).toNumber() };
      ws.getCell(row, 8).value = it.basis ?? `${it.qty}${it.unit}×${it.price}元${it.times && it.times !== 1 ? `×${it.times}` : ''}=${itemAmount(it).toFixed()}元`;
    });
    layout.itemRows.push(rows);
    ws.getCell(catRow, 7).value = { formula: `SUM(G${rows[0]}:G${rows[rows.length - 1]})`, result: categoryAmount(cat).toNumber() };
  });
  const totalRow = r++;
  layout.totalRow = totalRow;
  ws.getCell(totalRow, 2).value = '合计';
  ws.getCell(totalRow, 7).value = { formula: layout.categoryRows.map((x) => `G${x}`).join('+'), result: calcTotalYuan(p).toNumber() };
  for (let y = 1; y < r; y++) for (let x = 1; x <= 8; x++) if (y > 2) ws.getCell(y, x).border = BORDER;
  return layout;
}

export interface FormLayout {
  headerRow: number;
  /** 1-based row of each indicator. */
  rows: number[];
  annualTotalCell: string;
}

/** The 绩效目标表: header block, then the table. 2021: A–H; local: A 一级 | B 二级 | C 三级 | D 指标值. */
export function writeIndicatorSheet(wb: ExcelJS.Workbook, p: ProjectSpec): FormLayout {
  const ws = wb.getWorksheet(p.indicatorSheet) ?? wb.addWorksheet(p.indicatorSheet);
  const local = p.layout === 'local';
  const width = local ? 4 : 8;
  (local ? [14, 16, 30, 50] : [12, 16, 28, 8, 12, 8, 6, 40]).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const total = annualTotalWan(p);
  let r = 1;
  ws.mergeCells(r, 1, r, width);
  ws.getCell(r, 1).value = '项目支出绩效目标申报表';
  ws.getCell(r, 1).font = { bold: true, size: 16 };
  r++;
  ws.mergeCells(r, 1, r, width);
  ws.getCell(r, 1).value = '（2026年度）';
  r++;
  const labelled = (label: string, value: string) => {
    ws.getCell(r, 1).value = label;
    ws.mergeCells(r, 2, r, width);
    ws.getCell(r, 2).value = value;
    r++;
  };
  labelled('项目名称', p.name);
  labelled('预算单位', p.budgetUnit ?? '中共某某区委组织部');
  ws.mergeCells(r, 1, r + 2, 1);
  ws.getCell(r, 1).value = '项目资金\n（万元）';
  const fundsRow = r;
  ws.getCell(r, 2).value = '年度资金总额：';
  ws.getCell(r, 3).value = total;
  ws.getCell(r + 1, 2).value = '其中：财政拨款';
  ws.getCell(r + 1, 3).value = total;
  ws.getCell(r + 2, 2).value = '其他资金';
  ws.getCell(r + 2, 3).value = 0;
  r += 3;
  labelled('年度绩效目标', p.goal ?? `完成${p.name}各项工作任务，保障工作正常开展。`);
  const headerRow = r++;
  const header = local
    ? ['一级指标', '二级指标', '三级指标', '指标值（包含数字及文字描述）']
    : ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值', '评（扣）分标准'];
  header.forEach((h, i) => {
    ws.getCell(headerRow, i + 1).value = h;
    ws.getCell(headerRow, i + 1).font = { bold: true };
  });
  const rows: number[] = [];
  const starts: [number, number][] = [[-1, -1], [-1, -1]]; // per level column: [start row, col]
  const closeRun = (level: 0 | 1, upTo: number) => {
    const [start] = starts[level];
    if (start > 0 && upTo > start) ws.mergeCells(start, level + 1, upTo, level + 1);
  };
  for (const spec of p.indicators) {
    const row = r++;
    rows.push(row);
    const [l1, l2, name, nature, value, unit, score, scoring] = spec;
    if (l1 !== null) {
      closeRun(0, row - 1);
      closeRun(1, row - 1);
      starts[0] = [row, 1];
      starts[1] = [-1, -1];
      ws.getCell(row, 1).value = l1;
    }
    if (l2 !== null) {
      if (l1 === null) closeRun(1, row - 1);
      starts[1] = [row, 2];
      ws.getCell(row, 2).value = l2;
    }
    ws.getCell(row, 3).value = name;
    if (local) {
      ws.getCell(row, 4).value = `${nature === '=' || nature === '＝' ? '' : nature === '定性' ? '' : nature}${value}${typeof value === 'number' ? unit : ''}`;
    } else {
      ws.getCell(row, 4).value = nature;
      ws.getCell(row, 5).value = value;
      ws.getCell(row, 6).value = unit;
      ws.getCell(row, 7).value = score;
      ws.getCell(row, 8).value = scoring;
    }
  }
  closeRun(0, r - 1);
  closeRun(1, r - 1);
  for (let y = 3; y < r; y++) for (let x = 1; x <= width; x++) ws.getCell(y, x).border = BORDER;
  for (const line of p.indicatorTail ?? []) {
    line.forEach((v, i) => v !== null && (ws.getCell(r, i + 1).value = v));
    r++;
  }
  return { headerRow, rows, annualTotalCell: `C${fundsRow}` };
}

export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  calc: Record<string, CalcLayout>;
  forms: Record<string, FormLayout>;
}

/** Sheets in the order given ("calc:项目名" / "form:项目名"), default calc then form per project. */
export function buildSubmission(projects: ProjectSpec[], order?: string[]): BuiltWorkbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 10, 1));
  const seq = order ?? projects.flatMap((p) => [`calc:${p.name}`, `form:${p.name}`]);
  const out: BuiltWorkbook = { workbook: wb, calc: {}, forms: {} };
  for (const key of seq) {
    const [kind, name] = key.split(/:(.*)/s);
    const p = projects.find((x) => x.name === name);
    if (!p) throw new Error(`no project ${name}`);
    if (kind === 'calc') out.calc[p.name] = writeCalcSheet(wb, p);
    else out.forms[p.name] = writeIndicatorSheet(wb, p);
  }
  return out;
}

/** Standard 效益 / 满意度 / 质量 / 时效 rows that agree with any project. */
export function commonRows(opts: { satisfaction?: string | number; satisfactionName?: string } = {}): IndicatorSpec[] {
  return [
    [null, '质量指标', '目标任务完成率', '=', '100%', '%', 10, '完成率100%得10分'],
    [null, '时效指标', '目标任务完成时限', '≤', '2026年12月31日', '年', 10, '按时完成得10分'],
    ['效益指标', '社会效益指标', '工作保障水平', '定性', '明显提升', '', 30, '明显提升得30分'],
    ['满意度指标', '服务对象满意度指标', opts.satisfactionName ?? '服务对象满意度', '≥', opts.satisfaction ?? 90, '%', 10, `满意度≥${opts.satisfaction ?? 90}%得10分`],
  ];
}
