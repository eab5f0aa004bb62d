/**
 * Bundled (esbuild, IIFE) into the WPS pane end-to-end test's init script: before the pane's own
 * script runs, it builds the WPS host tests' fake ET object model (test/wps/fake-et.ts) from the
 * snapshot the test passes in window.__budgetCheckSnapshot, and puts its Application where WPS puts
 * the JSAPI — window.Application — with the 加载项 members (CreateTaskPane, PluginStorage) a real
 * WPS 表格 also has. window.__fakeEt lets the test look at the fake workbook afterwards.
 */
import { FakeEt, loadSnapshotSheet } from '../wps/fake-et';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

const win = window as unknown as { __budgetCheckSnapshot: WorkbookSnapshot; __fakeEt: FakeEt; Application: unknown };
const et = new FakeEt();
for (const s of win.__budgetCheckSnapshot.sheets) loadSnapshotSheet(et.workbook.addSheet(s.name), s);
const storage = new Map<string, unknown>();
const app = et.app;
win.__fakeEt = et;
win.Application = new Proxy(app as unknown as object, {
  get(target, key) {
    if (key === 'CreateTaskPane') return () => ({ ID: 1, Visible: true });
    if (key === 'PluginStorage') return { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => void storage.set(k, v) };
    return Reflect.get(target, key) as unknown;
  },
  has: (target, key) => key === 'CreateTaskPane' || key === 'PluginStorage' || Reflect.has(target, key),
});
