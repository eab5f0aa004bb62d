/**
 * 自检 against the fake in each platform mode: every step passes on a capable Excel, steps the
 * Excel cannot do are skipped or fail with their Office error code, the scratch sheets are gone
 * afterwards and the user's sheets are untouched.
 */
import { formatSelfTestReport, runSelfTest } from '../../src/excel/self-test';
import { FakeExcel, PLATFORMS, budgetRows, type FakePlatform } from './fake-excel';

const fixedClock = () => {
  let t = 0;
  return () => (t += 5);
};
const date = () => new Date('2026-12-02T09:00:00Z');

describe.each(PLATFORMS)('自检 on %s', (platform: FakePlatform) => {
  function setup(apiVersion = '1.20') {
    const excel = new FakeExcel({ platform });
    excel.apiVersion = apiVersion;
    excel.addSheet('资金测算明细表', budgetRows(30)).merges.push({ top: 0, left: 9, bottom: 0, right: 11 });
    return excel;
  }

  test('every step passes, the scratch sheets are removed, the user sheet is untouched', async () => {
    const excel = setup();
    const before = excel.dump();
    const report = await runSelfTest(excel.environment(), { now: fixedClock(), date });
    expect(report.steps.map((s) => `${s.id}:${s.result}${s.code ? `:${s.code}` : ''}`)).toEqual([
      'addSheet:ok',
      'write:ok',
      'merges:ok',
      'read:ok',
      'fills:ok',
      'notes:ok',
      'rows:ok',
      'undoText:ok',
      'sheetUndo:ok',
      'settings:ok',
      'calculation:ok',
      'cleanup:ok',
    ]);
    expect(report.steps.find((s) => s.id === 'read')!.detail).toBe('3000 rows, 600 merges');
    expect(report.steps.find((s) => s.id === 'read')!.syncs).toBeGreaterThanOrEqual(5); // extents, [tiles], ≥ 3 row chunks of ≤ 500 KB
    expect(report.steps.find((s) => s.id === 'read')!.syncs).toBeGreaterThanOrEqual(3); // extents, tiles, rows
    expect(report.steps.find((s) => s.id === 'calculation')!.detail).toBe('Automatic');
    expect(report.excelApi[report.excelApi.length - 1]).toBe('1.20');
    expect(excel.dump()).toBe(before);
    expect(excel.settings.has('budgetCheck.selfTest')).toBe(false);

    const text = formatSelfTestReport(report, 'zh-CN');
    const platformName = platform === 'web' ? 'OfficeOnline' : platform === 'windows' ? 'PC' : 'Mac';
    expect(text.split('\n').slice(0, 5)).toEqual([
      '预算表校验助手 · 自检报告',
      '时间: 2026-12-02T09:00:00.000Z',
      `宿主: Excel · 平台: ${platformName} · Office 版本: 16.0.fake`,
      '支持的 ExcelApi: 1.1–1.20',
      '通过 12 项，失败 0 项，跳过 0 项',
    ]);
    expect(text).toMatch(/^通过 {6}分块读取（每块 ≤ 500 KB，含 600 处合并，超过单次 512 处） \| - \| syncs \d+ \| \d+ ms \| 3000 rows, 600 merges$/m);
    expect(formatSelfTestReport(report, 'en-US')).toMatch(/^ok {6}Notes: add, edit, delete \| - \| syncs 7 \| \d+ ms \| add, edit, delete$/m);
  });

  test('an Excel without notes and merges (ExcelApi 1.12): those steps are skipped, the rest pass', async () => {
    const excel = setup('1.12');
    const report = await runSelfTest(excel.environment(), { now: fixedClock(), date });
    expect(report.steps.filter((s) => s.result !== 'ok').map((s) => `${s.id}:${s.result}`)).toEqual(['merges:skipped', 'notes:skipped']);
    expect(formatSelfTestReport(report, 'zh-CN')).toMatch(/^跳过 {6}批注：添加、修改、删除 \| - \| syncs 0 \| \d+ ms \| 需要 ExcelApi 1\.18$/m);
  });

  test('a failing step shows its Office error code; the others still run and the scratch sheet is removed', async () => {
    const excel = setup();
    excel.settingsLimit = 100_000;
    const before = excel.dump();
    const report = await runSelfTest(excel.environment(), { now: fixedClock(), date });
    const settings = report.steps.find((s) => s.id === 'settings')!;
    expect(settings).toMatchObject({ result: 'failed', code: 'InvalidArgument' });
    expect(report.steps.filter((s) => s.result === 'failed')).toHaveLength(1);
    expect(report.steps.find((s) => s.id === 'cleanup')!.result).toBe('ok');
    expect(excel.dump()).toBe(before);
    expect(formatSelfTestReport(report, 'en-US')).toMatch(/^FAILED {2}Save 300 KB of document settings, then remove them \| InvalidArgument \| syncs 0 \|/m);
  });
});
