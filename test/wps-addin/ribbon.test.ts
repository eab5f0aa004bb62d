/**
 * The ribbon callbacks of the WPS 加载项 (src/wps-addin/ribbon.ts) on a small fake of the JSAPI
 * members they use: CreateTaskPane / GetTaskPane and PluginStorage.
 */
import { PANE_BUTTON_ID, PANE_ICON, PANE_ID_KEY, addinFolderUrl, paneUrl, ribbonCallbacks, togglePane, type WpsRibbonApplication, type WpsTaskPane } from '../../src/wps-addin/ribbon';

/** Task panes by ID, PluginStorage as a map, every CreateTaskPane URL recorded. */
function fakeApplication() {
  const panes = new Map<string, WpsTaskPane>();
  const storage = new Map<string, unknown>();
  const created: string[] = [];
  const app: WpsRibbonApplication = {
    CreateTaskPane(url: string) {
      created.push(url);
      const pane: WpsTaskPane = { ID: `tp${created.length}`, Visible: false };
      panes.set(String(pane.ID), pane);
      return pane;
    },
    GetTaskPane: (id) => panes.get(String(id)) ?? null,
    PluginStorage: { getItem: (k) => (storage.has(k) ? storage.get(k) : null), setItem: (k, v) => void storage.set(k, v) },
  };
  return { app, panes, storage, created };
}

const PAGE = 'http://budget.example.gov.cn/wps/BudgetCheck/index.html';

test('the pane URL sits next to the entry page, without its query', () => {
  expect(addinFolderUrl('http://srv/wps/index.html?x=1#y')).toBe('http://srv/wps/');
  expect(paneUrl('file:///home/u/.local/share/Kingsoft/wps/jsaddons/BudgetCheck_0.1.0/index.html')).toBe(
    'file:///home/u/.local/share/Kingsoft/wps/jsaddons/BudgetCheck_0.1.0/taskpane.html',
  );
});

test('the first click creates one pane, docked right, and remembers its ID', () => {
  const { app, panes, storage, created } = fakeApplication();
  expect(togglePane(app, PAGE)).toBe(true);
  expect(created).toEqual(['http://budget.example.gov.cn/wps/BudgetCheck/taskpane.html']);
  expect(panes.get('tp1')).toEqual({ ID: 'tp1', Visible: true, DockPosition: 2, Width: 380 });
  expect(storage.get(PANE_ID_KEY)).toBe('tp1');
});

test('later clicks toggle the same pane instead of creating another', () => {
  const { app, panes, created } = fakeApplication();
  togglePane(app, PAGE);
  expect(togglePane(app, PAGE)).toBe(false);
  expect(panes.get('tp1')?.Visible).toBe(false);
  expect(togglePane(app, PAGE)).toBe(true);
  expect(created).toHaveLength(1);
});

test('a remembered ID that WPS no longer knows gets a new pane', () => {
  const { app, storage, created } = fakeApplication();
  storage.set(PANE_ID_KEY, 'tp-gone');
  expect(togglePane(app, PAGE)).toBe(true);
  expect(created).toHaveLength(1);
  expect(storage.get(PANE_ID_KEY)).toBe('tp1');
});

test('OnAddinLoad keeps the ribbon object and forgets a pane of an earlier session; OnAction and GetImage answer for the button', () => {
  const { app, storage, created } = fakeApplication();
  storage.set(PANE_ID_KEY, 'tp-old');
  const ribbonUI = { Invalidate: () => undefined };
  const cb = ribbonCallbacks(() => app, () => PAGE);
  expect(cb.OnAddinLoad(ribbonUI)).toBe(true);
  expect(app.ribbonUI).toBe(ribbonUI);
  expect(storage.get(PANE_ID_KEY)).toBe('');
  expect(cb.OnAction({ Id: 'someOtherButton' })).toBe(true);
  expect(created).toEqual([]);
  cb.OnAction({ Id: PANE_BUTTON_ID });
  expect(created).toEqual(['http://budget.example.gov.cn/wps/BudgetCheck/taskpane.html']);
  expect(cb.GetImage({ Id: PANE_BUTTON_ID })).toBe(PANE_ICON);
  expect(cb.GetImage({ Id: 'someOtherButton' })).toBe('');
});

test('the members the ribbon uses are those WPS declares on window.Application (et-jsapi-declare AddonRoot)', () => {
  // compile-time: WPS's declared Application fits the ribbon's interface (tsc fails otherwise)
  const fits = (declared: typeof window.Application): WpsRibbonApplication => declared;
  expect(typeof fits).toBe('function');
});
