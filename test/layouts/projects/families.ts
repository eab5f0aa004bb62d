/**
 * The layout families of issue 10 (items 3–7) as complete submissions: every CORRECT workbook agrees
 * everywhere (lines, totals, 年度资金总额, 成本指标 per category, 数量指标); each SEEDED one carries the
 * mistakes its test names.
 */
import { buildSubmission, commonRows, type BuiltWorkbook, type ProjectSpec } from './build';

// ——— projects used by several families ———

export function training(over: Partial<ProjectSpec> = {}): ProjectSpec {
  return {
    name: '干部教育培训经费',
    calcSheet: '项目一测算表',
    indicatorSheet: '项目一绩效目标',
    timesHeader: '天数',
    categories: [
      { name: '干部培训班', items: [{ name: '培训费', price: 500, qty: 100, unit: '人', times: 4 }] },
      { name: '培训资料印制', items: [{ name: '教材印制', price: 50, qty: 400, unit: '本' }] },
    ],
    indicators: [
      ['产出指标', '数量指标', '参训人数', '=', 100, '人', 10, '完成100人得10分'],
      [null, null, '培训资料印制数量', '=', 400, '本', 10, '完成400本得10分'],
      [null, '成本指标', '干部培训班经费', '≤', 20, '万元', 5, '控制在20万元以内得5分'],
      [null, null, '培训资料印制经费', '≤', 2, '万元', 5, '控制在2万元以内得5分'],
      ...commonRows(),
    ],
    ...over,
  };
}

export function talent(over: Partial<ProjectSpec> = {}): ProjectSpec {
  return {
    name: '人才服务管理经费',
    calcSheet: '项目二测算表',
    indicatorSheet: '项目二绩效目标',
    categories: [
      { name: '人才评审', items: [{ name: '人才项目评审会', price: 5000, qty: 2, unit: '场' }] },
      { name: '专家慰问', items: [{ name: '专家春节慰问', price: 1000, qty: 30, unit: '人' }] },
    ],
    indicators: [
      ['产出指标', '数量指标', '人才项目评审场次', '=', 2, '场', 10, '完成2场得10分'],
      [null, null, '慰问专家人数', '=', 30, '人', 10, '完成30人得10分'],
      [null, '成本指标', '人才评审经费', '≤', 1, '万元', 5, '控制在1万元以内得5分'],
      [null, null, '专家慰问经费', '≤', 3, '万元', 5, '控制在3万元以内得5分'],
      ...commonRows(),
    ],
    ...over,
  };
}

export function archives(over: Partial<ProjectSpec> = {}): ProjectSpec {
  return {
    name: '组织工作综合业务经费',
    calcSheet: '3.组织工作综合业务经费测算表',
    indicatorSheet: '3.组织工作综合业务经费绩效目标表',
    categories: [
      { name: '档案整理', items: [{ name: '干部档案数字化', price: 20, qty: 1500, unit: '卷' }] },
      { name: '党员教育', items: [{ name: '党员教育片制作', price: 8000, qty: 3, unit: '部' }] },
    ],
    indicators: [
      ['产出指标', '数量指标', '干部档案数字化卷数', '=', 1500, '卷', 10, '完成1500卷得10分'],
      [null, null, '党员教育片制作部数', '=', 3, '部', 10, '完成3部得10分'],
      ['成本指标', '经济成本指标', '档案整理经费', '≤', 3, '万元', 5, '控制在3万元以内得5分'],
      [null, null, '党员教育经费', '≤', 2.4, '万元', 5, '控制在2.4万元以内得5分'],
      ...commonRows().map((r, i) => (i === 0 ? (['产出指标', ...r.slice(1)] as typeof r) : r)),
    ],
    ...over,
  };
}

export interface Family {
  id: string;
  title: string;
  build: () => BuiltWorkbook;
}

// ——— item 3: several projects in one workbook ———

/** 项目一测算表 / 项目一绩效目标 / 项目二…, sheets in mixed order. */
export const twoProjects = (t = training(), u = talent()): BuiltWorkbook =>
  buildSubmission([t, u], [`form:${u.name}`, `calc:${t.name}`, `form:${t.name}`, `calc:${u.name}`]);

/** 1.XX经费测算表 / 1.XX经费绩效目标表 with three projects, in mixed order. */
export const threeNumbered = (over: Partial<Record<1 | 2 | 3, Partial<ProjectSpec>>> = {}): BuiltWorkbook => {
  const a = training({ calcSheet: '1.干部教育培训经费测算表', indicatorSheet: '1.干部教育培训经费绩效目标表', ...over[1] });
  const b = talent({ calcSheet: '2.人才服务管理经费测算表', indicatorSheet: '2.人才服务管理经费绩效目标表', ...over[2] });
  const c = archives(over[3]);
  return buildSubmission([a, b, c], [`calc:${a.name}`, `calc:${b.name}`, `calc:${c.name}`, `form:${c.name}`, `form:${a.name}`, `form:${b.name}`]);
};

