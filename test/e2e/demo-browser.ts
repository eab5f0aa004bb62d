/**
 * Shared setup of the browser-demo end-to-end tests: build the bundle into a folder of the calling
 * test's own (jest runs the e2e files in parallel, and a shared folder would be cleaned under the
 * other), serve it on a free localhost port, launch Debian's Chromium through playwright-core, and
 * open demo pages that record their JavaScript errors.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve-demo';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Builds the bundle with the project's webpack config (or the e2e fallback while it is missing)
 * into test-output/<folder>.
 */
export function buildDemo(folder: string): string {
  const webpack = path.join(ROOT, 'node_modules', '.bin', 'webpack');
  const projectConfig = path.join(ROOT, 'webpack.config.js');
  const out = path.join(OUT, folder);
  const args = fs.existsSync(projectConfig)
    ? ['--config', projectConfig, '--mode', 'production', '--no-devtool', '--output-path', out]
    : ['--config', path.join(__dirname, 'webpack.demo.config.js'), '--env', `out=${out}`];
  execFileSync(webpack, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  if (!fs.existsSync(path.join(out, 'demo.html'))) throw new Error(`The build did not emit ${out}/demo.html`);
  return out;
}

export interface DemoBrowser {
  server: StaticServer;
  browser: Browser;
  /** Opens demo.html with the query, waits for the pane, and records the page's JS errors. */
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startDemoBrowser(folder: string): Promise<DemoBrowser> {
  fs.mkdirSync(OUT, { recursive: true });
  const dist = buildDemo(folder);
  const server = await serveStatic(dist, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server,
    browser,
    async open(query = '') {
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1, locale: 'zh-CN' });
      const p = await context.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      (p as Page & { jsErrors?: string[] }).jsErrors = errors;
      await p.goto(`${server.url}/demo.html${query}`);
      await p.getByTestId('run-check').waitFor();
      return p;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const jsErrors = (p: Page): string[] => (p as Page & { jsErrors?: string[] }).jsErrors ?? [];
export const gridCell = (p: Page, a1: string) => p.locator(`[data-testid="grid"] td[data-cell="${a1}"]`);
