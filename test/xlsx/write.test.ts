/**
 * The ExcelJS writer: every Edit kind on a small workbook, written to a buffer and read back with
 * the .xlsx reader (src/xlsx/read.ts), asserted cell by cell; and the atomic, input-safe file write.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyEdits, writeWorkbookAtomically, XlsxWriteError, mergesOf } from '../../src/xlsx/write';
import { shiftFormulaRows } from '../../src/xlsx/shift-rows';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/xlsx/read';
import { cellFormula, cellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core/snapshot';
import type { Edit } from '../../src/core/report';

const S = '测算';

/** A 8×3 sheet: cell (r, c) holds r*10+c (1-based), C8 = SUM(C1:C7), plus a second sheet 汇总 referring to it. */
function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(S);
  for (let r = 1; r <= 7; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).value = r * 10 + c;
  ws.getCell('C8').value = { formula: 'SUM(C1:C7)', result: 280 } as ExcelJS.CellFormulaValue;
  const other = wb.addWorksheet('汇总');
  other.getCell('A1').value = { formula: `'${S}'!C8`, result: 280 } as ExcelJS.CellFormulaValue;
  other.getCell('A2').value = { formula: `${S}!A5+A5`, result: 51 } as ExcelJS.CellFormulaValue;
  other.getCell('A5').value = 7;
  return wb;
}

/** Writes the workbook and reads it back from the bytes, so nothing in memory can hide a bug. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<{ snap: WorkbookSnapshot; book: ExcelJS.Workbook }> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return { snap: await readWorkbookBuffer(buf), book };
}

function sheet(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Loads a sample workbook from bytes (cells then share style objects, as in real files). */
async function loadedSample(build?: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = sampleWorkbook();
  build?.(wb);
  const buf = await wb.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buf);
  return loaded;
}

/** The ARGB of a solid pattern fill, or null when the cell has none. */
function solidColorOf(cell: ExcelJS.Cell): string | null {
  const f = cell.fill as ExcelJS.Fill | undefined;
  return f && f.type === 'pattern' && f.pattern === 'solid' ? (f.fgColor?.argb ?? null) : null;
}

