/**
 * The findings table shared by the summary workbook (问题明细: one row per finding of every file)
 * and the annotated copies (校验报告: the findings of that workbook). Columns:
 * [文件] | 工作表 | 单元格 | 规则 | 级别 | 说明 | 应为 | 实为; the 单元格 column links to the cell.
 */
import type ExcelJS from 'exceljs';
import type { Locale } from '../core/i18n';
import type { Finding, Severity } from '../core/report';
import { BATCH_MESSAGES } from './messages';
import { layoutTableSheet, type ColumnSpec } from '../xlsx/table-layout';

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

/** Width bounds of the table's columns ([文件] 工作表 单元格 规则 级别 说明 应为 实为). */
export function findingColumns(withFile: boolean): ColumnSpec[] {
  return [
    ...(withFile ? [{ min: 10, max: 40 }] : []),
    { min: 8, max: 20 },
    { min: 8, max: 30 },
    { min: 10, max: 30 },
    { min: 6, max: 10 },
    { min: 20, max: 60 },
    { min: 8, max: 24 },
    { min: 8, max: 24 },
  ];
}

/** The table's cells, row by row (the link column holds its display text). */
export function findingCells(rows: FindingRow[], lang: Locale, withFile: boolean): (string | null)[][] {
  return rows.map(({ file, finding: f, link }) => [
    ...(withFile ? [file ?? ''] : []),
    f.sheet,
    link.text,
    f.ruleId,
    severityText(f.severity, lang),
    f.message[lang],
    f.expected ?? null,
    f.actual ?? null,
  ]);
}

/** Writes the table with ExcelJS at `startRow` (1-based) and lays the sheet out (widths, heights, print). */
export function writeFindingTable(ws: ExcelJS.Worksheet, startRow: number, rows: FindingRow[], lang: Locale, withFile: boolean): void {
  const header = ws.getRow(startRow);
  header.values = headerRow(lang, withFile);
  header.font = { bold: true };
  const cells = findingCells(rows, lang, withFile);
  const linkCol = withFile ? 3 : 2;
  rows.forEach(({ link }, i) => {
    const row = ws.getRow(startRow + 1 + i);
    row.values = cells[i];
    const linkCell = row.getCell(linkCol);
    if (link.internal) {
      linkCell.value = { text: link.text, hyperlink: link.target };
    } else {
      // HYPERLINK("[file]'sheet'!A1") is Excel's way to open another workbook at a cell.
      linkCell.value = { formula: `HYPERLINK("${link.target.replace(/"/g, '""')}","${link.text.replace(/"/g, '""')}")`, result: link.text };
    }
    linkCell.font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  layoutTableSheet(ws, startRow, findingColumns(withFile));
}
