/** Messages of the fill feature (插入指标模板): template file errors, plan notes, skip reasons. zh-CN first. */
import type { MessageTable } from '../i18n';

export const FILL_MESSAGES = {
  // ——— user template files (JSON) ———
  fileNotJson: {
    'zh-CN': '模板文件不是有效的 JSON：第 {line} 行第 {column} 列附近有误（常见原因：中文引号、结尾多余的逗号、漏写引号）',
    'en-US': 'The template file is not valid JSON: error near line {line}, column {column} (often curly quotes, a trailing comma or a missing quote)',
  },
  fileShape: {
    'zh-CN': '模板文件应为 {"templates": [...]} 格式的对象（或模板数组）',
    'en-US': 'The template file must be an object {"templates": [...]} (or an array of templates)',
  },
  fileEmpty: {
    'zh-CN': '模板文件中没有任何模板',
    'en-US': 'The template file holds no templates',
  },
  setField: {
    'zh-CN': '第 {set} 个模板：字段“{field}”{problem}',
    'en-US': 'Template {set}: field "{field}" {problem}',
  },
  rowField: {
    'zh-CN': '第 {set} 个模板（{type}）第 {row} 行：字段“{field}”{problem}',
    'en-US': 'Template {set} ({type}), row {row}: field "{field}" {problem}',
  },
  problemMissing: { 'zh-CN': '缺失或为空', 'en-US': 'is missing or empty' },
  problemNotText: { 'zh-CN': '应为文字', 'en-US': 'must be text' },
  problemNotNumber: { 'zh-CN': '应为数字', 'en-US': 'must be a number' },
  problemNotList: { 'zh-CN': '应为数组', 'en-US': 'must be an array' },
  problemNature: {
    'zh-CN': '应为 ＝、≥、≤、＞、＜ 或 定性 之一，实为“{value}”',
    'en-US': 'must be one of ＝ ≥ ≤ ＞ ＜ 定性, got "{value}"',
  },
  problemLevel1: {
    'zh-CN': '无法识别的一级指标“{value}”（应为产出、效益、满意度或成本指标）',
    'en-US': 'unknown level-1 indicator "{value}" (expected 产出, 效益, 满意度 or 成本指标)',
  },
  problemLevel2: {
    'zh-CN': '无法识别的二级指标“{value}”',
    'en-US': 'unknown level-2 indicator "{value}"',
  },
  problemPlacement: {
    'zh-CN': '二级指标“{level2}”不属于一级指标“{level1}”',
    'en-US': 'level-2 "{level2}" does not belong under level-1 "{level1}"',
  },
  problemQualitativeNumber: {
    'zh-CN': '指标性质为“定性”时指标值不能是数字（{value}）',
    'en-US': 'a qualitative (定性) row cannot have a numeric value ({value})',
  },
  problemUnitMissing: {
    'zh-CN': '数值型指标需要度量单位',
    'en-US': 'a numeric target needs a unit',
  },
  problemPercent: {
    'zh-CN': '百分比不能大于 100（{value}）',
    'en-US': 'a percentage cannot exceed 100 ({value})',
  },
  problemDuplicateType: {
    'zh-CN': '与第 {other} 个模板的类型重名（{value}）',
    'en-US': 'repeats the type of template {other} ({value})',
  },
  problemMeasure: {
    'zh-CN': '应为 quantity、price 或 total',
    'en-US': 'must be quantity, price or total',
  },
  problemStandard: {
    'zh-CN': '应为以下费用标准之一：{kinds}',
    'en-US': 'must be one of the expense standards: {kinds}',
  },
  problemNegative: { 'zh-CN': '不能为负数', 'en-US': 'cannot be negative' },

  // ——— proposals (preview notes) ———
  fromCalcCell: {
    'zh-CN': '取自 {cell}',
    'en-US': 'from {cell}',
  },
  noCalcValue: {
    'zh-CN': '资金测算明细表中找不到对应数值，请填写指标值后再勾选',
    'en-US': 'No matching number in the fund calculation sheet; enter a value before ticking this row',
  },
  noBudgetYear: {
    'zh-CN': '不知道预算年度，请填写日期后再勾选',
    'en-US': 'The budget year is unknown; enter the date before ticking this row',
  },
  totalWithCategories: {
    'zh-CN': '已按类别生成成本指标，再加项目总成本会使成本指标合计超过年度资金总额',
    'en-US': 'Cost rows per category are proposed; adding the project total too would double the cost total',
  },
  fixCalcFirst: {
    'zh-CN': '先修正资金测算表第 {rows} 行（{rule}），修正后重新生成预览即按正确金额取值',
    'en-US': 'Fix row {rows} of the fund calculation sheet first ({rule}); preview again after the fix to take the corrected amount',
  },
  rateInClass: {
    'zh-CN': '按{class}标准 {cap}{unit}（测算表单价 {rate}{unit}，取自 {cell}）；如适用其他类别请修改',
    'en-US': 'The {class} standard, {cap} {unit} (the calc sheet pays {rate} {unit}, {cell}); change it if another class applies',
  },
  rateAssumedClass: {
    'zh-CN': '测算表未写明单价，按{class}标准 {cap}{unit}；如适用其他类别请修改',
    'en-US': 'The calc sheet states no rate; assumed the {class} standard, {cap} {unit} — change it if another class applies',
  },
  rateAboveStandard: {
    'zh-CN': '测算表单价 {rate}{unit}（{cell}）超过{class}上限 {cap}{unit}，先修正资金测算表第 {rows} 行',
    'en-US': 'The calc sheet pays {rate} {unit} ({cell}), above the {class} cap of {cap} {unit}; fix row {rows} of the fund calculation sheet first',
  },
  fromStandard: {
    'zh-CN': '测算表未写明单价，采用标准定额',
    'en-US': 'The calc sheet states no rate; the standard rate is used',
  },

  // ——— skip reasons ———
  skipExists: {
    'zh-CN': '表中已有同名指标“{other}”（第 {row} 行）',
    'en-US': 'The form already has “{other}” (row {row})',
  },
  skipSameTarget: {
    'zh-CN': '第 {row} 行“{other}”已是同一目标（{value}）',
    'en-US': 'Row {row} "{other}" already states this target ({value})',
  },
  skipSumOfRows: {
    'zh-CN': '表中第 {rows} 行（{items}）已分别列出，合计 {value}，不再重复',
    'en-US': 'Rows {rows} ({items}) already state it in parts adding up to {value}',
  },
  skipPartOfRow: {
    'zh-CN': '表中第 {row} 行“{other}”（{value}）已包含此项',
    'en-US': 'Row {row} "{other}" ({value}) already includes this',
  },
  skipNoValue: {
    'zh-CN': '“{name}”没有指标值',
    'en-US': '"{name}" has no target value',
  },
  skipMoneyCostExists: {
    'zh-CN': '表中已有金额类成本指标（第 {row} 行），再插入“{name}”会重复计入成本合计',
    'en-US': 'The form already has money-valued cost rows (row {row}); inserting "{name}" would count the money twice',
  },
  skipGroupHasRows: {
    'zh-CN': '表中已有{group}（第 {row} 行）',
    'en-US': 'The form already has a {group} row (row {row})',
  },
  skipNewFinding: {
    'zh-CN': '插入后校验出现新问题：{message}',
    'en-US': 'Checking after the insertion found a new problem: {message}',
  },
  skipCostAboveTotal: {
    'zh-CN': '按类别的成本指标合计 {sum} 超过年度资金总额 {total}，未插入金额类成本指标',
    'en-US': 'Cost rows per category add up to {sum}, above the annual total {total}; money-valued cost rows were not inserted',
  },

  // ——— plan notes ———
  scoresLeftBlank: {
    'zh-CN': '原表分值合计为 {total}，新插入的 {count} 行分值留空，请按需要调整分值',
    'en-US': 'The form’s scores add up to {total}; the {count} new rows have no score — adjust the scores as needed',
  },
  scoresSpread: {
    'zh-CN': '新建的绩效目标表按产出（含成本）50、效益 30、满意度 10 分配分值，合计 90（预算执行率 10 分在表外）',
    'en-US': 'Scores of the new form: output (with cost) 50, benefit 30, satisfaction 10 — 90 in all (budget execution rate 10 is scored outside the table)',
  },
  sheetCreated: {
    'zh-CN': '工作簿中没有绩效目标表，已新建“{sheet}”（2021 版格式），请补充预算单位和年度绩效目标',
    'en-US': 'The workbook had no performance-target sheet; "{sheet}" was created (2021 layout) — fill in the budget unit and the annual target',
  },
  nothingToInsert: {
    'zh-CN': '没有需要插入的指标行',
    'en-US': 'There are no indicator rows to insert',
  },
  newFindingsRemain: {
    'zh-CN': '插入后校验仍有 {count} 个新问题，请检查',
    'en-US': '{count} new findings remain after the insertion; please review them',
  },
  budgetYearAssumed: {
    'zh-CN': '预算年度取 {year} 年（来自{source}）',
    'en-US': 'Budget year {year} (from {source})',
  },

  // ——— header block of a new sheet ———
  newSheetName: { 'zh-CN': '绩效目标表', 'en-US': '绩效目标表' },
  newSheetTitle: { 'zh-CN': '项目支出绩效目标申报表', 'en-US': '项目支出绩效目标申报表' },
} satisfies MessageTable;

/** Names of 一级 and 二级 groups for messages. */
export const FILL_GROUP_NAMES = {
  quantity: { 'zh-CN': '数量指标', 'en-US': 'quantity indicator (数量)' },
  quality: { 'zh-CN': '质量指标', 'en-US': 'quality indicator (质量)' },
  timeliness: { 'zh-CN': '时效指标', 'en-US': 'timeliness indicator (时效)' },
  cost: { 'zh-CN': '成本指标', 'en-US': 'cost indicator (成本)' },
} satisfies MessageTable;
