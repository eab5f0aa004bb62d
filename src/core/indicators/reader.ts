import type { WorkbookSnapshot } from '../snapshot';
import type { IndicatorSheet } from './model';

/** Finds and reads every 绩效目标表 of the workbook. (Placeholder until the indicator reader lands.) */
export function readIndicatorSheets(_snapshot: WorkbookSnapshot, _names?: string[]): IndicatorSheet[] {
  return [];
}