/** Sheet names that say nothing (测算表A / 绩效表B …) and no project names in the calc titles: pairing unsure. */
export const unpairable = (): BuiltWorkbook => {
  const t = training({ calcSheet: '测算表A', indicatorSheet: '目标B', calcTitle: '资金测算明细表' });
  const u = talent({ calcSheet: '测算表C', indicatorSheet: '目标D', calcTitle: '资金测算明细表', annualTotalWan: 4 });
  return buildSubmission([t, u]);
};

// ——— item 4: notes and sign-off rows below the indicator table ———

export const SIGN_OFF_TAIL: (string | null)[][] = [
  [],
  ['注：1.指标值应包含数字及文字描述；2.分值合计为90分，预算执行率10分另计。'],
  ['说明：满意度指标按问卷调查结果填报。'],
  ['填报人：张三', null, '审核人：李四', null, '填报日期：2026年3月1日'],
  ['单位负责人：王五', null, '财务负责人：赵六'],
  ['审核意见：', null, '同意'],
  ['单位（盖章）'],
];
export const withNotes = (satisfaction: number = 95): BuiltWorkbook =>
  buildSubmission([
    training({ calcSheet: '资金测算明细表', indicatorSheet: '绩效目标表', indicatorTail: SIGN_OFF_TAIL, indicators: [...training().indicators.slice(0, 4), ...commonRows({ satisfaction })] }),
  ]);

// ——— item 5: indicator names starting with a header-block word ———

export const headerWordNames = (satisfaction: number = 95): BuiltWorkbook =>
  buildSubmission([
    talent({
      calcSheet: '资金测算明细表',
      indicatorSheet: '绩效目标表',
      indicators: [
        ['产出指标', '数量指标', '人才项目评审场次', '=', 2, '场', 5, '完成2场得5分'],
        [null, null, '慰问专家人数', '=', 30, '人', 5, '完成30人得5分'],
        [null, '质量指标', '项目资金到位率', '=', '100%', '%', 5, '到位率100%得5分'],
        [null, null, '资金使用合规性', '定性', '合规', '', 5, '合规得5分'],
        [null, '时效指标', '项目实施进度', '≤', '2026年12月31日', '', 10, '按时完成得10分'],
        [null, '成本指标', '人才评审经费', '≤', 1, '万元', 5, '控制在1万元以内得5分'],
        [null, null, '专家慰问经费', '≤', 3, '万元', 5, '控制在3万元以内得5分'],
        ['效益指标', '社会效益指标', '人才服务水平', '定性', '明显提升', '', 30, '明显提升得30分'],
        ['满意度指标', '服务对象满意度指标', '主管部门满意度', '≥', satisfaction, '%', 10, `满意度≥${satisfaction}%得10分`],
        [null, null, '预算单位满意度', '≥', 95, '%', 10, '满意度≥95%得10分'],
      ],
    }),
  ]);

// ——— item 6: the same people on several lines ———

export const repeatedPeople = (target: number = 85): BuiltWorkbook =>
  buildSubmission([
    {
      name: '党代会及视察培训会议经费',
      calcSheet: '资金测算明细表',
      indicatorSheet: '绩效目标表',
      timesHeader: '天数',
      categories: [
        {
          name: '党代表会议及培训',
          items: [
            { name: '党代会会议费', price: 400, qty: 85, unit: '人', times: 3 },
            { name: '视察培训费', price: 400, qty: 85, unit: '人', times: 1 },
          ],
        },
        { name: '会议资料', items: [{ name: '会议资料印制', price: 20, qty: 85, unit: '份' }] },
      ],
      indicators: [
        ['产出指标', '数量指标', '党代表会议及培训人数', '=', target, '人', 10, `完成${target}人得10分`],
        [null, null, '会议资料印制份数', '=', 85, '份', 10, '完成85份得10分'],
        [null, '成本指标', '党代表会议及培训经费', '≤', 13.6, '万元', 5, '控制在13.6万元以内得5分'],
        [null, null, '会议资料经费', '≤', 0.17, '万元', 5, '控制在0.17万元以内得5分'],
        ...commonRows(),
      ],
    },
  ]);

// ——— item 7: money 成本指标 per category (+ 项目总成本), local 4-column layout ———

export const costPerCategory = (firstCost: number = 20): BuiltWorkbook =>
  buildSubmission([
    training({
      calcSheet: '资金测算明细表',
      indicatorSheet: '绩效目标表',
      layout: 'local',
      indicators: [
        ['项目完成', '数量指标', '参训人数', '=', 100, '人', null, null],
        [null, null, '培训资料印制数量', '=', 400, '本', null, null],
        [null, '质量指标', '目标任务完成率', '=', '100%', '%', null, null],
        [null, '时效指标', '目标任务完成时限', '=', '2026年1—12月', '', null, null],
        [null, '成本指标', '干部培训班经费', '=', firstCost, '万元', null, null],
        [null, null, '培训资料印制经费', '=', 2, '万元', null, null],
        [null, null, '项目总成本', '≤', 22, '万元', null, null],
        ['项目效益', '社会效益指标', '干部能力提升', '定性', '明显提升', '', null, null],
        ['满意度指标', '满意度指标', '参训人员满意度', '≥', '95%', '', null, null],
      ],
    }),
  ]);
