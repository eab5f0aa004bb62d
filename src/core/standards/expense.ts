/**
 * Expense standards a reviewer compares rates with: 培训费 and 会议费 as a 综合定额 per 人·天 (and its
 * 住宿 and 伙食 parts, for lines that itemise them), 讲课费 per 学时, 专家咨询费 per 人·天, and the 差旅
 * 伙食补助 and 市内交通费 per 人·天. The defaults are the central standards (财行〔2016〕540号 for training
 * and lectures, 财行〔2016〕214号 for meetings, 财科教〔2017〕128号 for expert consultation, 财行〔2013〕531号
 * for travel); local tables differ, so a user may replace any kind's classes (CheckOptions.expenseStandards).
 * A class may name itself in a line ("讲课费（副高级职称）", "三类培训班", "赴西藏伙食补助"): its `names`.
 */
import type { Localized } from '../i18n';

export type ExpenseKind =
  | 'training'
  | 'trainingLodging'
  | 'trainingMeals'
  | 'meeting'
  | 'meetingLodging'
  | 'meetingMeals'
  | 'lecture'
  | 'consultation'
  | 'travelMeals'
  | 'travelTransport';

/** What the rate is counted per: one person for one day, or one teaching hour. */
export type RateBasis = 'personDay' | 'hour';

export interface StandardClass {
  label: Localized;
  /** The most allowed, in 元 per person-day or per 学时. */
  cap: number;
  /** Words by which a line names this class (its own label for a user's class). */
  names?: RegExp;
}

export interface ExpenseStandard {
  kind: ExpenseKind;
  /** What the line pays, as a reviewer names it. */
  name: Localized;
  basis: RateBasis;
  /** From the lowest cap to the highest. */
  classes: StandardClass[];
  /** Where the numbers come from. */
  source: Localized;
}

const both = (zhCN: string, enUS: string): Localized => ({ 'zh-CN': zhCN, 'en-US': enUS });

/** One kind: its classes' labels and caps, from the lowest cap. */
function standard(kind: ExpenseKind, name: Localized, basis: RateBasis, classes: [Localized, number, RegExp?][], source: Localized): ExpenseStandard {
  return { kind, name, basis, classes: classes.map(([label, cap, names]) => (names ? { label, cap, names } : { label, cap })), source };
}

const CLASS_1 = /一类/;
const CLASS_2 = /二类/;
const CLASS_3 = /三类/;
const CLASS_12 = /一类|二类|一、二类/;
const CLASS_34 = /三类|四类|三、四类/;
const TRAINING_3 = both('三类培训', 'class-3 training');
const TRAINING_2 = both('二类培训', 'class-2 training');
const TRAINING_1 = both('一类培训', 'class-1 training');
const TRAINING_12 = both('一、二类培训', 'class-1/2 training');
const MEETING_34 = both('三、四类会议', 'class-3/4 meeting');
const MEETING_2 = both('二类会议', 'class-2 meeting');
const MEETING_1 = both('一类会议', 'class-1 meeting');
const MEETING_12 = both('一、二类会议', 'class-1/2 meeting');
/** Lecturers' titles as lines name them; the academician first, then 副高 (副教授 holds 教授). */
const ACADEMICIAN = /院士|全国知名专家|知名专家/;
const ASSOCIATE = /副高|副教授|副研究员|副主任医师|高级讲师|副高级/;
// 教授 / 研究员 / 主任医师 not preceded by 副 (no lookbehind: the WPS build targets Chromium without it; only .test() reads this)
const FULL_SENIOR = /正高|(?:^|[^副])(?:教授|研究员|主任医师)|正高级/;
const QUOTA_540 = both('财行〔2016〕540号综合定额', 'comprehensive quota, 财行〔2016〕540号');
const PARTS_540 = both('财行〔2016〕540号综合定额分项', 'quota items, 财行〔2016〕540号');
const QUOTA_214 = both('财行〔2016〕214号综合定额', 'comprehensive quota, 财行〔2016〕214号');
const PARTS_214 = both('财行〔2016〕214号综合定额分项', 'quota items, 财行〔2016〕214号');

