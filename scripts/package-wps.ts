/**
 * npm run build:wps — builds release-wps/, the WPS 表格 加载项 for both deployment modes (docs/wps.md):
 *   release-wps/online/                  copy to the intranet web server so that WPS_ADDIN_URL serves it:
 *                                        index.html, ribbon.xml, taskpane.html, bundles, assets/, and
 *                                        jsplugins.xml (<jspluginonline … url="WPS_ADDIN_URL"/>), which
 *                                        oem.ini's JSPluginsServer= points at (WPS_ADDIN_URL + jsplugins.xml)
 *   release-wps/offline/publish.xml      copy both into the user's jsaddons folder
 *   release-wps/offline/<name>_<version>/  (%APPDATA%\kingsoft\wps\jsaddons, ~/.local/share/Kingsoft/wps/jsaddons)
 *   release-wps/BudgetCheck-wps-<version>-offline.zip   offline/ zipped, for distribution
 *   release-wps/build-info.json
 *
 * Environment: WPS_ADDIN_URL (required: the http:// or https:// folder URL the online add-in is served
 * from; a trailing slash is added), RELEASE_WPS_DIR (default release-wps/; the tests use test-output/).
 * After building, every file the XMLs and pages name is checked to exist, and every URL in
 * jsplugins.xml to be under WPS_ADDIN_URL; the script fails otherwise.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { listFiles } from './package';

const ROOT = path.resolve(__dirname, '..');
/** The add-in's name in jsplugins.xml / publish.xml and its offline folder: ASCII only (wpsjs requires it for packages). */
export const ADDIN_NAME = 'BudgetCheck';
/** WPS's type for a WPS 表格 加载项 (wps = 文字, wpp = 演示). */
export const ADDIN_TYPE = 'et';
/** The files WPS itself loads from an add-in folder. */
export const ENTRY_FILES = ['index.html', 'ribbon.xml'] as const;

function fail(message: string): never {
  console.error(`npm run build:wps: ${message}`);
  process.exit(2);
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The online mode's list: WPS fetches it from oem.ini's JSPluginsServer= and loads <url>ribbon.xml and <url>index.html. */
export function jspluginsXml(addinUrl: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n' +
    `  <jspluginonline name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${xmlAttr(addinUrl)}" enable="true"/>\n` +
    '</jsplugins>\n'
  );
}

/** The offline package's list, as wpsjs 2.2.3's packager writes it: url is the folder <name>_<version> beside publish.xml in jsaddons. */
export function publishXml(version: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n' +
    `  <jsplugin name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${ADDIN_NAME}_${xmlAttr(version)}" version="${xmlAttr(version)}" enable="enable_dev" install="null" customDomain=""/>\n` +
    '</jsplugins>\n'
  );
}

