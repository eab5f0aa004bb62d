/**
 * npm run build:wps (scripts/package-wps.ts): builds the WPS 加载项 once into test-output/ and checks
 * what WPS will read — jsplugins.xml and publish.xml naming existing folders under the configured
 * WPS_ADDIN_URL, every file the pages and ribbon name, the ribbon script opening the pane next to
 * it — and that the bundles hold to the WPS target (ES2017 syntax, no crypto.randomUUID).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as acorn from 'acorn';
import JSZip from 'jszip';
import { ADDIN_NAME, folderProblems, pageReferences, pluginUrls, releaseProblems, ribbonCallbackNames } from '../../scripts/package-wps';
import { listFiles } from '../../scripts/package';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WPS_ES_YEAR } = require('../../webpack.wps.config.js') as { WPS_ES_YEAR: number };

const ROOT = path.resolve(__dirname, '../..');
const RELEASE = path.join(ROOT, 'test-output', 'release-wps');
const URL_BASE = 'http://budget.example.gov.cn/wps/budget-check/';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ONLINE = path.join(RELEASE, 'online');
const OFFLINE = path.join(RELEASE, 'offline');
/** A production webpack build of the whole pane on a shared machine: minutes, not seconds. */
const BUILD_TIMEOUT_MS = 420_000;

function runPackage(env: Record<string, string | undefined>, timeout: number): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'scripts', 'package-wps.ts')],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr: String(stderr) }),
    );
  });
}

test('without WPS_ADDIN_URL the script says what to set, in both languages, and builds nothing', async () => {
  const r = await runPackage({ WPS_ADDIN_URL: '', RELEASE_WPS_DIR: path.join(ROOT, 'test-output', 'release-wps-none') }, 60_000);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('WPS_ADDIN_URL=http://budget.example.gov.cn/wps/');
  expect(r.stderr).toContain('请用 WPS_ADDIN_URL');
  expect(fs.existsSync(path.join(ROOT, 'test-output', 'release-wps-none'))).toBe(false);
}, 60_000);