export const DEFAULT_EXPENSE_STANDARDS: Record<ExpenseKind, ExpenseStandard> = {
  training: standard('training', both('培训费', 'Training'), 'personDay', [[TRAINING_3, 550, CLASS_3], [TRAINING_2, 650, CLASS_2], [TRAINING_1, 760, CLASS_1]], QUOTA_540),
  trainingLodging: standard('trainingLodging', both('培训住宿费', 'Training lodging'), 'personDay', [[TRAINING_3, 340, CLASS_3], [TRAINING_2, 400, CLASS_2], [TRAINING_1, 500, CLASS_1]], PARTS_540),
  trainingMeals: standard('trainingMeals', both('培训伙食费', 'Training meals'), 'personDay', [[TRAINING_3, 130, CLASS_3], [TRAINING_12, 150, CLASS_12]], PARTS_540),
  meeting: standard('meeting', both('会议费', 'Meeting'), 'personDay', [[MEETING_34, 550, CLASS_34], [MEETING_2, 650, CLASS_2], [MEETING_1, 760, CLASS_1]], QUOTA_214),
  meetingLodging: standard('meetingLodging', both('会议住宿费', 'Meeting lodging'), 'personDay', [[MEETING_34, 340, CLASS_34], [MEETING_2, 400, CLASS_2], [MEETING_1, 500, CLASS_1]], PARTS_214),
  meetingMeals: standard('meetingMeals', both('会议伙食费', 'Meeting meals'), 'personDay', [[MEETING_34, 130, CLASS_34], [MEETING_12, 150, CLASS_12]], PARTS_214),
  lecture: standard(
    'lecture',
    both('讲课费', 'Lecture fee'),
    'hour',
    [
      [both('副高级职称', 'associate senior title'), 500, ASSOCIATE],
      [both('正高级职称', 'senior title'), 1000, FULL_SENIOR],
      [both('院士、全国知名专家', 'academician or renowned expert'), 1500, ACADEMICIAN],
    ],
    both('财行〔2016〕540号', '财行〔2016〕540号'),
  ),
  consultation: standard(
    'consultation',
    both('专家咨询费', 'Expert consultation'),
    'personDay',
    [
      [both('其他专业人员', 'other professionals'), 1500, /其他专业|其他人员|中级|初级/],
      [both('高级专业技术职称', 'senior professional title'), 2400, /高级|正高|副高|教授|研究员/],
      [both('院士、全国知名专家', 'academician or renowned expert'), 3600, ACADEMICIAN],
    ],
    both('财科教〔2017〕128号', '财科教〔2017〕128号'),
  ),
  travelMeals: standard(
    'travelMeals',
    both('差旅伙食补助', 'Travel meal allowance'),
    'personDay',
    [
      [both('其他地区', 'other regions'), 100, /内地|省内|市内|其他地区/],
      [both('西藏、青海、新疆', 'Tibet, Qinghai, Xinjiang'), 120, /西藏|青海|新疆/],
    ],
    both('财行〔2013〕531号', '财行〔2013〕531号'),
  ),
  travelTransport: standard(
    'travelTransport',
    both('差旅市内交通费', 'Travel local transport'),
    'personDay',
    [[both('市内交通费', 'local transport'), 80]],
    both('财行〔2013〕531号', '财行〔2013〕531号'),
  ),
};

/** A user's table: per kind, class label → cap ({"training": {"三类": 550, "二类": 650, "一类": 760}}). */
export type ExpenseStandardsConfig = Partial<Record<ExpenseKind, Record<string, number>>>;

export const EXPENSE_KINDS: ExpenseKind[] = [
  'training',
  'trainingLodging',
  'trainingMeals',
  'meeting',
  'meetingLodging',
  'meetingMeals',
  'lecture',
  'consultation',
  'travelMeals',
  'travelTransport',
];

/** The standards in force: the defaults, with every kind the config names replaced by its classes. */
export function expenseStandards(config: ExpenseStandardsConfig = {}): ExpenseStandard[] {
  return EXPENSE_KINDS.map((kind) => {
    const own = config[kind];
    const base = DEFAULT_EXPENSE_STANDARDS[kind];
    if (!own) return base;
    // A class named as a central one (the pane keeps the names and changes the caps) keeps its English name.
    // A line names a user's class by its label ("三类" in "三类培训班"), or by the central class's words.
    const classes = Object.entries(own)
      .map(([label, cap]): StandardClass => {
        const central = base.classes.find((c) => c.label['zh-CN'] === label);
        return { label: central?.label ?? { 'zh-CN': label, 'en-US': label }, cap, names: central?.names ?? labelPattern(label) };
      })
      .sort((a, b) => a.cap - b.cap);
    return { ...base, classes, source: { 'zh-CN': '用户标准', 'en-US': "the user's standards" } };
  });
}

function labelPattern(label: string): RegExp | undefined {
  const t = label.replace(/\s+/g, '');
  return t ? new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : undefined;
}

/** The class a text names (the first in `classes` from the highest cap down), or null. */
export function namedClass(standard: ExpenseStandard, text: string): StandardClass | null {
  for (let i = standard.classes.length - 1; i >= 0; i--) {
    const c = standard.classes[i];
    if (c.names?.test(text)) return c;
  }
  return null;
}

/**
 * Why a config cannot be used (null when it can): an object of the three kinds, each an object of
 * class labels with positive finite numbers.
 */
export function expenseConfigProblem(config: unknown): { kind?: string; label?: string } | null {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return {};
  for (const [kind, classes] of Object.entries(config)) {
    if (!(EXPENSE_KINDS as string[]).includes(kind)) return { kind };
    if (typeof classes !== 'object' || classes === null || Array.isArray(classes) || Object.keys(classes).length === 0) return { kind };
    for (const [label, cap] of Object.entries(classes)) {
      if (typeof cap !== 'number' || !Number.isFinite(cap) || cap <= 0) return { kind, label };
    }
  }
  return null;
}
