/** How the demo grid shows a cell value: number formats '0.00', '#,##0.00', '0%', else as typed. */
import type { CellValue } from '../core/snapshot';

export function displayValue(v: CellValue, numberFormat?: string): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = numberFormat ?? 'General';
  const decimals = /0\.(0+)/.exec(fmt)?.[1].length ?? null;
  const grouped = fmt.includes('#,##0');
  if (fmt.endsWith('%')) return `${(v * 100).toFixed(decimals ?? 0)}%`;
  if (decimals !== null || grouped) {
    const s = v.toFixed(decimals ?? 0);
    return grouped ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ',').replace(/(\.\d*?),/g, '$1') : s;
  }
  // General: up to 10 significant digits, no trailing zeros.
  return String(Number(v.toPrecision(10)));
}
