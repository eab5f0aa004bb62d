/**
 * End to end over the committed examples/*.xlsx (the seeds' calc and indicator sheets): the real
 * readers (ExcelJS snapshot, calc reader, funds, indicator reader) and the whole rule set.
 */
import * as path from 'path';
import { readWorkbookFile } from '../../../src/xlsx';
import { checkWorkbook } from '../../../src/core/check';

async function indicatorFindings(file: string, severities = ['error', 'warning']) {
  const snapshot = await readWorkbookFile(path.join(__dirname, '../../../examples', file));
  const report = checkWorkbook(snapshot);
  expect(report.errors).toEqual([]);
  return report.findings
    .filter((f) => f.ruleId.startsWith('indicators/') && severities.includes(f.severity))
    .map((f) => `${f.ruleId}@${f.sheet}!${f.cell}`);
}

describe('examples/*.xlsx — indicator findings at exact cells', () => {
  it('000: 2021 layout, 分值 total 90, 87人 — no error or warning', async () => {
    expect(await indicatorFindings('000-人才管理专项经费.xlsx')).toEqual([]);
  });

  it('000: 慰问及体检专家总数 is the 慰问 group (34 + 53 = 87人); 日常人才活动 ≥40次 is 1次 × 40 + 1次', async () => {
    const snapshot = await readWorkbookFile(path.join(__dirname, '../../../examples/000-人才管理专项经费.xlsx'));
    const sheet = snapshot.sheets.find((s) => s.name === '绩效目标表')!;
    const rowOf = (name: string) => sheet.values.findIndex((r) => r[2] === name);
    expect(sheet.values[10][4]).toBe('87'); // E11, as the seed says (a number stored as text)
    sheet.values[10][4] = 80;
    sheet.values[rowOf('日常人才活动')][4] = 42;
    const found = checkWorkbook(snapshot).findings.filter((f) => f.ruleId === 'indicators/quantity-vs-calc');
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['E11', '87人', '80人'],
      [`E${rowOf('日常人才活动') + 1}`, '41次', '≥42次'],
    ]);
    expect(found[0].message['zh-CN']).toContain('区委联系专家、产业发展顾问春节慰问');
  });

  it('001: 空 placeholders and "＝4场" against one paid 5000元 review', async () => {
    expect(await indicatorFindings('001-人才服务管理经费.xlsx')).toEqual([
      'indicators/recommended-levels@绩效目标表!A9',
      'indicators/quantity-vs-calc@绩效目标表!E10',
      'indicators/value-missing@绩效目标表!E11',
      'indicators/value-missing@绩效目标表!E13',
      'indicators/value-missing@绩效目标表!E17',
    ]);
  });

  it('003: scoring text "未达到2000人的" for 20人 and "2022年11月30日前" for a 2023 period', async () => {
    expect(await indicatorFindings('003-干部工作经费.xlsx')).toEqual(['indicators/scoring-target@绩效目标表!G11', 'indicators/scoring-target@绩效目标表!G25']);
  });

  it('003: an empty 指标性质 whose scoring text says "未达到…" / "高于90%得满分" → hint "≥" with a fix that writes it', async () => {
    const report = checkWorkbook(await readWorkbookFile(path.join(__dirname, '../../../examples/003-干部工作经费.xlsx')));
    const hints = report.findings.filter((f) => f.ruleId === 'indicators/comparator-missing');
    const byCell = new Map(hints.map((f) => [f.cell, f]));
    expect(byCell.get('D10')).toMatchObject({ severity: 'info', expected: '≥' });
    expect(byCell.get('D10')!.fix!.edits).toEqual([{ kind: 'value', sheet: '绩效目标表', row: 9, col: 3, value: '≥' }]);
    expect(byCell.get('D26')!.fix!.edits).toEqual([{ kind: 'value', sheet: '绩效目标表', row: 25, col: 3, value: '≥' }]); // 执行率高于90%得满分
    expect(byCell.get('D30')!.expected).toBe('≥'); // 满意度≥90%，得满分；60%≤满意度<90 …
    expect(hints.filter((f) => f.fix).length).toBe(21);
  });

  it('004: 827本 vs 900本; 5期 × 12万元 ≠ 46万元; a clean local form', async () => {
    expect(await indicatorFindings('004-干部工作综合业务经费.xlsx')).toEqual(['indicators/quantity-vs-cost-text@绩效目标表!E11']);
    expect(await indicatorFindings('004-干部教育培训经费.xlsx')).toEqual(['indicators/value-arithmetic@绩效目标表!E15']);
    expect(await indicatorFindings('004-组织工作综合业务经费.xlsx')).toEqual([]);
  });
});
