/**
 * Lays out a table sheet written with ExcelJS (the summary's 汇总 and 问题明细): columns sized to
 * their content within caps, wrapped text in the capped columns, row heights that fit it, the
 * header row frozen and repeated on every printed page, landscape A4 fitted to the page width.
 */
import type ExcelJS from 'exceljs';
import { columnWidthFor, displayText, rowHeightFor } from './layout';

export interface ColumnSpec {
  /** Width bounds in '0' units: the column fits its longest line, then wraps at max. */
  min: number;
  max: number;
}

/** Print setup of every table sheet: landscape A4, one page wide, as many pages tall as needed. */
export const TABLE_PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

export function layoutTableSheet(ws: ExcelJS.Worksheet, headerRow: number, columns: readonly ColumnSpec[]): void {
  const last = Math.max(ws.rowCount, headerRow);
  const widths = columns.map((spec, i) => {
    const texts: string[] = [];
    for (let r = headerRow; r <= last; r++) texts.push(displayText(ws.getRow(r).getCell(i + 1).value));
    return columnWidthFor(texts, spec.min, spec.max);
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (let r = headerRow; r <= last; r++) {
    const row = ws.getRow(r);
    const cells = widths.map((width, i) => {
      const cell = row.getCell(i + 1);
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: 'top' };
      const size = cell.font?.size ?? 11;
      return { text: displayText(cell.value), width, fontSize: size };
    });
    row.height = rowHeightFor(cells);
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  ws.pageSetup = { ...ws.pageSetup, ...TABLE_PAGE_SETUP, printTitlesRow: `${headerRow}:${headerRow}` };
}
