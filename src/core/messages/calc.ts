import type { MessageTable } from '../i18n';

/** Messages of the 资金测算明细表 rules. */
export const CALC_MESSAGES = {
  lineAmountTitle: { 'zh-CN': '单价×数量与金额不符', 'en-US': 'Amount differs from price × quantity' },
  lineAmountDesc: {
    'zh-CN': '每一行的金额应等于 单价 × 数量 × 各项系数（次数、天数、期数…），并按表头换算元/万元。',
    'en-US': 'Each line amount must equal unit price × quantity × every factor (times, days, sessions …), converting 元/万元 per the headers.',
  },
  lineAmount: {
    'zh-CN': '金额与单价×数量不符：{expr} = {expected}，表中为 {actual}',
    'en-US': 'Amount differs from price × quantity: {expr} = {expected}, the sheet has {actual}',
  },
  unitSlipTitle: { 'zh-CN': '金额单位（元/万元）疑似填错', 'en-US': 'Amount unit (元/万元) slip' },
  unitSlipDesc: {
    'zh-CN': '金额与单价×数量恰好相差 10000 倍或 1000 倍，通常是把元当成万元（或相反）填写。',
    'en-US': 'The amount is exactly 10,000× or 1,000× off the computed value — usually 元 entered as 万元 or the reverse.',
  },
  unitSlip: {
    'zh-CN': '金额与单价×数量相差 {times} 倍，疑似单位（{unit}）填错：{expr} = {expected}，表中为 {actual}',
    'en-US': 'The amount is {times}× off price × quantity — probably a unit ({unit}) slip: {expr} = {expected}, the sheet has {actual}',
  },
  subtotalTitle: { 'zh-CN': '小计/合计与明细之和不符', 'en-US': 'Subtotal differs from the sum of its lines' },
  subtotalDesc: {
    'zh-CN': '类别金额、小计、合计应等于其所含各行（按各行填写的金额）之和；其中：行不重复计入。',
    'en-US': 'A category amount, subtotal or total must equal the sum of what its lines declare; 其中 rows are not added again.',
  },
  categorySum: {
    'zh-CN': '“{name}”的金额与所含各行之和不符：各行合计 {expected}，表中为 {actual}',
    'en-US': '"{name}" differs from the sum of its lines: the lines add up to {expected}, the sheet has {actual}',
  },
  subtotalSum: {
    'zh-CN': '小计与所含各行之和不符：各行合计 {expected}，表中为 {actual}',
    'en-US': 'Subtotal differs from the sum of its lines: they add up to {expected}, the sheet has {actual}',
  },
  totalSum: {
    'zh-CN': '合计与各项之和不符：各项合计 {expected}，表中为 {actual}',
    'en-US': 'Total differs from the sum of its parts: they add up to {expected}, the sheet has {actual}',
  },
  breakdownTitle: { 'zh-CN': '其中：各项之和与上一行不符', 'en-US': '其中 breakdown differs from its line' },
  breakdownDesc: {
    'zh-CN': '“其中：”行是上一行的细分，其和应等于上一行金额。',
    'en-US': 'The 其中 ("of which") rows detail the line above and must add up to it.',
  },
  breakdownSum: {
    'zh-CN': '“{name}”的其中各项之和为 {expected}，与该行金额 {actual} 不符',
    'en-US': 'The 其中 rows of "{name}" add up to {expected}, not the line amount {actual}',
  },
  sumRangeTitle: { 'zh-CN': '求和公式漏掉了本组的行', 'en-US': 'SUM formula leaves out a line of its group' },
  sumRangeDesc: {
    'zh-CN': '小计、合计的求和公式应覆盖本组每一行；漏掉的行即使当前数值碰巧一致，修改后也会出错。',
    'en-US': 'A subtotal or total SUM must cover every line of its group; a left-out line breaks it as soon as values change.',
  },
  sumRange: {
    'zh-CN': '求和公式 {formula} 漏掉了第 {rows} 行',
    'en-US': 'The formula {formula} leaves out row(s) {rows}',
  },
  formulaRowTitle: { 'zh-CN': '金额公式引用了其他行', 'en-US': 'Amount formula uses another row' },
  formulaRowDesc: {
    'zh-CN': '一行的金额公式应只引用本行的单价和数量；引用了别的行，多半是复制公式时错位。',
    'en-US': "A line's amount formula should only use its own row's price and quantities; another row usually means a mis-copied formula.",
  },
  formulaRow: {
    'zh-CN': '金额公式 {formula} 引用了其他行的单元格 {refs}，应为 {expected}',
    'en-US': 'The amount formula {formula} uses {refs} from another row; expected {expected}',
  },
  textArithmeticTitle: { 'zh-CN': '测算说明中的算式有误', 'en-US': 'Arithmetic in the text is wrong' },
  textArithmeticDesc: {
    'zh-CN': '测算依据、测算说明、项目名称里写出的算式（如 30人×1000元/人=3万元）和“共计/预计需”总数要算得对，并与本行金额一致。',
    'en-US': 'Arithmetic written in the basis text or item name (e.g. 30人×1000元/人=3万元) and its stated totals must be right and match the line amount.',
  },
  textEquation: {
    'zh-CN': '算式有误：{expr} = {expected}，文中写的是 {actual}',
    'en-US': 'Wrong arithmetic: {expr} = {expected}, the text says {actual}',
  },
  textTotal: {
    'zh-CN': '文中各项合计有误：{expr} = {expected}，文中写的是 {actual}',
    'en-US': 'The amounts in the text add up wrongly: {expr} = {expected}, the text says {actual}',
  },
  textVsAmount: {
    'zh-CN': '金额与测算说明不符：说明中为 {expected}，表中为 {actual}',
    'en-US': 'Amount differs from its calculation text: the text says {expected}, the sheet has {actual}',
  },
  grandTotalTitle: { 'zh-CN': '测算合计与年度资金总额不符', 'en-US': 'Grand total differs from the annual funds' },
  grandTotalDesc: {
    'zh-CN': '资金测算明细表的合计应等于表头“项目资金”中的年度资金总额。',
    'en-US': 'The calculation sheet total must equal the declared 年度资金总额 (annual project funds).',
  },
  grandTotal: {
    'zh-CN': '测算合计 {actual} 与年度资金总额 {expected}（{sheet}）不符',
    'en-US': 'The calculated total {actual} differs from the annual funds {expected} ({sheet})',
  },
  expenseTitle: { 'zh-CN': '超出费用标准', 'en-US': 'Rate above the expense standard' },
  expenseDesc: {
    'zh-CN': '培训费、会议费按每人每天综合定额（单列的住宿费、伙食费按其分项），讲课费按每学时，专家咨询费、差旅伙食补助、市内交通费按每人每天，对照中央标准（财行〔2016〕540号、214号，财科教〔2017〕128号，财行〔2013〕531号；可用 --standards 换成本地标准）：行内写明类别（三类培训、副高级职称、西藏等）时超过该类上限为警告；未写明时超过最高档为警告，超过最低档仅提示，请确认适用类别。',
    'en-US': 'Training and meeting rates per person-day (lodging and meals on lines of their own against their part of the quota), lecture fees per teaching hour, and expert consultation, travel meal allowance and local transport per person-day, against the central standards (财行〔2016〕540号, 214号, 财科教〔2017〕128号, 财行〔2013〕531号; --standards replaces them with local ones): where the line names its class (三类培训, 副高级职称, 西藏 …) above that class\'s cap is a warning; otherwise above the highest class is a warning and above the lowest only a hint to confirm the class.',
  },
  expenseOverHighest: {
    'zh-CN': '{what}标准 {rate}元/{unit}，超过{label}上限 {cap}元/{unit}（{source}）',
    'en-US': '{what} rate {rate}元/{unit} is above the {label} cap of {cap}元/{unit} ({source})',
  },
  expenseOverLowest: {
    'zh-CN': '{what}标准 {rate}元/{unit}，高于{label} {cap}元/{unit}；请确认适用类别（{classes}，{source}）',
    'en-US': '{what} rate {rate}元/{unit} is above {label} ({cap}元/{unit}); confirm which class applies ({classes}; {source})',
  },
  fundsSplitTitle: { 'zh-CN': '财政拨款 + 其他资金 ≠ 年度资金总额', 'en-US': 'Fiscal + other funds ≠ annual total' },
  fundsSplitDesc: {
    'zh-CN': '项目资金中 其中：财政拨款 与 其他资金 之和应等于年度资金总额。',
    'en-US': 'In the project funds block, fiscal appropriation plus other funds must equal the annual total.',
  },
  fundsSplit: {
    'zh-CN': '财政拨款 {fiscal} + 其他资金 {other} = {expected}，与年度资金总额 {actual} 不符',
    'en-US': 'Fiscal {fiscal} + other {other} = {expected}, not the annual total {actual}',
  },
  fundPartsTitle: { 'zh-CN': '财政拨款 + 其他资金 ≠ 小计', 'en-US': 'Fiscal + other funds ≠ line subtotal' },
  fundPartsDesc: {
    'zh-CN': '金额分列财政拨款、其他资金和小计时，每一行的财政拨款与其他资金之和应等于小计（在小计单元格报告一次）。',
    'en-US': 'Where 金额 splits into fiscal, other funds and 小计, each line\'s fiscal plus other funds must equal its 小计 (reported once, at the 小计 cell).',
  },
  fundParts: {
    'zh-CN': '财政拨款 {fiscal} + 其他资金 {other} = {expected}，与小计 {actual} 不符',
    'en-US': 'Fiscal {fiscal} + other {other} = {expected}, not the subtotal {actual}',
  },
  fixSetValue: { 'zh-CN': '改为 {value}', 'en-US': 'Set to {value}' },
  fixSetFormula: { 'zh-CN': '改为公式 {formula}', 'en-US': 'Use the formula {formula}' },
} satisfies MessageTable;
