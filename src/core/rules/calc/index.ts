import type { Rule } from '../../rule';

export const CALC_RULES: Rule[] = [];
