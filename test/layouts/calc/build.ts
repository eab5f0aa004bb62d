/**
 * Builders of complete submissions (资金测算明细表 + 2021 绩效目标表) as real .xlsx files, the way
 * accountants send them: a title row, a 单位 row, merged header cells, borders, formulas with cached
 * results, numbers stored as text where a family says so. Each family's workbooks are built from a
 * spec in families.ts; the test reads them back through src/xlsx (the CLI's path) into checkWorkbook.
 */
import ExcelJS from 'exceljs';

/** A cell: a value, a formula with its cached result, or a value with a number format. */
export type Cell = string | number | null | { f: string; v: number | string } | { n: number; fmt: string };

export interface SheetSpec {
  name: string;
  /** Rows from row 1; null is an empty cell. */
  rows: Cell[][];
  /** A1 ranges to merge ('A1:H1'). */
  merges?: string[];
  /** Rows (1-based) that are the table, to get borders; [first, last]. */
  table?: [number, number];
  widths?: number[];
}

export interface IndicatorSpec {
  name?: string;
  project: string;
  unit?: string;
  /** 年度资金总额 in 万元: a number or a cross-sheet formula with its cached result. */
  total: number | { f: string; v: number };
  /** 其中：财政拨款 (default: the same as total). */
  fiscal?: number | { f: string; v: number };
  other?: number | null;
  /** Cost ceiling of 项目总成本 in 万元 (default: the total). */
  cost?: number;
}

/**
 * The 2021 layout with indicators that say nothing the calc sheet would contradict: qualitative
 * quality / timeliness / benefit rows, a satisfaction ≥90%, and 项目总成本 ≤ 年度资金总额 (分值 total 90).
 */
export function indicatorSheet(o: IndicatorSpec): SheetSpec {
  const total = o.total;
  const totalValue = typeof total === 'number' ? total : total.v;
  const rows: Cell[][] = [
    ['项目支出绩效目标申报表', null, null, null, null, null, null, null, null],
    ['（2026年度）', null, null, null, null, null, null, null, null],
    ['项目名称', null, o.project, null, null, null, null, null, null],
    ['预算单位', null, o.unit ?? '昆明市某区人力资源和社会保障局', null, null, null, null, null, null],
    ['项目资金（万元）', '年度资金总额', total, null, null, null, null, null, null],
    [null, '其中：财政拨款', o.fiscal ?? total, null, null, null, null, null, null],
    [null, '其他资金', o.other ?? null, null, null, null, null, null, null],
    ['年度绩效目标', null, '按计划完成项目各项工作任务，保障工作有序开展。', null, null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值', '评（扣）分标准', '指标值设定依据及数据来源'],
    ['产出指标', '质量指标', '工作任务完成质量', '定性', '达标', null, 20, '达标得20分，否则不得分。', '工作计划'],
    [null, '时效指标', '项目完成时限', '≤', '2026年12月31日', null, 20, '按时完成得20分，逾期不得分。', '工作计划'],
    ['效益指标', '社会效益指标', '工作保障水平', '定性', '提升', null, 20, '有提升得20分，无提升不得分。', '工作计划'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', 90, '%', 20, '满意度≥90%得20分，每降1%扣1分。', '问卷调查'],
    ['成本指标', '经济成本指标', '项目总成本', '≤', o.cost ?? totalValue, '万元', 10, '不超预算得10分，超支不得分。', '资金测算明细表'],
  ];
  return {
    name: o.name ?? '绩效目标表',
    rows,
    merges: ['A1:I1', 'A2:I2', 'A3:B3', 'A4:B4', 'A5:A7', 'A8:B8', 'C3:I3', 'C4:I4', 'C8:I8', 'A10:A11'],
    table: [3, rows.length],
    widths: [14, 18, 24, 10, 16, 10, 8, 30, 18],
  };
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function fillSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((cells, r) => {
    cells.forEach((c, k) => {
      if (c === null) return;
      const cell = ws.getCell(r + 1, k + 1);
      if (typeof c === 'object' && 'f' in c) cell.value = { formula: c.f, result: c.v } as ExcelJS.CellFormulaValue;
      else if (typeof c === 'object' && 'n' in c) {
        cell.value = c.n;
        cell.numFmt = c.fmt;
      } else cell.value = c;
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  if (spec.table) {
    const width = Math.max(...spec.rows.map((r) => r.length));
    for (let r = spec.table[0]; r <= spec.table[1]; r++) {
      for (let c = 1; c <= width; c++) ws.getCell(r, c).border = THIN;
    }
  }
  ws.getRow(1).font = { bold: true, size: 16 };
  (spec.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The .xlsx bytes of a workbook with these sheets, in order. */
export async function buildWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '财务科';
  for (const s of sheets) fillSheet(wb.addWorksheet(s.name), s);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
