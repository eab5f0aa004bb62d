/**
 * The committed examples/*.xlsx are what scripts/build-examples.ts builds (so a change to the script
 * without `npm run examples` is caught), and their money agrees where the seeds' documents agree:
 * 合计 = 年度资金总额 = 财政拨款 + 其他资金.
 */
import * as path from 'path';
import Decimal from 'decimal.js';
import { EXAMPLES } from '../../scripts/build-examples';
import { readWorkbookBuffer, readWorkbookFile } from '../../src/xlsx/read';
import { cellText, cellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core/snapshot';

// Builds and reads the six example workbooks.
jest.setTimeout(60_000);

const DIR = path.join(__dirname, '..', '..', 'examples');

/** The value right of the first cell whose text starts with `label` (or is exactly it), skipping blanks. */
function rightOf(sheet: SheetSnapshot, label: string, exact = false): { row: number; col: number; value: unknown } {
  for (let r = 0; r < sheet.values.length; r++) {
    for (let c = 0; c < (sheet.values[r]?.length ?? 0); c++) {
      const text = cellText(cellValue(sheet, r, c));
      if (exact ? text === label : text.startsWith(label)) {
        for (let k = c + 1; k < sheet.values[r].length; k++) {
          const v = cellValue(sheet, r, k);
          if (v !== null && v !== '') return { row: r, col: k, value: v };
        }
        return { row: r, col: c, value: null };
      }
    }
  }
  throw new Error(`no cell starting with ${label} on ${sheet.name}`);
}

function sheet(s: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** 合计 in 万元 as the examples state it. */
const TOTALS: Record<string, { total: string; unit: '元' | '万元' }> = {
  '004-干部教育培训经费.xlsx': { total: '80', unit: '万元' },
  '004-组织工作综合业务经费.xlsx': { total: '51.04', unit: '万元' },
  '004-干部工作综合业务经费.xlsx': { total: '15', unit: '万元' },
  '001-人才服务管理经费.xlsx': { total: '660000', unit: '元' },
  '000-人才管理专项经费.xlsx': { total: '1000', unit: '万元' },
  '003-干部工作经费.xlsx': { total: '1230.85', unit: '万元' },
};

test('every example of the script is committed and covered here', () => {
  expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(TOTALS).sort());
});

describe.each(Object.keys(TOTALS))('%s', (name) => {
  let committed: WorkbookSnapshot;
  beforeAll(async () => {
    committed = await readWorkbookFile(path.join(DIR, name));
  });

  test('matches what scripts/build-examples.ts builds', async () => {
    const built = await readWorkbookBuffer(Buffer.from(await EXAMPLES[name]().xlsx.writeBuffer()), name);
    expect(committed).toEqual(built);
  });

  test('has a 资金测算明细表 and a 绩效目标表 with the header block', () => {
    expect(committed.sheets.map((s) => s.name)).toEqual(['资金测算明细表', '绩效目标表']);
    const ind = sheet(committed, '绩效目标表');
    expect(cellText(rightOf(ind, '项目名称').value as string)).toBe(name.replace(/^\d{3}-/, '').replace(/\.xlsx$/, ''));
    expect(rightOf(ind, '预算单位').value).toEqual(expect.any(String));
  });

  test('合计 = 年度资金总额 = 财政拨款 + 其他资金', () => {
    const calc = sheet(committed, '资金测算明细表');
    const { total, unit } = TOTALS[name];
    const grand = new Decimal(rightOf(calc, '合计', true).value as number);
    expect(grand.eq(total)).toBe(true);
    const ind = sheet(committed, '绩效目标表');
    const declared = new Decimal(rightOf(ind, '年度资金总额').value as number);
    const fiscal = new Decimal(rightOf(ind, '其中：财政拨款').value as number);
    const otherCell = rightOf(ind, '其他资金');
    const other = new Decimal(typeof otherCell.value === 'number' ? otherCell.value : 0);
    const grandWan = unit === '元' ? grand.div(10000) : grand;
    expect(declared.eq(grandWan)).toBe(true);
    expect(fiscal.plus(other).eq(declared)).toBe(true);
  });
});
