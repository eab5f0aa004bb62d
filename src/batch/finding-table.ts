/**
 * The findings table shared by the summary workbook (问题明细: one row per finding of every file)
 * and the annotated copies (校验报告: the findings of that workbook). Columns:
 * [文件] | 工作表 | 单元格 | 规则 | 级别 | 说明 | 应为 | 实为; the 单元格 column links to the cell.
 */
import type ExcelJS from 'exceljs';
import type { Locale } from '../core/i18n';
import type { Finding, Severity } from '../core/report';
import { BATCH_MESSAGES } from './messages';

export const SEVERITY_LABEL: Record<Severity, keyof typeof BATCH_MESSAGES> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Worst first: error < warning < info. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityText(s: Severity, lang: Locale): string {
  return BATCH_MESSAGES[SEVERITY_LABEL[s]][lang];
}

/** Sheet name as Excel writes it in a reference: quoted when it is not a plain identifier. */
export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface FindingRow {
  /** File column text; omitted in a single workbook's report. */
  file?: string;
  finding: Finding;
  /** The link cell: display text and the HYPERLINK target, or an internal location. */
  link: { text: string; target: string; internal: boolean };
}

export function headerRow(lang: Locale, withFile: boolean): string[] {
  const keys: (keyof typeof BATCH_MESSAGES)[] = ['colSheet', 'colCell', 'colRule', 'colSeverity', 'colMessage', 'colExpected', 'colActual'];
  return [...(withFile ? [BATCH_MESSAGES.colFile[lang]] : []), ...keys.map((k) => BATCH_MESSAGES[k][lang])];
}

export function writeFindingTable(ws: ExcelJS.Worksheet, startRow: number, rows: FindingRow[], lang: Locale, withFile: boolean): void {
  const header = ws.getRow(startRow);
  header.values = headerRow(lang, withFile);
  header.font = { bold: true };
  let r = startRow + 1;
  for (const { file, finding: f, link } of rows) {
    const row = ws.getRow(r++);
    const values: ExcelJS.CellValue[] = [];
    if (withFile) values.push(file ?? '');
    values.push(f.sheet, null, f.ruleId, severityText(f.severity, lang), f.message[lang], f.expected ?? null, f.actual ?? null);
    row.values = values;
    const linkCell = row.getCell(withFile ? 3 : 2);
    if (link.internal) {
      linkCell.value = { text: link.text, hyperlink: link.target };
    } else {
      // HYPERLINK("[file]'sheet'!A1") is Excel's way to open another workbook at a cell.
      linkCell.value = { formula: `HYPERLINK("${link.target.replace(/"/g, '""')}","${link.text.replace(/"/g, '""')}")`, result: link.text };
    }
    linkCell.font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  const widths = [...(withFile ? [36] : []), 18, 22, 26, 8, 60, 18, 18];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getColumn(withFile ? 6 : 5).alignment = { wrapText: true, vertical: 'top' };
}
