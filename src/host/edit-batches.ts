/**
 * How the Excel and WPS adapters batch edits, the same on both: a batch is split into segments at
 * structural edits (rows or sheets move there), and within a segment the fills are gathered into
 * runs — same-coloured cells of one column in consecutive rows — one range each.
 */
import type { Edit } from '../core/report';
import type { CellRange } from '../core/snapshot';
import { parseFillToken } from './fill-token';

export const isStructural = (e: Edit): boolean => e.kind === 'insertRows' || e.kind === 'deleteRows' || e.kind === 'addSheet' || e.kind === 'deleteSheet';

/** Same-coloured cells of one column in consecutive rows → one rectangle each (colour tokens compared case-insensitively). */
export function fillRuns(cells: { row: number; col: number; color: string | null }[]): { range: CellRange; color: string | null }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { range: CellRange; color: string | null }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    const color = c.color === null ? null : parseFillToken(c.color) ? c.color : c.color.toUpperCase();
    if (last && last.range.left === c.col && last.range.bottom + 1 === c.row && last.color === color) last.range.bottom = c.row;
    else out.push({ range: { top: c.row, left: c.col, bottom: c.row, right: c.col }, color });
  }
  return out;
}