describe('the built release', () => {
  beforeAll(async () => {
    // no trailing slash on purpose: the script adds it
    const r = await runPackage({ WPS_ADDIN_URL: URL_BASE.replace(/\/$/, ''), RELEASE_WPS_DIR: RELEASE }, BUILD_TIMEOUT_MS);
    if (r.code !== 0) throw new Error(`npm run build:wps failed (${r.code}):\n${r.stderr}`);
  }, BUILD_TIMEOUT_MS + 10_000);

  test('nothing the XMLs or pages name is missing', () => {
    expect(releaseProblems(RELEASE, URL_BASE, VERSION)).toEqual([]);
  });

  test('jsplugins.xml (online mode) lists the add-in once, as WPS 表格 type, at WPS_ADDIN_URL', () => {
    const xml = fs.readFileSync(path.join(ONLINE, 'jsplugins.xml'), 'utf8');
    expect(pluginUrls(xml)).toEqual([URL_BASE]);
    expect(xml).toContain(`<jspluginonline name="${ADDIN_NAME}" type="et" url="${URL_BASE}" enable="true"/>`);
    const info = JSON.parse(fs.readFileSync(path.join(RELEASE, 'build-info.json'), 'utf8')) as { jspluginsServer: string };
    expect(info.jspluginsServer).toBe(`${URL_BASE}jsplugins.xml`);
  });

  test('publish.xml (offline mode) names the name_version folder beside it, which holds the same files as the online folder', () => {
    const xml = fs.readFileSync(path.join(OFFLINE, 'publish.xml'), 'utf8');
    expect(pluginUrls(xml)).toEqual([`${ADDIN_NAME}_${VERSION}`]);
    expect(xml).toContain(`version="${VERSION}"`);
    const folder = path.join(OFFLINE, `${ADDIN_NAME}_${VERSION}`);
    expect(listFiles(folder)).toEqual(listFiles(ONLINE).filter((f) => f !== 'jsplugins.xml'));
  });

  test('the offline zip holds publish.xml and the folder', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(RELEASE, `${ADDIN_NAME}-wps-${VERSION}-offline.zip`)));
    expect(zip.file('publish.xml')).not.toBeNull();
    expect(zip.file(`${ADDIN_NAME}_${VERSION}/ribbon.xml`)).not.toBeNull();
    expect(zip.file(`${ADDIN_NAME}_${VERSION}/index.html`)).not.toBeNull();
  });

  test('the pane page is the WPS entry: data-entry="wps", no office.js, its scripts present', () => {
    const html = fs.readFileSync(path.join(ONLINE, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/data-entry="?wps/);
    expect(html).not.toContain('office.js');
    const scripts = pageReferences(html).filter((r) => r.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(fs.existsSync(path.join(ONLINE, s))).toBe(true);
  });

  test('the ribbon script defines what ribbon.xml calls, and its button opens taskpane.html next to index.html', () => {
    expect(ribbonCallbackNames(fs.readFileSync(path.join(ONLINE, 'ribbon.xml'), 'utf8'))).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
    const scripts = pageReferences(fs.readFileSync(path.join(ONLINE, 'index.html'), 'utf8')).filter((r) => r.endsWith('.js'));
    const created: string[] = [];
    const storage = new Map<string, unknown>();
    const pane = { ID: 7, Visible: false };
    const Application = {
      CreateTaskPane: (url: string) => (created.push(url), pane),
      GetTaskPane: (id: unknown) => (id === 7 ? pane : null),
      PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => void storage.set(k, v) },
    };
    const window: Record<string, unknown> = { Application, location: { href: `${URL_BASE}index.html` }, alert: (m: string) => { throw new Error(`alert: ${m}`); } };
    window.window = window;
    window.self = window;
    const context = vm.createContext(window);
    for (const s of scripts) vm.runInContext(fs.readFileSync(path.join(ONLINE, s), 'utf8'), context, { filename: s, timeout: 5_000 });
    const call = (name: string, arg: unknown) => (window[name] as (a: unknown) => unknown)(arg);
    expect(call('OnAddinLoad', { Invalidate: () => undefined })).toBe(true);
    expect(call('OnAction', { Id: 'btnBudgetCheckPane' })).toBe(true);
    expect(created).toEqual([`${URL_BASE}taskpane.html`]);
    expect(pane.Visible).toBe(true);
    call('OnAction', { Id: 'btnBudgetCheckPane' });
    expect(pane.Visible).toBe(false);
    const icon = call('GetImage', { Id: 'btnBudgetCheckPane' }) as string;
    expect(fs.existsSync(path.join(ONLINE, icon))).toBe(true);
  });

  test(`every script parses as ECMAScript ${WPS_ES_YEAR} (the WPS target) and none calls crypto.randomUUID or structuredClone`, () => {
    const scripts = listFiles(ONLINE).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    const failures: string[] = [];
    for (const s of scripts) {
      const code = fs.readFileSync(path.join(ONLINE, s), 'utf8');
      try {
        acorn.parse(code, { ecmaVersion: WPS_ES_YEAR as acorn.ecmaVersion, sourceType: 'script' });
      } catch (e) {
        const pos = (e as { pos?: number }).pos ?? 0;
        failures.push(`${s}: ${(e as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 60), pos + 30))}`);
      }
      for (const api of ['randomUUID', 'structuredClone']) if (code.includes(api)) failures.push(`${s} uses ${api}`);
    }
    expect(failures).toEqual([]);
  });

  test('the checker itself notices a missing file and a ribbon callback nobody defines', () => {
    const broken = path.join(ROOT, 'test-output', 'release-wps-broken');
    fs.rmSync(broken, { recursive: true, force: true });
    fs.cpSync(ONLINE, broken, { recursive: true });
    const script = pageReferences(fs.readFileSync(path.join(broken, 'taskpane.html'), 'utf8')).find((r) => r.endsWith('.js'));
    fs.rmSync(path.join(broken, script as string));
    fs.writeFileSync(path.join(broken, 'ribbon.xml'), fs.readFileSync(path.join(broken, 'ribbon.xml'), 'utf8').replace('onAction="OnAction"', 'onAction="OnClick"'));
    expect(folderProblems(broken).sort()).toEqual(
      [`taskpane.html names ${script}, which is not in the folder`, `demo.html names ${script}, which is not in the folder`, "ribbon.xml calls OnClick, which index.html's script does not define"].sort(),
    );
  });
});
