import * as os from 'os';
/**
 * The add-in manifest: valid against the Office schemas (offline, xmllint), every resid defined,
 * every URL served by the build, zh-CN default with en-US overrides, icons of the declared sizes.
 * The schemas are committed in the repository (schemas/office-addin-manifest, see its README).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// Spawns xmllint and the icon script.
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const SCHEMA = path.join(ROOT, 'schemas/office-addin-manifest/manifest.xsd');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as ((env: object, argv: object) => Promise<WebpackConfig>) & { DEV_URL: string };

interface WebpackConfig {
  plugins: { constructor: { name: string }; userOptions?: { filename: string; template: string }; patterns?: { from: string; to: string; transform?: (c: Buffer) => string }[] }[];
  entry: Record<string, string>;
}

function attr(tag: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

/** Every file `npm run build` writes to dist/, derived from webpack.config.js (pages and copies). */
async function emittedFiles(): Promise<Set<string>> {
  const config = await webpackConfig({}, { mode: 'production' });
  const files = new Set<string>();
  for (const plugin of config.plugins) {
    if (plugin.constructor.name === 'HtmlWebpackPlugin') files.add(plugin.userOptions!.filename);
    if (plugin.patterns)
      for (const p of plugin.patterns!) {
        const from = path.join(ROOT, p.from);
        if (fs.statSync(from).isDirectory()) for (const f of fs.readdirSync(from)) files.add(`${p.to}/${f}`);
        else files.add(p.to);
      }
  }
  return files;
}

describe('manifest.xml', () => {
  test('validates against the Office add-in manifest schemas with xmllint', () => {
    if (!fs.existsSync(SCHEMA)) throw new Error(`Schema not found at ${SCHEMA}: it is part of the repository (schemas/office-addin-manifest).`);
    const which = spawnSync('xmllint', ['--version']);
    if (which.error) throw new Error('xmllint is not installed: apt-get install -y libxml2-utils');
    const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, MANIFEST], { encoding: 'utf8' });
    const messages = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('Skipping import'));
    expect(messages).toEqual([`${MANIFEST} validates`]);
    expect(run.status).toBe(0);
  });

  test('every resid is defined exactly once in Resources', () => {
    const used = new Set(attr('[A-Za-z:]+', 'resid'));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id, i) => defined.indexOf(id) !== i)).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]); // no stale resources either
  });

  test('every URL points at a file the build emits', async () => {
    const files = await emittedFiles();
    expect(files).toEqual(new Set(['taskpane.html', 'demo.html', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'assets/icon-128.png']));
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(`${webpackConfig.DEV_URL}/`)).toBe(true);
      expect(files).toContain(url.slice(webpackConfig.DEV_URL.length + 1));
    }
    expect(xml).toContain(`<AppDomain>${webpackConfig.DEV_URL}</AppDomain>`);
  });

  test('the build sources it names exist (entry and page templates)', async () => {
    const config = await webpackConfig({}, { mode: 'production' });
    const templates = config.plugins.filter((p) => p.userOptions?.template).map((p) => p.userOptions!.template);
    expect(templates).toEqual(['./src/taskpane/taskpane.html', './src/demo/demo.html']);
    for (const f of [...templates, config.entry.taskpane]) expect(fs.existsSync(path.join(ROOT, f))).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8')).toContain('src="<%= htmlWebpackPlugin.options.officeJs.url %>"'); // OFFICE_JS, test/deploy
    expect(fs.readFileSync(path.join(ROOT, 'src/demo/demo.html'), 'utf8')).not.toMatch(/<script[^>]*office\.js/);
  });

  test('ADDIN_URL replaces every localhost URL in the emitted manifest', async () => {
    process.env.ADDIN_URL = 'https://budget.example.cn/addin/';
    try {
      const config = await webpackConfig({}, { mode: 'production' });
      const copy = config.plugins.find((p) => p.patterns)!;
      const out = copy.patterns!.find((p) => p.to === 'manifest.xml')!.transform!(Buffer.from(xml));
      expect(out).not.toContain('localhost');
      expect(out).toContain('<SourceLocation DefaultValue="https://budget.example.cn/addin/taskpane.html" />');
      expect(out.split('https://budget.example.cn/addin/').length - 1).toBe(xml.split(`${webpackConfig.DEV_URL}/`).length - 1);
    } finally {
      delete process.env.ADDIN_URL;
    }
  });

  test('an Excel workbook task pane with a Home-tab button, zh-CN default and en-US overrides', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(xml).toContain('<Host Name="Workbook" />');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.9" />');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">/);
    // every localisable string has an en-US override
    const strings = [...xml.matchAll(/<(bt:String|DisplayName|Description)\b[^>]*DefaultValue="[^"]*"\s*>([\s\S]*?)<\/\1>/g)];
    expect(strings.length).toBe(7);
    for (const s of strings) expect(s[2]).toMatch(/<(?:bt:)?Override Locale="en-US" Value="[^"]+"/);
  });

  test('the icons are PNGs of the declared sizes', () => {
    const images = [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="[^"]*\/(assets\/icon-(\d+)\.png)"/g)];
    expect(images.map((m) => m[3])).toEqual(['16', '32', '80']);
    for (const [, , file, size] of images) {
      const png = fs.readFileSync(path.join(ROOT, file));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    // and the generator reproduces them byte for byte (into a temporary folder: tests never rewrite the repo)
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'icons-'));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/make-icons.js'), out], { stdio: 'pipe' });
    for (const [, , file] of images) {
      expect(fs.readFileSync(path.join(out, path.basename(file))).equals(fs.readFileSync(path.join(ROOT, file)))).toBe(true);
    }
    fs.rmSync(out, { recursive: true, force: true });
  });
});
