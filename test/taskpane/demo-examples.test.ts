/**
 * The shipped examples in the demo: the generated JSON matches examples/*.xlsx, and the demo's
 * formula evaluator reproduces every cached formula result in them.
 */
import * as fs from 'node:fs';
import { buildDemoWorkbooks, serialise, GENERATED } from '../../scripts/build-demo-workbooks';
import { demoWorkbooks } from '../../src/demo/workbooks';
import { DemoHost } from '../../src/demo/demo-host';
import { evaluateFormula } from '../../src/demo/formula';
import { getCell } from '../../src/demo/workbook';
import { checkWorkbook } from '../../src/core/check';

describe('demo workbooks from examples/*.xlsx', () => {
  it('src/demo/workbooks.generated.json is up to date (else run: npx tsx scripts/build-demo-workbooks.ts)', async () => {
    const fresh = serialise(await buildDemoWorkbooks());
    expect(fs.readFileSync(GENERATED, 'utf8')).toBe(fresh);
  });

  const examples = demoWorkbooks().filter((w) => w.id.startsWith('example-') && w.id !== 'example-talent-2026');

  it('ships every example, each with a recognised calc sheet', async () => {
    expect(examples.length).toBe(fs.readdirSync(`${__dirname}/../../examples`).filter((f) => f.endsWith('.xlsx')).length);
    for (const wb of examples) {
      const report = checkWorkbook(await new DemoHost(wb).readSnapshot());
      expect({ id: wb.id, calc: report.detected.calcSheets.length > 0, errors: report.errors }).toEqual({ id: wb.id, calc: true, errors: [] });
    }
  });

  it('the demo evaluator gives every formula the result Excel cached in the file', () => {
    let checked = 0;
    for (const wb of examples) {
      for (const sheet of wb.sheets) {
        sheet.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!cell?.formula || typeof cell.value !== 'number') return;
            const v = evaluateFormula(cell.formula, (rr, cc) => getCell(sheet, rr, cc)?.value ?? null);
            expect({ at: `${wb.id}/${sheet.name}!${r},${c}`, formula: cell.formula, v }).toEqual({ at: `${wb.id}/${sheet.name}!${r},${c}`, formula: cell.formula, v: expect.closeTo(cell.value as number, 6) });
            checked++;
          }),
        );
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
