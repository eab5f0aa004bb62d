import type { Localized } from '../i18n';

/** One example per rule, for the README's rules table and the pane's help. Keyed by rule id. */
export const RULE_EXAMPLES: Record<string, Localized> = {
  'workbook/missing-part': {
    'zh-CN': '申报材料只有“资金测算明细表”，绩效目标表被删掉了 → 在资金测算明细表 A1 报错“没有找到绩效目标表”；另一张表名为“绩效指标”但表头无法识别时只给提示',
    'en-US': 'a submission with its 资金测算明细表 but the 绩效目标表 deleted → error at A1 of the calc sheet naming the missing part; when another sheet is named like one (绩效指标) but its header is not recognised, only a hint',
  },
  'calc/line-amount': {
    'zh-CN': '单价 1600元 × 2人 × 1次 = 0.32万元，金额栏填 0.42万元 → 在金额单元格报错，修正为公式 =C7*D7*F7/10000',
    'en-US': '1,600元 × 2 people × 1 = 0.32万元 but the amount says 0.42万元 → error at the amount cell, fix =C7*D7*F7/10000',
  },
  'calc/unit-slip': {
    'zh-CN': '600元 × 37人 = 2.22万元，金额栏（万元）填 22200 → 相差 10000 倍，疑似元/万元填错',
    'en-US': '600元 × 37 = 2.22万元 but the 万元 column says 22200 → 10,000× off, a 元/万元 slip',
  },
  'calc/subtotal': {
    'zh-CN': '类别“驻村干部、援藏干部慰问”填 2.64万元，所含两行为 2.22 + 0.32 = 2.54万元 → 在类别金额处报错，修正为 =SUM(G6:G7)',
    'en-US': 'a category says 2.64万元 while its lines add up to 2.22 + 0.32 = 2.54万元 → error at the category amount, fix =SUM(G6:G7)',
  },
  'calc/breakdown-sum': {
    'zh-CN': '绩效奖 650000元，其中：优秀 170000 + 合格 490000 = 660000 → 超出上一行，报错；少于上一行只给警告（可能只列了一部分）',
    'en-US': '650,000元 with 其中 rows 170,000 + 490,000 = 660,000 → more than the line: error; less: warning (may be a partial list)',
  },
  'calc/sum-range': {
    'zh-CN': '小计 =SUM(F8:F8) 而本组是第 8、9 行 → 即使数值碰巧一致也报错，修正为 =SUM(F8:F9)',
    'en-US': 'a subtotal =SUM(F8:F8) over a group of rows 8–9 → error even if the cached value agrees, fix =SUM(F8:F9)',
  },
  'calc/formula-row': {
    'zh-CN': '第 6 行金额 =C6*D5*E6 取了第 5 行的数量 → 应为 =C6*D6*E6',
    'en-US': 'row 6 has =C6*D5*E6, taking the quantity of row 5 → expected =C6*D6*E6',
  },
  'calc/text-arithmetic': {
    'zh-CN': '种子 004：“至少5期，1期培训费课时费预计12万元……预计需要46万元” → 5期×12万元 = 60万元，在测算依据单元格报错',
    'en-US': 'seed 004: "至少5期，1期…预计12万元…预计需要46万元" → 5 × 12万元 = 60万元, error at the basis cell',
  },
  'calc/grand-total': {
    'zh-CN': '测算合计 80万元，而项目资金中年度资金总额为 90万元 → 在合计单元格报错',
    'en-US': 'the calculation totals 80万元 while 年度资金总额 says 90万元 → error at the total cell',
  },
  'funds/split': {
    'zh-CN': '年度资金总额 90万元，其中：财政拨款 80万元、其他资金空白 → 在年度资金总额单元格报错',
    'en-US': 'annual total 90万元 with fiscal 80万元 and no other funds → error at the annual total cell',
  },
  'calc/fund-parts': {
    'zh-CN': '金额分列财政拨款｜其他资金｜小计：财政拨款 160000 + 其他资金 0 = 160000元，小计填 165000元 → 在小计单元格报错',
    'en-US': 'amount split into fiscal | other | subtotal: fiscal 160000 + other 0 = 160000元 but the subtotal says 165000元 → error at the subtotal cell',
  },
  'calc/expense-standard': {
    'zh-CN': '培训费 单价 800元 × 50人 × 3天 → 超过一类培训上限 760元/人·天，警告；600元 → 高于三类培训 550元，提示确认类别',
    'en-US': 'training at 800元 × 50 people × 3 days → above the class-1 cap of 760元/人·天, warning; 600元 → above class 3 (550元), a hint to confirm the class',
  },
  'indicators/required-levels': {
    'zh-CN': '表中没有“效益指标/项目效益” → 在一级指标表头报错',
    'en-US': 'no 效益指标/项目效益 rows → error at the 一级指标 header cell',
  },
  'indicators/recommended-levels': {
    'zh-CN': '种子 001 没有成本指标 → 在一级指标表头（A9）给出警告',
    'en-US': 'seed 001 has no 成本指标 → warning at A9 (the 一级指标 header)',
  },
  'indicators/level2-placement': {
    'zh-CN': '“社会效益指标”放在“项目完成”下 → 报错；“成本指标”放在“项目完成”下（种子 004）→ 允许',
    'en-US': '社会效益指标 under 项目完成 → error; 成本指标 under 项目完成 (seed 004) → accepted',
  },
  'indicators/value-missing': {
    'zh-CN': '种子 001：指标值为“空” → 在 E11、E13、E17 报错',
    'en-US': 'seed 001: 指标值 "空" → errors at E11, E13, E17',
  },
  'indicators/nature-mismatch': {
    'zh-CN': '指标性质“定性”而指标值 95；或指标性质“≥”而指标值“达标” → 警告',
    'en-US': '指标性质 定性 with value 95, or ≥ with value 达标 → warning',
  },
  'indicators/unit-missing': {
    'zh-CN': '2021 版格式：指标值 87、度量单位空白 → 在度量单位单元格警告',
    'en-US': '2021 layout: value 87 with an empty 度量单位 → warning at the unit cell',
  },
  'indicators/comparator-missing': {
    'zh-CN': '种子 004：“100%”“8万元”未写符号 → 按 ＝ 理解，仅提示；种子 003：指标性质空、评分标准“未达到2000人的…” → 提示“≥”并可填入 D10',
    'en-US': 'seed 004: "100%", "8万元" without a comparator → read as ＝, info only; seed 003: empty 指标性质 and scoring "未达到2000人的…" → hint "≥", fix writes it into D10',
  },
  'indicators/percent-range': {
    'zh-CN': '服务对象满意度 ≥105% → 报错',
    'en-US': 'satisfaction ≥105% → error',
  },
  'indicators/satisfaction-threshold': {
    'zh-CN': '满意度 ≥85%（默认阈值 90%）→ 警告',
    'en-US': 'satisfaction ≥85% with the default threshold 90% → warning',
  },
  'indicators/timeliness-year': {
    'zh-CN': '（2026年度）表中时效指标写“2025年1—12月” → 警告',
    'en-US': 'a （2026年度） form with a timeliness target "2025年1—12月" → warning',
  },
  'indicators/scoring-target': {
    'zh-CN': '种子 003：指标值 20人，评分标准写“未达到2000人的” → G11；“2023年1月至11月”对“2022年11月30日前” → G25',
    'en-US': 'seed 003: target 20人 but the scoring text says "未达到2000人的" → G11; 2023 period vs "2022年11月30日前" → G25',
  },
  'indicators/score-total': {
    'zh-CN': '分值合计 95 → 在分值表头警告；种子 000 的 90（预算执行率 10 分在表外）可接受',
    'en-US': 'points adding up to 95 → warning at the 分值 header; seed 000\'s 90 is accepted',
  },
  'indicators/duplicate-name': {
    'zh-CN': '同一数量指标下两行“慰问及体检专家总数” → 在第二行名称处警告',
    'en-US': 'two 三级 rows named 慰问及体检专家总数 under one 数量指标 → warning at the second',
  },
  'indicators/value-arithmetic': {
    'zh-CN': '种子 004 成本指标：“至少5期，1期…预计12万元…预计需要46万元” → 5期×12万元 = 60万元，在 E15 报错',
    'en-US': 'seed 004 cost value "至少5期，1期…预计12万元…预计需要46万元" → 60万元, error at E15',
  },
  'indicators/cost-total': {
    'zh-CN': '成本指标 8 + 9 + 3 = 20万元，而年度资金总额 15万元 → 报错',
    'en-US': 'cost indicators 8 + 9 + 3 = 20万元 against an annual total of 15万元 → error',
  },
  'indicators/cost-vs-calc': {
    'zh-CN': '成本指标“公务员工作经费 ≤7万元”，资金测算表同名类别为 8万元 → 在指标值单元格警告',
    'en-US': 'cost target "公务员工作经费 ≤7万元" while the calc category of that name is 8万元 → warning at the value cell',
  },
  'indicators/quantity-vs-calc': {
    'zh-CN': '种子 001：数量指标“＝4场”，而资金测算只安排 5000元/场 × 1场 → 在 E10 警告',
    'en-US': 'seed 001: "＝4场" while the calc pays 5000元/场 for one session → warning at E10',
  },
  'indicators/quantity-vs-cost-text': {
    'zh-CN': '种子 004：数量指标“补充资料档案827本”（E11）与成本指标“900本”（E17）不一致 → 在 E11 警告',
    'en-US': 'seed 004: 补充资料档案 827本 (数量指标, E11) vs 900本 (成本指标, E17) → warning at E11',
  },
  'workbook/project-pairing': {
    'zh-CN': '工作表“项目一测算表”“项目二测算表”“绩效目标表A”“绩效目标表B”无法按名称或编号配对 → 提示一次，不把任一项目的合计与另一项目的年度资金总额比较',
    'en-US': 'sheets 项目一测算表, 项目二测算表, 绩效目标表A and 绩效目标表B cannot be paired by name or number → one hint; no project\'s 合计 is compared with another project\'s 年度资金总额',
  },
};
