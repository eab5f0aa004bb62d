import type { Rule } from '../../rule';

/** Rules over the 绩效目标表 and its agreement with the 资金测算明细表. */
export const INDICATOR_RULES: Rule[] = [];
