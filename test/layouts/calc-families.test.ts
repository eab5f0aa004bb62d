/**
 * Issue 10, calc side: each layout family as a real .xlsx (test/layouts/calc), read the way the CLI
 * reads it (src/xlsx → checkWorkbook). Correct workbooks: no error or warning. Seeded workbooks: exactly
 * the seeded findings.
 */
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { CheckOptions } from '../../src/core/rule';
import { buildWorkbook } from './calc/build';
import * as F from './calc/families';

jest.setTimeout(60_000);

async function findingsOf(s: F.Submission, options: CheckOptions = {}): Promise<Finding[]> {
  const snap = await readWorkbookBuffer(await buildWorkbook(s.sheets), `${s.name}.xlsx`);
  const report = checkWorkbook(snap, options);
  expect(report.errors).toEqual([]);
  return report.findings;
}

const loud = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'warning');
const line = (f: Finding) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell} expected=${f.expected ?? ''} actual=${f.actual ?? ''} ${f.message['zh-CN']}`;
const lines = (fs: Finding[]) => fs.map(line).join('\n');

describe('correct workbooks of every calc family are silent at error/warning', () => {
  test.each(F.cleanSubmissions().map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const found = loud(await findingsOf(s));
    expect(lines(found)).toBe('');
  });
});
