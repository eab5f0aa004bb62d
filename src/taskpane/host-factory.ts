/**
 * Which host the pane runs on. Inside Excel: the Office.js adapter (src/excel). Anywhere else
 * (Office.onReady reports no host, or office.js is not loaded at all): the browser demo.
 */
import type { WorkbookHost } from '../host/host';

export type Startup =
  | { mode: 'excel'; displayLanguage: string; officeTheme: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | null }
  | { mode: 'demo' };

/** Resolves once Office is ready, or at once outside Office. */
export async function detectStartup(): Promise<Startup> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { mode: 'demo' };
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) {
    const theme = Office.context.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
    return { mode: 'excel', displayLanguage: Office.context.displayLanguage ?? '', officeTheme: theme ?? null };
  }
  return { mode: 'demo' };
}

/** The Excel host. Loaded lazily so the demo bundle path never touches Excel.* globals. */
export async function createExcelHost(): Promise<WorkbookHost> {
  const [{ ExcelHost }, { officeEnvironment }] = await Promise.all([import('../excel/excel-host'), import('../excel/environment')]);
  return new ExcelHost(officeEnvironment());
}
