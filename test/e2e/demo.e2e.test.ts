/**
 * End-to-end: the browser demo in Debian's Chromium (playwright-core). Builds the bundle, serves
 * dist/ on a free localhost port, then drives the pane on the practice workbook 练习：常见错误:
 * 一键校验 → findings at exact cells → select → mark / clear → 应用修正 → 撤销 → 全部修正.
 * Screenshots of the pane and the grid go to test-output/.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { OUT, gridCell, jsErrors, startDemoBrowser, type DemoBrowser } from './demo-browser';

const CALC = '资金测算明细表';

jest.setTimeout(60_000);

let demo: DemoBrowser;
let page: Page;

beforeAll(async () => {
  // A build folder of this file's own: the fill e2e builds in parallel.
  demo = await startDemoBrowser('e2e-dist');
}, 240_000);

afterAll(async () => {
  await demo?.close();
});

const open = (query = ''): Promise<Page> => demo.open(query);
const finding = (p: Page, sheetCell: string, rule?: string) =>
  p.locator(`[data-testid="finding"][data-cell="${sheetCell}"]${rule ? `[data-rule="${rule}"]` : ''}`);
async function findingCells(p: Page): Promise<string[]> {
  return p.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cell')} ${e.getAttribute('data-rule')}`));
}
async function waitIdle(p: Page): Promise<void> {
  await p.getByTestId('run-check').and(p.locator(':not([disabled])')).waitFor();
}

describe('browser demo (Chromium)', () => {
  beforeAll(async () => {
    page = await open();
  });

  it('starts in Chinese on the practice workbook with the sheets detected', async () => {
    await expect(page.getByRole('button', { name: /一键校验/ }).textContent()).resolves.toContain('一键校验');
    const pane = page.getByTestId('pane');
    await expect(pane.getByLabel('资金测算表', { exact: true }).inputValue()).resolves.toBe(CALC);
    await expect(pane.getByLabel('绩效目标表', { exact: true }).inputValue()).resolves.toBe('绩效目标表');
    await expect(gridCell(page, 'G5').textContent()).resolves.toBe('4.50');
    await expect(gridCell(page, 'G10').textContent()).resolves.toBe('2.00');
  });

  it('一键校验 lists the findings at their exact cells, grouped by sheet', async () => {
    await page.getByTestId('run-check').click();
    await page.getByTestId('finding').first().waitFor();
    const cells = await findingCells(page);
    // The planted mistakes, each at its cell: two wrong lines, a 元/万元 slip, a subtotal missing row 12.
    expect(cells).toEqual(expect.arrayContaining([`${CALC}!G5 calc/line-amount`, `${CALC}!G6 calc/line-amount`, `${CALC}!G8 calc/unit-slip`]));
    expect(cells.some((c) => c.startsWith(`${CALC}!G10 `))).toBe(true);
    // Nothing else on the calc sheet but the grand total the slip inflates (G13).
    const calcCells = new Set(cells.filter((c) => c.startsWith(`${CALC}!`)).map((c) => c.split(' ')[0]));
    for (const c of calcCells) expect([`${CALC}!G5`, `${CALC}!G6`, `${CALC}!G8`, `${CALC}!G10`, `${CALC}!G13`]).toContain(c);
    // Findings are grouped by sheet, calc sheet first (tab order).
    const sheets = cells.map((c) => c.split('!')[0]);
    expect(sheets).toEqual([...sheets].sort((a, b) => (a === CALC ? 0 : 1) - (b === CALC ? 0 : 1)));
    const g5 = finding(page, `${CALC}!G5`, 'calc/line-amount');
    await expect(g5.textContent()).resolves.toMatch(/应为5万元.*实为4\.5万元/);
    const errors = await page.locator('[data-testid="finding"][data-severity="error"]').count();
    expect(errors).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-severity-count="error"]').textContent()).resolves.toBe(`错误${errors}`);
    await page.screenshot({ path: path.join(OUT, 'demo-checked.png') });
    await page.locator('aside').screenshot({ path: path.join(OUT, 'demo-pane.png') });
    // The whole pane, for the README: a tall window, then back.
    await page.setViewportSize({ width: 1360, height: 1700 });
    await page.getByTestId('pane').screenshot({ path: path.join(OUT, 'demo-pane-full.png') });
    await page.setViewportSize({ width: 1360, height: 860 });
  });

  it('clicking a finding selects its cell in the grid', async () => {
    // With another sheet in front, clicking a finding brings its sheet back and selects the cell.
    await page.getByRole('tab', { name: '绩效目标表' }).click();
    await expect(page.getByTestId('grid').getAttribute('data-sheet')).resolves.toBe('绩效目标表');
    await finding(page, `${CALC}!G8`).click();
    await expect(page.getByRole('tab', { name: CALC }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByTestId('grid').getAttribute('data-sheet')).resolves.toBe(CALC);
    await expect(page.locator('[data-testid="grid"] td[data-selected="true"]').getAttribute('data-cell')).resolves.toBe('G8');
    await expect(page.getByTestId('name-box').textContent()).resolves.toBe('G8');
    await expect(page.getByTestId('formula-bar').textContent()).resolves.toBe('80000');
    // keyboard: Enter on a focused finding selects too
    await finding(page, `${CALC}!G5`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid="grid"] td[data-selected="true"]').getAttribute('data-cell')).resolves.toBe('G5');
  });

  it('标记到表格 fills the flagged cells with notes, 清除标记 restores the previous fills', async () => {
    await expect(gridCell(page, 'G3').getAttribute('data-fill')).resolves.toBe('#DDEBF7'); // header fill, not flagged
    await page.getByTestId('mark').click();
    await page.getByTestId('notice').waitFor();
    for (const a1 of ['G5', 'G8', 'G10']) await expect(gridCell(page, a1).getAttribute('data-fill')).resolves.toBe('#FFC7CE');
    await expect(gridCell(page, 'G5').locator('[data-note="true"]').count()).resolves.toBe(1);
    await expect(gridCell(page, 'G5').getAttribute('title')).resolves.toContain('4.5万元');
    await expect(gridCell(page, 'G9').getAttribute('data-fill')).resolves.toBe(''); // a correct line stays unmarked
    await page.locator('[data-testid="grid"]').screenshot({ path: path.join(OUT, 'demo-grid-marked.png') });

    await page.getByTestId('clear-marks').click();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('已清除标记');
    for (const a1 of ['G5', 'G8', 'G10']) await expect(gridCell(page, a1).getAttribute('data-fill')).resolves.toBe('');
    await expect(gridCell(page, 'G5').locator('[data-note="true"]').count()).resolves.toBe(0);
    await expect(gridCell(page, 'G3').getAttribute('data-fill')).resolves.toBe('#DDEBF7');
  });

  it('应用修正 writes the fix, re-checks, and the finding is gone', async () => {
    await finding(page, `${CALC}!G5`, 'calc/line-amount').getByRole('button', { name: /应用修正/ }).click();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('已修正');
    await expect(gridCell(page, 'G5').textContent()).resolves.toBe('5.00');
    await expect(finding(page, `${CALC}!G5`).count()).resolves.toBe(0);
    await gridCell(page, 'G5').click();
    await expect(page.getByTestId('formula-bar').textContent()).resolves.toBe('=C5*D5*F5/10000');
    await expect(gridCell(page, 'G4').textContent()).resolves.toBe('7.50'); // the category subtotal follows (G6 still 2.5)
  });

  it('撤销 restores the value and brings the finding back', async () => {
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('已撤销');
    await expect(gridCell(page, 'G5').textContent()).resolves.toBe('4.50');
    await expect(finding(page, `${CALC}!G5`, 'calc/line-amount').count()).resolves.toBe(1);
  });

  it('全部修正 shows a preview and fixes every finding of the rule', async () => {
    await page.locator('[data-testid="fix-all"][data-rule="calc/line-amount"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const rows = await dialog.getByTestId('preview-row').allTextContents();
    expect(rows).toEqual(['G54.5=C5*D5*F5/10000＝ 5万元', 'G62.5=C6*D6*F6/10000＝ 3万元']);
    // Each formula is on one line (never broken inside "/10000"), with the value it gives below it.
    const lines = await dialog.getByTestId('preview-after').evaluateAll((els) => els.map((e) => `${e.textContent} ${e.getClientRects().length}`));
    expect(lines).toEqual(['=C5*D5*F5/10000 1', '=C6*D6*F6/10000 1']);
    await expect(dialog.getByTestId('preview-value').allTextContents()).resolves.toEqual(['＝ 5万元', '＝ 3万元']);
    // Screenshot once the dialog's fade-in has finished (an animation end, not a timer).
    await page.waitForFunction(() => {
      const surface = document.querySelector('.fui-DialogSurface');
      return surface !== null && getComputedStyle(surface).opacity === '1' && surface.getAnimations().every((a) => a.playState === 'finished');
    });
    await page.screenshot({ path: path.join(OUT, 'demo-preview.png') });
    await dialog.getByRole('button', { name: '全部修正' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitIdle(page);
    await expect(gridCell(page, 'G5').textContent()).resolves.toBe('5.00');
    await expect(gridCell(page, 'G6').textContent()).resolves.toBe('3.00');
    await expect(page.locator('[data-testid="finding"][data-rule="calc/line-amount"]').count()).resolves.toBe(0);

    // 撤销 says what it undoes in words, with the count — never the rule id.
    await expect(page.getByTestId('undo').getAttribute('aria-label')).resolves.toBe('撤销：全部修正：单价×数量与金额不符（2 处）');
    await page.getByTestId('undo').click();
    await waitIdle(page);
    await expect(page.getByTestId('notice').textContent()).resolves.toBe('已撤销：全部修正：单价×数量与金额不符（2 处）');
    await expect(gridCell(page, 'G5').textContent()).resolves.toBe('4.50');
    // …and fixed again for the next step.
    await page.locator('[data-testid="fix-all"][data-rule="calc/line-amount"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '全部修正' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitIdle(page);
    await expect(gridCell(page, 'G5').textContent()).resolves.toBe('5.00');
  });

  it('after every fix the workbook checks clean', async () => {
    for (let i = 0; i < 5 && (await page.getByTestId('finding').locator('button', { hasText: '应用修正' }).count()) > 0; i++) {
      await page.getByTestId('finding').locator('button', { hasText: '应用修正' }).first().click();
      await page.getByTestId('notice').waitFor();
      await waitIdle(page);
    }
    await page.getByTestId('no-findings').waitFor();
    await expect(gridCell(page, 'G13').textContent()).resolves.toBe('20.00');
    await page.locator('aside').screenshot({ path: path.join(OUT, 'demo-pane-clean.png') });
    expect(jsErrors(page)).toEqual([]);
  });
});

describe('browser demo in English, without notes', () => {
  it('shows English strings and says marks are fills only', async () => {
    const p = await open('?lang=en-US&notes=0');
    await p.getByRole('button', { name: 'Check workbook', exact: true }).click();
    await p.getByTestId('finding').first().waitFor();
    await expect(p.getByTestId('notes-unsupported').textContent()).resolves.toContain('fills only');
    await p.getByTestId('mark').click();
    await p.getByTestId('notice').waitFor();
    await expect(gridCell(p, 'G8').getAttribute('data-fill')).resolves.toBe('#FFC7CE');
    await expect(gridCell(p, 'G8').locator('[data-note="true"]').count()).resolves.toBe(0);
    await p.locator('aside').screenshot({ path: path.join(OUT, 'demo-pane-en.png') });
    expect(jsErrors(p)).toEqual([]);
    await p.context().close();
  });
});

describe('费用标准 in the pane', () => {
  it('seed 003: 异地培训 600元/人·天 is a hint at C17; a local 三类 cap of 600 removes it, and 恢复中央标准 brings it back', async () => {
    const p = await open('?workbook=example-003-3');
    await p.getByTestId('run-check').click();
    await p.getByTestId('finding').first().waitFor();
    await finding(p, `${CALC}!C17`, 'calc/expense-standard').waitFor();
    await p.getByRole('button', { name: '费用标准' }).click();
    const cap = p.getByLabel('三类培训：培训费上限（元/人·天）');
    await expect(cap.inputValue()).resolves.toBe('550');
    await cap.fill('600');
    await cap.press('Enter');
    await p.getByRole('button', { name: '恢复中央标准' }).waitFor();
    await waitIdle(p);
    await expect(finding(p, `${CALC}!C17`, 'calc/expense-standard').count()).resolves.toBe(0);
    await p.getByTestId('pane').screenshot({ path: path.join(OUT, 'demo-pane-standards.png') });
    await p.getByRole('button', { name: '恢复中央标准' }).click();
    await finding(p, `${CALC}!C17`, 'calc/expense-standard').waitFor();
    expect(jsErrors(p)).toEqual([]);
    await p.context().close();
  });
});

// ——— labels, names and the dark theme ———

/** Ids used twice, and label[for] that point nowhere, in the document. */
async function idProblems(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const seen = new Map<string, number>();
    for (const el of Array.from(document.querySelectorAll('[id]'))) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    for (const [id, n] of seen) if (n > 1) out.push(`id ${id} used ${n} times`);
    for (const l of Array.from(document.querySelectorAll('label[for]'))) {
      const target = document.getElementById(l.getAttribute('for') ?? '');
      if (!target) out.push(`label "${l.textContent}" points to no element`);
    }
    return out;
  });
}

