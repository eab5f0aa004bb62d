/**
 * Converts the shipped examples (examples/*.xlsx) into the browser demo's workbooks:
 * src/demo/workbooks.generated.json. Values, formulas and merges come from src/xlsx/read.ts (the
 * same reader the CLI uses); fills, bold, alignment, number formats, notes and column widths are
 * taken from ExcelJS so the grid looks like the file. Run: npx tsx scripts/build-demo-workbooks.ts
 * (test/taskpane/demo-examples.test.ts fails when the JSON is older than the examples).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { snapshotOfWorksheet } from '../src/xlsx/read';
import type { DemoCell, DemoSheet, DemoWorkbook } from '../src/demo/workbook';

const ROOT = path.join(__dirname, '..');
export const EXAMPLES_DIR = path.join(ROOT, 'examples');
export const GENERATED = path.join(ROOT, 'src', 'demo', 'workbooks.generated.json');

function argbToHex(argb: string | undefined): string | null {
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

function demoSheetOf(ws: ExcelJS.Worksheet): DemoSheet {
  const snap = snapshotOfWorksheet(ws);
  const cells: (DemoCell | undefined)[][] = [];
  const rows = Math.max(snap.values.length, ws.rowCount);
  for (let r = 0; r < rows; r++) {
    const row: (DemoCell | undefined)[] = [];
    const wsRow = ws.getRow(r + 1);
    const cols = Math.max(snap.values[r]?.length ?? 0, wsRow.cellCount);
    for (let c = 0; c < cols; c++) {
      const value = snap.values[r]?.[c] ?? null;
      const formula = snap.formulas?.[r]?.[c] ?? null;
      const x = wsRow.getCell(c + 1);
      const fill = x.fill && x.fill.type === 'pattern' && x.fill.pattern === 'solid' ? argbToHex(x.fill.fgColor?.argb) : null;
      const note = typeof x.note === 'string' ? x.note : x.note ? x.note.texts?.map((t) => t.text).join('') ?? null : null;
      const cell: DemoCell = { value };
      if (formula) cell.formula = formula;
      if (fill) cell.fill = fill;
      if (note) cell.note = note;
      if (x.font?.bold) cell.bold = true;
      const h = x.alignment?.horizontal;
      if (h === 'left' || h === 'center' || h === 'right') cell.align = h;
      if (snap.numberFormats?.[r]?.[c]) cell.numberFormat = snap.numberFormats[r][c] as string;
      row.push(value === null && !formula && !fill && !note && !cell.bold ? undefined : cell);
    }
    while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
    cells.push(row);
  }
  const colWidths: number[] = [];
  for (let c = 1; c <= Math.max(ws.columnCount, 1); c++) colWidths.push(Math.round((ws.getColumn(c).width ?? 9) * 7 + 5));
  return { name: ws.name, cells, merges: snap.merges, colWidths };
}

export async function buildDemoWorkbooks(dir = EXAMPLES_DIR): Promise<DemoWorkbook[]> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  const out: DemoWorkbook[] = [];
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, file));
    const name = file.replace(/\.xlsx$/, '');
    const sheets = wb.worksheets.map(demoSheetOf);
    if (sheets.length === 0) throw new Error(`${file} has no worksheets`);
    out.push({
      id: `example-${name.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '') || 'x'}-${out.length + 1}`,
      title: { 'zh-CN': `示例：${name}`, 'en-US': `Example: ${name}` },
      sheets,
      active: sheets[0].name,
    });
  }
  return out;
}

export function serialise(workbooks: DemoWorkbook[]): string {
  return JSON.stringify(workbooks) + '\n';
}

if (require.main === module) {
  buildDemoWorkbooks().then(
    (wbs) => {
      fs.writeFileSync(GENERATED, serialise(wbs));
      console.log(`Wrote ${wbs.length} workbooks to ${path.relative(ROOT, GENERATED)}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
