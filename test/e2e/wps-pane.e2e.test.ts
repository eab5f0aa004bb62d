/**
 * The WPS build's pane (webpack.wps.config.js) in Debian's Chromium on the fake ET object model
 * (test/wps/fake-et.ts via wps-fake-page.ts): taskpane.html finds window.Application, starts on the
 * WPS host in Chinese, checks example 004 and finds its planted errors at their cells, and marks a
 * cell in the fake workbook. Outside WPS the same page says where it belongs instead of the demo.
 * Verified on a fake only: no real WPS runs here.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve-demo';
import { readWorkbookBuffer } from '../../src/xlsx/read';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output', 'wps-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CALC = '资金测算明细表';
const GOALS = '绩效目标表';

let server: StaticServer;
let browser: Browser;
let fakeScript: string;
let snapshotJson: string;

beforeAll(async () => {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--config', path.join(ROOT, 'webpack.wps.config.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, WPS_BUILD_DIR: OUT, NODE_ENV: 'production' },
    timeout: 400_000,
  });
  const bundled = await build({ entryPoints: [path.join(__dirname, 'wps-fake-page.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' });
  fakeScript = bundled.outputFiles[0].text;
  snapshotJson = JSON.stringify(await readWorkbookBuffer(fs.readFileSync(path.join(ROOT, 'examples', '004-干部教育培训经费.xlsx'))));
  server = await serveStatic(OUT, 0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(inWps: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 400, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  if (inWps) await page.addInitScript(`window.__budgetCheckSnapshot = ${snapshotJson};\n${fakeScript}`);
  await page.goto(`${server.url}/taskpane.html`);
  return { page, errors };
}

test('inside (fake) WPS 表格 the pane runs on the WPS host, checks, and marks the fake workbook', async () => {
  const { page, errors } = await openPane(true);
  await page.getByTestId('run-check').and(page.locator(':not([disabled])')).waitFor({ timeout: 60_000 });
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  await page.getByTestId('run-check').click();
  await page.getByTestId('finding').first().waitFor({ timeout: 60_000 });
  const cells = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cell')} ${e.getAttribute('data-rule')}`));
  // README's example: 004's two planted errors, at their cells
  expect(cells).toEqual(expect.arrayContaining([`${CALC}!C5 calc/text-arithmetic`, `${GOALS}!E15 indicators/value-arithmetic`]));
  await page.getByTestId('mark').click();
  await page.getByTestId('notice').waitFor({ timeout: 60_000 });
  const c5 = await page.evaluate(() => {
    const et = (window as unknown as { __fakeEt: { workbook: { sheet(n: string): { get(r: number, c: number): { fill: unknown; comment: unknown } } } } }).__fakeEt;
    const cell = et.workbook.sheet('资金测算明细表').get(5, 3);
    return { filled: cell.fill !== null, commented: cell.comment !== null };
  });
  expect(c5).toEqual({ filled: true, commented: true });
  expect(errors).toEqual([]);
}, 180_000);

test('outside WPS the WPS page says where it belongs, in both languages, and links the demo', async () => {
  const { page, errors } = await openPane(false);
  const problem = page.getByTestId('startup-problem');
  await problem.waitFor({ timeout: 30_000 });
  await expect(problem.getAttribute('data-kind')).resolves.toBe('outside-wps');
  await expect(problem.textContent()).resolves.toContain('WPS 表格加载项的任务窗格');
  await expect(page.getByTestId('demo-link').first().getAttribute('href')).resolves.toBe('demo.html');
  expect(fs.existsSync(path.join(OUT, 'demo.html'))).toBe(true);
  expect(errors.filter((e) => !/budget-check:/.test(e))).toEqual([]);
}, 60_000);
