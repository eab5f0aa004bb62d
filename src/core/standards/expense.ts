/**
 * Expense standards a reviewer compares rates with: 培训费 and 会议费 as a 综合定额 per 人·天 (and its
 * 住宿 and 伙食 parts, for lines that itemise them), 讲课费 per 学时. The defaults are the central
 * standards (财行〔2016〕540号 for training and lectures, 财行〔2016〕214号 for meetings); local tables
 * differ, so a user may replace any kind's classes (CheckOptions.expenseStandards).
 */
import type { Localized } from '../i18n';

export type ExpenseKind = 'training' | 'trainingLodging' | 'trainingMeals' | 'meeting' | 'meetingLodging' | 'meetingMeals' | 'lecture';

/** What the rate is counted per: one person for one day, or one teaching hour. */
export type RateBasis = 'personDay' | 'hour';

export interface StandardClass {
  label: Localized;
  /** The most allowed, in 元 per person-day or per 学时. */
  cap: number;
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

export const DEFAULT_EXPENSE_STANDARDS: Record<ExpenseKind, ExpenseStandard> = {
  training: {
    kind: 'training',
    name: both('培训费', 'Training'),
    basis: 'personDay',
    classes: [
      { label: both('三类培训', 'class-3 training'), cap: 550 },
      { label: both('二类培训', 'class-2 training'), cap: 650 },
      { label: both('一类培训', 'class-1 training'), cap: 760 },
    ],
    source: both('财行〔2016〕540号综合定额', 'comprehensive quota, 财行〔2016〕540号'),
  },
  trainingLodging: {
    kind: 'trainingLodging',
    name: both('培训住宿费', 'Training lodging'),
    basis: 'personDay',
    classes: [
      { label: both('三类培训', 'class-3 training'), cap: 340 },
      { label: both('二类培训', 'class-2 training'), cap: 400 },
      { label: both('一类培训', 'class-1 training'), cap: 500 },
    ],
    source: both('财行〔2016〕540号综合定额分项', 'quota items, 财行〔2016〕540号'),
  },
  trainingMeals: {
    kind: 'trainingMeals',
    name: both('培训伙食费', 'Training meals'),
    basis: 'personDay',
    classes: [
      { label: both('三类培训', 'class-3 training'), cap: 130 },
      { label: both('一、二类培训', 'class-1/2 training'), cap: 150 },
    ],
    source: both('财行〔2016〕540号综合定额分项', 'quota items, 财行〔2016〕540号'),
  },
  meeting: {
    kind: 'meeting',
    name: both('会议费', 'Meeting'),
    basis: 'personDay',
    classes: [
      { label: both('三、四类会议', 'class-3/4 meeting'), cap: 550 },
      { label: both('二类会议', 'class-2 meeting'), cap: 650 },
      { label: both('一类会议', 'class-1 meeting'), cap: 760 },
    ],
    source: both('财行〔2016〕214号综合定额', 'comprehensive quota, 财行〔2016〕214号'),
  },
  meetingLodging: {
    kind: 'meetingLodging',
    name: both('会议住宿费', 'Meeting lodging'),
    basis: 'personDay',
    classes: [
      { label: both('三、四类会议', 'class-3/4 meeting'), cap: 340 },
      { label: both('二类会议', 'class-2 meeting'), cap: 400 },
      { label: both('一类会议', 'class-1 meeting'), cap: 500 },
    ],
    source: both('财行〔2016〕214号综合定额分项', 'quota items, 财行〔2016〕214号'),
  },
  meetingMeals: {
    kind: 'meetingMeals',
    name: both('会议伙食费', 'Meeting meals'),
    basis: 'personDay',
    classes: [
      { label: both('三、四类会议', 'class-3/4 meeting'), cap: 130 },
      { label: both('一、二类会议', 'class-1/2 meeting'), cap: 150 },
    ],
    source: both('财行〔2016〕214号综合定额分项', 'quota items, 财行〔2016〕214号'),
  },
  lecture: {
    kind: 'lecture',
    name: both('讲课费', 'Lecture fee'),
    basis: 'hour',
    classes: [
      { label: both('副高级职称', 'associate senior title'), cap: 500 },
      { label: both('正高级职称', 'senior title'), cap: 1000 },
      { label: both('院士、全国知名专家', 'academician or renowned expert'), cap: 1500 },
    ],
    source: both('财行〔2016〕540号', '财行〔2016〕540号'),
  },
};

/** A user's table: per kind, class label → cap ({"training": {"三类": 550, "二类": 650, "一类": 760}}). */
export type ExpenseStandardsConfig = Partial<Record<ExpenseKind, Record<string, number>>>;

export const EXPENSE_KINDS: ExpenseKind[] = ['training', 'trainingLodging', 'trainingMeals', 'meeting', 'meetingLodging', 'meetingMeals', 'lecture'];

/** The standards in force: the defaults, with every kind the config names replaced by its classes. */
export function expenseStandards(config: ExpenseStandardsConfig = {}): ExpenseStandard[] {
  return EXPENSE_KINDS.map((kind) => {
    const own = config[kind];
    const base = DEFAULT_EXPENSE_STANDARDS[kind];
    if (!own) return base;
    // A class named as a central one (the pane keeps the names and changes the caps) keeps its English name.
    const classes = Object.entries(own)
      .map(([label, cap]) => ({ label: base.classes.find((c) => c.label['zh-CN'] === label)?.label ?? { 'zh-CN': label, 'en-US': label }, cap }))
      .sort((a, b) => a.cap - b.cap);
    return { ...base, classes, source: { 'zh-CN': '用户标准', 'en-US': "the user's standards" } };
  });
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
