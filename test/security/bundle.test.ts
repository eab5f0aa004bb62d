/**
 * The built task pane (dist/): no eval or new Function in the bundle, a Content-Security-Policy on
 * both pages, and no remote script except Microsoft's office.js. Builds dist with
 * `npx webpack --mode production` when it is missing.
 */
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

beforeAll(() => {
  if (!existsSync(path.join(DIST, 'taskpane.html')) || !existsSync(path.join(DIST, 'demo.html'))) {
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
  }
}, 300_000);

const bundles = () => readdirSync(DIST).filter((f) => f.endsWith('.js'));
const page = (name: string) => readFileSync(path.join(DIST, name), 'utf8');

/** The CSP directives of a page's <meta http-equiv="Content-Security-Policy">, or null. */
function cspOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i.exec(html);
  if (!meta) return null;
  const text = meta[2] ?? meta[3];
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
}

describe('the built bundle', () => {
  test('contains no eval( and no new Function', () => {
    expect(bundles().length).toBeGreaterThan(0);
    for (const file of bundles()) {
      const code = readFileSync(path.join(DIST, file), 'utf8');
      expect({ file, eval: /\beval\s*\(/.test(code), newFunction: /new\s+Function\b/.test(code) }).toEqual({ file, eval: false, newFunction: false });
    }
  });

  test('names no remote script (only namespace and documentation URLs)', () => {
    for (const file of bundles()) {
      const code = readFileSync(path.join(DIST, file), 'utf8');
      const remoteScripts = [...code.matchAll(/https?:\/\/[^"'`\s)]+/g)].map((m) => m[0]).filter((u) => /\.m?js(\?|$)/.test(u) || /cdn|unpkg|jsdelivr/.test(u));
      expect({ file, remoteScripts }).toEqual({ file, remoteScripts: [] });
    }
  });
});

describe('the pages', () => {
  test.each([
    ['taskpane.html', [OFFICE_JS]],
    ['demo.html', []],
  ])('%s loads only our bundle and %j', (name, remote) => {
    const sources = scriptSources(page(name));
    expect(sources.filter((s) => /^(https?:)?\/\//.test(s))).toEqual(remote);
    expect(sources.filter((s) => !/^(https?:)?\/\//.test(s)).every((s) => bundles().includes(s.replace(/^\.?\//, '')))).toBe(true);
  });

  test.each([
    ['taskpane.html', ["'self'", 'https://appsforoffice.microsoft.com']],
    ['demo.html', ["'self'"]],
  ])('%s declares a Content-Security-Policy allowing scripts from %j only', (name, scripts) => {
    const csp = cspOf(page(name));
    expect(csp).not.toBeNull();
    expect(csp!.get('default-src')).toEqual(["'self'"]);
    expect(csp!.get('script-src')).toEqual(scripts);
    expect(csp!.get('object-src')).toEqual(["'none'"]);
    for (const values of csp!.values()) expect(values).not.toContain("'unsafe-eval'");
  });
});