/**
 * Every visible button and form control of the page with its visible label (a button's text, a
 * control's <label>, else its placeholder) and the accessible name Chromium computes (CDP
 * Accessibility.getFullAXTree), matched through a data attribute.
 */
/**
 * Chromium builds the accessibility tree lazily: on a busy machine a control rendered a moment ago may not
 * be in it yet. Ask again (up to 20 times) until every visible control is there.
 */
async function namesAndLabels(p: Page): Promise<{ kind: string; label: string; name: string }[]> {
  let rows = await namesAndLabelsOnce(p);
  for (let i = 0; i < 20 && rows.some((r) => r.name === NOT_IN_TREE); i++) {
    await p.waitForTimeout(250);
    rows = await namesAndLabelsOnce(p);
  }
  return rows;
}

const NOT_IN_TREE = '(not in the accessibility tree)';

async function namesAndLabelsOnce(p: Page): Promise<{ kind: string; label: string; name: string }[]> {
  const labels = await p.evaluate(() => {
    const out: { idx: number; kind: string; label: string }[] = [];
    const els = Array.from(document.querySelectorAll('button, input:not([type="hidden"]):not([type="file"]), select, [role="tab"]'));
    els.forEach((el, idx) => {
      const h = el as HTMLElement;
      if (h.getClientRects().length === 0 || getComputedStyle(h).visibility === 'hidden') return;
      h.setAttribute('data-a11y-idx', String(idx));
      const input = el as HTMLInputElement;
      const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const label = el.tagName === 'BUTTON' || el.getAttribute('role') === 'tab' ? text(h.innerText) : text(input.labels?.[0]?.innerText) || text(input.placeholder);
      out.push({ idx, kind: el.tagName === 'BUTTON' ? 'button' : el.getAttribute('role') === 'tab' ? 'tab' : `${el.tagName.toLowerCase()}:${input.type ?? ''}`, label });
    });
    return out;
  });
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { backendDOMNodeId?: number; name?: { value?: string }; ignored?: boolean }[] };
  const names = new Map<number, string>();
  for (const n of nodes) {
    if (n.ignored || n.backendDOMNodeId === undefined) continue;
    const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId })) as { node: { attributes?: string[] } };
    const attrs = node.attributes ?? [];
    const at = attrs.indexOf('data-a11y-idx');
    if (at >= 0) names.set(Number(attrs[at + 1]), String(n.name?.value ?? '').replace(/\s+/g, ' ').trim());
  }
  await cdp.detach();
  return labels.map((l) => ({ kind: l.kind, label: l.label, name: names.get(l.idx) ?? NOT_IN_TREE }));
}

