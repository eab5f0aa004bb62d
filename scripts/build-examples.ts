/**
 * Builds the example workbooks in examples/ from the seeds (../shared/seeds): each has a
 * 资金测算明细表 (title row, 单位 row, header row, lines, 合计) and a 绩效目标表 with the header block
 * (项目名称, 预算单位, 项目资金（万元）年度资金总额 / 其中：财政拨款 / 其他资金) and the seed's indicators.
 *
 *   npm run examples          (tsx scripts/build-examples.ts [outDir])
 *
 * Every number agrees (line = 单价 × 数量 × factors, subtotals, 合计 = 年度资金总额 = 财政拨款 + 其他资金)
 * EXCEPT the seeds' real mistakes, which are kept on purpose because the product must catch them:
 * - 004-干部教育培训经费: 测算依据 of 二、举办专题班次 says "至少5期，1期培训费课时费预计12万元 …
 *   预计需要46万元" — 5 × 12 = 60, not 46 (the 金额 cell holds 46, as the seed's budget does).
 * - 004-干部工作综合业务经费: 绩效目标表 数量指标 "补充资料档案827本" vs 成本指标 "补充资料档案900本".
 * - 001-人才服务管理经费: 绩效目标表 数量指标 "= 4场" while the calc budgets one 5000元 review
 *   (5000元/场 × 1场); the indicator table keeps the seed's 空 placeholder rows.
 * - 003-干部工作经费: 试用期满考核人数 target 20人 but its scoring text says "未达到2000人的";
 *   时效 target 2023年1月至11月 while its scoring text says "2022年11月30日前".
 * Lines that the seeds do not itemise (000's nine categories, 003's calc) are plausible inventions
 * whose arithmetic is right.
 */
import * as path from 'path';
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';

// ───────────────────────────── styling helpers ─────────────────────────────

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FIXED_DATE = new Date(Date.UTC(2025, 10, 1));

