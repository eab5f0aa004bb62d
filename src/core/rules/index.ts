import type { Rule } from '../rule';
import { CALC_RULES } from './calc';
import { INDICATOR_RULES } from './indicators';
import { WORKBOOK_RULES } from './workbook';
import { projectPairing } from './workbook/project-pairing';

export const ALL_RULES: Rule[] = [...WORKBOOK_RULES, ...CALC_RULES, ...INDICATOR_RULES, projectPairing];
