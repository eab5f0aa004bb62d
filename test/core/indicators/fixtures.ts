/**
 * Fixtures built in code: a 2D array + merges → SheetSnapshot, and builders for the two indicator
 * layouts of domain.md (2021 and local 4-column), with 一级/二级 either vertically merged or left
 * blank ("same as above"). Seed forms (000, 001, 003, 004) are transcribed from /work/shared/seeds.
 */
import { fromA1 } from '../../../src/core/address';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';

export function range(a1: string): CellRange {
  const [a, b = a] = a1.split(':');
  const p = fromA1(a)!;
  const q = fromA1(b)!;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** A sheet from rows of values and merges written as A1 ranges ('A3:A8'). */
export function sheetOf(name: string, values: CellValue[][], merges: (string | CellRange)[] = [], numberFormats?: (string | null)[][]): SheetSnapshot {
  return { name, values, merges: merges.map((m) => (typeof m === 'string' ? range(m) : m)), ...(numberFormats ? { numberFormats } : {}) };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** A block of rows to stack on a sheet, with merges relative to its first row. */
export interface Block {
  values: CellValue[][];
  merges: CellRange[];
}

/** Stacks blocks vertically (several forms on one sheet, as in seed 004), shifting their merges. */
export function stack(name: string, ...blocks: Block[]): SheetSnapshot {
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (const b of blocks) {
    const off = values.length;
    values.push(...b.values);
    for (const m of b.merges) merges.push({ top: m.top + off, bottom: m.bottom + off, left: m.left, right: m.right });
  }
  return { name, values, merges };
}

/** Vertical merges for runs of "same as above" in column `col` of data rows starting at `firstRow`. */
function groupMerges(labels: (string | null)[], col: number, firstRow: number): CellRange[] {
  const out: CellRange[] = [];
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    if (i === labels.length || labels[i] !== null) {
      if (start >= 0 && i - 1 > start) out.push({ top: firstRow + start, bottom: firstRow + i - 1, left: col, right: col });
      start = i;
    }
  }
  return out;
}

/** [一级, 二级, 三级, 指标值] — null 一级/二级 means "same as above". */
export type LocalRow = [string | null, string | null, string, CellValue];

export interface LocalFormOptions {
  title?: string;
  yearLine?: string | null;
  project: string;
  unit?: string;
  total: number | string | null;
  fiscal?: number | string | null;
  goal?: string;
  rows: LocalRow[];
  /** true: 一级/二级 as vertical merges; false: blank cells under the label. */
  merged: boolean;
  /** Blank rows after the table (seed 004 has many between forms). */
  trailingBlank?: number;
}

/**
 * The local 4-column layout of seed 004 (columns A–E):
 *   A 绩效指标 (merged) | B 一级指标 | C 二级指标 | D 三级指标 | E 指标值（包含数字及文字描述）
 * Header block rows 0–7; header row 8; data from row 9.
 */
export function localForm(o: LocalFormOptions): Block {
  const values: CellValue[][] = [
    [o.title ?? '其他运转类项目支出绩效目标申报表', null, null, null, null],
    [o.yearLine === undefined ? '（2026年度）' : o.yearLine, null, null, null, null],
    ['项目名称', o.project, null, null, null],
    ['预算单位', o.unit ?? '中国共产党攀枝花市仁和区委员会组织部', null, null, null],
    ['项目资金\n（万元）', ' 年度资金总额：', o.total, null, null],
    [null, '       其中：财政拨款', o.fiscal === undefined ? o.total : o.fiscal, null, null],
    [null, '             其他资金', null, null, null],
    ['总体目标', o.goal ?? '保障各项工作正常运转。', null, null, null],
    ['绩效指标', '一级\n指标', '二级指标', '三级指标', '指标值（包含数字及文字描述）'],
  ];
  const header = values.length - 1;
  const merges: CellRange[] = [range('A1:E1'), range('A2:E2'), range('B3:E3'), range('B4:E4'), range('A5:A7'), range('C5:E5'), range('C6:E6'), range('C7:E7'), range('B8:E8')];
  const first = values.length;
  for (const [l1, l2, name, value] of o.rows) {
    values.push([null, l1, l2, name, value]);
  }
  if (o.merged) {
    merges.push(...groupMerges(o.rows.map((r) => r[0]), 1, first));
    merges.push(...groupMerges(o.rows.map((r) => r[1]), 2, first));
  }
  merges.push({ top: header, bottom: first + o.rows.length - 1, left: 0, right: 0 });
  for (let i = 0; i < (o.trailingBlank ?? 0); i++) values.push([null, null, null, null, null]);
  return { values, merges };
}

/** [一级, 二级, 三级, 指标性质, 指标值, 度量单位, 分值, 评（扣）分标准] — null 一级/二级 = same as above. */
export type Row2021 = [string | null, string | null, string, string | null, CellValue, string | null, number | null, string | null];

export interface Form2021Options {
  yearLine?: string | null;
  project: string;
  total: number | null;
  rows: Row2021[];
  merged: boolean;
  scoreHeader?: string;
}

/**
 * The 2021 layout (columns A–I):
 *   A 一级指标 | B 二级指标 | C 三级指标 | D 指标性质 | E 指标值 | F 度量单位 | G 分值 | H 评（扣）分标准 | I 指标值设定依据及数据来源
 * Header block rows 0–6; header row 7; data from row 8.
 */
export function form2021(o: Form2021Options): Block {
  const values: CellValue[][] = [
    ['项目支出绩效目标申报表', null, null, null, null, null, null, null, null],
    [o.yearLine === undefined ? '（2026年度）' : o.yearLine, null, null, null, null, null, null, null, null],
    ['项目名称', null, o.project, null, null, null, null, null, null],
    ['预算单位', null, '中国共产党昆明市呈贡区委员会组织部', null, null, null, null, null, null],
    ['项目资金（万元）', '年度资金总额', o.total, null, null, null, null, null, null],
    [null, '其中：财政拨款', o.total, null, null, null, null, null, null],
    ['年度绩效目标', null, '围绕人才“引、育、留、用”全链条体系建设。', null, null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', o.scoreHeader ?? '分值', '评（扣）分标准', '指标值设定依据及数据来源'],
  ];
  const merges: CellRange[] = [range('A1:I1'), range('A2:I2'), range('A5:A6'), range('A7:B7')];
  const first = values.length;
  for (const [l1, l2, name, nature, value, unit, score, scoring] of o.rows) {
    values.push([l1, l2, name, nature, value, unit, score, scoring, '资金测算明细表']);
  }
  if (o.merged) {
    merges.push(...groupMerges(o.rows.map((r) => r[0]), 0, first));
    merges.push(...groupMerges(o.rows.map((r) => r[1]), 1, first));
  }
  return { values, merges };
}

// ——— Seeds ———

/** Seed 004 · 公务员管理和人才工作经费: a clean local form, 成本指标 under 项目完成. */
export const SEED_004_CLEAN: LocalRow[] = [
  ['项目完成', '数量指标', '公务员（参公人员）招录、政审、考察人数', '全年拟通过四级联考招录公务员（参公人员）35人、基层选调生2人、急需紧缺选调生6人、定向招考公务员（参公人员）2人、补录新增5人，对于体检合格的拟招录公务员（参公人员）进行实地政审考察工作'],
  [null, null, '全区公务员（参公人员）人数', '全区公务员（参公人员）1070余人，新录用公务员50人'],
  [null, null, '市委、区委直接联系掌握专家、高层次人才人数', '市委、区委直接联系掌握专家、高层次人才及其他区级专家人才30人，每年走访慰问专家人才1次'],
  [null, null, '赴外招才引智场次和人数', '赴外举办招才引智活动10场，引进急需紧缺人才不少于100人'],
  [null, '质量指标', '目标任务完成率', '100%'],
  [null, '时效指标', '目标任务完成时限', '2026年1—12月'],
  [null, '成本指标', '公务员工作经费', '8万元'],
  [null, null, '招才引智宣介', '9万元'],
  [null, null, '市委、区委直接联系掌握专家、高层次人才', '专家、人才走访慰问30人*1000元/人=3万元'],
  ['项目效益', '社会效益\n指标', '规范公务员录用考察工作，提升人才工作质效', '在公务员录用工作中从严整治考察，深入实地走访，综合择优确定人员，保证新录用公务员的基本素质'],
  ['满意度指标', '满意度指标', '服务对象满意度', '≥95%'],
];

/** Seed 004 · 干部工作综合业务经费: 补充资料档案 827本 (数量) vs 900本 (成本). */
export const SEED_004_ARCHIVES: LocalRow[] = [
  ['项目完成', '数量指标', '干部考察', '全区领导班子综合分析研判和干部考察工作'],
  [null, null, '干部人事档案管理，干部管理系统软件', '干部人事档案扫描新增档案300余本，补充资料档案827本；购置档案专用回转柜2组，干部管理系统软件维护'],
  [null, null, '科级以上干部住院慰问', '及时慰问生病住院的乡科级及以上领导干部'],
  [null, null, '区两会召开', '做好区两会召开的资料准备、会场等工作'],
  [null, '质量指标', '目标任务完成率', '100%'],
  [null, '时效指标', '保障干部工作正常运转', '2026年1—12月'],
  [null, '\n成本指标\n\n\n\n\n成本指标', '干部考察', '干部调研、考察所产生的办公费、差旅费、会议费等各类费用预计需3万元'],
  [null, null, '干部人事档案管理，干部管理系统软件', '干部人事档案数字化新增档案300本，3万元，补充资料档案900本，2万元,档案专用回转柜2.5万元，干部管理系统软件维护费1.5万元，预计需9万元'],
  [null, null, '科级以上干部住院慰问', '县处级1000元/人，正科级800元/人，副科级600元/人，预计需1万元'],
  [null, null, '区两会召开', '资料印刷、选票制作、办公耗材等支出，预计需2万元'],
  ['项目效益', '社会效益\n指标', '提高选人用人公信度、透明度，为全区经济社会发展创造干部队伍良好条件', '鲜明正确选人导向，营造良好的选人用人'],
  [null, '可持续影响指标', '激励广大干部新时代新担当新作为', '进一步加强全区科级领导班子和干部队伍建设'],
  ['满意度指标', '满意度指标', '干部群众满意度', '≥90%'],
  [null, null, '服务对象满意度', '≥90%'],
];

/** Seed 004 · 干部教育培训经费: "至少5期，1期…预计12万元…预计需要46万元" (5 × 12 = 60). */
export const SEED_004_TRAINING: LocalRow[] = [
  ['项目完成', '数量指标', '举办主体班次', '举办乡科级主要领导干部读书班、中青年干部培训班、任职培训班等10余个主体班次'],
  [null, null, '举办专题班次', '围绕区委中心工作、重大决策部署，举办区级（赴外）重点专题培训班至少5期\n1期7天，培训250人左右'],
  [null, '质量指标', '目标任务完成率', '100%'],
  [null, '时效指标', '培训任务完成时限', '2026年1—12月'],
  [null, '成本指标', '举办主体班次', '举办乡科级主要领导读书班至少1期，培训全区100多名科级领导干部，培训费、场地费、资料印刷费等预计5万元；举办中青年干部培训班1期，培训课时费、资料印刷费等预计花费12万元；举办任职培训班1期，培训课时费等预计12万元；举办全国新录用公务员初任培训班1期，参训学员约80人，培训场地费、资料印刷费等预计要5万元；预计需34万元'],
  [null, null, '举办专题班次', '围绕区委中心工作、重大决策部署，举办区级（赴外）重点专题培训班至少5期，1期培训费课时费预计12万元，其余食宿费、交通费均回原单位报销，预计需要46万元'],
  ['项目效益', '社会效益\n指标', '建设高素质干部队伍', '教育引导干部树立正确的权力观、政绩观、事业观'],
  [null, '可持续影响\n指标', '对受训学员能力提升可持续发展的影响', '≥3年'],
  ['满意度指标', '满意度指标', '受训学员满意度', '≥95%'],
];

/** Seed 000 (2021 layout, 分值 total 90: 预算执行率 carries 10 outside the table). Budget 1000万元. */
export const SEED_000: Row2021[] = [
  ['产出指标', '数量指标', '人才工作专题培训班期数', '≥', 1, '期', 2, '每完成1期得2分，未完成不得分。'],
  [null, null, '慰问及体检专家总数', '＝', 87, '人', 2, '完成87人得2分，每少1人扣0.1分。'],
  [null, null, '日常人才活动', '≥', 40, '次', 5, '完成≥40次得5分，每少1次扣0.125分。'],
  [null, null, '培育重点人才项目数量', '≥', 2, '个', 3, '完成≥2个得3分，每少1个扣1.5分。'],
  [null, null, '人才公寓入住套数', '≥', 80, '套', 4, '完成≥80套得4分，每少1套扣0.2分。'],
  [null, null, '新增认定人才工作站（室）数量', '≥', 3, '个', 3, '完成≥3个得3分，每少1个扣1分。'],
  [null, '质量指标', '人才公寓保障质量', '定性', '合规', null, 7, '房源合规、审核严格、补贴足额发放得7分，对应项存在问题分别扣2分、2分、3分。'],
  [null, null, '人才培训班质量', '定性', '达标', null, 2, '培训对象技能得到提升得2分，否则不得分。'],
  [null, null, '人才引进活动效果', '定性', '达标', null, 4, '达成引才预期（签约≥20人）得4分，每少1人扣0.2分。'],
  [null, null, '领军企业人才认定合规性', '定性', '合规', null, 8, '认定流程合规、补贴发放精准得8分，每存在一处不合规扣4分。'],
  [null, '时效指标', '项目整体完成时限', '≤', '2026年12月31日', null, 3, '按时完成得3分，逾期1-15天扣1分，逾期15天以上不得分。'],
  [null, null, '补贴补助发放时限', '定性', '及时', null, 2, '规定时限内发放得2分，逾期1次扣0.5分。'],
  ['效益指标', '社会效益指标', '人才集聚效应', '定性', '提升', null, 10, '人才总量/质量提升得10分，无提升不得分。'],
  [null, null, '人才服务保障水平', '定性', '提升', null, 10, '人才归属感提升得10分，无提升不得分。'],
  [null, '可持续影响指标', '人才工作体系建设', '定性', '完善', null, 10, '体系完善得10分，部分完善得5分，不完善不得分。'],
  ['满意度指标', '服务对象满意度指标', '受益对象满意度', '≥', 90, '%', 10, '满意度≥90%得10分，每降1%扣1分。'],
  ['成本指标', '经济成本指标', '项目总支出控制', '≤', 1000, '万元', 3, '不超预算得3分，超支1%-5%扣1分，超支5%以上不得分。'],
  [null, null, '经费使用合规性', '定性', '合规', null, 2, '专款专用、凭据合规得2分，存在违规不得分。'],
];

// ——— Hand-built 资金测算明细表 (until the calc reader lands) ———

import Decimal from 'decimal.js';
import { Money, type MoneyUnit } from '../../../src/core/money';
import type { CalcLine, CalcSheet } from '../../../src/core/calc/model';

export interface LineSpec {
  kind?: CalcLine['kind'];
  name: string;
  row: number;
  amount?: number;
  unit?: MoneyUnit;
  price?: number;
  unitText?: string;
  factors?: [string, number][];
  basis?: string;
  children?: LineSpec[];
}

/** A CalcSheet from nested specs: name in column B, amount in column F, factors from column C. */
export function calcSheet(name: string, specs: LineSpec[], amountUnit: MoneyUnit = '元'): CalcSheet {
  const lines: CalcLine[] = [];
  const build = (s: LineSpec, parent: CalcLine | null, level: number): CalcLine => {
    const line: CalcLine = {
      kind: s.kind ?? (s.children ? 'category' : 'item'),
      row: s.row,
      level,
      numbering: null,
      name: s.name,
      nameCell: { row: s.row, col: 1 },
      amount: s.amount === undefined ? null : Money.of(s.amount, s.unit ?? amountUnit),
      amountCell: s.amount === undefined ? null : { row: s.row, col: 5 },
      amountFormula: null,
      price: s.price === undefined ? null : Money.of(s.price, '元'),
      priceCell: s.price === undefined ? null : { row: s.row, col: 2 },
      factors: (s.factors ?? []).map(([header, v], i) => ({ col: 3 + i, header, value: new Decimal(v) })),
      unitText: s.unitText ?? '',
      basis: s.basis ?? '',
      basisCell: s.basis ? { row: s.row, col: 6 } : null,
      parent,
      children: [],
      breakdown: [],
    };
    lines.push(line);
    line.children = (s.children ?? []).map((c) => build(c, line, level + 1));
    return line;
  };
  const roots = specs.map((s) => build(s, null, 0));
  lines.sort((a, b) => a.row - b.row);
  return { sheet: name, headerRow: 0, columns: [], amountUnit, priceUnit: '元', lines, roots, total: null };
}
