/**
 * Which host the pane runs on, decided by the page (see startup.ts): demo.html is the browser demo;
 * inside WPS 表格 (window.Application with the ET object model) the pane runs on the WPS host
 * (src/wps, loaded lazily by createWpsPaneHost); taskpane.html (the Office entry) runs on the
 * Office.js adapter (src/excel) once Office.onReady reports Excel, and otherwise shows what went
 * wrong — never the demo.
 */
import type { WorkbookHost } from '../host/host';
import {
  OFFICE_READY_PATIENCE_MS,
  classifyWpsApplication,
  isWpsUserAgent,
  planAfterReady,
  planStartup,
  type OfficeJsSource,
  type StartupProblem,
  type StartupSignals,
} from './startup';
import { libraryAwareIsSetSupported, missingLibraryApis, type ExcelNamespace } from './office-library';

export type Startup =
  | { mode: 'excel'; displayLanguage: string; officeTheme: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | null }
  | { mode: 'wps'; application: unknown; displayLanguage: string }
  | { mode: 'demo' }
  | { mode: 'problem'; problem: StartupProblem };

const SOURCES: readonly OfficeJsSource[] = ['cdn', 'china', 'local'];
const ENTRIES: readonly StartupSignals['entry'][] = ['office', 'demo', 'wps'];

/** WPS's JSAPI root: `window.Application` (older builds also `window.wps.EtApplication()`, which is the same object). */
function wpsApplication(win: Window): unknown {
  const w = win as unknown as { Application?: unknown };
  try {
    return w.Application ?? null;
  } catch {
    // a throwing accessor on window: no usable JSAPI
    return null;
  }
}

/** What the page shows about itself and its surroundings before office.js is asked anything. */
export function readSignals(doc: Document = document, win: Window = window): StartupSignals {
  const script = doc.getElementById('office-js') as HTMLScriptElement | null;
  const declared = doc.documentElement.getAttribute('data-entry');
  const source = script?.getAttribute('data-source') ?? null;
  const external = (win as unknown as { external?: { GetContext?: unknown } }).external;
  let externalGetContext = false;
  try {
    externalGetContext = typeof external?.GetContext !== 'undefined';
  } catch {
    // window.external of old webviews can throw on property access; that alone proves nothing
  }
  const office = (win as unknown as { Office?: { onReady?: unknown } }).Office;
  const entry: StartupSignals['entry'] =
    declared === null ? (script !== null ? 'office' : 'demo') : ENTRIES.includes(declared as StartupSignals['entry']) ? (declared as StartupSignals['entry']) : 'demo';
  return {
    entry,
    officeJsUrl: script ? script.src : null,
    officeJsSource: SOURCES.includes(source as OfficeJsSource) ? (source as OfficeJsSource) : null,
    officeLoaded: typeof office === 'object' && office !== null && typeof office.onReady === 'function',
    hostInfo: new URLSearchParams(win.location.search).get('_host_Info'),
    externalGetContext,
    wps: { application: classifyWpsApplication(wpsApplication(win)), userAgent: isWpsUserAgent(win.navigator?.userAgent) },
  };
}

/**
 * Resolves once Office is ready (or at once for the demo and when office.js is missing).
 * `onSlow` is called if Office.onReady has not answered after OFFICE_READY_PATIENCE_MS; the
 * promise still resolves when it does.
 */
export async function detectStartup(onSlow?: (problem: StartupProblem) => void): Promise<Startup> {
  const signals = readSignals();
  const plan = planStartup(signals);
  if (plan.mode === 'demo') return { mode: 'demo' };
  if (plan.mode === 'problem') return plan;
  // zh-CN unless the page asks otherwise (?lang=en-US): WPS's JSAPI has no display-language property a pane can rely on
  if (plan.mode === 'wps') return { mode: 'wps', application: wpsApplication(window), displayLanguage: new URLSearchParams(window.location.search).get('lang') ?? 'zh-CN' };
  const timer = setTimeout(() => onSlow?.({ kind: 'office-slow', url: signals.officeJsUrl ?? '' }), OFFICE_READY_PATIENCE_MS);
  let info: { host: Office.HostType | null };
  try {
    info = await Office.onReady();
  } finally {
    clearTimeout(timer);
  }
  const after = planAfterReady(info.host === null || info.host === undefined ? null : String(info.host));
  if (after.mode === 'problem') return after;
  const theme = Office.context.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  return { mode: 'excel', displayLanguage: Office.context.displayLanguage ?? '', officeTheme: theme ?? null };
}

/**
 * The Excel host. Loaded lazily so the demo never touches Excel.* globals. Requirement sets count
 * only when the loaded office.js library also implements them (a self-hosted copy can lag Excel).
 */
export async function createExcelHost(): Promise<WorkbookHost> {
  const [{ ExcelHost }, { officeEnvironment }] = await Promise.all([import('../excel/excel-host'), import('../excel/environment')]);
  const env = officeEnvironment();
  const excel = Excel as unknown as ExcelNamespace;
  const missing = missingLibraryApis(excel);
  if (missing.length > 0) console.warn(`budget-check: the loaded office.js lacks ${missing.join('; ')} — those features are off`);
  return new ExcelHost({ ...env, isSetSupported: libraryAwareIsSetSupported((n, v) => env.isSetSupported(n, v), excel) });
}

/**
 * The WPS host on WPS 表格's JSAPI `Application`. Loaded lazily, like the Excel host, so neither the
 * demo nor Excel ever loads the WPS adapter. The only import of src/wps in the pane.
 */
export async function createWpsPaneHost(application: unknown): Promise<WorkbookHost> {
  const { createWpsHost } = await import('../wps/host');
  return createWpsHost(application as Parameters<typeof createWpsHost>[0]);
}
