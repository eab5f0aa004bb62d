/**
 * End-to-end: the 插入指标模板 tab in the browser demo (Debian's Chromium via playwright-core) on the
 * shipped example 003-干部工作经费: 从资金测算表生成 + 培训类 → preview → untick one row, edit one
 * value → 插入所选 → the exact new cells in the grid, the check shows no new finding → a second
 * run changes nothing → 撤销 takes the rows away. Screenshots of the pane and the grid go to test-output/.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { OUT, gridCell, jsErrors, startDemoBrowser, type DemoBrowser } from './demo-browser';

const IND = '绩效目标表';

jest.setTimeout(60_000);

let demo: DemoBrowser;
let page: Page;

beforeAll(async () => {
  demo = await startDemoBrowser('e2e-dist-fill');
  page = await demo.open('?workbook=example-003-3');
}, 240_000);

afterAll(async () => {
  await demo?.close();
});

const idle = (p: Page) => p.locator('[data-testid="pane"][data-busy="false"]').waitFor();
const previewRow = (p: Page, name: string) => p.locator(`[data-testid="fill-row"][data-name="${name}"]`);
/** Column C (三级) and E (指标值) of a 1-based grid row. */
async function gridRow(p: Page, row: number): Promise<[string, string]> {
  return [(await gridCell(p, `C${row}`).textContent()) ?? '', (await gridCell(p, `E${row}`).textContent()) ?? ''];
}
async function grid3rdLevel(p: Page): Promise<string[]> {
  return p.locator('[data-testid="grid"] td[data-cell^="C"]').allTextContents();
}

