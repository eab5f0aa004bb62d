/**
 * OFFICE_JS=cdn|china|local in webpack.config.js: which office.js taskpane.html loads, the CSP that
 * follows, and what of @microsoft/office-js a local build copies. Reads the config, builds nothing
 * (the release e2e test builds one local package and checks the output).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename: string; cspContent?: string; officeJs?: { source: string; url: string }; meta?: { csp?: { content: string } } };
  patterns?: { from: string; to: string; globOptions?: { ignore: string[] } }[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: Plugin[] }>;

async function configWith(officeJs: string | undefined, mode = 'production') {
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    return await webpackConfig({}, { mode });
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}
const page = (plugins: Plugin[], name: string) => plugins.find((p) => p.userOptions?.filename === name)!.userOptions!;
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
}

describe('OFFICE_JS', () => {
  test.each([
    [undefined, 'cdn', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', ["'self'", 'https://appsforoffice.microsoft.com']],
    ['cdn', 'cdn', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', ["'self'", 'https://appsforoffice.microsoft.com']],
    ['china', 'china', 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js', ["'self'", 'https://appsforoffice.cdn.partner.office365.cn']],
    ['LOCAL', 'local', 'office-js/office.js', ["'self'"]],
  ])('OFFICE_JS=%s loads office.js from its place and the CSP allows exactly that', async (env, source, url, scripts) => {
    const { plugins } = await configWith(env);
    const taskpane = page(plugins, 'taskpane.html');
    expect(taskpane.officeJs).toMatchObject({ source, url });
    const csp = directives(taskpane.cspContent!);
    expect(csp['script-src']).toEqual(scripts);
    expect(csp['connect-src']).toEqual(scripts);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    // the demo page loads no office.js whatever the choice
    expect(directives(page(plugins, 'demo.html').meta!.csp!.content)['script-src']).toEqual(["'self'"]);
  });

  test('an unknown choice stops the build with the valid ones named', async () => {
    await expect(configWith('intranet')).rejects.toThrow('OFFICE_JS must be one of cdn, china, local; got: intranet');
  });

  test('development builds carry no CSP (the dev server’s source maps use eval)', async () => {
    expect(page((await configWith('local', 'development')).plugins, 'taskpane.html').cspContent).toBe('');
  });

  test('only a local build copies the library: Excel’s scripts and strings, not other applications or debug twins', async () => {
    const copies = (plugins: Plugin[]) => plugins.flatMap((p) => p.patterns ?? []).filter((p) => p.to === 'office-js');
    expect(copies((await configWith('cdn')).plugins)).toEqual([]);
    const [copy] = copies((await configWith('local')).plugins);
    expect(path.relative(ROOT, copy.from)).toBe(path.join('node_modules', '@microsoft', 'office-js', 'dist'));
    expect(copy.globOptions!.ignore).toEqual(expect.arrayContaining(['**/*.debug.js', '**/word*', '**/outlook*', '**/powerpoint*']));
  });

  test('the pinned copy is an exact version, and it lacks worksheet notes (so the pane must feature-detect)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@microsoft/office-js']).toMatch(/^\d+\.\d+\.\d+$/);
    const excelWeb = fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/office-js/dist/excel-web-16.00.js'), 'utf8');
    expect(excelWeb).toContain('getMergedAreasOrNullObject'); // ExcelApi 1.13: present
    expect(excelWeb).not.toContain('"NoteCollection"'); // ExcelApi 1.18 notes: absent
    expect(excelWeb).not.toContain('mergeUndoGroup'); // ExcelApi 1.20 undo grouping: absent
  });

  test('taskpane.html puts its CSP before the office.js script, which it takes from the build', () => {
    const template = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    const cspAt = template.indexOf('http-equiv="Content-Security-Policy"');
    const scriptAt = template.indexOf('<script');
    expect(cspAt).toBeGreaterThan(0);
    expect(cspAt).toBeLessThan(scriptAt);
    expect(template).toContain('id="office-js" data-source="<%= htmlWebpackPlugin.options.officeJs.source %>" src="<%= htmlWebpackPlugin.options.officeJs.url %>"');
    expect(template).toMatch(/<html[^>]*data-entry="office"/);
    expect(fs.readFileSync(path.join(ROOT, 'src/demo/demo.html'), 'utf8')).toMatch(/<html[^>]*data-entry="demo"/);
  });
});
