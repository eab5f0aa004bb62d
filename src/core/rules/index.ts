import type { Rule } from '../rule';
import { CALC_RULES } from './calc';
import { INDICATOR_RULES } from './indicators';
import { projectPairing } from './workbook/project-pairing';

export const ALL_RULES: Rule[] = [...CALC_RULES, ...INDICATOR_RULES, projectPairing];