describe('插入指标模板 in the browser demo (Chromium)', () => {
  let findingsBefore = 0;
  let rowsBefore = 0;

  it('checks the example first, then opens the tab, which says where the rows go', async () => {
    await page.getByTestId('run-check').click();
    await idle(page);
    findingsBefore = await page.getByTestId('finding').count();
    await page.getByRole('tab', { name: IND }).click();
    rowsBefore = await page.locator('[data-testid="grid"] td[data-cell^="C"]').count();

    await page.getByTestId('tab-fill').click();
    await expect(page.getByRole('tab', { name: '插入指标模板' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByTestId('fill-target').textContent()).resolves.toBe(`将插入到“${IND}”`);
    await expect(page.getByTestId('fill-from-calc').isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('fill-type').count()).resolves.toBe(6);
  });

  it('生成预览 lists the calc and 培训类 rows with their values and the reason a row is unticked', async () => {
    // Keyboard: the 培训类 box takes Space.
    await page.locator('[data-testid="fill-type"][data-type="培训类"]').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('fill-propose').click();
    await page.getByTestId('fill-preview').waitFor();
    await idle(page);
    const names = await page.getByTestId('fill-row').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-selected') === 'true' ? 'x' : ' '} ${e.getAttribute('data-name')}`));
    expect(names).toEqual([
      'x 干部考核考察经费',
      'x 干部人事档案数字化及系统维护经费',
      'x 公务员考录遴选及统计经费',
      'x 干部教育培训经费',
      '  项目总成本',
      '  市管领导班子和领导干部年度考核人数',
      '  试用期满考核人数',
      '  项目完成时限',
      '  培训班次',
      '  培训人次',
      'x 培训天数',
      'x 培训出勤率',
      'x 培训合格率',
      'x 培训计划按期完成率',
      'x 人均培训成本',
      'x 参训人员满意度',
    ]);
    await expect(previewRow(page, '干部考核考察经费').getByTestId('fill-value').inputValue()).resolves.toBe('75.6');
    await expect(previewRow(page, '干部考核考察经费').getByTestId('fill-unit').inputValue()).resolves.toBe('万元');
    await expect(previewRow(page, '培训人次').getByTestId('fill-row-note').textContent()).resolves.toBe('资金测算明细表中找不到对应数值，请填写指标值后再勾选');
    await expect(previewRow(page, '项目完成时限').getByTestId('fill-row-note').textContent()).resolves.toBe('表中已有时效指标（第 25 行）');
    // 培训班次 72期 would repeat rows 20 and 21 (27 + 45 期次); 人均培训成本 takes the 二类 cap covering 600.
    await expect(previewRow(page, '培训班次').getByTestId('fill-row-note').textContent()).resolves.toBe('表中第 20、21 行（省内培训期次 27期、异地培训期次 45期）已分别列出，合计 72期，不再重复');
    await expect(previewRow(page, '人均培训成本').getByTestId('fill-value').inputValue()).resolves.toBe('650');
    await expect(previewRow(page, '人均培训成本').getByTestId('fill-row-note').textContent()).resolves.toContain('按二类培训标准 650元/人·天');
    await expect(page.getByTestId('fill-insert').textContent()).resolves.toBe('插入所选（10 行）');
    // Nothing is written by the preview.
    await expect(page.locator('[data-testid="grid"] td[data-cell^="C"]').count()).resolves.toBe(rowsBefore);
  });

  it('untick one row, edit one value, 插入所选: the exact new cells, and no new finding', async () => {
    await previewRow(page, '干部教育培训经费').getByTestId('fill-row-check').click();
    await expect(previewRow(page, '干部教育培训经费').getAttribute('data-selected')).resolves.toBe('false');
    const value = previewRow(page, '培训合格率').getByTestId('fill-value');
    await value.fill('92');
    await expect(page.getByTestId('fill-insert').textContent()).resolves.toBe('插入所选（9 行）');
    await page.getByTestId('pane').screenshot({ path: path.join(OUT, 'fill-preview.png') });

    await page.getByTestId('fill-insert').click();
    await page.getByTestId('fill-result').waitFor();
    await idle(page);
    await expect(page.getByTestId('notice').textContent()).resolves.toContain(`已在“${IND}”插入 9 行指标。`);
    await expect(page.getByTestId('fill-inserted-count').textContent()).resolves.toBe('已插入 9 行');
    const inserted = await page.getByTestId('fill-inserted-row').allTextContents();
    expect(inserted).toEqual([
      '第 22 行 · 培训天数',
      '第 26 行 · 培训出勤率',
      '第 27 行 · 培训合格率',
      '第 29 行 · 培训计划按期完成率',
      '第 31 行 · 干部考核考察经费',
      '第 32 行 · 干部人事档案数字化及系统维护经费',
      '第 33 行 · 公务员考录遴选及统计经费',
      '第 34 行 · 人均培训成本',
      '第 41 行 · 参训人员满意度',
    ]);
    await expect(page.getByTestId('fill-check').getAttribute('data-new-findings')).resolves.toBe('0');
    await expect(page.getByTestId('fill-check').textContent()).resolves.toBe('重新校验：没有新增问题');

    // The grid shows the indicator sheet with the new rows at their rows.
    await expect(page.getByTestId('grid').getAttribute('data-sheet')).resolves.toBe(IND);
    await expect(gridRow(page, 22)).resolves.toEqual(['培训天数', '5']);
    await expect(gridRow(page, 27)).resolves.toEqual(['培训合格率', '92']);
    await expect(gridRow(page, 31)).resolves.toEqual(['干部考核考察经费', '75.6']);
    await expect(gridRow(page, 34)).resolves.toEqual(['人均培训成本', '650']);
    await expect(gridCell(page, 'D27').textContent()).resolves.toBe('≥');
    await expect(gridCell(page, 'F27').textContent()).resolves.toBe('%');
    await expect(grid3rdLevel(page)).resolves.not.toContain('干部教育培训经费');
    await expect(grid3rdLevel(page)).resolves.not.toContain('培训班次');
    await expect(page.locator('[data-testid="grid"] td[data-cell^="C"]').count()).resolves.toBe(rowsBefore + 9);
    // The first inserted row is selected in the sheet; the button shows the result and is disabled.
    await expect(page.getByTestId('name-box').textContent()).resolves.toBe('C22');
    await expect(page.getByTestId('fill-insert').textContent()).resolves.toBe('已插入 9 行');
    await expect(page.getByTestId('fill-insert').isDisabled()).resolves.toBe(true);

    await page.getByTestId('pane').screenshot({ path: path.join(OUT, 'fill-result.png') });
    // A row of the result goes to its cell.
    await page.getByRole('button', { name: `定位到“${IND}”第 31 行：干部考核考察经费` }).click();
    await expect(page.getByTestId('name-box').textContent()).resolves.toBe('A31');
    await gridCell(page, 'C41').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="grid"]').screenshot({ path: path.join(OUT, 'fill-grid.png') });

    // The 校验 tab has the same findings as before the insert: nothing new.
    await page.getByTestId('tab-check').click();
    await expect(page.getByTestId('finding').count()).resolves.toBe(findingsBefore);
    await page.getByTestId('tab-fill').click();
  });

  it('running it twice changes nothing, and says so', async () => {
    // The button is enabled again by a change: untick a row and tick it again.
    await previewRow(page, '培训天数').getByTestId('fill-row-check').click();
    await expect(page.getByTestId('fill-insert').textContent()).resolves.toBe('插入所选（8 行）');
    await previewRow(page, '培训天数').getByTestId('fill-row-check').click();
    await expect(page.getByTestId('fill-insert').isDisabled()).resolves.toBe(false);
    await page.getByTestId('fill-insert').click();
    await page.getByTestId('fill-unchanged').waitFor();
    await idle(page);
    await expect(page.getByTestId('fill-unchanged').textContent()).resolves.toBe('没有变化：所选指标已在表中，重复执行不会再次插入。');
    await expect(page.locator('[data-testid="grid"] td[data-cell^="C"]').count()).resolves.toBe(rowsBefore + 9);
    await expect(page.getByTestId('fill-insert').textContent()).resolves.toBe('没有变化');
  });

  it('撤销 takes the inserted rows away', async () => {
    await page.getByTestId('tab-check').click();
    await page.getByTestId('undo').click();
    await idle(page);
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('已撤销：插入指标模板（9 行）');
    await expect(page.locator('[data-testid="grid"] td[data-cell^="C"]').count()).resolves.toBe(rowsBefore);
    const names = await grid3rdLevel(page);
    for (const n of ['培训班次', '培训合格率', '干部考核考察经费', '人均培训成本', '参训人员满意度']) expect(names).not.toContain(n);
    await expect(page.getByTestId('finding').count()).resolves.toBe(findingsBefore);
    expect(jsErrors(page)).toEqual([]);
  });
});

describe('插入指标模板 on the practice workbook', () => {
  it('a flagged calc line gives an unticked row that says which line to fix first', async () => {
    const p = await demo.open('?workbook=practice-common-mistakes');
    await p.getByTestId('tab-fill').click();
    await p.getByTestId('fill-propose').click();
    await p.getByTestId('fill-preview').waitFor();
    await idle(p);
    const slip = previewRow(p, '招才引智宣介经费');
    await expect(slip.getAttribute('data-selected')).resolves.toBe('false');
    await expect(slip.getByTestId('fill-value').inputValue()).resolves.toBe('');
    await expect(slip.getByTestId('fill-row-note').textContent()).resolves.toBe('先修正资金测算表第 8 行（金额单位（元/万元）疑似填错），修正后重新生成预览即按正确金额取值');
    await expect(previewRow(p, '宣传推介材料份数').getByTestId('fill-value').inputValue()).resolves.toBe('200');
    await p.getByTestId('pane').screenshot({ path: path.join(OUT, 'fill-practice.png') });
    expect(jsErrors(p)).toEqual([]);
    await p.context().close();
  });
});

describe('插入指标模板 at the narrowest pane width, in English', () => {
  it('lays the preview out at 320 px and imports a bad template file with a clear error', async () => {
    const p = await demo.open('?workbook=example-003-3&lang=en-US');
    await p.getByTestId('tab-fill').click();
    await p.getByTestId('fill-propose').click();
    await p.getByTestId('fill-preview').waitFor();
    await p.locator('aside').evaluate((el) => {
      (el as HTMLElement).style.width = '320px';
    });
    // Nothing overflows sideways at 320 px.
    const overflow = await p.getByTestId('pane').evaluate((el) => {
      const scroller = el.querySelector('[role="tabpanel"]') as HTMLElement;
      return scroller.scrollWidth - scroller.clientWidth;
    });
    expect(overflow).toBe(0);
    await p.getByTestId('fill-import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"templates": [{"type": "x", "rows": [{"level1": "产出指标"}]}]}') });
    await p.getByTestId('error').waitFor();
    const error = (await p.getByTestId('error').textContent()) ?? '';
    expect(error).toContain('The template file “bad.json” was not imported:');
    expect(error).toContain('Template 1 (x), row 1: field "level2" is missing or empty');
    await p.getByTestId('pane').screenshot({ path: path.join(OUT, 'fill-pane-320-en.png') });
    expect(jsErrors(p)).toEqual([]);
    await p.context().close();
  });
});
