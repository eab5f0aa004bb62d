/**
 * The built-in template library (标准指标模板), per project type, as data — see domain.md "Standard
 * indicator templates". Validated by the same schema as users' JSON files (test/core/fill/templates.test.ts).
 *
 * Scoring texts restate the target through {value}{unit} so that 评（扣）分标准 and 指标值 always agree;
 * steps are written "每少1人" / "每降1%" so they are not read as another target.
 * 成本 and 数量 rows with value null take their value from the 资金测算明细表 (fromCalc).
 */
import type { TemplateRow, TemplateSet } from './model';
import { DEFAULT_EXPENSE_STANDARDS, type ExpenseKind } from '../standards/expense';

const OUTPUT = '产出指标';
const BENEFIT = '效益指标';
const SATISFACTION = '满意度指标';
const COST = '成本指标';

function qty(name: string, unit: string, keywords: string[], score = 5): TemplateRow {
  return {
    level1: OUTPUT,
    level2: '数量指标',
    name,
    nature: '≥',
    value: null,
    unit,
    score,
    scoring: '完成{value}{unit}得满分，每少1{unit}按比例扣分，扣完为止',
    basis: '资金测算明细表、年度工作计划',
    fromCalc: { measure: 'quantity', unit, keywords },
  };
}

function rate(level2: string, name: string, nature: '＝' | '≥', value: number, score = 5, level1 = OUTPUT): TemplateRow {
  return {
    level1,
    level2,
    name,
    nature,
    value,
    unit: '%',
    score,
    scoring: nature === '＝' ? `达到{value}{unit}得满分，每降1%扣1分，扣完为止` : `达到{value}{unit}及以上得满分，每降1%扣1分，扣完为止`,
    basis: '工作台账、年度总结',
  };
}

function satisfaction(name: string, score = 10): TemplateRow {
  return {
    level1: SATISFACTION,
    level2: '服务对象满意度指标',
    name,
    nature: '≥',
    value: 90,
    unit: '%',
    score,
    scoring: '满意度达到{value}{unit}及以上得满分，每降1%扣1分，扣完为止',
    basis: '问卷调查统计报告',
  };
}

function deadline(name: string, value = '{year}年12月31日', score = 5): TemplateRow {
  return {
    level1: OUTPUT,
    level2: '时效指标',
    name,
    nature: '≤',
    value,
    unit: '',
    score,
    scoring: '{value}前完成得满分，每逾期1天扣0.5分，扣完为止',
    basis: '项目实施方案',
  };
}

/** A per-unit cost (人均培训成本 ≤ 550元/人·天): from the calc 单价 when it says, else the standard. */
function unitCost(name: string, unit: string, value: number | null, keywords: string[], basis: string, nature: '≤' | '＝' = '≤', standard?: ExpenseKind): TemplateRow {
  return {
    level1: COST,
    level2: '经济成本指标',
    name,
    nature,
    value,
    unit,
    score: 5,
    scoring: nature === '≤' ? '不超过{value}{unit}得满分，超出标准不得分' : '按{value}{unit}标准执行得满分，未按标准执行不得分',
    basis,
    fromCalc: { measure: 'price', unit, keywords, ...(standard ? { standard } : {}) },
  };
}

const PROJECT_TOTAL_COST: TemplateRow = {
  level1: COST,
  level2: '经济成本指标',
  name: '项目总成本',
  nature: '≤',
  value: null,
  unit: '万元',
  score: 5,
  scoring: '项目总成本控制在{value}{unit}以内得满分，超出预算不得分',
  basis: '资金测算明细表、预算批复',
  fromCalc: { measure: 'total', unit: '万元' },
};

const SOCIAL_BENEFIT: TemplateRow = {
  level1: BENEFIT,
  level2: '社会效益指标',
  name: '项目实施社会效益',
  nature: '定性',
  value: '明显提升',
  unit: '',
  score: 30,
  scoring: '效益明显提升得满分，有所提升得一半分值，无提升不得分',
  basis: '年度工作总结、服务对象反馈',
};

/** 通用: the rows every project can use. */
const GENERAL: TemplateRow[] = [
  rate('质量指标', '目标任务完成率', '＝', 100, 10),
  deadline('目标任务完成时限'),
  SOCIAL_BENEFIT,
  satisfaction('服务对象满意度'),
  PROJECT_TOTAL_COST,
];

