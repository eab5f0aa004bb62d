/**
 * npm run package — builds release/, ready to copy to an HTTPS web server (docs/deploy.md):
 *   release/budget-check-addin/            the folder to serve at ADDIN_URL: taskpane.html, demo.html,
 *                                          bundles, assets/, office-js/ (OFFICE_JS=local only),
 *                                          manifest.xml with ADDIN_URL baked in, build-info.json
 *   release/budget-check-addin-<version>.zip   the same folder, zipped
 *   release/manifest.xml                   a copy of the manifest, for distributing it to Excel
 *
 * Environment: ADDIN_URL (required, https://…), OFFICE_JS (cdn | china | local, default cdn),
 * RELEASE_DIR (default release/; the tests use a folder under test-output/).
 * The build is webpack's production build without source maps; afterwards the script checks that
 * every URL in the manifest points under ADDIN_URL at a file of the folder, and fails otherwise.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(__dirname, '..');
export const FOLDER = 'budget-check-addin';

function fail(message: string): never {
  console.error(`npm run package: ${message}`);
  process.exit(2);
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** The https:// URLs of a manifest's text, in order of appearance. */
export function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/https:\/\/[^"'<>\s]+/g)].map((m) => m[0]);
}

/** URLs of the manifest that are not under `addinUrl` or name no file of the folder. Empty when all is well. */
export function manifestProblems(xml: string, addinUrl: string, files: string[]): string[] {
  const base = `${addinUrl}/`;
  const problems: string[] = [];
  for (const url of manifestUrls(xml)) {
    if (url === addinUrl) continue; // <AppDomain>
    if (!url.startsWith(base)) problems.push(`${url} is not under ${base}`);
    else if (!files.includes(url.slice(base.length).split(/[?#]/)[0])) problems.push(`${url} names no file of the release folder`);
  }
  return problems;
}

async function main(): Promise<void> {
  const addinUrl = (process.env.ADDIN_URL ?? '').replace(/\/+$/, '');
  if (!addinUrl)
    fail(
      'set ADDIN_URL to the https:// address the add-in will be served from, e.g.\n' +
        '  ADDIN_URL=https://budget.example.gov.cn/addin OFFICE_JS=local npm run package\n' +
        '（请用 ADDIN_URL 指定加载项的 https:// 正式地址；内网无法访问外网时加 OFFICE_JS=local）',
    );
  if (!/^https:\/\/[^/\s]+/.test(addinUrl)) fail(`ADDIN_URL must start with https:// (Office loads add-ins over HTTPS only); got ${addinUrl}`);
  const officeJs = (process.env.OFFICE_JS ?? 'cdn').trim().toLowerCase();
  const releaseDir = path.resolve(ROOT, process.env.RELEASE_DIR ?? 'release');
  const folder = path.join(releaseDir, FOLDER);
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  fs.rmSync(releaseDir, { recursive: true, force: true });
  fs.mkdirSync(releaseDir, { recursive: true });
  console.log(`Building the add-in for ${addinUrl} (office.js: ${officeJs}) …`);
  const webpack = path.join(ROOT, 'node_modules', '.bin', 'webpack');
  try {
    execFileSync(webpack, ['--config', path.join(ROOT, 'webpack.config.js'), '--mode', 'production', '--no-devtool', '--output-path', folder], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ADDIN_URL: addinUrl, OFFICE_JS: officeJs, NODE_ENV: 'production' },
    });
  } catch (e) {
    fail(`the webpack build failed (${e instanceof Error ? e.message : String(e)})`);
  }

  const officeJsVersion =
    officeJs === 'local' ? (JSON.parse(fs.readFileSync(require.resolve('@microsoft/office-js/package.json'), 'utf8')) as { version: string }).version : null;
  fs.writeFileSync(
    path.join(folder, 'build-info.json'),
    JSON.stringify({ name: 'budget-check', version, addinUrl, officeJs, officeJsPackageVersion: officeJsVersion }, null, 2) + '\n',
  );

  const files = listFiles(folder);
  const manifest = fs.readFileSync(path.join(folder, 'manifest.xml'), 'utf8');
  const problems = manifestProblems(manifest, addinUrl, files);
  if (problems.length > 0) fail(`the built manifest is wrong:\n  ${problems.join('\n  ')}`);
  fs.copyFileSync(path.join(folder, 'manifest.xml'), path.join(releaseDir, 'manifest.xml'));

  const zip = new JSZip();
  for (const f of files) zip.file(`${FOLDER}/${f}`, fs.readFileSync(path.join(folder, f)));
  const zipPath = path.join(releaseDir, `${FOLDER}-${version}.zip`);
  fs.writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));

  const bytes = files.reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
  console.log(`${path.relative(ROOT, folder)}/: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB — copy it to the web server so that ${addinUrl}/taskpane.html is served`);
  console.log(`${path.relative(ROOT, zipPath)}: ${(fs.statSync(zipPath).size / 1e6).toFixed(1)} MB`);
  console.log(`${path.relative(ROOT, path.join(releaseDir, 'manifest.xml'))}: distribute it to Excel (docs/deploy.md)`);
}

if (require.main === module) {
  main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
}
