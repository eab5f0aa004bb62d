/**
 * Marks the workbooks this tool writes (annotated copies, --report summaries) with a defined name,
 * so that a later folder scan recognises them (readWorkbookDetailed → ownOutput) and does not
 * check them again. The name refers to A1 of the sheet our writer added.
 */
import type ExcelJS from 'exceljs';
import { OWN_OUTPUT_NAMES, type OwnOutput } from './read';

export function markOwnOutput(workbook: ExcelJS.Workbook, sheet: string, kind: OwnOutput): void {
  workbook.definedNames.add(`'${sheet.replace(/'/g, "''")}'!$A$1`, OWN_OUTPUT_NAMES[kind]);
}