/** The lowest class of the central standards (calc/expense-standard compares rates with the same table). */
const TRAINING_CAP = DEFAULT_EXPENSE_STANDARDS.training.classes[0].cap;
const MEETING_CAP = DEFAULT_EXPENSE_STANDARDS.meeting.classes[0].cap;
const TRAINING_STANDARD = `培训费综合定额（三类培训${TRAINING_CAP}元/人·天），《中央和国家机关培训费管理办法》（财行〔2016〕540号）`;
const MEETING_STANDARD = `会议费综合定额（三、四类会议${MEETING_CAP}元/人·天），《中央和国家机关会议费管理办法》（财行〔2016〕214号）`;

export const BUILT_IN_TEMPLATES: TemplateSet[] = [
  { type: '通用', label: { 'zh-CN': '通用', 'en-US': 'General' }, builtIn: true, rows: GENERAL },
  {
    type: '培训类',
    label: { 'zh-CN': '培训类', 'en-US': 'Training' },
    builtIn: true,
    rows: [
      qty('培训班次', '期', ['培训']),
      qty('培训人次', '人次', ['培训']),
      qty('培训天数', '天', ['培训']),
      rate('质量指标', '培训出勤率', '≥', 95),
      rate('质量指标', '培训合格率', '≥', 90),
      rate('时效指标', '培训计划按期完成率', '＝', 100),
      unitCost('人均培训成本', '元/人·天', TRAINING_CAP, ['培训'], TRAINING_STANDARD, '≤', 'training'),
      satisfaction('参训人员满意度'),
    ],
  },
  {
    type: '会议类',
    label: { 'zh-CN': '会议类', 'en-US': 'Meetings' },
    builtIn: true,
    rows: [
      qty('会议次数', '次', ['会议']),
      qty('参会人数', '人', ['会议']),
      rate('质量指标', '会议出勤率', '≥', 95),
      rate('时效指标', '会议按期召开率', '＝', 100),
      unitCost('人均会议成本', '元/人·天', MEETING_CAP, ['会议'], MEETING_STANDARD, '≤', 'meeting'),
      satisfaction('参会人员满意度'),
    ],
  },
  {
    type: '补贴补助类',
    label: { 'zh-CN': '补贴补助类', 'en-US': 'Subsidies and grants' },
    builtIn: true,
    rows: [
      qty('补助对象人数', '人', ['补助', '补贴', '慰问', '奖']),
      rate('质量指标', '资格审核准确率', '＝', 100),
      rate('质量指标', '资金发放准确率', '＝', 100),
      rate('时效指标', '补助发放及时率', '＝', 100),
      unitCost('补助标准', '元/人', null, ['补助', '补贴', '慰问', '奖'], '补助政策文件、资金测算明细表', '＝'),
      satisfaction('受益对象满意度'),
    ],
  },
  {
    type: '人才引进/活动类',
    label: { 'zh-CN': '人才引进/活动类', 'en-US': 'Talent recruitment / events' },
    builtIn: true,
    rows: [
      qty('活动场次', '场', ['活动', '会议', '评审']),
      qty('服务人次', '人次', []),
      qty('引进人才数', '人', ['引进', '引才']),
      rate('质量指标', '活动完成率', '≥', 95),
      rate('时效指标', '活动按期完成率', '＝', 100),
      rate('社会效益指标', '政策知晓率', '≥', 95, 15, BENEFIT),
      satisfaction('参与人员满意度'),
    ],
  },
  {
    type: '信息化/设备购置类',
    label: { 'zh-CN': '信息化/设备购置类', 'en-US': 'IT systems / equipment purchase' },
    builtIn: true,
    rows: [
      qty('购置数量', '台/套', ['购置', '设备', '采购', '系统', '软件', '硬件']),
      rate('质量指标', '验收合格率', '＝', 100),
      rate('质量指标', '系统可用率', '≥', 99.9),
      deadline('采购完成时间'),
      unitCost('单位购置成本', '元/台', null, ['购置', '设备', '采购'], '政府采购预算、市场询价'),
      satisfaction('使用人员满意度'),
    ],
  },
];

/** The general rows a new 绩效目标表 always gets (so that 产出, 效益, 满意度 and 成本 are all present). */
export const GENERAL_ROWS: TemplateRow[] = GENERAL;

export function builtInTemplate(type: string): TemplateSet | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.type === type);
}
