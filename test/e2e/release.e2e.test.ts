/**
 * `npm run package` end to end, one build reused by every test: a local-office.js release for
 * https://budget.example.cn/addin into test-output/release-e2e. Checks the folder and the zip, reads
 * the built manifest with office-addin-manifest (its read/parse API; `validate` would call an online
 * service — and in a child node process, because the package pulls in ES modules jest cannot load)
 * and checks every URL in it, then serves the folder and opens taskpane.html in Debian's
 * Chromium: outside Office, with office.js blocked, and with an office.js that reports another host —
 * each shows its message and never the demo, with no uncaught exception.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve-demo';
import { FOLDER, listFiles } from '../../scripts/package';

const ROOT = path.resolve(__dirname, '../..');
const RELEASE = path.join(ROOT, 'test-output', 'release-e2e');
const DIR = path.join(RELEASE, FOLDER);
const ADDIN_URL = 'https://budget.example.cn/addin';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

jest.setTimeout(60_000);

let output = '';
beforeAll(() => {
  // RELEASE_E2E_REUSE=1 re-checks the last build (when iterating on these tests); CI always builds.
  if (process.env.RELEASE_E2E_REUSE && fs.existsSync(path.join(RELEASE, 'output.txt'))) {
    output = fs.readFileSync(path.join(RELEASE, 'output.txt'), 'utf8');
    return;
  }
  // A trailing slash on purpose: the script normalises it.
  output = execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'package.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ADDIN_URL: `${ADDIN_URL}/`, OFFICE_JS: 'local', RELEASE_DIR: RELEASE },
  });
  fs.writeFileSync(path.join(RELEASE, 'output.txt'), output);
}, 900_000);

interface ManifestRead {
  info: { manifestType?: string; defaultSettings?: { sourceLocation?: string }; iconUrl?: string; highResolutionIconUrl?: string; supportUrl?: string; appDomains?: string[]; hosts?: string[] };
  tree: unknown;
}

/** office-addin-manifest's readManifestFile, and the XML tree its XML handler parses, in a child node process. */
function readWithOfficeAddinManifest(manifestPath: string): ManifestRead {
  const code = `
    const { OfficeAddinManifest } = require('office-addin-manifest');
    const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');
    const file = process.argv[1];
    Promise.all([OfficeAddinManifest.readManifestFile(file), new ManifestHandlerXml(file).parseXmlAsync()])
      .then(([info, tree]) => process.stdout.write(JSON.stringify({ info, tree })))
      .catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code, manifestPath], { cwd: ROOT, encoding: 'utf8' })) as ManifestRead;
}

/** Every string (attribute values and element text) in an xml2js tree. */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) strings(n, out);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) strings(v, out);
  return out;
}

describe('npm run package', () => {
  test('release/ holds the folder for the web server, its zip and the manifest to distribute', async () => {
    expect(output).toContain(`copy it to the web server so that ${ADDIN_URL}/taskpane.html is served`);
    const files = listFiles(DIR);
    for (const f of ['taskpane.html', 'demo.html', 'manifest.xml', 'build-info.json', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png'])
      expect(files).toContain(f);
    // office.js and what it loads for Excel, in the pinned version; nothing for other applications, no debug twins, no source maps
    for (const f of ['office-js/office.js', 'office-js/excel-win32-16.01.js', 'office-js/excel-web-16.00.js', 'office-js/excel-mac-16.00.js', 'office-js/zh-cn/office_strings.js', 'office-js/en-us/office_strings.js'])
      expect(files).toContain(f);
    expect(files.filter((f) => /\.map$|\.debug\.js$|\/(word|outlook|powerpoint|onenote)[^/]*$/.test(f))).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(DIR, 'build-info.json'), 'utf8'))).toEqual({
      name: 'budget-check',
      version: VERSION,
      addinUrl: ADDIN_URL,
      officeJs: 'local',
      officeJsPackageVersion: (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/office-js/package.json'), 'utf8')) as { version: string }).version,
    });
    expect(fs.readFileSync(path.join(RELEASE, 'manifest.xml')).equals(fs.readFileSync(path.join(DIR, 'manifest.xml')))).toBe(true);
    // the zip is the same folder, byte for byte
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(RELEASE, `${FOLDER}-${VERSION}.zip`)));
    const entries = Object.values(zip.files).filter((e) => !e.dir);
    expect(entries.map((e) => e.name).sort()).toEqual(files.map((f) => `${FOLDER}/${f}`));
    const taskpane = await zip.file(`${FOLDER}/taskpane.html`)!.async('nodebuffer');
    expect(taskpane.equals(fs.readFileSync(path.join(DIR, 'taskpane.html')))).toBe(true);
  });

  test('every URL of the built manifest points at ADDIN_URL, at a file of the folder (read with office-addin-manifest)', async () => {
    const manifestPath = path.join(DIR, 'manifest.xml');
    const { info, tree } = readWithOfficeAddinManifest(manifestPath);
    expect(info.manifestType).toBe('xml');
    expect(info.defaultSettings?.sourceLocation).toBe(`${ADDIN_URL}/taskpane.html`);
    expect(info.iconUrl).toBe(`${ADDIN_URL}/assets/icon-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${ADDIN_URL}/assets/icon-64.png`);
    expect(info.supportUrl).toBe(`${ADDIN_URL}/taskpane.html`);
    expect(info.appDomains).toEqual([ADDIN_URL]);
    expect(info.hosts).toEqual(['Workbook']);

    // The whole tree (VersionOverrides resources included), from the package's own XML parser:
    const urls = strings(tree).filter((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s.trim()) && !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(s));
    // as many as the source manifest has localhost URLs (outside its comments): none skipped, none left on localhost
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    expect(urls.length).toBe(source.split('https://localhost:3000').length - 1);
    expect(urls.length).toBeGreaterThan(8);
    const files = listFiles(DIR);
    for (const url of urls) {
      if (url === ADDIN_URL) continue; // AppDomain
      expect(url.startsWith(`${ADDIN_URL}/`)).toBe(true);
      expect(files).toContain(url.slice(ADDIN_URL.length + 1));
    }
  });

  test('taskpane.html loads the local office.js under a CSP that allows only the server itself', () => {
    const html = fs.readFileSync(path.join(DIR, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(scripts[0]).toBe('office-js/office.js');
    expect(scripts.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
    const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
    expect(meta).not.toBeNull();
    expect(meta!.index).toBeLessThan(html.indexOf('<script'));
    expect(meta![1]).toContain("script-src 'self';");
    expect(meta![1]).toContain("connect-src 'self';");
  });
});

describe('taskpane.html of the release in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(DIR, 0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens taskpane.html, optionally with office.js replaced or blocked, and waits for the start-up page. */
  async function open(query: string, officeJs?: 'blocked' | string): Promise<{ page: Page; errors: string[]; kind: string | null; text: string }> {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (officeJs === 'blocked') await page.route('**/office-js/office.js', (r) => r.abort());
    else if (officeJs) await page.route('**/office-js/office.js', (r) => r.fulfill({ contentType: 'text/javascript', body: officeJs }));
    await page.goto(`${server.url}/taskpane.html${query}`);
    const problem = page.getByTestId('startup-problem');
    await problem.waitFor();
    return { page, errors, kind: await problem.getAttribute('data-kind'), text: await problem.innerText() };
  }

  /** Nothing of the demo on the page: no workbook grid, no pane buttons. */
  async function expectNoDemo(page: Page): Promise<void> {
    await expect(page.getByTestId('grid').count()).resolves.toBe(0);
    await expect(page.getByTestId('run-check').count()).resolves.toBe(0);
    await expect(page.getByTestId('pane').count()).resolves.toBe(0);
  }

  test('opened outside Office (the real office.js loads and names no host): a clear page, no exception', async () => {
    const { page, errors, kind, text } = await open('');
    expect(errors).toEqual([]);
    expect(kind).toBe('outside-office');
    expect(text).toContain('此页面是 Excel 加载项的任务窗格，需要在 Excel 中打开');
    expect(text).toContain('This page is the task pane of an Excel add-in and opens inside Excel');
    await expect(page.getByTestId('demo-link').first().getAttribute('href')).resolves.toBe('demo.html');
    await expectNoDemo(page);
    await page.context().close();
  });

  test('office.js blocked inside Excel: what went wrong and what to do, in both languages, not the demo', async () => {
    const { page, errors, kind, text } = await open('?_host_Info=Excel$Win32$16.01$zh-CN$$$$0', 'blocked');
    expect(errors).toEqual([]);
    expect(kind).toBe('office-js-missing');
    expect(text).toContain(`未能加载 Office 的脚本库 office.js（${server.url}/office-js/office.js）`);
    expect(text).toContain('运行环境：Excel Win32 16.01。');
    expect(text).toContain('包括 office-js/ 子文件夹'); // the advice of a local build
    expect(text).toContain(`Office’s script library office.js (${server.url}/office-js/office.js) could not be loaded.`);
    await expectNoDemo(page);
    await page.context().close();
  });

  test('Office.onReady reporting another application: Excel only, not the demo', async () => {
    const word = 'window.Office = { HostType: { Excel: "Excel", Word: "Word" }, onReady: function () { return Promise.resolve({ host: "Word", platform: "PC" }); } };';
    const { page, errors, kind, text } = await open('', word);
    expect(errors).toEqual([]);
    expect(kind).toBe('not-excel');
    expect(text).toContain('此加载项只能在 Excel 中使用，当前应用是 Word。');
    expect(text).toContain('This add-in works in Excel only; this application is Word.');
    await expectNoDemo(page);
    await page.context().close();
  });

  test('demo.html of the same release is still the demo', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/demo.html`);
    await page.getByTestId('run-check').waitFor();
    await expect(page.getByTestId('startup-problem').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
