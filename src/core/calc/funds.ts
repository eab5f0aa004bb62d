import type { WorkbookSnapshot } from '../snapshot';
import type { DeclaredFunds } from './model';

export function readDeclaredFunds(_snapshot: WorkbookSnapshot): DeclaredFunds[] {
  return [];
}
