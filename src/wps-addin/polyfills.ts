/**
 * Built-ins that our code calls and that older Chromium builds (WPS's embedded browser, see
 * webpack.wps.config.js) lack: Array.prototype.flat / flatMap (Chrome 69), Object.fromEntries and
 * String.prototype.matchAll (Chrome 73), globalThis (Chrome 71). Each is installed only where
 * missing, non-enumerable like the originals. Only the WPS build includes this module.
 */

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function flatten(items: readonly unknown[], depth: number, out: unknown[]): unknown[] {
  for (const item of items) {
    if (Array.isArray(item) && depth > 0) flatten(item, depth - 1, out);
    else out.push(item);
  }
  return out;
}

define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1) {
  return flatten(this, Math.floor(Number(depth)) || 0, []);
});

define(Array.prototype, 'flatMap', function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
  return flatten(
    this.map((v, i, a) => fn.call(thisArg, v, i, a)),
    1,
    [],
  );
});

define(Object, 'fromEntries', function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k as string] = v;
  return out;
});

define(String.prototype, 'matchAll', function matchAll(this: string, re: RegExp) {
  if (!re.global) throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
  const copy = new RegExp(re.source, re.flags);
  copy.lastIndex = re.lastIndex;
  const text = String(this);
  const matches: RegExpExecArray[] = [];
  for (let m = copy.exec(text); m !== null; m = copy.exec(text)) {
    matches.push(m);
    if (m[0] === '') copy.lastIndex++;
  }
  return matches[Symbol.iterator]();
});

if (typeof globalThis === 'undefined') define(self, 'globalThis', self);

export {};