/** The `url` attributes of a jsplugins.xml / publish.xml, in order. */
export function pluginUrls(xml: string): string[] {
  return [...xml.matchAll(/<jsplugin(?:online)?\b[^>]*\burl="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** Relative files a page names (script src, link href), without data: and absolute URLs. */
export function pageReferences(html: string): string[] {
  // the built pages are minified: attribute values may be unquoted
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=(?:"([^"]+)"|'([^']+)'|([^\s"'>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((u) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(u))
    .map((u) => u.replace(/^\.\//, '').split(/[?#]/)[0]);
}

/** The callbacks ribbon.xml asks WPS to call (onLoad, onAction, getImage …), which index.html's script must define. */
export function ribbonCallbackNames(xml: string): string[] {
  return [...new Set([...xml.matchAll(/\b(?:onLoad|onAction|getImage|getLabel|getEnabled|getVisible)="([^"]+)"/g)].map((m) => m[1]))].sort();
}

/** Problems of a built add-in folder: entry files, files its pages name, the ribbon's callbacks. Empty when all is well. */
export function folderProblems(folder: string): string[] {
  const files = listFiles(folder);
  const problems: string[] = [];
  for (const f of ENTRY_FILES) if (!files.includes(f)) problems.push(`${folder}: ${f} is missing`);
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(folder, page), 'utf8');
    for (const ref of pageReferences(html)) if (!files.includes(path.posix.join(path.posix.dirname(page), ref))) problems.push(`${page} names ${ref}, which is not in the folder`);
  }
  if (files.includes('ribbon.xml') && files.includes('index.html')) {
    const scripts = pageReferences(fs.readFileSync(path.join(folder, 'index.html'), 'utf8')).filter((r) => r.endsWith('.js') && files.includes(r));
    const code = scripts.map((s) => fs.readFileSync(path.join(folder, s), 'utf8')).join('\n');
    for (const name of ribbonCallbackNames(fs.readFileSync(path.join(folder, 'ribbon.xml'), 'utf8')))
      if (!code.includes(`.${name}=`) && !code.includes(`.${name} =`)) problems.push(`ribbon.xml calls ${name}, which index.html's script does not define`);
  }
  return problems;
}

/** Problems of the whole release folder. */
export function releaseProblems(releaseDir: string, addinUrl: string, version: string): string[] {
  const online = path.join(releaseDir, 'online');
  const offline = path.join(releaseDir, 'offline');
  const problems = [...folderProblems(online)];
  const jsplugins = path.join(online, 'jsplugins.xml');
  if (!fs.existsSync(jsplugins)) problems.push('online/jsplugins.xml is missing');
  else
    for (const url of pluginUrls(fs.readFileSync(jsplugins, 'utf8'))) {
      if (!url.startsWith(addinUrl)) problems.push(`jsplugins.xml: ${url} is not under WPS_ADDIN_URL ${addinUrl}`);
      else {
        const rel = url.slice(addinUrl.length).replace(/\/$/, '');
        for (const f of ENTRY_FILES) if (!fs.existsSync(path.join(online, rel, f))) problems.push(`jsplugins.xml: ${url} serves no ${f}`);
      }
    }
  const publish = path.join(offline, 'publish.xml');
  if (!fs.existsSync(publish)) problems.push('offline/publish.xml is missing');
  else
    for (const url of pluginUrls(fs.readFileSync(publish, 'utf8'))) {
      if (url !== `${ADDIN_NAME}_${version}`) problems.push(`publish.xml: url ${url} is not ${ADDIN_NAME}_${version}`);
      const folder = path.join(offline, url);
      if (!fs.existsSync(folder)) problems.push(`publish.xml: folder ${url} is missing beside it`);
      else problems.push(...folderProblems(folder));
    }
  return problems;
}

/** WPS_ADDIN_URL, checked, with one trailing slash. */
export function wpsAddinUrl(raw: string | undefined): string {
  const url = (raw ?? '').trim();
  if (!url)
    fail(
      'set WPS_ADDIN_URL to the folder URL the online add-in will be served from, e.g.\n' +
        '  WPS_ADDIN_URL=http://budget.example.gov.cn/wps/ npm run build:wps\n' +
        '（请用 WPS_ADDIN_URL 指定在线加载项所在文件夹的地址，如 http://内网服务器/wps/）',
    );
  if (!/^https?:\/\/[^/\s]+/.test(url)) fail(`WPS_ADDIN_URL must start with http:// or https://; got ${url}`);
  return url.replace(/\/*$/, '/');
}

async function main(): Promise<void> {
  const addinUrl = wpsAddinUrl(process.env.WPS_ADDIN_URL);
  const releaseDir = path.resolve(ROOT, process.env.RELEASE_WPS_DIR ?? 'release-wps');
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const online = path.join(releaseDir, 'online');
  const offline = path.join(releaseDir, 'offline');
  const offlineFolder = path.join(offline, `${ADDIN_NAME}_${version}`);

  fs.rmSync(releaseDir, { recursive: true, force: true });
  fs.mkdirSync(releaseDir, { recursive: true });
  console.log(`Building the WPS add-in for ${addinUrl} …`);
  const webpack = path.join(ROOT, 'node_modules', '.bin', 'webpack');
  try {
    execFileSync(webpack, ['--config', path.join(ROOT, 'webpack.wps.config.js'), '--mode', 'production'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WPS_BUILD_DIR: online, NODE_ENV: 'production' },
    });
  } catch (e) {
    fail(`the webpack build failed (${e instanceof Error ? e.message : String(e)})`);
  }
  const built = listFiles(online);
  fs.writeFileSync(path.join(online, 'jsplugins.xml'), jspluginsXml(addinUrl));
  const info = { name: 'budget-check', addinName: ADDIN_NAME, type: ADDIN_TYPE, version, addinUrl, jspluginsServer: `${addinUrl}jsplugins.xml` };
  fs.writeFileSync(path.join(releaseDir, 'build-info.json'), JSON.stringify(info, null, 2) + '\n');

  fs.mkdirSync(offlineFolder, { recursive: true });
  for (const f of built) {
    fs.mkdirSync(path.dirname(path.join(offlineFolder, f)), { recursive: true });
    fs.copyFileSync(path.join(online, f), path.join(offlineFolder, f));
  }
  fs.writeFileSync(path.join(offline, 'publish.xml'), publishXml(version));

  const problems = releaseProblems(releaseDir, addinUrl, version);
  if (problems.length > 0) fail(`the built add-in is wrong:\n  ${problems.join('\n  ')}`);

  const zip = new JSZip();
  for (const f of listFiles(offline)) zip.file(f, fs.readFileSync(path.join(offline, f)));
  const zipPath = path.join(releaseDir, `${ADDIN_NAME}-wps-${version}-offline.zip`);
  fs.writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));

  const rel = (p: string) => path.relative(ROOT, p);
  console.log(`${rel(online)}/: ${built.length + 1} files — copy to the server so that ${addinUrl}ribbon.xml is served; oem.ini [Server] JSPluginsServer=${addinUrl}jsplugins.xml`);
  console.log(`${rel(offline)}/: publish.xml and ${ADDIN_NAME}_${version}/ — copy both into the jsaddons folder (docs/wps.md); zipped: ${rel(zipPath)}`);
}

if (require.main === module) {
  main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
}
