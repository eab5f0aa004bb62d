import type { WorkbookSnapshot } from '../snapshot';
import type { CheckOptions } from '../rule';
import type { CalcSheet } from './model';

export function readCalcSheets(_snapshot: WorkbookSnapshot, _options: CheckOptions = {}): CalcSheet[] {
  return [];
}
