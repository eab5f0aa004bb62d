/**
 * Issue 12 item 3, on files other programs wrote (test/fixtures/corpus/README.md says what each is):
 * every valid one is read — its first sheet and first value, as the file holds them — and, being no
 * budget workbook, is 未识别为预算工作簿 without a finding; every unreadable one gets its code and
 * a reason in words, never a library's internals. .xls (BIFF8) and .ods copies of an example give
 * exactly the findings of the .xlsx.
 */
import * as path from 'path';
import { checkFile } from '../../src/cli/check-file';
import { verdictOf } from '../../src/cli/verdict';
import { readWorkbookFileDetailed } from '../../src/xlsx/read';

jest.setTimeout(30_000);

const SAMPLES = path.join(__dirname, '../fixtures/corpus');
const at = (name: string) => path.join(SAMPLES, name);
const INTERNALS = /Cannot read propert|undefined|TypeError|is not a function|Error: |\bat .*\.js:\d+|zip|ENOENT/i;

const VALID: [file: string, firstSheet: string, firstValue: string | number | undefined][] = [
  ['closedxml-inline-rich-text.xlsx', 'Sheet1', 'Year (range: 3 yrs)'],
  ['poi-absolute-target.xlsx', 'ERIS Rates & Codes', 'Destination'],
  ['edr-no-styles-no-r.xlsx', 'Sheet1', 'AddressLine1'],
  ['edr-issue-629-no-worksheets-folder.xlsx', 'executions__div__150223-171635-', 'BVI Excel Sheet_V7_1'],
  ['sheetjs-wtf-path.xlsx', 'SheetJS', 1],
  // an empty sheet; its empty docProps/thumbnail.wmf is "deflated" to 0 bytes, on which SheetJS's inflate spun for minutes
  ['closedxml-empty-deflate-entry.xlsx', 'Sheet1', undefined],
];

describe.each(VALID)('%s is read', (file, firstSheet, firstValue) => {
  test('its cells, as the file holds them', async () => {
    const { snapshot } = await readWorkbookFileDetailed(at(file));
    const sheet = snapshot.sheets[0];
    expect(sheet.name).toBe(firstSheet);
    expect(sheet.values.flat().find((v) => v !== null && v !== undefined)).toBe(firstValue);
  });

  test('未识别为预算工作簿, no finding, no error', async () => {
    const r = await checkFile(at(file));
    expect(r.errors).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(verdictOf(r)).toBe('unrecognised');
  });
});

const UNREADABLE: [file: string, code: string, words: string][] = [
  ['closedxml-not-a-workbook.xlsx', 'notSpreadsheet', '不是电子表格工作簿'],
  ['poi-invalid-empty-zip.xlsx', 'notSpreadsheet', '不是电子表格工作簿'],
  ['xlsx-populate-encrypted.xlsx', 'encrypted', '请在 Excel 中取消密码保护'],
  ['poi-fuzzer-truncated.xlsx', 'damaged', '文件可能不完整或被截断'],
];

test.each(UNREADABLE)('%s: %s, in words', async (file, code, words) => {
  const r = await checkFile(at(file));
  expect(verdictOf(r)).toBe('unreadable');
  expect(r.errors.map((e) => e.code)).toEqual([code]);
  expect(r.errors[0]['zh-CN']).toContain(words);
  expect(r.errors[0]['zh-CN']).toContain(file);
  expect(r.errors[0]['zh-CN'].replace(at(file), '')).not.toMatch(INTERNALS);
  expect(r.errors[0]['en-US'].replace(at(file), '')).not.toMatch(/Cannot read propert|undefined|TypeError|\bat .*\.js:\d+/);
});

describe('.xls and .ods', () => {
  const brief = async (file: string) =>
    (await checkFile(file)).findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId} ${f.expected ?? ''}/${f.actual ?? ''}`);

  test.each(['004-干部教育培训经费.xls', '004-干部教育培训经费.ods'])('%s gives the findings of the .xlsx', async (file) => {
    const xlsx = await brief(path.join(__dirname, '../../examples/004-干部教育培训经费.xlsx'));
    expect(xlsx).toEqual([
      '资金测算明细表!C5 calc/text-arithmetic 60万元/46万元',
      '绩效目标表!E12 indicators/comparator-missing /',
      '绩效目标表!E15 indicators/value-arithmetic 60万元/46万元',
    ]);
    expect(await brief(path.join(__dirname, '../fixtures/formats', file))).toEqual(xlsx);
  });
});