type Cell = string | number | null | { formula: string; result: number };

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算表校验助手 examples';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Column widths, and A4 landscape printing one page wide (these sheets get printed and filed). */
function setWidths(ws: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function styleCell(c: ExcelJS.Cell, opts: { bold?: boolean; wrap?: boolean; align?: 'left' | 'center' | 'right'; numFmt?: string; fill?: boolean; size?: number; border?: boolean }): void {
  c.font = { name: FONT, size: opts.size ?? 11, bold: opts.bold ?? false };
  c.alignment = { vertical: 'middle', horizontal: opts.align ?? 'left', wrapText: opts.wrap ?? true };
  if (opts.border ?? true) c.border = BORDER;
  if (opts.numFmt) c.numFmt = opts.numFmt;
  if (opts.fill) c.fill = HEADER_FILL;
}

/** A title row merged across `cols` columns. */
function titleRow(ws: ExcelJS.Worksheet, row: number, cols: number, text: string, size = 16): void {
  ws.mergeCells(row, 1, row, cols);
  const c = ws.getCell(row, 1);
  c.value = text;
  styleCell(c, { bold: true, align: 'center', size, border: false });
  ws.getRow(row).height = size + 14;
}

/** Approximate row height so wrapped Chinese text is visible (≈ 2 display units per CJK char). */
function fitHeight(ws: ExcelJS.Worksheet, row: number, widths: number[], merged: Map<number, number> = new Map()): void {
  let lines = 1;
  ws.getRow(row).eachCell({ includeEmpty: false }, (cell, col) => {
    const v = cell.value;
    const text = typeof v === 'string' ? v : '';
    if (!text) return;
    const span = merged.get(col) ?? 1;
    let width = 0;
    for (let i = 0; i < span; i++) width += widths[col - 1 + i] ?? 10;
    const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    const n = text.split('\n').length - 1 + Math.ceil(units / Math.max(4, width - 1));
    lines = Math.max(lines, n);
  });
  ws.getRow(row).height = Math.max(20, lines * 15 + 5);
}

function wan(n: Decimal.Value): number {
  return new Decimal(n).toNumber();
}

// ───────────────────────────── 资金测算明细表 ─────────────────────────────

interface CalcColumn {
  header: string;
  width: number;
  /** number format for numbers in this column */
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
}

type RowStyle = 'category' | 'item' | 'breakdown' | 'total';

interface CalcRowSpec {
  style: RowStyle;
  cells: Cell[];
}

/**
 * Writes title (row 1), 单位 note (row 2), header (row 3) and the rows from row 4.
 * Returns the 1-based row number of each spec row.
 */
function writeCalcSheet(ws: ExcelJS.Worksheet, title: string, unitNote: string, columns: CalcColumn[], rows: CalcRowSpec[]): void {
  const n = columns.length;
  setWidths(ws, columns.map((c) => c.width));
  titleRow(ws, 1, n, title);
  ws.mergeCells(2, 1, 2, n);
  const unit = ws.getCell(2, 1);
  unit.value = unitNote;
  styleCell(unit, { align: 'right', border: false });
  columns.forEach((col, i) => {
    const c = ws.getCell(3, i + 1);
    c.value = col.header;
    styleCell(c, { bold: true, align: 'center', fill: true });
  });
  ws.getRow(3).height = 32;
  rows.forEach((spec, k) => {
    const r = 4 + k;
    columns.forEach((col, i) => {
      const c = ws.getCell(r, i + 1);
      const v = spec.cells[i] === '' ? null : (spec.cells[i] ?? null);
      c.value = v as ExcelJS.CellValue;
      const isNumber = typeof v === 'number' || (v !== null && typeof v === 'object');
      styleCell(c, {
        bold: spec.style === 'category' || spec.style === 'total',
        align: isNumber ? 'right' : (col.align ?? 'left'),
        numFmt: isNumber ? col.numFmt : undefined,
      });
    });
    fitHeight(ws, r, columns.map((c) => c.width));
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
}

// ───────────────────────────── 绩效目标表 ─────────────────────────────

interface HeaderBlock {
  title: string;
  year: string;
  projectName: string;
  budgetUnit: string;
  /** 万元, as the document shows them (2 decimals) */
  total: number;
  fiscal: number;
  /** null = left blank, as seed 004 does */
  other: number | null;
  goalLabel: string;
  goal: string;
}

/** Header block at the top of an indicator sheet with `n` columns; returns the next free row. */
function writeHeaderBlock(ws: ExcelJS.Worksheet, n: number, h: HeaderBlock, widths: number[]): number {
  titleRow(ws, 1, n, h.title, 16);
  ws.mergeCells(2, 1, 2, n);
  const y = ws.getCell(2, 1);
  y.value = h.year;
  styleCell(y, { align: 'center', border: false });
  const labelled = (row: number, label: string, value: string) => {
    ws.getCell(row, 1).value = label;
    styleCell(ws.getCell(row, 1), { bold: true, align: 'center' });
    ws.mergeCells(row, 2, row, n);
    ws.getCell(row, 2).value = value;
    styleCell(ws.getCell(row, 2), {});
  };
  labelled(3, '项目名称', h.projectName);
  labelled(4, '预算单位', h.budgetUnit);
  // 项目资金（万元）: label merged over three rows; sub-labels in column 2; values from column 3.
  ws.mergeCells(5, 1, 7, 1);
  ws.getCell(5, 1).value = '项目资金\n（万元）';
  styleCell(ws.getCell(5, 1), { bold: true, align: 'center' });
  const money = (row: number, label: string, value: number | null) => {
    ws.getCell(row, 2).value = label;
    styleCell(ws.getCell(row, 2), { align: 'right' });
    ws.mergeCells(row, 3, row, n);
    ws.getCell(row, 3).value = value;
    styleCell(ws.getCell(row, 3), { align: 'left', numFmt: '0.00' });
  };
  money(5, '年度资金总额：', h.total);
  money(6, '其中：财政拨款', h.fiscal);
  money(7, '其他资金', h.other);
  labelled(8, h.goalLabel, h.goal);
  const merged = new Map([[2, n - 1]]);
  for (const r of [3, 4, 8]) fitHeight(ws, r, widths, merged);
  return 9;
}

/**
 * Indicator table: header row at `startRow`, then rows. Columns listed in `mergeCols` (0-based,
 * the 一级/二级 columns) are merged vertically where consecutive rows repeat the same value
 * within the same parent, and only the first cell of such a run keeps the text.
 */
function writeIndicatorTable(
  ws: ExcelJS.Worksheet,
  startRow: number,
  headers: string[],
  widths: number[],
  rows: (string | number | null)[][],
  mergeCols: number[],
  options: { leadLabel?: string; numFmts?: Record<number, string> } = {},
): void {
  const lead = options.leadLabel ? 1 : 0; // local layout: a 绩效指标 column merged over the table
  const hr = startRow;
  headers.forEach((h, i) => {
    const c = ws.getCell(hr, lead + i + 1);
    c.value = h;
    styleCell(c, { bold: true, align: 'center', fill: true });
  });
  ws.getRow(hr).height = 32;
  rows.forEach((cells, k) => {
    const r = hr + 1 + k;
    headers.forEach((_, i) => {
      const c = ws.getCell(r, lead + i + 1);
      const v = cells[i] ?? null;
      c.value = mergeCols.includes(i) && k > 0 && sameRun(rows, k, i, mergeCols) ? null : v;
      styleCell(c, { align: mergeCols.includes(i) ? 'center' : typeof v === 'number' ? 'right' : 'left', numFmt: options.numFmts?.[i] });
    });
    fitHeight(ws, r, widths);
  });
  // vertical merges of 一级 / 二级
  for (const i of mergeCols) {
    let k = 0;
    while (k < rows.length) {
      let e = k;
      while (e + 1 < rows.length && sameRun(rows, e + 1, i, mergeCols)) e++;
      if (e > k) ws.mergeCells(hr + 1 + k, lead + i + 1, hr + 1 + e, lead + i + 1);
      k = e + 1;
    }
  }
  if (options.leadLabel) {
    ws.mergeCells(hr, 1, hr + rows.length, 1);
    const c = ws.getCell(hr, 1);
    c.value = options.leadLabel;
    styleCell(c, { bold: true, align: 'center' });
  }
}

/** Row k continues the run of row k-1 in column i: same value there and in every merge column before i. */
function sameRun(rows: (string | number | null)[][], k: number, i: number, mergeCols: number[]): boolean {
  if (k === 0) return false;
  for (const j of mergeCols) {
    if (j > i) break;
    if (rows[k][j] !== rows[k - 1][j]) return false;
  }
  return true;
}

// ───────────────────────────── the examples ─────────────────────────────

const UNIT_004 = '中国共产党攀枝花市仁和区委员会组织部';
const TITLE_004 = '其他运转类项目支出绩效目标申报表';
const LOCAL_HEADERS = ['一级\n指标', '二级指标', '三级指标', '指标值（包含数字及文字描述）'];
const LOCAL_WIDTHS = [10, 16, 14, 30, 60];

function localIndicatorSheet(wb: ExcelJS.Workbook, h: HeaderBlock, rows: string[][]): void {
  const ws = wb.addWorksheet('绩效目标表');
  setWidths(ws, LOCAL_WIDTHS);
  const next = writeHeaderBlock(ws, 5, h, LOCAL_WIDTHS);
  writeIndicatorTable(ws, next, LOCAL_HEADERS, LOCAL_WIDTHS, rows, [0, 1], { leadLabel: '绩效指标' });
}

const HEADERS_2021 = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值', '评（扣）分标准', '指标值设定依据及数据来源'];
const WIDTHS_2021 = [12, 14, 26, 8, 14, 8, 6, 46, 30];

function indicatorSheet2021(wb: ExcelJS.Workbook, h: HeaderBlock, rows: (string | number | null)[][], headers = HEADERS_2021, widths = WIDTHS_2021): void {
  const ws = wb.addWorksheet('绩效目标表');
  setWidths(ws, widths);
  const next = writeHeaderBlock(ws, headers.length, h, widths);
  const scoreCol = headers.indexOf('分值');
  writeIndicatorTable(ws, next, headers, widths, rows, [0, 1], scoreCol >= 0 ? { numFmts: { [scoreCol]: '0' } } : {});
}

/** 004 干部教育培训经费 — calc layout "text basis only". Keeps the real mistake 5 × 12 ≠ 46. */
function training004(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('资金测算明细表');
  const main =
    '举办乡科级主要领导读书班至少1期，培训全区100多名科级领导干部，培训费、场地费、资料印刷费等预计5万元；举办中青年干部培训班1期，培训课时费、资料印刷费等预计花费12万元；举办任职培训班1期，培训课时费等预计12万元；举办全国新录用公务员初任培训班1期，参训学员为仁和区2026年新录用公务员（含市级垂管部门）约80人，培训场地费、资料印刷费等预计要5万元；预计需34万元';
  // REAL MISTAKE kept from the seed: 5期 × 12万元 = 60万元, not 46万元.
  const topical =
    '围绕区委中心工作、重大决策部署，举办区级（赴外）重点专题培训班至少5期，1期培训费课时费预计12万元，其余食宿费、交通费均回原单位报销，预计需要46万元';
  writeCalcSheet(
    ws,
    '干部教育培训经费资金测算明细表',
    '单位：万元',
    [
      { header: '序号', width: 8, align: 'center' },
      { header: '测算项目', width: 18 },
      { header: '测算依据及说明', width: 70 },
      { header: '预算金额（万元）', width: 14, numFmt: '0.00' },
    ],
    [
      { style: 'item', cells: ['一、', '举办主体班次', main, 34] },
      { style: 'item', cells: ['二、', '举办专题班次', topical, 46] },
      { style: 'total', cells: ['', '合计', '', 80] },
    ],
  );
  localIndicatorSheet(
    wb,
    {
      title: TITLE_004,
      year: '（2026年度）',
      projectName: '干部教育培训经费',
      budgetUnit: UNIT_004,
      total: 80,
      fiscal: 80,
      other: null,
      goalLabel: '总体目标',
      goal: '以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十届四中全会精神以及省、市、区系列会议精神，办好乡科级主要领导干部读书班、县区联合乡科级领导干部进修班、中青年干部培训班等10个主体班次，围绕区委中心工作、重大决策部署，举办区级重点专题培训班至少5期，推动干部教育入脑入心。',
    },
    [
      ['项目完成', '数量指标', '举办主体班次', '举办乡科级主要领导干部读书班、县区联合乡科级领导干部进修班、中青年干部培训班、任职培训班等10余个主体班次；其中乡科级主要领导读书班预计2026年至少举办1期，培训全区100余名科级领导干部；中青年干部培训班预计举办1期，培训20名左右优秀年轻干部、选调生等；任职培训班2026年预计举办1期，调训40名左右新提拔科级领导干部；全国新录用公务员初任培训班2026年举办1期（7天），参训学员为仁和区2026年新录用公务员（含市级垂管部门）约80人'],
      ['项目完成', '数量指标', '举办专题班次', '围绕区委中心工作、重大决策部署，举办区级（赴外）重点专题培训班至少5期\n1期7天，培训250人左右'],
      ['项目完成', '质量指标', '目标任务完成率', '100%'],
      ['项目完成', '时效指标', '培训任务完成时限', '2026年1—12月'],
      ['项目完成', '成本指标', '举办主体班次', main],
      ['项目完成', '成本指标', '举办专题班次', topical],
      ['项目效益', '社会效益\n指标', '建设高素质干部队伍', '教育引导干部树立正确的权力观、政绩观、事业观，提高干部政治判断力、政治领悟力、政治执行力'],
      ['项目效益', '可持续影响\n指标', '对受训学员能力提升可持续发展的影响', '≥3年'],
      ['满意度指标', '满意度指标', '受训学员满意度', '≥95%'],
    ],
  );
  return wb;
}

const FACTOR_COLUMNS: CalcColumn[] = [
  { header: '序号', width: 7, align: 'center' },
  { header: '支出内容', width: 26 },
  { header: '单价（元）', width: 11, numFmt: '#,##0' },
  { header: '数量', width: 8, numFmt: '#,##0' },
  { header: '单位', width: 7, align: 'center' },
  { header: '次数', width: 7, numFmt: '0' },
  { header: '金额（万元）', width: 12, numFmt: '0.00' },
  { header: '测算依据', width: 48 },
  { header: '备注', width: 14 },
];

/** An explicit-factors line in 万元 from a price in 元: amount = price × qty × times / 10000. */
function factorLine(style: RowStyle, seq: string, name: string, price: number, qty: number, unit: string, times: number, basis: string, remark = ''): CalcRowSpec {
  const amount = new Decimal(price).mul(qty).mul(times).div(10000);
  return { style, cells: [seq, name, price, qty, unit, times, wan(amount), basis, remark] };
}

function amountLine(style: RowStyle, seq: string, name: string, amountWan: number, basis: string, remark = ''): CalcRowSpec {
  return { style, cells: [seq, name, null, null, null, null, amountWan, basis, remark] };
}

/** 004 组织工作综合业务经费 (51.04万) — explicit factors; clean. */
function organisation004(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('资金测算明细表');
  writeCalcSheet(ws, '组织工作综合业务经费资金测算明细表', '单位：万元', FACTOR_COLUMNS, [
    factorLine('category', '一、', '驻村工作经费', 5000, 37, '人', 1, '全区预计驻村干部37人，工作经费0.5万元/人/年，预计需18.5万元', '川农发〔2024〕17号'),
    amountLine('category', '二、', '驻村干部、援藏干部慰问', 2.54, '预计需2.54万元'),
    factorLine('item', '（1）', '驻村帮扶干部人才慰问', 600, 37, '人', 1, '驻村帮扶干部人才慰问经费37人*0.06万元/人/年，共2.22万元'),
    factorLine('item', '（2）', '援藏干部走访慰问', 1600, 2, '人', 1, '援藏干部走访慰问经费2人*1600元/人，共0.32万元', '攀组通〔2022〕29号'),
    amountLine('category', '三、', '区乡党委换届', 20, '完成区委及13个乡镇（街道）党工委换届，预计需20万元'),
    factorLine('item', '（1）', '党代会选票、名册等资料印刷', 35, 2000, '份', 1, '资料印刷2000份，35元/份'),
    factorLine('item', '（2）', '办公及其他耗材', 5000, 14, '个', 1, '区委及13个乡镇（街道）党工委，每个单位5000元'),
    amountLine('item', '（3）', '差旅费', 6, '换届工作差旅费'),
    amountLine('category', '四、', '组工信息宣传', 10, '参照2025年度市级任务要求，需完成30篇以上省级及以上媒体刊物信息、省推优正能量视频作品3篇，预计需10万元'),
    amountLine('total', '', '合计', 51.04, ''),
  ]);
  localIndicatorSheet(
    wb,
    {
      title: TITLE_004,
      year: '（2026年度）',
      projectName: '组织工作综合业务经费',
      budgetUnit: UNIT_004,
      total: 51.04,
      fiscal: 51.04,
      other: null,
      goalLabel: '总体目标',
      goal: '根据《四川省驻村第一书记和工作队管理办法》（川农发〔2024〕17号）文件要求，及时保障驻村第一书记和工作队工作经费，按每人每年不低于5000元标准安排，用于考察调研、日常工作运转以及报销驻村期间因公产生的差旅费等；根据《攀枝花市对口帮扶干部人才管理实施细则》（攀组通〔2022〕29 号）文件要求，贯彻省、市委加强对援藏干部管理相关要求，圆满完成各项慰问工作任务；根据《中国共产党党和国家机关基层组织工作条例》要求，2026年度召开党代会开展换届选举；组织工作信息宣传推广相关费用。',
    },
    [
      ['项目完成', '数量指标', '驻村工作队及第一书记驻村数量及经费标准', '全区脱贫村10个、乡村振兴重点帮扶村1个，中省财政集体经济项目扶持村3个、党组织软弱涣散村2个，共16个村，驻村干部37人，工作经费0.5万元/人/年'],
      ['项目完成', '数量指标', '驻村干部、援藏干部人数', '驻村干部37人，援藏干部2人，慰问标准600元/人，每年走访慰问不少于1次'],
      ['项目完成', '数量指标', '区乡党委换届', '完成区委及13个乡镇（街道）党工委换届'],
      ['项目完成', '数量指标', '完成组织工作信息推广', '按照上级要求完成信息推广'],
      ['项目完成', '质量指标', '目标任务完成率', '100%'],
      ['项目完成', '时效指标', '目标任务完成时限', '2026年1—12月'],
      ['项目完成', '成本指标', '驻村工作经费', '全区预计驻村干部37人，工作经费0.5万元/人/年，预计需18.5万元'],
      ['项目完成', '成本指标', '驻村干部、援藏干部慰问', '驻村帮扶干部人才慰问经费37人*0.06万元/人/年，共2.22万元；援藏干部走访慰问经费2人*1600元/人，共0.32万元。预计需2.54万元'],
      ['项目完成', '成本指标', '区乡党委换届', '党代会选票、名册等资料印刷7万元，办公及其他耗材7万元，差旅费6万元，预计需20万元'],
      ['项目完成', '成本指标', '组工信息宣传费用', '组织工作信息宣传推广相关费用，参照2025年度市级任务要求，需完成30篇以上省级及以上媒体刊物信息、省推优正能量视频作品3篇，预计需10万元'],
      ['项目效益', '社会效益指标', '按期进行换届选举，提升基层党组织组织力', '深入贯彻习近平新时代中国特色社会主义思想，落实党内选举制度，增强基层党组织政治功能，提升基层党组织组织力'],
      ['项目效益', '社会效益指标', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接', '选派作风扎实、能力突出、善做群众工作的优秀干部，进村入组深入开展乡村振兴工作，确保驻村帮扶工作扎实过硬、成效明显、群众满意'],
      ['满意度指标', '满意度指标', '服务对象满意度', '≥90%'],
    ],
  );
  return wb;
}

/** 004 干部工作综合业务经费 (15万) — explicit factors with a 其中： breakdown. Calc clean; the
 *  indicator sheet keeps the seed's 827本 (数量指标) vs 900本 (成本指标). */
function cadre004(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('资金测算明细表');
  writeCalcSheet(ws, '干部工作综合业务经费资金测算明细表', '单位：万元', FACTOR_COLUMNS, [
    factorLine('item', '一、', '干部考察', 6000, 5, '次', 1, '干部调研、考察所产生的办公费、差旅费、会议费等各类费用，每次约6000元，预计需3万元'),
    amountLine('item', '二、', '干部人事档案管理，干部管理系统软件', 9, '预计需9万元'),
    factorLine('breakdown', '', '其中：干部人事档案数字化', 100, 300, '本', 1, '新增档案300本，每本100元，3万元'),
    amountLine('breakdown', '', '补充资料档案', 2, '补充资料档案900本，2万元'),
    factorLine('breakdown', '', '档案专用回转柜', 12500, 2, '组', 1, '档案专用回转柜2组，2.5万元'),
    factorLine('breakdown', '', '干部管理系统软件维护', 15000, 1, '年', 1, '干部管理系统软件维护费1.5万元'),
    amountLine('item', '三、', '科级以上干部住院慰问', 1, '县处级1000元/人，正科级800元/人，副科级600元/人，预计需1万元'),
    amountLine('item', '四、', '区两会召开', 2, '资料印刷、选票制作、办公耗材等支出，预计需2万元'),
    amountLine('total', '', '合计', 15, ''),
  ]);
  localIndicatorSheet(
    wb,
    {
      title: TITLE_004,
      year: '（2026年度）',
      projectName: '干部工作综合业务经费',
      budgetUnit: UNIT_004,
      total: 15,
      fiscal: 15,
      other: null,
      goalLabel: '总体目标',
      goal: '为做好全区科级领导班子建设和干部队伍培养，扎实开展干部考察、干部人事档案管理、科级以上干部住院慰问等工作，统筹做好区两会相关准备工作，保障各项工作正常运转。',
    },
    [
      ['项目完成', '数量指标', '干部考察', '全区领导班子综合分析研判和干部考察工作'],
      // REAL MISTAKE kept from the seed: 827本 here, 900本 in the 成本指标 below.
      ['项目完成', '数量指标', '干部人事档案管理，干部管理系统软件', '干部人事档案扫描新增档案300余本，补充资料档案827本；购置档案专用回转柜2组，干部管理系统软件维护'],
      ['项目完成', '数量指标', '科级以上干部住院慰问', '及时慰问生病住院的乡科级及以上领导干部'],
      ['项目完成', '数量指标', '区两会召开', '做好区两会召开的资料准备、会场等工作'],
      ['项目完成', '质量指标', '目标任务完成率', '100%'],
      ['项目完成', '时效指标', '保障干部工作正常运转', '2026年1—12月'],
      ['项目完成', '成本指标', '干部考察', '干部调研、考察所产生的办公费、差旅费、会议费等各类费用预计需3万元'],
      ['项目完成', '成本指标', '干部人事档案管理，干部管理系统软件', '干部人事档案数字化新增档案300本，3万元，补充资料档案900本，2万元,档案专用回转柜2.5万元，干部管理系统软件维护费1.5万元，预计需9万元'],
      ['项目完成', '成本指标', '科级以上干部住院慰问', '县处级1000元/人，正科级800元/人，副科级600元/人，预计需1万元'],
      ['项目完成', '成本指标', '区两会召开', '资料印刷、选票制作、办公耗材等支出，预计需2万元'],
      ['项目效益', '社会效益指标', '提高选人用人公信度、透明度，为全区经济社会发展创造干部队伍良好条件', '鲜明正确选人导向，营造良好的选人用人环境，建设好我区干部队伍，激励广大干部为全区经济高质量发展贡献力量'],
      ['项目效益', '可持续影响指标', '激励广大干部新时代新担当新作为', '进一步加强全区科级领导班子和干部队伍建设，调动干部干事创业活力、激发干部内生动力，更加重视干部关心关爱'],
      ['满意度指标', '满意度指标', '干部群众满意度', '≥90%'],
      ['满意度指标', '满意度指标', '服务对象满意度', '≥90%'],
    ],
  );
  return wb;
}

/** A formula cell with its cached result (what Excel would have stored). */
function f(formula: string, result: Decimal.Value): { formula: string; result: number } {
  return { formula, result: new Decimal(result).toNumber() };
}

/** 001 人才服务管理经费 (660000元) — formulas layout, amounts in 元. */
function talentService001(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('资金测算明细表');
  // rows: 4 一、 | 5 其中 优秀 | 6 合格 | 7 二、 | 8 1. | 9 2. | 10 合计
  const excellent = new Decimal(2000).mul(85); // 170000
  const qualified = new Decimal(800).mul(600); // 480000
  const bonus = excellent.plus(qualified); // 650000
  const review = new Decimal(5000).mul(1);
  const post = new Decimal(25).mul(200);
  const mgmt = review.plus(post); // 10000
  writeCalcSheet(
    ws,
    '人才服务管理经费资金测算明细表',
    '单位：元',
    [
      { header: '序号', width: 7, align: 'center' },
      { header: '项目名称', width: 28 },
      { header: '单价（元）', width: 11, numFmt: '#,##0' },
      { header: '数量', width: 8, numFmt: '#,##0' },
      { header: '单位', width: 7, align: 'center' },
      { header: '金额（元）', width: 14, numFmt: '#,##0.00' },
      { header: '测算依据', width: 50 },
      { header: '备注', width: 20 },
    ],
    [
      { style: 'category', cells: ['一、', '辅助性岗位人员年度考核绩效奖', null, null, null, f('SUM(F5:F6)', bonus), '绩效奖金根据年度考核结果兑现，优秀：2000元/人/年，合格：800元/人/年；拟发2025年全区60家用人单位（公检法除外）辅岗年度考核绩效奖', '呈办通〔2024〕18号'] },
      { style: 'breakdown', cells: ['', '其中：考核优秀', 2000, 85, '人', f('C5*D5', excellent), '85人×2000元/人=170000元', '优秀不超过15%'] },
      { style: 'breakdown', cells: ['', '考核合格', 800, 600, '人', f('C6*D6', qualified), '600人×800元/人=480000元', ''] },
      { style: 'category', cells: ['二、', '人才管理经费', null, null, null, f('SUM(F8:F9)', mgmt), '合计1万元', ''] },
      { style: 'item', cells: ['1.', '人才工作站（室）、人才项目初审评审', 5000, 1, '场', f('C8*D8', review), '开展2026年呈贡区第四批优秀人才、人才工作站（室）、人才项目的初审评审工作，优秀人才初评初审5000元/场', '呈党人才〔2021〕1号'] },
      { style: 'item', cells: ['2.', '流动人员人事档案邮寄', 25, 200, '份', f('C9*D9', post), '200份人事档案邮寄业务，200份*25元/份=5000元', ''] },
      { style: 'total', cells: ['', '合计', null, null, null, f('F4+F7', bonus.plus(mgmt)), '', ''] },
    ],
  );
  const long =
    '1.开展2026年呈贡区第四批优秀人才、人才工作站（室）、人才项目的初审评审工作，高层次人才引进与培养，专业技术人才、高技能人才队伍管理，优秀人才初评初审5000元/场；\n2.流动人员人事档案邮政快递费用，200份人事档案邮寄业务，200份*25元/份=5000元。合计1万元';
  indicatorSheet2021(
    wb,
    {
      title: '项目支出绩效目标申报表',
      year: '（2026年度）',
      projectName: '人才服务管理经费',
      budgetUnit: '昆明市呈贡区公共就业和人才服务中心',
      total: 66,
      fiscal: 66,
      other: 0,
      goalLabel: '年度绩效目标',
      goal: '完成全区辅岗年度考核统计，拟发全区辅岗年度考核绩效奖；开展呈贡区2026年人才工作站（室）、人才项目初审评审工作；流动人员人事档案邮政快递。',
    },
    [
      // REAL MISTAKE kept from the seed: "= 4场" while the calc budgets one 5000元 review.
      ['产出指标', '数量指标', '人才管理服务经费场数', '=', '4场', '场', 20, long, '资金测算明细表'],
      ['产出指标', '数量指标', '空', '空', '空', '空', null, null, null],
      ['产出指标', '质量指标', '人才评审准确率', '=', '100%', '%', 20, null, '资金测算明细表'],
      ['产出指标', '质量指标', '空', '空', '空', '空', null, null, null],
      ['产出指标', '时效指标', '创业园区高校毕业生房补发放及时率', '>=', '95%以上', '%', 10, null, '资金测算明细表'],
      ['产出指标', '时效指标', '流程人口档案管理中心建设时间', '<=', '11月份以前', '%', 10, null, '资金测算明细表'],
      ['效益指标', '社会效益指标', '保障人才管理合理性', '=', '维护社会稳定性', '%', 20, '对于用工单位不予留用的辅岗人员，依法给予辅岗人员经济补偿，经济补偿金纳入区级财政保障', '资金测算明细表'],
      ['效益指标', '社会效益指标', '空', '空', '空', '空', null, null, null],
      ['满意度指标', '服务对象满意度指标', '辅助性岗位满意度', '>=', '95%', '%', 10, null, '资金测算明细表'],
    ],
  );
  return wb;
}

/** 000 人才管理专项经费 (1000万) — formulas layout, prices in 元, amounts in 万元. */
function talent000(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('资金测算明细表');
  type Item = [name: string, price: number, qty: number, unit: string, times: number, basis: string];
  const categories: { name: string; items: Item[]; remark: string }[] = [
    { name: '人才工作站（室）经费', remark: '呈贡区人才工作站（室）管理办法', items: [
      ['新增认定人才工作站（室）建设补助', 50000, 3, '个', 1, '新增认定3个，每个5万元'],
      ['现有人才工作站（室）运营扶持', 50000, 7, '个', 1, '持续扶持7个，每个5万元'],
      ['人才工作站（室）评审考核专家费', 1000, 10, '人', 3, '专家10人，1000元/人·次，评审考核3次'],
    ] },
    { name: '人才工作项目经费', remark: '呈贡区人才工作项目管理办法', items: [
      ['重点人才项目培育', 100000, 2, '个', 1, '重点项目2个，每个10万元'],
      ['一般人才项目培育', 40000, 5, '个', 1, '一般项目5个，每个4万元'],
      ['项目评审及结项评估', 2000, 10, '人', 2, '评审专家10人，2000元/人·次，立项、结项各1次'],
    ] },
    { name: '领军企业人才自主认定特殊生活补贴', remark: '领军企业自主认定高层次人才实施办法', items: [
      ['A类人才特殊生活补贴', 300000, 10, '人', 1, '5家领军企业认定A类人才10人，30万元/人'],
      ['B类人才特殊生活补贴', 150000, 20, '人', 1, 'B类人才20人，15万元/人'],
      ['C类人才特殊生活补贴', 50000, 40, '人', 1, 'C类人才40人，5万元/人'],
      ['自主认定评审费', 2000, 10, '人', 1, '评审专家10人，2000元/人'],
    ] },
    { name: '产业发展顾问', remark: '产业发展顾问聘任和管理办法', items: [
      ['产业发展顾问差旅', 2000, 20, '人次', 1, '顾问来呈差旅20人次，2000元/人次'],
      ['产业课题调研', 15000, 2, '个', 1, '围绕四大重点产业开展课题调研2个'],
      ['咨询会议组织', 5000, 1, '场', 6, '全年组织咨询会议6场，5000元/场'],
    ] },
    { name: '人才引进实施经费', remark: '春城全国名校行引才活动方案', items: [
      ['赴武汉、长沙引才差旅', 3000, 6, '人', 1, '赴外引才6人，3000元/人'],
      ['区内人才引进活动', 4000, 1, '场', 3, '区内引才活动3场，4000元/场'],
    ] },
    { name: '人才公寓补贴经费', remark: '人才公寓保障管理实施办法', items: [
      ['人才公寓租金补贴', 360, 80, '套', 12, '80套×360元/套/月×12个月=34.56万元'],
    ] },
    { name: '人才工作培训班', remark: '举办1期', items: [
      ['培训费（综合定额）', 550, 50, '人', 5, '50人×5天×550元/人·天=13.75万元'],
      ['城市间交通费', 1250, 50, '人', 1, '50人×1250元/人=6.25万元'],
    ] },
    { name: '区委联系专家、产业发展顾问春节慰问', remark: '区委联系专家服务管理实施办法', items: [
      ['区委联系专家春节慰问', 500, 34, '人', 1, '34人×500元/人=1.7万元'],
      ['产业发展顾问春节慰问', 500, 53, '人', 1, '53人×500元/人=2.65万元'],
    ] },
    { name: '日常其他人才活动', remark: '高校行系列活动方案', items: [
      ['“梦为沃土·共绽繁花”高校行系列活动', 5000, 1, '次', 40, '全年开展40次，5000元/次'],
      ['人才政策宣传资料印制', 30.3, 3000, '份', 1, '3000份×30.3元/份=9.09万元'],
    ] },
  ];
  const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const rows: CalcRowSpec[] = [];
  const categoryRows: number[] = [];
  let grand = new Decimal(0);
  let r = 4;
  categories.forEach((cat, k) => {
    const catRow = r++;
    categoryRows.push(catRow);
    const first = r;
    let sum = new Decimal(0);
    const itemRows: CalcRowSpec[] = cat.items.map(([name, price, qty, unit, times, basis], j) => {
      const amount = new Decimal(price).mul(qty).mul(times).div(10000);
      sum = sum.plus(amount);
      const row = r++;
      return { style: 'item', cells: [`${j + 1}.`, name, price, qty, unit, times, f(`C${row}*D${row}*F${row}/10000`, amount), basis, ''] };
    });
    grand = grand.plus(sum);
    rows.push({ style: 'category', cells: [`${CN[k]}、`, cat.name, null, null, null, null, f(`SUM(G${first}:G${r - 1})`, sum), '', cat.remark] }, ...itemRows);
  });
  rows.push({ style: 'total', cells: ['', '合计', null, null, null, null, f(categoryRows.map((x) => `G${x}`).join('+'), grand), '', ''] });
  if (!grand.eq(1000)) throw new Error(`000: the lines add up to ${grand.toString()}万元, not 1000万元`);
  writeCalcSheet(
    ws,
    '2026年人才管理专项经费资金测算明细表',
    '单位：万元',
    [
      { header: '序号', width: 6, align: 'center' },
      { header: '支出项目', width: 32 },
      { header: '单价（元）', width: 11, numFmt: '#,##0.##' },
      { header: '数量', width: 8, numFmt: '#,##0' },
      { header: '单位', width: 7, align: 'center' },
      { header: '次数', width: 7, numFmt: '0' },
      { header: '金额（万元）', width: 12, numFmt: '#,##0.00' },
      { header: '测算依据', width: 40 },
      { header: '备注', width: 28 },
    ],
    rows,
  );
  indicatorSheet2021(
    wb,
    {
      title: '项目支出绩效目标申报表',
      year: '（2026年度）',
      projectName: '人才管理专项经费',
      budgetUnit: '中国共产党昆明市呈贡区委员会组织部',
      total: 1000,
      fiscal: 1000,
      other: 0,
      goalLabel: '年度绩效目标',
      goal: '围绕人才“引、育、留、用”全链条体系建设，以“四个强化”为重点方向，着力打造人才工作闭环：新增认定人才工作站（室）3个，持续扶持现有7个；培育重点人才项目2个、一般人才项目5个；组织外出引才活动不少于1次，区内人才引进活动不少于3场；完成5家领军企业高层次人才自主认定；举办人才工作专题培训班1期；实现全区人才公寓入住80套并全覆盖发放租金补贴；落实34名区委联系专家、53名产业发展顾问慰问活动。',
    },
    [
      ['产出指标', '数量指标', '人才工作专题培训班期数', '≥', '1', '期', 2, '每完成1期得2分，未完成不得分', '培训签到表、培训总结报告、课程资料'],
      ['产出指标', '数量指标', '慰问及体检专家总数', '＝', '87', '人', 2, '完成87人得2分，每少1人扣0.1分', '专家名录、体检机构报告'],
      ['产出指标', '数量指标', '日常人才活动', '≥', '40', '次', 5, '完成≥40次得5分，每少1次扣0.125分', '人才科活动台账、经费报销凭证'],
      ['产出指标', '数量指标', '培育重点人才项目数量', '≥', '2', '个', 3, '完成≥2个得3分，每少1个扣1.5分', '人才科项目评估报告、项目管理办法'],
      ['产出指标', '数量指标', '人才公寓入住套数', '≥', '80', '套', 4, '完成≥80套得4分，每少1套扣0.2分', '公寓管理台账、租金发放记录'],
      ['产出指标', '数量指标', '新增认定人才工作站（室）数量', '≥', '3', '个', 3, '完成≥3个得3分，每少1个扣1分', '区委组织部人才科验收报告、工作站管理办法'],
      ['产出指标', '质量指标', '人才公寓保障质量', '＝', '合规', null, 7, '房源合规、审核严格、补贴足额发放得7分，对应项存在问题分别扣2分、2分、3分', '房源证明、资格审核表、补贴发放记录'],
      ['产出指标', '质量指标', '人才培训班质量', '＝', '达标', null, 2, '培训对象技能得到提升得2分，否则不得分', '培训签到表、总结报告、验收材料'],
      ['产出指标', '质量指标', '人才引进活动效果', '＝', '达标', null, 4, '达成引才预期（签约≥20人）得4分，每少1人扣0.2分', '活动总结报告、签约记录'],
      ['产出指标', '质量指标', '领军企业人才认定合规性', '＝', '合规', null, 8, '认定流程合规、补贴发放精准得8分，每存在一处不合规扣4分', '审核台账、财务审计报告'],
      ['产出指标', '时效指标', '项目整体完成时限', '≤', '2026年12月31日', null, 3, '按时完成得3分，逾期1-15天扣1分，逾期15天以上不得分', '项目实施方案、自评报告提交记录'],
      ['产出指标', '时效指标', '补贴补助发放时限', '＝', '及时', null, 2, '规定时限内发放得2分，逾期1次扣0.5分', '补贴发放台账、政策文件'],
      ['效益指标', '社会效益指标', '人才集聚效应', '＝', '提升', null, 10, '人才总量/质量提升得10分，无提升不得分', '人才统计年报、人社部门数据'],
      ['效益指标', '社会效益指标', '人才服务保障水平', '＝', '提升', null, 10, '人才归属感提升得10分，无提升不得分', '人才访谈、问卷、服务反馈记录'],
      ['效益指标', '可持续影响指标', '人才工作体系建设', '＝', '完善', null, 10, '体系完善得10分，部分完善得5分，不完善不得分', '人才工作制度汇编、体系建设规划'],
      ['满意度指标', '服务对象满意度指标', '受益对象满意度', '≥', '90', '%', 10, '满意度≥90%得10分，每降1%扣1分', '问卷统计报告'],
      ['成本指标', '经济成本指标', '项目总支出控制', '≤', '1000.00', '万元', 3, '不超预算得3分，超支1%-5%扣1分，超支5%以上不得分', '财政预算批复、财务决算报告'],
      ['成本指标', '经济成本指标', '经费使用合规性', '＝', '合规', null, 2, '专款专用、凭据合规得2分，存在违规不得分', '财务审计报告、凭证抽查记录'],
    ],
  );
  return wb;
}

/** 003 干部工作经费 (1,230.85万元) — simple explicit factors; the indicator table keeps the seed's
 *  20人 vs "未达到2000人的" and 2023年1月至11月 vs "2022年11月30日前". */
function cadre003(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('资金测算明细表');
  // Two factor columns: 天数 (training days) and 次数 (sessions / 期次), so the 数量指标 (27次, 45次,
  // 3次, 2次, 5次) meet the calc's 次数 and 人数 2000 / 20 meet its 数量.
  type Line = [name: string, price: number, qty: number, unit: string, days: number | null, times: number | null, basis: string];
  const groups: { name: string; items: Line[] }[] = [
    { name: '干部考核考察', items: [
      ['市管领导班子和领导干部年度考核', 300, 2000, '人', null, null, '年度考核2000人，300元/人'],
      ['试用期满考核', 300, 20, '人', null, null, '试用期满考核20人，300元/人'],
      ['干部考察', 30000, 1, '组', null, 5, '开展干部考察5次，3万元/次'],
    ] },
    { name: '干部人事档案数字化及系统维护', items: [
      ['干部人事档案数字化加工', 35, 15000, '卷', null, null, '15000卷，35元/卷'],
      ['干部人事档案系统重构开发适配国产设备', 327500, 1, '项', null, null, '按合同价'],
    ] },
    { name: '公务员考录遴选及统计', items: [
      ['考试录用公务员', 600000, 1, '项', null, 1, '组织考试录用1次'],
      ['公开遴选公务员', 400000, 1, '项', null, 1, '组织公开遴选1次'],
      ['公务员信息采集及统计', 200000, 1, '项', null, null, '2022-2024年公务员统计市级会审'],
    ] },
    { name: '干部教育培训', items: [
      ['省内培训', 550, 40, '人', 5, 27, '27期，每期40人、5天，550元/人·天'],
      ['异地培训', 600, 40, '人', 5, 45, '45期，每期40人、5天，600元/人·天'],
      ['公务员初任培训', 550, 100, '人', 5, 3, '3次，每次100人、5天，550元/人·天'],
      ['公务员任职培训', 550, 50, '人', 5, 2, '2次，每次50人、5天，550元/人·天'],
      ['干部教育培训现场教学点建设', 30000, 1, '个', null, null, '现场教学点1个'],
    ] },
  ];
  const amountOf = ([, price, qty, , days, times]: Line) =>
    new Decimal(price).mul(qty).mul(days ?? 1).mul(times ?? 1).div(10000);
  const CN = ['一', '二', '三', '四'];
  const rows: CalcRowSpec[] = [];
  let grand = new Decimal(0);
  groups.forEach((g, k) => {
    const items: CalcRowSpec[] = g.items.map((line, j) => {
      const [name, price, qty, unit, days, times, basis] = line;
      return { style: 'item', cells: [`${j + 1}.`, name, price, qty, unit, days, times, wan(amountOf(line)), basis] };
    });
    const sum = g.items.reduce((acc, line) => acc.plus(amountOf(line)), new Decimal(0));
    grand = grand.plus(sum);
    rows.push({ style: 'category', cells: [`${CN[k]}、`, g.name, null, null, null, null, null, wan(sum), ''] }, ...items);
  });
  if (!grand.eq('1230.85')) throw new Error(`003: the lines add up to ${grand.toString()}万元, not 1230.85万元`);
  rows.push({ style: 'total', cells: ['', '合计', null, null, null, null, null, wan(grand), ''] });
  writeCalcSheet(ws, '2023年干部工作经费资金测算明细表', '单位：万元', [
    { header: '序号', width: 6, align: 'center' },
    { header: '项目名称', width: 32 },
    { header: '单价（元）', width: 11, numFmt: '#,##0' },
    { header: '数量', width: 8, numFmt: '#,##0' },
    { header: '单位', width: 7, align: 'center' },
    { header: '天数', width: 7, numFmt: '0' },
    { header: '次数', width: 7, numFmt: '0' },
    { header: '金额（万元）', width: 12, numFmt: '#,##0.00' },
    { header: '测算依据', width: 40 },
  ], rows);
  // The seed's table has no 指标性质, 度量单位 or 分值; in the 2021 layout the comparator stays blank
  // (as the seed: reads as ＝), "20人" is split into 指标值 20 and 度量单位 人, and there is no 分值 column.
  const h003 = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '评（扣）分标准', '绩效指标值设定依据及数据来源'];
  const w003 = [12, 16, 26, 8, 16, 8, 56, 40];
  const split2021 = (row: string[]): (string | null)[] => {
    const [l1, l2, l3, value, rule, basis] = row;
    const m = /^(\d+(?:\.\d+)?)(人|次|个|%)$/.exec(value);
    return [l1, l2, l3, null, m ? m[1] : value, m ? m[2] : null, rule, basis];
  };
  indicatorSheet2021(
    wb,
    {
      title: '项目支出绩效目标申报表',
      year: '（2023年度）',
      projectName: '干部工作经费',
      budgetUnit: '中国共产党昆明市委员会组织部',
      total: 1230.85,
      fiscal: 1230.85,
      other: 0,
      goalLabel: '年度绩效目标',
      goal: '开展干部培养锻炼、考察调研等工作；开展业务培训、干部挂职、年度考核、档案管理及公务员统计等工作；完成年度公务员招录、遴选、调动、考核、培训等管理工作；有计划地开展干部理论武装、党性教育、新提拔干部任职、专业化能力提升等培训班次。',
    },
    [
      ['产出指标', '数量指标', '年度考核干部人数', '2000人', '①年度考核达到指标人数的，得满分；②未达到2000人的，得分=实际考核人数/计划考核人数*100%×指标分值', '《昆明市市管领导班子和领导干部年度考核办法》'],
      // REAL MISTAKE kept from the seed: target 20人, scoring text "未达到2000人的".
      ['产出指标', '数量指标', '试用期满考核人数', '20人', '①试用期满考核达到指标人数的，得满分；②未达到2000人的，得分=实际考核人数/计划考核人数*100%×指标分值', '《党政领导干部任职试用期暂行规定》'],
      ['产出指标', '数量指标', '调研次数', '2次', '①调研次数达到指标值的，得满分；②未达到2次的，得分=实际调研次数/计划调研次数*100%×指标分值', '《经常性开展市管领导班子和领导干部调研分析研判工作办法》'],
      ['产出指标', '数量指标', '综合分析研判班子数量', '133个', '①分析研判班子数量达到指标值的，得满分；②未达到133个的，得分=实际班子数量/计划班子数量*100%×指标分值', '《经常性开展市管领导班子和领导干部调研分析研判工作办法》'],
      ['产出指标', '数量指标', '开展干部考察次数', '5次', '①干部考察次数达到指标值的，得满分；②考察未达到5次的，得分=实际考察次数/计划考察次数*100%×指标分值', '《党政领导干部选拔任用工作条例》'],
      ['产出指标', '数量指标', '召开换届选举重点工作会议次数', '2次', '①换届选举重点工作会议次数达到指标值的，得满分；②会议未达2次的，得分=实际开会次数/计划开会次数*100%×指标分值', '省委办公厅《关于认真做好州（市）、县（市、区）、乡（镇）领导班子换届工作的通知》（云办发〔2021〕2号）'],
      ['产出指标', '数量指标', '公务员初任培训', '3次', '①公务员初任培训达到指标值的，得满分；②培训未达到3次的，得分=实际培训次数/计划培训次数*100%×指标分值', '《公务员法》'],
      ['产出指标', '数量指标', '公务员任职培训', '2次', '①公务员任职培训达到指标值的，得满分；②培训未达到2次的，得分=实际培训次数/计划培训次数*100%×指标分值', '《公务员法》'],
      ['产出指标', '数量指标', '考试录用公务员', '1次', '①顺利完成招录计划的，得满分；②未完成招录计划的，不得分', '《公务员法》'],
      ['产出指标', '数量指标', '公开遴选公务员', '1次', '①顺利完成遴选工作的，得满分；②未完成遴选工作的，不得分', '《公务员法》'],
      ['产出指标', '数量指标', '省内培训期次', '27次', '①完成年度省内干部培训计划总期次的，得满分；②未完成培训的，得分=实际培训次数/计划培训次数*100%×指标分值', '2018年-2022年昆明市干部教育培训规划'],
      ['产出指标', '数量指标', '异地培训期次', '45次', '①完成年度异地干部培训计划总期次的，得满分；②未完成培训的，得分=实际培训次数/计划培训次数*100%×指标分值', '2018年-2022年昆明市干部教育培训规划'],
      ['产出指标', '质量指标', '干部考核工作完成率', '100%', '①按计划开展考核工作，得满分；②未完成考核计划，得分=实际完成干部考核工作/计划完成考核工作*100%×指标分值', '市管领导班子和领导干部日常管理、调整配备和职级晋升等工作开展'],
      ['产出指标', '质量指标', '培训完成率', '100%', '①按计划开展培训工作，得满分；②未完成培训计划，得分=实际完成培训工作/计划完成培训工作*100%×指标分值', '《公务员法》'],
      ['产出指标', '质量指标', '考录、遴选工作完成率', '100%', '①按计划开展考录、遴选工作，得满分；②未完成考录、遴选计划，得分=实际完成考录、遴选工作/计划完成考录、遴选工作*100%×指标分值', '《公务员法》'],
      // REAL MISTAKE kept from the seed: 2023年1月至11月 vs "2022年11月30日前".
      ['产出指标', '时效指标', '工作开展时效', '2023年1月至11月', '①在2022年11月30日前按时完成，得满分；②未按时完成，每推迟1天，扣分=推迟天数/365天×指标分', '按工作计划推进'],
      ['产出指标', '成本指标', '项目预算经费执行率', '90%', '①执行率高于90%得满分；②低于90%的，得分=实际执行率×指标分值', '按工作计划推进'],
      ['效益指标', '社会效益指标', '领导班子整体功能明显增强，干部队伍能力素质提升率', '80%', '①干部素质达到要求，得满分；②未达到要求，得分=实际干部素质提升率/计划干部素质提升率*100%×指标分值', '昆明市贯彻落实《2019-2023年全国党政领导班子建设规划纲要》的实施意见'],
      ['效益指标', '社会效益指标', '选举产生出符合昆明经济社会发展的新一届管理层干部', '按照省委批复要求，完成批复人选的选举工作', '①达到省委批复要求，得满分；②未达到省委批复要求的，不得分', '省委办公厅《关于认真做好州（市）、县（市、区）、乡（镇）领导班子换届工作的通知》（云办发〔2021〕2号）'],
      ['效益指标', '可持续影响指标', '公务员队伍建设', '80%', '①公务员队伍建设率达80%的，得满分；②未达到80%的，得分=建设率*指标分', '《公务员法》'],
      ['满意度指标', '服务对象满意度指标', '选人用人民主评议满意度', '90%', '①满意度≥90%，得满分；② 60%≤满意度<90，得分=完成比例×指标分；③满意度<60%，不得分', '《关于加强干部选拔任用工作监督的实施意见》'],
      ['满意度指标', '服务对象满意度指标', '工作满意度', '90%', '①工作满意度≥90%，得满分；② 60%≤工作满意度<90%，得分=完成比例×指标分；③工作满意度<60%，不得分', '省委办公厅《关于认真做好州（市）、县（市、区）、乡（镇）领导班子换届工作的通知》（云办发〔2021〕2号）'],
      ['满意度指标', '服务对象满意度指标', '参加培训人员满意度', '90%', '①参训学员满意度≥90%，得满分；② 60%≤参训学员满意度<90%，得分=完成比例×指标分；③参训学员满意度<60%，不得分', '《公务员法》'],
    ].map(split2021),
    h003,
    w003,
  );
  return wb;
}

export const EXAMPLES: Record<string, () => ExcelJS.Workbook> = {
  '004-干部教育培训经费.xlsx': training004,
  '004-组织工作综合业务经费.xlsx': organisation004,
  '004-干部工作综合业务经费.xlsx': cadre004,
  '001-人才服务管理经费.xlsx': talentService001,
  '000-人才管理专项经费.xlsx': talent000,
  '003-干部工作经费.xlsx': cadre003,
};

export async function buildExamples(outDir: string): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, build] of Object.entries(EXAMPLES)) {
    const file = path.join(outDir, name);
    await build().xlsx.writeFile(file);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(__dirname, '..', 'examples');
  buildExamples(outDir).then(
    (files) => {
      for (const f of files) process.stdout.write(`${f}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
