/**
 * How many cells a package's data validations declare. ExcelJS expands every validation into one
 * entry per cell on load: a dropdown over A4:A1048576 costs it a million entries (2.6 s, 233 MB),
 * over ten whole columns it never finishes. Reading for the check skips validations; `fill`, which
 * must write them back, asks this first.
 */
import JSZip from 'jszip';
import { fromA1 } from '../../core/address';

export async function declaredValidationCells(data: Buffer): Promise<number> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return 0; // not a zip: the reader says why
  }
  let cells = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n))) {
    const xml = await zip.files[name].async('string');
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g)) {
      for (const ref of m[1].trim().split(/\s+/)) cells += cellCount(ref);
    }
  }
  return cells;
}

function cellCount(ref: string): number {
  const [a, b = a] = ref.split(':');
  const from = fromA1(a);
  const to = fromA1(b);
  if (!from || !to) return 0;
  return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
}
