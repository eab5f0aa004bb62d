/**
 * Row heights that fit wrapped text, for rows this tool writes into a user's workbook (fill's
 * inserted indicator rows): the rows copy their neighbour's format, height included, and a longer
 * text in a wrapped cell would otherwise show one line of several in LibreOffice and often Excel.
 * A row only ever grows; its other cells are not touched.
 */
import type ExcelJS from 'exceljs';
import { displayText, rowHeightFor } from './layout';
import { mergesOf } from './write';

/** Excel's default column width in '0' units. */
const DEFAULT_WIDTH = 8.43;

/** Grows each row (0-based) whose wrapped cells need more height than it has. Returns the rows grown. */
export function fitRowHeights(ws: ExcelJS.Worksheet, rows: readonly number[]): number[] {
  const merges = mergesOf(ws);
  const widthOf = (col: number) => ws.getColumn(col + 1).width ?? DEFAULT_WIDTH;
  const grown: number[] = [];
  for (const r of rows) {
    const row = ws.getRow(r + 1);
    const cells: { text: string; width: number; fontSize: number }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const col = colNumber - 1;
      if (!cell.alignment?.wrapText) return;
      const merge = merges.find((m) => m.top <= r && r <= m.bottom && m.left <= col && col <= m.right);
      if (merge && (merge.left !== col || merge.top !== r || merge.bottom !== merge.top)) return; // not the anchor, or spans rows
      let width = 0;
      for (let c = col; c <= (merge?.right ?? col); c++) width += widthOf(c);
      cells.push({ text: displayText(cell.value), width, fontSize: cell.font?.size ?? 11 });
    });
    if (cells.length === 0) continue;
    const needed = rowHeightFor(cells);
    if (needed > (row.height ?? 15) + 0.5) {
      row.height = needed;
      grown.push(r);
    }
  }
  return grown;
}
