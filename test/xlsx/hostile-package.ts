/**
 * Declarations real forms carry that cost a reader far more than their data (issue 12 item 4):
 * a dropdown (data validation) over whole columns, tens of thousands of merged areas, merges over a
 * whole column. Added to every worksheet of a real package as Excel writes them (SpreadsheetML
 * element order: sheetData … mergeCells … dataValidations … pageMargins), over cells that hold
 * nothing, so a correct reader gives exactly the findings of the plain workbook.
 * Used by test/xlsx/hostile-declarations.test.ts and bench/run.ts.
 */
import JSZip from 'jszip';

export interface Hostility {
  /** Columns A… given one list dropdown each from row 4 to row 1,048,576. */
  validationColumns?: number;
  /** 1×2 merged areas in empty columns to the right of the data. */
  merges?: number;
  /** Columns (beyond the data) merged from row 1 to row 1,048,576. */
  wholeColumnMerges?: number;
}

const LAST_ROW = 1_048_576;
/** Empty columns used for the added merges: from AO (0-based 40) on. */
const FIRST_FREE_COL = 40;

function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function hostileSheet(xml: string, h: Hostility): string {
  const merges: string[] = [];
  for (let i = 0; i < (h.wholeColumnMerges ?? 0); i++) {
    const c = columnName(FIRST_FREE_COL + i);
    merges.push(`<mergeCell ref="${c}1:${c}${LAST_ROW}"/>`);
  }
  const pairStart = FIRST_FREE_COL + (h.wholeColumnMerges ?? 0) + 1;
  for (let i = 0; i < (h.merges ?? 0); i++) {
    const col = pairStart + 3 * Math.floor(i / 20_000);
    const row = (i % 20_000) + 1;
    merges.push(`<mergeCell ref="${columnName(col)}${row}:${columnName(col + 1)}${row}"/>`);
  }
  let out = xml;
  if (merges.length > 0) {
    const existing = /<mergeCells[^>]*>([\s\S]*?)<\/mergeCells>/.exec(out);
    if (existing) {
      const all = existing[1] + merges.join('');
      const count = (all.match(/<mergeCell /g) ?? []).length;
      out = out.replace(existing[0], `<mergeCells count="${count}">${all}</mergeCells>`);
    } else {
      out = out.replace('</sheetData>', `</sheetData><mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`);
    }
  }
  const columns = h.validationColumns ?? 0;
  if (columns > 0) {
    if (/<dataValidations/.test(out)) throw new Error('the sheet already has data validations');
    const sqref = `A4:${columnName(columns - 1)}${LAST_ROW}`;
    const dv = `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation></dataValidations>`;
    // After mergeCells / phoneticPr / conditionalFormatting, before hyperlinks, printOptions, pageMargins…
    const before = /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|drawing|legacyDrawing|tableParts|extLst)[\s>/]/.exec(out);
    out = before ? out.slice(0, before.index) + dv + out.slice(before.index) : out.replace('</worksheet>', `${dv}</worksheet>`);
  }
  return out;
}

/** The package with the declarations added to every worksheet. */
export async function withHostileDeclarations(xlsx: Buffer, h: Hostility): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    zip.file(name, hostileSheet(await zip.file(name)!.async('string'), h));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
