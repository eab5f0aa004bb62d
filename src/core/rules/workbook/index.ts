import type { Rule } from '../../rule';
import { missingPart } from './missing-part';

export const WORKBOOK_RULES: Rule[] = [missingPart];
