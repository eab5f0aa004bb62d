import type { Rule } from '../../rule';
import { comparatorMissing } from './comparator-missing';
import { costTotal } from './cost-total';
import { costVsCalc } from './cost-vs-calc';
import { duplicateName } from './duplicate-name';
import { level2Placement } from './level2-placement';
import { natureMismatch } from './nature-mismatch';
import { percentRange } from './percent-range';
import { quantityVsCalc } from './quantity-vs-calc';
import { quantityVsCostText } from './quantity-vs-cost-text';
import { recommendedLevels, requiredLevels } from './required-levels';
import { satisfactionThreshold } from './satisfaction-threshold';
import { scoreTotal } from './score-total';
import { scoringTarget } from './scoring-target';
import { timelinessYear } from './timeliness-year';
import { unitMissing } from './unit-missing';
import { valueArithmetic } from './value-arithmetic';
import { valueMissing } from './value-missing';

/** Rules over the 绩效目标表 and its agreement with the 资金测算明细表. */
export const INDICATOR_RULES: Rule[] = [
  requiredLevels,
  recommendedLevels,
  level2Placement,
  valueMissing,
  natureMismatch,
  unitMissing,
  comparatorMissing,
  percentRange,
  satisfactionThreshold,
  timelinessYear,
  scoringTarget,
  scoreTotal,
  duplicateName,
  valueArithmetic,
  costTotal,
  costVsCalc,
  quantityVsCalc,
  quantityVsCostText,
];
