/**
 * The .xlsx reader on small workbooks built here with ExcelJS: what each kind of cell becomes in the
 * snapshot, and the typed errors for inputs that are not readable workbooks.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookBuffer, readWorkbookFile, XlsxReadError } from '../../src/xlsx/read';
import { cellFormula, cellValue, visibleValue, type SheetSnapshot } from '../../src/core/snapshot';

async function bufferOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('资金测算明细表');
  build(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function sheetOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<SheetSnapshot> {
  const snap = await readWorkbookBuffer(await bufferOf(build));
  return snap.sheets[0];
}

async function readError(p: Promise<unknown>): Promise<XlsxReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('expected an XlsxReadError, but the read succeeded');
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-check-xlsx-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('cell values', () => {
  test('numbers, text and numbers stored as text keep their kind', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = 34.85;
      ws.getCell('B1').value = '1,230.85';
      ws.getCell('C1').value = '３０';
      ws.getCell('D1').value = '测算依据';
      ws.getCell('E1').value = true;
    });
    expect(cellValue(s, 0, 0)).toBe(34.85);
    expect(cellValue(s, 0, 1)).toBe('1,230.85');
    expect(cellValue(s, 0, 2)).toBe('３０');
    expect(cellValue(s, 0, 3)).toBe('测算依据');
    expect(cellValue(s, 0, 4)).toBe(true);
    expect(cellValue(s, 5, 5)).toBeNull();
  });

  test('rich text is concatenated and a hyperlink reads as its text', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('B2').value = { richText: [{ text: '30人*1000元/人', font: { bold: true } }, { text: '=3万元' }] };
      ws.getCell('C2').value = { text: '填表说明', hyperlink: 'https://example.org/' };
    });
    expect(cellValue(s, 1, 1)).toBe('30人*1000元/人=3万元');
    expect(cellValue(s, 1, 2)).toBe('填表说明');
  });

  test('error values become their error strings, also as a formula result', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('B1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    expect(cellValue(s, 0, 0)).toBe('#REF!');
    expect(cellValue(s, 0, 1)).toBe('#DIV/0!');
    expect(cellFormula(s, 0, 1)).toBe('=A1/0');
  });

  test('dates read as YYYY-MM-DD', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2026, 11, 31));
    });
    expect(cellValue(s, 0, 0)).toBe('2026-12-31');
  });

  test('number formats are kept; General is none', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = 18.5;
      ws.getCell('A1').numFmt = '0.00';
      ws.getCell('B1').value = 5000;
    });
    expect(s.numberFormats?.[0]?.[0]).toBe('0.00');
    expect(s.numberFormats?.[0]?.[1] ?? null).toBeNull();
  });
});

describe('formulas', () => {
  test('a formula reads as its cached result with the formula beside it', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('C5').value = 5000;
      ws.getCell('D5').value = 37;
      ws.getCell('G5').value = { formula: 'C5*D5/10000', result: 18.5 };
      ws.getCell('G6').value = { formula: '=SUM(G5:G5)', result: 18.5 };
    });
    expect(cellValue(s, 4, 6)).toBe(18.5);
    expect(cellFormula(s, 4, 6)).toBe('=C5*D5/10000');
    expect(cellFormula(s, 5, 6)).toBe('=SUM(G5:G5)'); // one leading '=', never two
    expect(cellFormula(s, 4, 2)).toBeNull();
  });

  test('a formula without a cached result has a null value', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
    });
    expect(cellValue(s, 0, 0)).toBeNull();
    expect(cellFormula(s, 0, 0)).toBe('=B1*2');
  });

  test('shared formulas are translated to each cell’s own references', async () => {
    const s = await sheetOf((ws) => {
      for (const r of [5, 6, 7]) {
        ws.getCell(`C${r}`).value = 100 * r;
        ws.getCell(`D${r}`).value = r;
      }
      ws.getCell('F5').value = { formula: 'C5*D5', result: 2500, shareType: 'shared', ref: 'F5:F7' } as ExcelJS.CellFormulaValue;
      ws.getCell('F6').value = { sharedFormula: 'F5', result: 3600 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('F7').value = { sharedFormula: 'F5', result: 4900 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(cellFormula(s, 4, 5)).toBe('=C5*D5');
    expect(cellFormula(s, 5, 5)).toBe('=C6*D6');
    expect(cellFormula(s, 6, 5)).toBe('=C7*D7');
    expect(cellValue(s, 6, 5)).toBe(4900);
  });
});

describe('merged areas', () => {
  test('merges are 0-based inclusive ranges; only the anchor holds the value', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A10').value = '产出指标';
      ws.mergeCells('A10:A14');
      ws.getCell('B1').value = '资金测算明细表';
      ws.mergeCells('B1:E2');
    });
    expect(s.merges).toEqual([
      { top: 0, left: 1, bottom: 1, right: 4 },
      { top: 9, left: 0, bottom: 13, right: 0 },
    ]);
    expect(cellValue(s, 9, 0)).toBe('产出指标');
    expect(cellValue(s, 12, 0)).toBeNull();
    expect(visibleValue(s, 12, 0)).toBe('产出指标');
    expect(cellValue(s, 1, 4)).toBeNull();
  });
});

describe('workbook', () => {
  test('sheets keep their tab order and names', async () => {
    const snap = await readWorkbookBuffer(
      await bufferOf((ws, wb) => {
        ws.getCell('A1').value = 1;
        wb.addWorksheet('绩效目标表').getCell('A1').value = '一级指标';
      }),
    );
    expect(snap.sheets.map((s) => s.name)).toEqual(['资金测算明细表', '绩效目标表']);
    expect(cellValue(snap.sheets[1], 0, 0)).toBe('一级指标');
  });

  test('reading a file leaves it byte-for-byte as it was', async () => {
    const file = path.join(dir, 'unchanged.xlsx');
    await fs.writeFile(file, await bufferOf((ws) => (ws.getCell('A1').value = { formula: '1+1', result: 2 })));
    const before = await fs.readFile(file);
    const mtime = (await fs.stat(file)).mtimeMs;
    await readWorkbookFile(file);
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect((await fs.stat(file)).mtimeMs).toBe(mtime);
  });
});

describe('unreadable inputs', () => {
  test('a missing file', async () => {
    const file = path.join(dir, 'nothere.xlsx');
    const e = await readError(readWorkbookFile(file));
    expect(e.kind).toBe('missing');
    expect(e.localized['zh-CN']).toBe(`找不到文件：${file}`);
    expect(e.localized['en-US']).toBe(`File not found: ${file}`);
  });

  test('a folder', async () => {
    const e = await readError(readWorkbookFile(dir));
    expect(e.kind).toBe('notAFile');
  });

  test('a text file renamed .xlsx', async () => {
    const file = path.join(dir, 'notes.xlsx');
    await fs.writeFile(file, '序号,项目名称,金额\n1,培训费,34\n');
    const e = await readError(readWorkbookFile(file));
    expect(e.kind).toBe('notSpreadsheet');
    expect(e.localized['zh-CN']).toContain('不是电子表格工作簿');
  });

  test('an OLE compound file that holds no workbook is an unsupported format, said in words', async () => {
    const cfb = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const e = await readError(readWorkbookBuffer(cfb, 'old.xls'));
    expect(e.kind).toBe('unsupportedFormat');
    expect(e.localized['zh-CN']).toContain('另存为 .xlsx');
    expect(e.localized['zh-CN']).not.toMatch(/[A-Za-z]{3,} ?(Error|undefined|null)/);
  });

  test('a truncated workbook is damaged', async () => {
    const good = await bufferOf((ws) => (ws.getCell('A1').value = '合计'));
    const e = await readError(readWorkbookBuffer(good.subarray(0, Math.floor(good.length / 2)), 'cut.xlsx'));
    expect(e.kind).toBe('damaged');
    expect(e.localized['zh-CN']).toContain('工作簿已损坏');
    // In words, never a library's internals.
    expect(e.localized['zh-CN']).toMatch(/（(压缩包结构损坏|缺少工作簿必需的组成部分|工作簿内部的 XML|内容无法解析)/);
    expect(e.localized['en-US']).not.toMatch(/Cannot read properties|undefined|TypeError|Bad compressed/);
  });

  test('an empty file is not a workbook', async () => {
    const e = await readError(readWorkbookBuffer(Buffer.alloc(0), 'empty.xlsx'));
    expect(e.kind).toBe('notSpreadsheet');
  });
});