describe('applyEdits: cell edits', () => {
  test('value: number, text, boolean and null replace what was there', async () => {
    const wb = await loadedSample();
    applyEdits(wb, [
      { kind: 'value', sheet: S, row: 0, col: 0, value: 12.5 },
      { kind: 'value', sheet: S, row: 1, col: 1, value: '3万元' },
      { kind: 'value', sheet: S, row: 2, col: 2, value: true },
      { kind: 'value', sheet: S, row: 3, col: 0, value: null },
      { kind: 'value', sheet: S, row: 7, col: 2, value: 99 }, // replaces the formula in C8
      { kind: 'value', sheet: S, row: 20, col: 5, value: 1 }, // beyond the used range
    ]);
    const s = sheet((await roundTrip(wb)).snap, S);
    expect(cellValue(s, 0, 0)).toBe(12.5);
    expect(cellValue(s, 1, 1)).toBe('3万元');
    expect(cellValue(s, 2, 2)).toBe(true);
    expect(cellValue(s, 3, 0)).toBeNull();
    expect(cellValue(s, 3, 1)).toBe(42); // neighbour untouched
    expect(cellValue(s, 7, 2)).toBe(99);
    expect(cellFormula(s, 7, 2)).toBeNull();
    expect(cellValue(s, 20, 5)).toBe(1);
  });

  test('value: a non-finite number is refused with a message', async () => {
    const wb = await loadedSample();
    expect(() => applyEdits(wb, [{ kind: 'value', sheet: S, row: 0, col: 0, value: Number.NaN }])).toThrow(XlsxWriteError);
  });

  test('formula: written with its text, no invented cached result, and Excel told to recalculate', async () => {
    const wb = await loadedSample();
    applyEdits(wb, [{ kind: 'formula', sheet: S, row: 0, col: 3, formula: '=B1*C1/10000' }]);
    const { snap } = await roundTrip(wb);
    const s = sheet(snap, S);
    expect(cellFormula(s, 0, 3)).toBe('=B1*C1/10000');
    expect(cellValue(s, 0, 3)).toBeNull();
    // ExcelJS does not read calcPr back, so look at the written workbook.xml itself.
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test('formula: text without a leading = is refused', async () => {
    const wb = await loadedSample();
    expect(() => applyEdits(wb, [{ kind: 'formula', sheet: S, row: 0, col: 0, formula: 'A1+1' }])).toThrow(/must start with "="/);
  });

  test('fill: solid fill on one cell only, even where cells share a style; null removes it', async () => {
    const wb = await loadedSample((w) => {
      const ws = w.getWorksheet(S)!;
      ws.getCell('A1').font = { bold: true };
      ws.getCell('A2').font = { bold: true }; // same style id as A1 once saved
      ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    });
    applyEdits(wb, [
      { kind: 'fill', sheet: S, row: 0, col: 0, color: '#FFC7CE' },
      { kind: 'fill', sheet: S, row: 1, col: 1, color: null },
    ]);
    const { book } = await roundTrip(wb);
    const ws = book.getWorksheet(S)!;
    expect(ws.getCell('A1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('A1').font?.bold).toBe(true); // the rest of the style stays
    expect(solidColorOf(ws.getCell('A2'))).toBeNull();
    expect(solidColorOf(ws.getCell('B2'))).toBeNull();
    expect(ws.getCell('B2').value).toBe(22);
  });

  test('fill: a colour that is not #RRGGBB is refused', async () => {
    const wb = await loadedSample();
    expect(() => applyEdits(wb, [{ kind: 'fill', sheet: S, row: 0, col: 0, color: 'red' }])).toThrow(/Invalid colour/);
  });

  test('note: set, replaced, and removed with null', async () => {
    const wb = await loadedSample((w) => {
      w.getWorksheet(S)!.getCell('C3').note = '旧批注';
    });
    applyEdits(wb, [
      { kind: 'note', sheet: S, row: 0, col: 0, text: '单价×数量与金额不符' },
      { kind: 'note', sheet: S, row: 1, col: 0, text: 'first' },
      { kind: 'note', sheet: S, row: 1, col: 0, text: 'second' },
      { kind: 'note', sheet: S, row: 2, col: 2, text: null },
    ]);
    const ws = (await roundTrip(wb)).book.getWorksheet(S)!;
    expect(ws.getCell('A1').note).toBe('单价×数量与金额不符');
    expect(ws.getCell('A2').note).toBe('second');
    expect(ws.getCell('C3').note).toBeUndefined();
    expect(ws.getCell('C3').value).toBe(33);
  });
});

describe('applyEdits: rows', () => {
  test('insertRows moves values, stretches SUM ranges, rewrites references on other sheets', async () => {
    const wb = await loadedSample();
    applyEdits(wb, [{ kind: 'insertRows', sheet: S, row: 2, count: 2 }]);
    const { snap } = await roundTrip(wb);
    const s = sheet(snap, S);
    expect(cellValue(s, 1, 0)).toBe(21);
    expect(cellValue(s, 2, 0)).toBeNull();
    expect(cellValue(s, 3, 0)).toBeNull();
    expect(cellValue(s, 4, 0)).toBe(31);
    expect(cellValue(s, 8, 2)).toBe(73);
    expect(cellFormula(s, 9, 2)).toBe('=SUM(C1:C9)');
    const other = sheet(snap, '汇总');
    expect(cellFormula(other, 0, 0)).toBe(`='${S}'!C10`);
    // A5 on 汇总 itself is not on the shifted sheet: only the qualified reference moves.
    expect(cellFormula(other, 1, 0)).toBe(`=${S}!A7+A5`);
  });

  test('insertRows moves merged areas below and stretches one it cuts through (ExcelJS alone does not)', async () => {
    const wb = await loadedSample((w) => {
      const ws = w.getWorksheet(S)!;
      ws.mergeCells('A5:B6');
      ws.mergeCells('C2:C4');
      ws.mergeCells('A1:B1');
    });
    applyEdits(wb, [{ kind: 'insertRows', sheet: S, row: 2, count: 1 }]);
    const expected = [
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 2, bottom: 4, right: 2 },
      { top: 5, left: 0, bottom: 6, right: 1 },
    ];
    const byTop = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;
    expect(mergesOf(wb.getWorksheet(S)!).sort(byTop)).toEqual(expected); // in memory, for later edits
    const s = sheet((await roundTrip(wb)).snap, S);
    expect([...s.merges].sort(byTop)).toEqual(expected);
    expect(cellValue(s, 5, 0)).toBe(51); // the merged area's anchor value moved with it
  });

  test('insertRows moves notes and keeps shared formulas working', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(S);
    for (let r = 1; r <= 4; r++) ws.getCell(r, 1).value = r;
    ws.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B4' } as ExcelJS.CellFormulaValue;
    for (let r = 2; r <= 4; r++) ws.getCell(r, 2).value = { sharedFormula: 'B1', result: r * 2 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('A3').note = '人数待核';
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await wb.xlsx.writeBuffer());
    applyEdits(loaded, [{ kind: 'insertRows', sheet: S, row: 1, count: 1 }]);
    const { snap, book } = await roundTrip(loaded);
    const s = sheet(snap, S);
    expect(cellFormula(s, 0, 1)).toBe('=A1*2');
    expect(cellFormula(s, 1, 1)).toBeNull();
    expect(cellFormula(s, 2, 1)).toBe('=A3*2');
    expect(cellFormula(s, 4, 1)).toBe('=A5*2');
    expect(cellValue(s, 4, 1)).toBe(8); // cached result kept
    expect(book.getWorksheet(S)!.getCell('A4').note).toBe('人数待核');
    expect(book.getWorksheet(S)!.getCell('A3').note).toBeUndefined();
  });

  test('insertRows with formatFrom copies that row’s cell styles and height (row counted before the insertion)', async () => {
    const wb = await loadedSample((w) => {
      const ws = w.getWorksheet(S)!;
      ws.getRow(4).height = 28;
      ws.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      ws.getCell('B4').numFmt = '0.00';
    });
    applyEdits(wb, [{ kind: 'insertRows', sheet: S, row: 4, count: 2, formatFrom: 3 }]);
    const ws = (await roundTrip(wb)).book.getWorksheet(S)!;
    for (const r of [5, 6]) {
      expect(ws.getRow(r).height).toBe(28);
      expect(ws.getCell(r, 1).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
      expect(ws.getCell(r, 2).numFmt).toBe('0.00');
      expect(ws.getCell(r, 1).value).toBeNull();
    }
    expect(ws.getCell('A7').value).toBe(51);
  });

  test('deleteRows moves values up, shrinks ranges, turns references to deleted rows into #REF!', async () => {
    const wb = await loadedSample((w) => {
      const ws = w.getWorksheet(S)!;
      ws.getCell('D1').value = { formula: 'A3+A6', result: 91 } as ExcelJS.CellFormulaValue;
      ws.mergeCells('A3:B4'); // entirely deleted
      ws.mergeCells('C6:C7'); // moves up
    });
    applyEdits(wb, [{ kind: 'deleteRows', sheet: S, row: 2, count: 2 }]);
    const s = sheet((await roundTrip(wb)).snap, S);
    expect(cellValue(s, 1, 0)).toBe(21);
    expect(cellValue(s, 2, 0)).toBe(51);
    expect(cellFormula(s, 5, 2)).toBe('=SUM(C1:C5)');
    expect(cellFormula(s, 0, 3)).toBe('=#REF!+A4');
    expect(s.merges).toEqual([{ top: 3, left: 2, bottom: 4, right: 2 }]);
  });

  test('a non-positive row count is refused', async () => {
    const wb = await loadedSample();
    expect(() => applyEdits(wb, [{ kind: 'insertRows', sheet: S, row: 2, count: 0 }])).toThrow(XlsxWriteError);
    expect(() => applyEdits(wb, [{ kind: 'deleteRows', sheet: S, row: 2, count: -1 }])).toThrow(XlsxWriteError);
  });
});

describe('applyEdits: merges and sheets', () => {
  test('merge and unmerge', async () => {
    const wb = await loadedSample((w) => w.getWorksheet(S)!.mergeCells('A6:C6'));
    applyEdits(wb, [
      { kind: 'merge', sheet: S, range: { top: 0, left: 0, bottom: 1, right: 0 } },
      { kind: 'unmerge', sheet: S, range: { top: 5, left: 1, bottom: 5, right: 1 } }, // any cell of the area
    ]);
    const s = sheet((await roundTrip(wb)).snap, S);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(cellValue(s, 0, 0)).toBe(11);
    expect(cellValue(s, 5, 0)).toBe(61);
  });

  test('merging over an existing merged area is refused', async () => {
    const wb = await loadedSample((w) => w.getWorksheet(S)!.mergeCells('A1:B2'));
    expect(() => applyEdits(wb, [{ kind: 'merge', sheet: S, range: { top: 1, left: 1, bottom: 2, right: 2 } }])).toThrow(/overlaps/);
  });

  test('addSheet then deleteSheet; a duplicate or unknown sheet is refused', async () => {
    const wb = await loadedSample();
    const edits: Edit[] = [
      { kind: 'addSheet', sheet: '校验报告' },
      { kind: 'value', sheet: '校验报告', row: 0, col: 0, value: '规则' },
      { kind: 'deleteSheet', sheet: '汇总' },
    ];
    applyEdits(wb, edits);
    const { snap } = await roundTrip(wb);
    expect(snap.sheets.map((x) => x.name)).toEqual([S, '校验报告']);
    expect(cellValue(sheet(snap, '校验报告'), 0, 0)).toBe('规则');
    expect(() => applyEdits(wb, [{ kind: 'addSheet', sheet: S }])).toThrow(/already exists/);
    expect(() => applyEdits(wb, [{ kind: 'deleteSheet', sheet: '汇总' }])).toThrow(/No worksheet named "汇总"/);
    expect(() => applyEdits(wb, [{ kind: 'value', sheet: 'nope', row: 0, col: 0, value: 1 }])).toThrow(XlsxWriteError);
  });
});

describe('shiftFormulaRows', () => {
  const ins = { sheet: S, atRow: 4, count: 3 };
  test('leaves text in quotes, names, rows above and absolute markers as they are', () => {
    expect(shiftFormulaRows('IF(A5>0,"A5",LOG10(A4))', S, ins)).toBe('IF(A8>0,"A5",LOG10(A4))');
    expect(shiftFormulaRows('$B$5*B$10', S, ins)).toBe('$B$8*B$13');
  });
  test('only references to the shifted sheet move', () => {
    expect(shiftFormulaRows("A5+'其他 表'!A5+测算!A5", '其他 表', ins)).toBe("A5+'其他 表'!A5+测算!A8");
  });
  test('whole-row ranges stretch', () => {
    expect(shiftFormulaRows('SUM(3:6)', S, ins)).toBe('SUM(3:9)');
  });
});

describe('writeWorkbookAtomically', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-check-write-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('writes a readable file and leaves no temporary file behind', async () => {
    const out = path.join(dir, 'out.xlsx');
    await writeWorkbookAtomically(sampleWorkbook(), out, { inputs: [path.join(dir, 'in.xlsx')] });
    const snap = await readWorkbookFile(out);
    expect(cellValue(sheet(snap, S), 6, 2)).toBe(73);
    expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
  });

  test('refuses an output equal to an input, by another spelling or through a link, and leaves it untouched', async () => {
    const input = path.join(dir, 'in.xlsx');
    await fs.writeFile(input, 'original bytes');
    await fs.mkdir(path.join(dir, 'sub'));
    await fs.symlink(input, path.join(dir, 'link.xlsx'));
    await fs.link(input, path.join(dir, 'hard.xlsx'));
    for (const out of [input, path.join(dir, 'sub', '..', 'in.xlsx'), path.join(dir, 'link.xlsx'), path.join(dir, 'hard.xlsx')]) {
      await expect(writeWorkbookAtomically(sampleWorkbook(), out, { inputs: [input] })).rejects.toThrow(/Refusing to write/);
    }
    expect(await fs.readFile(input, 'utf8')).toBe('original bytes');
  });

  test('a failed write leaves the previous file and no temporary file', async () => {
    const out = path.join(dir, 'out.xlsx');
    await fs.writeFile(out, 'previous');
    const broken = sampleWorkbook();
    broken.xlsx.writeFile = async (p: string) => {
      await fs.writeFile(p, 'half a zip');
      throw new Error('disk full');
    };
    await expect(writeWorkbookAtomically(broken, out)).rejects.toThrow(/disk full/);
    expect(await fs.readFile(out, 'utf8')).toBe('previous');
    expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
  });
});
