/**
 * How taskpane.html and demo.html start (src/taskpane/startup.ts) and which requirement sets count
 * when the office.js library lags Excel (src/taskpane/office-library.ts).
 */
import { parseHostInfo, planAfterReady, planStartup, STARTUP_MESSAGES, type StartupSignals } from '../../src/taskpane/startup';
import { libraryAwareIsSetSupported, missingLibraryApis, type ExcelNamespace } from '../../src/taskpane/office-library';

const officeEntry: StartupSignals = {
  entry: 'office',
  officeJsUrl: 'https://budget.example.cn/addin/office-js/office.js',
  officeJsSource: 'local',
  officeLoaded: true,
  hostInfo: null,
  externalGetContext: false,
  wps: { application: null, userAgent: false },
};

describe('planStartup', () => {
  test('demo.html is the demo whatever else is true', () => {
    expect(planStartup({ ...officeEntry, entry: 'demo', officeLoaded: false })).toEqual({ mode: 'demo' });
  });

  test('taskpane.html with office.js waits for Office', () => {
    expect(planStartup(officeEntry)).toEqual({ mode: 'office' });
  });

  test('taskpane.html without office.js is a problem naming the script, never the demo', () => {
    expect(planStartup({ ...officeEntry, officeLoaded: false })).toEqual({
      mode: 'problem',
      problem: { kind: 'office-js-missing', insideOffice: false, host: null, url: 'https://budget.example.cn/addin/office-js/office.js', source: 'local' },
    });
  });

  test('the _host_Info Office adds to the URL says it is inside Excel, and which', () => {
    const plan = planStartup({ ...officeEntry, officeLoaded: false, officeJsSource: 'cdn', hostInfo: 'Excel$Win32$16.01$zh-CN$$$$0' });
    expect(plan).toMatchObject({ mode: 'problem', problem: { kind: 'office-js-missing', insideOffice: true, host: 'Excel Win32 16.01', source: 'cdn' } });
  });

  test('window.external.GetContext alone also counts as inside Office', () => {
    expect(planStartup({ ...officeEntry, officeLoaded: false, externalGetContext: true })).toMatchObject({ problem: { insideOffice: true, host: null } });
  });
});

describe('parseHostInfo', () => {
  test.each([
    ['Excel$Win32$16.01$zh-CN$$$$0', { host: 'Excel', platform: 'Win32', version: '16.01', locale: 'zh-CN' }],
    ['excel|web|16.00|en-us|x', { host: 'excel', platform: 'web', version: '16.00', locale: 'en-us' }],
    ['Excel$Mac$16.00', { host: 'Excel', platform: 'Mac', version: '16.00', locale: '' }],
  ])('%s', (info, expected) => expect(parseHostInfo(info)).toEqual(expected));

  test.each([[null], [''], ['nonsense']])('%j is not host info', (info) => expect(parseHostInfo(info)).toBeNull());
});

describe('planAfterReady', () => {
  test('Excel starts the pane', () => expect(planAfterReady('Excel')).toEqual({ mode: 'office' }));
  test('no host: an ordinary browser tab', () => expect(planAfterReady(null)).toEqual({ mode: 'problem', problem: { kind: 'outside-office' } }));
  test('another application', () => expect(planAfterReady('Word')).toEqual({ mode: 'problem', problem: { kind: 'not-excel', host: 'Word' } }));
});

test('every startup message has zh-CN and en-US text with the same placeholders', () => {
  for (const [key, m] of Object.entries(STARTUP_MESSAGES)) {
    expect({ key, zh: m['zh-CN'].length > 0, en: m['en-US'].length > 0 }).toEqual({ key, zh: true, en: true });
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    expect({ key, params: params(m['zh-CN']) }).toEqual({ key, params: params(m['en-US']) });
  }
});

describe('requirement sets the library also implements', () => {
  /** An office.js-like namespace: classes whose prototypes define the given members. */
  function namespace(members: Record<string, string[]>, extra: Record<string, unknown> = {}): ExcelNamespace {
    const ns: ExcelNamespace = { ...extra };
    for (const [cls, names] of Object.entries(members)) {
      const C = function () {} as unknown as { prototype: object };
      for (const n of names) Object.defineProperty(C.prototype, n, { get: () => undefined });
      ns[cls] = C;
    }
    return ns;
  }
  const everything = (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 20;

  test('a copy without worksheet.notes (like @microsoft/office-js 1.1.110) loses 1.18 and above, keeps 1.13', () => {
    const copy = namespace({ Application: ['calculationMode'], Worksheet: ['getRanges'], Range: ['getMergedAreasOrNullObject'] });
    const isSet = libraryAwareIsSetSupported(everything, copy);
    expect(['1.8', '1.9', '1.13', '1.17', '1.18', '1.20'].map((v) => isSet('ExcelApi', v))).toEqual([true, true, true, true, false, false]);
    expect(missingLibraryApis(copy)).toEqual(['ExcelApi 1.18: Worksheet.notes', 'ExcelApi 1.20: RunOptions.mergeUndoGroup']);
  });

  test('the CDN library with everything: Excel’s answer decides', () => {
    const cdn = namespace({ Application: ['calculationMode'], Worksheet: ['getRanges', 'notes'], Range: ['getMergedAreasOrNullObject'] }, { CustomFunctionManager: function () {} });
    expect(libraryAwareIsSetSupported(everything, cdn)('ExcelApi', '1.20')).toBe(true);
    expect(libraryAwareIsSetSupported(() => false, cdn)('ExcelApi', '1.13')).toBe(false);
    expect(missingLibraryApis(cdn)).toEqual([]);
  });

  test('sets without probes pass through Excel’s answer', () => {
    const isSet = libraryAwareIsSetSupported((name) => name === 'DialogApi', namespace({}));
    expect(isSet('DialogApi', '1.2')).toBe(true);
    expect(isSet('ExcelApi', '1.1')).toBe(false);
  });
});
