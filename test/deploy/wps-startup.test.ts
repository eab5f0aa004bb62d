/**
 * How the pane tells WPS 表格 from Office and from a plain browser (src/taskpane/startup.ts,
 * readSignals in src/taskpane/host-factory.ts): the JSAPI `window.Application` decides, the WPS
 * user agent only sharpens the message, demo.html stays the demo.
 */
import { classifyWpsApplication, isWpsUserAgent, planStartup, STARTUP_MESSAGES, type StartupSignals } from '../../src/taskpane/startup';
import { readSignals } from '../../src/taskpane/host-factory';
import { FakeEt } from '../wps/fake-et';

/** The members of WPS 表格's Application that the classification looks at (the rest of the ET model is irrelevant here). */
const etApplication = () => ({ ActiveWorkbook: { Name: '预算.xlsx' }, Workbooks: { Count: 1 }, CreateTaskPane: () => ({ ID: 'tp1' }), PluginStorage: { getItem: () => null } });
const writerApplication = () => ({ ActiveDocument: { Name: '通知.docx' }, Documents: { Count: 1 }, CreateTaskPane: () => ({ ID: 'tp1' }) });

const signals = (over: Partial<StartupSignals>): StartupSignals => ({
  entry: 'wps',
  officeJsUrl: null,
  officeJsSource: null,
  officeLoaded: false,
  hostInfo: null,
  externalGetContext: false,
  wps: { application: null, userAgent: false },
  ...over,
});

describe('classifyWpsApplication', () => {
  test('WPS 表格: ActiveWorkbook with CreateTaskPane', () => expect(classifyWpsApplication(etApplication())).toBe('et'));
  test('WPS 表格 with no workbook open yet: ActiveWorkbook is null but present', () =>
    expect(classifyWpsApplication({ ...etApplication(), ActiveWorkbook: null })).toBe('et'));
  test('the WPS host tests’ fake ET Application (test/wps/fake-et.ts) is WPS 表格 too', () => {
    const et = new FakeEt();
    et.workbook.addSheet('资金测算明细表');
    expect(classifyWpsApplication(et.app)).toBe('et');
  });
  test('WPS 文字: a 加载项 host without workbooks', () => expect(classifyWpsApplication(writerApplication())).toBe('other'));
  test.each([[undefined], [null], [42], ['Application'], [{}], [{ Name: 'something else' }]])('%j is no WPS application', (app) =>
    expect(classifyWpsApplication(app)).toBeNull(),
  );
  test('a member whose accessor throws counts as absent', () => {
    const app = Object.defineProperty({ CreateTaskPane: () => null }, 'ActiveWorkbook', {
      enumerable: true,
      get() {
        throw new Error('not bound');
      },
    });
    expect(classifyWpsApplication(app)).toBe('other');
  });
});

describe('isWpsUserAgent', () => {
  test.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.122 Safari/537.36 WpsOffice/12.1.0', true],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Kingsoft WPS Chrome/69.0 Safari/537.36', true],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', false],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0 (wpsx/1)', false],
  ])('%s → %s', (ua, expected) => expect(isWpsUserAgent(ua)).toBe(expected));
  test('no user agent', () => expect(isWpsUserAgent(undefined)).toBe(false));
});

describe('planStartup inside and outside WPS', () => {
  test('WPS 表格 runs the WPS host on the WPS page', () => expect(planStartup(signals({ wps: { application: 'et', userAgent: true } }))).toEqual({ mode: 'wps' }));

  test('WPS 表格 runs the WPS host even on the Office page, before anything about office.js', () =>
    expect(planStartup(signals({ entry: 'office', officeJsUrl: 'https://x/office.js', officeJsSource: 'cdn', wps: { application: 'et', userAgent: false } }))).toEqual({
      mode: 'wps',
    }));

  test('demo.html stays the demo inside WPS', () => expect(planStartup(signals({ entry: 'demo', wps: { application: 'et', userAgent: true } }))).toEqual({ mode: 'demo' }));

  test('WPS 文字 or 演示: says the pane needs WPS 表格', () =>
    expect(planStartup(signals({ wps: { application: 'other', userAgent: true } }))).toEqual({ mode: 'problem', problem: { kind: 'wps-not-spreadsheet' } }));

  test('the WPS user agent without the JSAPI: 加载项 are off, never the demo', () =>
    expect(planStartup(signals({ entry: 'office', officeLoaded: true, wps: { application: null, userAgent: true } }))).toEqual({
      mode: 'problem',
      problem: { kind: 'wps-api-missing' },
    }));

  test('the WPS page in an ordinary browser says where it belongs', () =>
    expect(planStartup(signals({}))).toEqual({ mode: 'problem', problem: { kind: 'outside-wps' } }));

  test('outside WPS the Office page behaves as before', () =>
    expect(planStartup(signals({ entry: 'office', officeJsUrl: 'https://x/office.js', officeJsSource: 'cdn', officeLoaded: true }))).toEqual({ mode: 'office' }));
});

describe('readSignals', () => {
  /** Just the parts of document and window that readSignals reads. */
  function page(opts: { entry: string | null; officeScript?: boolean; search?: string; userAgent?: string; extra?: Record<string, unknown> }) {
    const script = opts.officeScript ? { src: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', getAttribute: () => 'cdn' } : null;
    const doc = {
      getElementById: (id: string) => (id === 'office-js' ? script : null),
      documentElement: { getAttribute: (name: string) => (name === 'data-entry' ? opts.entry : null) },
    } as unknown as Document;
    const win = { location: { search: opts.search ?? '' }, navigator: { userAgent: opts.userAgent ?? 'Mozilla/5.0 Chrome/131.0' }, ...opts.extra } as unknown as Window;
    return { doc, win };
  }

  test('the WPS page inside WPS 表格', () => {
    const { doc, win } = page({ entry: 'wps', userAgent: 'Mozilla/5.0 Chrome/83.0 WpsOffice/12.1', extra: { Application: etApplication() } });
    const s = readSignals(doc, win);
    expect(s).toMatchObject({ entry: 'wps', officeJsUrl: null, officeLoaded: false, wps: { application: 'et', userAgent: true } });
    expect(planStartup(s)).toEqual({ mode: 'wps' });
  });

  test('the Office page in a browser: no WPS signals', () => {
    const { doc, win } = page({ entry: 'office', officeScript: true });
    expect(readSignals(doc, win)).toMatchObject({ entry: 'office', officeJsSource: 'cdn', wps: { application: null, userAgent: false } });
  });

  test('a window.Application getter that throws is no JSAPI', () => {
    const { doc, win } = page({ entry: 'wps' });
    Object.defineProperty(win, 'Application', {
      get() {
        throw new Error('denied');
      },
    });
    expect(readSignals(doc, win).wps.application).toBeNull();
  });

  test('an unknown data-entry is the demo, as before; no data-entry with office.js is the Office entry', () => {
    expect(readSignals(page({ entry: 'kiosk', officeScript: true }).doc, page({ entry: 'kiosk' }).win).entry).toBe('demo');
    expect(readSignals(page({ entry: null, officeScript: true }).doc, page({ entry: null }).win).entry).toBe('office');
  });
});

test('the WPS startup messages name the tab the ribbon adds and oem.ini', () => {
  expect(STARTUP_MESSAGES.wpsApiMissing['zh-CN']).toContain('JsApiPlugin=true');
  expect(STARTUP_MESSAGES.outsideWps['zh-CN']).toContain('预算表校验');
});
