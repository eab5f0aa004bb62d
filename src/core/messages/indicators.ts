/** Messages of the 绩效目标表 rules: titles, descriptions and finding texts, zh-CN first. */
import type { Localized, MessageTable } from '../i18n';
import type { Level1Kind } from '../indicators/model';

export const LEVEL1_NAMES: Record<Level1Kind, Localized> = {
  output: { 'zh-CN': '产出指标', 'en-US': 'output indicators (产出)' },
  benefit: { 'zh-CN': '效益指标', 'en-US': 'benefit indicators (效益)' },
  satisfaction: { 'zh-CN': '满意度指标', 'en-US': 'satisfaction indicators (满意度)' },
  cost: { 'zh-CN': '成本指标', 'en-US': 'cost indicators (成本)' },
};

export const INDICATOR_MESSAGES = {
  // indicators/required-levels
  requiredTitle: { 'zh-CN': '缺少产出或效益指标', 'en-US': 'Output or benefit indicators missing' },
  requiredDesc: { 'zh-CN': '绩效目标表必须有产出指标（项目完成）和效益指标（项目效益）。', 'en-US': 'A performance-target form must have output (产出/项目完成) and benefit (效益/项目效益) indicators.' },
  requiredMissing: { 'zh-CN': '绩效目标表缺少一级指标：{names}', 'en-US': 'The form has no level-1 indicator: {names}' },
  // indicators/recommended-levels
  recommendedTitle: { 'zh-CN': '缺少满意度或成本指标', 'en-US': 'Satisfaction or cost indicators missing' },
  recommendedDesc: { 'zh-CN': '满意度指标和成本指标（一级或产出下的二级）通常应填写。', 'en-US': 'Satisfaction and cost indicators (level 1, or level 2 under output) are normally expected.' },
  recommendedMissing: { 'zh-CN': '绩效目标表没有{names}，请确认是否需要填写', 'en-US': 'The form has no {names}; check whether they are needed' },
  // indicators/level2-placement
  placementTitle: { 'zh-CN': '二级指标归类错误', 'en-US': 'Level-2 indicator under the wrong level 1' },
  placementDesc: { 'zh-CN': '每个二级指标应放在所属的一级指标下（成本指标放在产出/项目完成下是允许的旧版格式）；无法识别的一级、二级名称给出警告。', 'en-US': 'Each level-2 indicator must sit under its level 1 (成本指标 under 产出/项目完成 is the accepted older layout); unknown level-1/level-2 names are warned about.' },
  placementWrong: { 'zh-CN': '二级指标“{level2}”不应放在“{level1}”下，应属于{home}', 'en-US': 'Level-2 “{level2}” does not belong under “{level1}”; it belongs to {home}' },
  placementUnknown2: { 'zh-CN': '无法识别的二级指标名称“{level2}”', 'en-US': 'Unknown level-2 indicator name “{level2}”' },
  placementUnknown1: { 'zh-CN': '无法识别的一级指标名称“{level1}”', 'en-US': 'Unknown level-1 indicator name “{level1}”' },
  // indicators/value-missing
  valueMissingTitle: { 'zh-CN': '指标值未填写', 'en-US': 'Target value not filled in' },
  valueMissingDesc: { 'zh-CN': '每个三级指标都要有实际的指标值；空白或“空、待定、XX、——、/”等占位内容表示表格未完成。', 'en-US': 'Every level-3 indicator needs a real target value; blanks and placeholders (空, 待定, XX, ——, /) mean the form is unfinished.' },
  valueEmpty: { 'zh-CN': '三级指标“{name}”的指标值为空', 'en-US': 'The target value of “{name}” is empty' },
  valuePlaceholder: { 'zh-CN': '三级指标“{name}”的指标值是占位内容“{value}”，尚未填写', 'en-US': 'The target value of “{name}” is the placeholder “{value}”, not filled in' },
  nameMissing: { 'zh-CN': '此行有指标值但三级指标名称为空或为占位内容', 'en-US': 'This row has a target value but no level-3 indicator name' },
  // indicators/nature-mismatch
  natureTitle: { 'zh-CN': '指标性质与指标值不符', 'en-US': 'Comparator does not fit the value' },
  natureDesc: { 'zh-CN': '定性指标不应填数值，≥/≤ 指标不应填纯文字；指标值自带的符号应与指标性质一致。', 'en-US': 'A qualitative (定性) indicator should not hold a number, a ≥/≤ indicator should not hold plain text, and a comparator in the value must match 指标性质.' },
  natureQualitativeNumber: { 'zh-CN': '指标性质为“定性”，但指标值“{value}”是数值', 'en-US': '指标性质 says qualitative, but the value “{value}” is a number' },
  natureComparatorText: { 'zh-CN': '指标性质为“{nature}”，但指标值“{value}”是文字，无法比较', 'en-US': '指标性质 is “{nature}” but the value “{value}” is text and cannot be compared' },
  natureConflict: { 'zh-CN': '指标性质为“{nature}”，指标值却写作“{value}”', 'en-US': '指标性质 is “{nature}” but the value is written “{value}”' },
  // indicators/unit-missing
  unitTitle: { 'zh-CN': '定量指标缺少度量单位', 'en-US': 'Quantitative value without a unit' },
  unitDesc: { 'zh-CN': '2021版格式中，定量指标值须有度量单位（人、次、%、万元……）。', 'en-US': 'In the 2021 layout a quantitative value needs a unit of measure (人, 次, %, 万元 …).' },
  unitMissing: { 'zh-CN': '指标值 {value} 没有度量单位', 'en-US': 'The value {value} has no unit of measure' },
  // indicators/comparator-missing
  comparatorTitle: { 'zh-CN': '建议写明指标性质', 'en-US': 'Comparator not written' },
  comparatorDesc: { 'zh-CN': '定量指标值未写 ＝/≥/≤ 时按 ＝ 理解，仅作提示；评分标准表明方向时（“未达到…扣分”为 ≥，“控制在…以内得满分”为 ≤）给出符号，并可填入空的指标性质单元格。', 'en-US': 'A quantitative value with no ＝/≥/≤ reads as ＝; only a hint. When the scoring text tells the direction ("未达到…扣分" → ≥, "控制在…以内得满分" → ≤) the hint names it and can write it into an empty 指标性质 cell.' },
  comparatorImplied: { 'zh-CN': '指标值“{value}”未写指标性质；评分标准“{scoring}”表明应为“{comparator}”', 'en-US': 'The value “{value}” has no comparator; the scoring text “{scoring}” implies “{comparator}”' },
  fixWriteComparator: { 'zh-CN': '在指标性质中填写“{comparator}”', 'en-US': 'Write “{comparator}” as the comparator' },
  comparatorMissing: { 'zh-CN': '指标值“{value}”未写指标性质，按“＝”理解；如为下限或上限，请写“≥”或“≤”', 'en-US': 'The value “{value}” has no comparator and reads as “＝”; write “≥” or “≤” if it is a floor or a ceiling' },
  // indicators/percent-range
  percentTitle: { 'zh-CN': '百分比超过100%', 'en-US': 'Percentage above 100%' },
  percentDesc: { 'zh-CN': '完成率、满意度等百分比指标值不能超过100%。', 'en-US': 'Rates and satisfaction percentages cannot exceed 100%.' },
  percentAbove: { 'zh-CN': '指标值 {value} 超过100%', 'en-US': 'The value {value} is above 100%' },
  // indicators/satisfaction-threshold
  satisfactionTitle: { 'zh-CN': '满意度目标偏低', 'en-US': 'Satisfaction target too low' },
  satisfactionDesc: { 'zh-CN': '满意度指标值一般不低于{threshold}%（可配置）。', 'en-US': 'Satisfaction targets are normally at least {threshold}% (configurable).' },
  satisfactionLow: { 'zh-CN': '满意度指标值 {value} 低于 {threshold}%', 'en-US': 'The satisfaction target {value} is below {threshold}%' },
  // indicators/timeliness-year
  timelinessTitle: { 'zh-CN': '时效指标不在预算年度内', 'en-US': 'Timeliness target outside the budget year' },
  timelinessDesc: { 'zh-CN': '时效指标的日期或期间应在预算年度内（年度取自表头“（2026年度）”、项目期，或选项 budgetYear）。', 'en-US': 'Dates and periods of timeliness targets lie inside the budget year (from the title “（2026年度）”, the project period, or the budgetYear option).' },
  timelinessOutside: { 'zh-CN': '时效指标“{value}”不在{year}预算年度内', 'en-US': 'The timeliness target “{value}” lies outside the budget year {year}' },
  // indicators/scoring-target
  scoringTitle: { 'zh-CN': '评分标准与指标值不一致', 'en-US': 'Scoring rule names a different target' },
  scoringDesc: { 'zh-CN': '评（扣）分标准中重复的目标数（同一单位）或年份应与指标值一致。', 'en-US': 'A target number (same unit) or year repeated in the scoring rule must match the target value.' },
  scoringNumber: { 'zh-CN': '评分标准写的是“{mention}”，而指标值是“{value}”', 'en-US': 'The scoring rule says “{mention}” while the target value is “{value}”' },
  scoringYear: { 'zh-CN': '评分标准写的是{mentionYear}年，而指标值“{value}”是{valueYear}年', 'en-US': 'The scoring rule names the year {mentionYear} while the target value “{value}” is in {valueYear}' },
  // indicators/score-total
  scoreTitle: { 'zh-CN': '分值合计不是100', 'en-US': 'Points do not add up to 100' },
  scoreDesc: { 'zh-CN': '分值合计应为100（预算执行率10分在表外时为90）。', 'en-US': 'Points add up to 100 (or 90 when 预算执行率 carries 10 outside the table).' },
  scoreBad: { 'zh-CN': '分值合计为 {total}，应为100（或预算执行率在表外时为90）', 'en-US': 'The points add up to {total}; expected 100 (or 90 with 预算执行率 outside the table)' },
  // indicators/duplicate-name
  duplicateTitle: { 'zh-CN': '三级指标重复', 'en-US': 'Duplicate level-3 indicator' },
  duplicateDesc: { 'zh-CN': '同一二级指标下不应有同名的三级指标。', 'en-US': 'Two level-3 indicators under one level-2 indicator should not share a name.' },
  duplicateName: { 'zh-CN': '三级指标“{name}”在本二级指标下重复（首次出现在 {first}）', 'en-US': 'Level-3 indicator “{name}” repeats under this level 2 (first at {first})' },
  // indicators/value-arithmetic
  arithmeticTitle: { 'zh-CN': '指标值中的算式不成立', 'en-US': 'Arithmetic in a target value is wrong' },
  arithmeticDesc: { 'zh-CN': '指标值文字中的算式（30人*1000元/人=3万元）和分项合计（……预计需9万元）必须算得对。', 'en-US': 'Arithmetic written in a value (30人*1000元/人=3万元) and listed amounts closed by a total (…预计需9万元) must add up.' },
  arithmeticEquation: { 'zh-CN': '算式 {expression} = {computed}，但写的是 {stated}', 'en-US': '{expression} = {computed}, but the text says {stated}' },
  arithmeticTotal: { 'zh-CN': '分项 {explanation} = {computed}，但合计写的是 {stated}', 'en-US': 'The items {explanation} add up to {computed}, but the total says {stated}' },
  // indicators/cost-total
  costTotalTitle: { 'zh-CN': '成本指标合计与年度资金总额不符', 'en-US': 'Cost indicators vs annual funds' },
  costTotalDesc: { 'zh-CN': '以金额（元/万元，不含单价）表示的成本指标合计不得超过年度资金总额；均为“＝”时应与之相等。有“项目总成本”一类的总额行时只比较该行（各分项与资金测算的同名类别比较）；在总额行或第一个成本指标的指标值处报告。', 'en-US': 'Money-valued cost indicators (元/万元, not rates) must not add up to more than 年度资金总额; when all read as “＝” they should equal it. With a 项目总成本-like total row only that row is compared (the parts are compared with their calc categories); reported at the total row or the first cost value.' },
  costTotalAbove: { 'zh-CN': '成本指标合计 {sum} 超过年度资金总额 {total}', 'en-US': 'Cost indicators add up to {sum}, more than the annual funds {total}' },
  costTotalBelow: { 'zh-CN': '成本指标合计 {sum} 少于年度资金总额 {total}', 'en-US': 'Cost indicators add up to {sum}, less than the annual funds {total}' },
  // indicators/cost-vs-calc
  costCalcTitle: { 'zh-CN': '成本指标与资金测算不符', 'en-US': 'Cost indicator vs fund calculation' },
  costCalcDesc: { 'zh-CN': '成本指标的金额应与资金测算明细表中同名类别（名称相近且唯一）的金额一致（按指标性质比较）。', 'en-US': 'A cost indicator must agree (under its comparator) with the amount of the calc category it names (similar, unambiguous name).' },
  costCalcDiffers: { 'zh-CN': '成本指标“{name}”为 {value}，而资金测算明细表“{line}”（{cell}）为 {amount}', 'en-US': 'Cost indicator “{name}” is {value}, but “{line}” in the fund calculation ({cell}) is {amount}' },
  // indicators/quantity-vs-calc
  qtyCalcTitle: { 'zh-CN': '数量指标与资金测算数量不符', 'en-US': 'Quantity target vs fund calculation' },
  qtyCalcDesc: { 'zh-CN': '数量指标的数值应与资金测算明细表中明确对应的测算行或分组（分组的数量为其各行之和）一致（仅在对应唯一时检查）。', 'en-US': 'A quantity target must agree with the quantity of the calc line or group it clearly names (a group counts the sum of its lines; checked only when the match is unambiguous).' },
  qtyCalcDiffers: { 'zh-CN': '数量指标“{name}”为 {value}，而资金测算明细表“{line}”（{cell}）只安排了 {quantity}', 'en-US': 'Quantity target “{name}” is {value}, but “{line}” in the fund calculation ({cell}) plans {quantity}' },
  // indicators/quantity-vs-cost-text
  qtyCostTitle: { 'zh-CN': '数量指标与成本指标中的数量不符', 'en-US': 'Quantity target vs the cost text' },
  qtyCostDesc: { 'zh-CN': '同一事项在数量指标和成本指标文字中的数量应一致（如补充资料档案827本与900本）。', 'en-US': 'The same item counted in a quantity target and in a cost text must agree (e.g. 827本 vs 900本 of archives).' },
  qtyCostDiffers: { 'zh-CN': '数量指标写“{label}{value}”，成本指标（{cell}）写“{label2}{other}”', 'en-US': 'The quantity target says “{label}{value}”, the cost indicator ({cell}) says “{label2}{other}”' },
} satisfies MessageTable;
