/**
 * Which host the pane runs on, decided by the page (see startup.ts): demo.html is the browser demo;
 * taskpane.html (the Office entry) runs on the Office.js adapter (src/excel) once Office.onReady
 * reports Excel, and otherwise shows what went wrong — never the demo.
 */
import type { WorkbookHost } from '../host/host';
import { OFFICE_READY_PATIENCE_MS, planAfterReady, planStartup, type OfficeJsSource, type StartupProblem, type StartupSignals } from './startup';
import { libraryAwareIsSetSupported, missingLibraryApis, type ExcelNamespace } from './office-library';

export type Startup =
  | { mode: 'excel'; displayLanguage: string; officeTheme: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | null }
  | { mode: 'demo' }
  | { mode: 'problem'; problem: StartupProblem };

const SOURCES: readonly OfficeJsSource[] = ['cdn', 'china', 'local'];

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
  return {
    entry: declared === 'office' || (declared === null && script !== null) ? 'office' : 'demo',
    officeJsUrl: script ? script.src : null,
    officeJsSource: SOURCES.includes(source as OfficeJsSource) ? (source as OfficeJsSource) : null,
    officeLoaded: typeof office === 'object' && office !== null && typeof office.onReady === 'function',
    hostInfo: new URLSearchParams(win.location.search).get('_host_Info'),
    externalGetContext,
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
