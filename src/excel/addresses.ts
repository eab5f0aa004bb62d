/** A1 addresses as Excel returns them in RangeAreas.address: "Sheet1!A1:B2,'My sheet'!C3". */
import type { CellRange } from '../core/snapshot';
import { fromA1, rangeToA1 } from '../core/address';

/** Splits on commas outside single-quoted sheet names and returns each area as a CellRange. */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((part) => {
    const local = part.slice(part.lastIndexOf('!') + 1).trim();
    const [a, b = a] = local.split(':');
    const tl = fromA1(a);
    const br = fromA1(b);
    if (!tl || !br) throw new Error(`Unexpected area address from Excel: ${part}`);
    return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
  });
}

/** 'A1' or 'A1:B2' for getRanges; addresses are joined with ',' in chunks of at most `perCall`. */
export function areaAddress(r: CellRange): string {
  return rangeToA1(r);
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** UTF-8 bytes of the JSON of a value: how the adapter measures a response against the 5 MB limit. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Range.formulas gives a text cell's text: "=1+1" written as text (with an apostrophe) reads as
 * "=1+1" there too. A formula's text never equals its own value, so that tells them apart.
 */
export function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}