/** What breaks WCAG 2.5.3: a button whose name does not start with its label, a control whose name lacks it, or no name. */
function labelInName(rows: { kind: string; label: string; name: string }[]): string[] {
  return rows
    .filter((r) => (r.name === '' || (r.label !== '' && (r.kind === 'button' ? !r.name.startsWith(r.label) : !r.name.includes(r.label)))))
    .map((r) => `${r.kind} "${r.label}" is named "${r.name}"`);
}

describe('labels and accessible names (Chromium)', () => {
  let p: Page;
  beforeAll(async () => {
    p = await open('?workbook=example-003-3');
  });
  afterAll(async () => {
    await p.context().close();
  });

  it('each 项目类型 label ticks its own box, and only that one', async () => {
    await p.getByTestId('tab-fill').click();
    const boxes = p.getByTestId('fill-type');
    const types = await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('data-type') ?? ''));
    expect(types).toEqual(['通用', '培训类', '会议类', '补贴补助类', '人才引进/活动类', '信息化/设备购置类']);
    const group = p.getByRole('group', { name: '项目类型' });
    for (const type of types) {
      // A click on the label text (not the box) of each type.
      await group.locator('label').getByText(type, { exact: true }).click();
      const ticked = await p.locator('[data-testid="fill-type"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
      expect(ticked).toEqual([type]);
      await group.locator('label').getByText(type, { exact: true }).click();
      await expect(p.locator('[data-testid="fill-type"]:checked').count()).resolves.toBe(0);
    }
    // 从资金测算表生成 and a preview row: the label toggles its own box.
    await p.getByText('从资金测算表生成', { exact: true }).click();
    await expect(p.getByTestId('fill-from-calc').isChecked()).resolves.toBe(false);
    await p.getByText('从资金测算表生成', { exact: true }).click();
    await expect(p.getByTestId('fill-from-calc').isChecked()).resolves.toBe(true);
    await p.getByTestId('fill-propose').click();
    await p.getByTestId('fill-preview').waitFor();
    await p.locator('[data-testid="fill-row"][data-name="干部考核考察经费"] label').click();
    await expect(p.locator('[data-testid="fill-row"][data-name="干部考核考察经费"]').getAttribute('data-selected')).resolves.toBe('false');
    await expect(p.locator('[data-testid="fill-row"][data-name="干部人事档案数字化及系统维护经费"]').getAttribute('data-selected')).resolves.toBe('true');
    await p.locator('[data-testid="fill-row"][data-name="干部考核考察经费"] label').click();
    await p.getByTestId('pane').screenshot({ path: path.join(OUT, 'pane-labels-fill.png') });
    expect(await idProblems(p)).toEqual([]);
  });

  it('on the 校验 tab, with the sections open, no id is used twice and every label points to its control', async () => {
    await p.getByTestId('tab-check').click();
    await p.getByTestId('run-check').click();
    await p.getByTestId('finding').first().waitFor();
    await p.getByRole('button', { name: '列识别' }).click();
    await p.getByRole('button', { name: '费用标准' }).click();
    expect(await idProblems(p)).toEqual([]);
    // The sheet pickers: the visible label names its own select.
    await expect(p.getByTestId('pane').getByLabel('资金测算表', { exact: true }).inputValue()).resolves.toBe('资金测算明细表');
    await expect(p.getByTestId('pane').getByLabel('绩效目标表', { exact: true }).inputValue()).resolves.toBe('绩效目标表');
  });

  it('every button and input is named by its visible label (WCAG 2.5.3), on both tabs', async () => {
    const check = await namesAndLabels(p);
    expect(check.length).toBeGreaterThan(30);
    expect(labelInName(check)).toEqual([]);
    // The buttons of the issue, exactly.
    const byLabel = new Map(check.map((r) => [r.label, r.name]));
    expect(byLabel.get('标记到表格')).toBe('标记到表格');
    expect(byLabel.get('重新校验')).toBe('重新校验');
    await p.getByTestId('tab-fill').click();
    await p.getByTestId('fill-preview').waitFor();
    const fill = await namesAndLabels(p);
    expect(labelInName(fill)).toEqual([]);
    const fillNames = new Map(fill.map((r) => [r.label, r.name]));
    expect(fillNames.get('会议类')).toBe('会议类');
    expect(fillNames.get('重新生成预览')).toBe('重新生成预览');
    expect(fill.find((r) => r.label.startsWith('插入所选'))?.name).toMatch(/^插入所选（\d+ 行）$/);
    // The help that used to be the name is the description now.
    const described = await p.getByTestId('fill-propose').evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(described).toBe('按所选项目类型和资金测算表生成指标行预览，此时不写入工作表');
  });
});

describe('the dark theme (Chromium)', () => {
  /** WCAG contrast ratio of an element's text against the first opaque background behind it. */
  async function contrast(p: Page, testId: string): Promise<number> {
    return p.getByTestId(testId).evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      let bg: number[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const fg = rgb(getComputedStyle(el).color).slice(0, 3);
      const [a, b] = [lum(fg), lum(bg.length ? bg : [255, 255, 255])].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    });
  }

  it('the name box and the formula bar are readable (contrast ≥ 4.5)', async () => {
    const p = await open('?theme=dark');
    await gridCell(p, 'G5').click();
    await expect(p.getByTestId('name-box').textContent()).resolves.toBe('G5');
    await expect(p.getByTestId('formula-bar').textContent()).resolves.toBe('4.5');
    expect(await contrast(p, 'name-box')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast(p, 'formula-bar')).toBeGreaterThanOrEqual(4.5);
    // The pane itself is dark: its text light on a dark background.
    expect(await contrast(p, 'pane')).toBeGreaterThanOrEqual(4.5);
    await p.screenshot({ path: path.join(OUT, 'demo-dark.png') });
    expect(jsErrors(p)).toEqual([]);
    await p.context().close();
  });
});
