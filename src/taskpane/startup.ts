/**
 * How the pane starts, decided from what the page can see before any host exists. Pure (the signals
 * are gathered by host-factory.ts), so every branch is unit-tested without a browser.
 *
 * The rule: the page decides, not a guess. dist/taskpane.html is the Office entry (the manifest's
 * SourceLocation; it carries data-entry="office" and the office.js <script id="office-js">), and
 * dist/demo.html is the demo entry. The Office entry never shows the demo: when office.js did not
 * load, when Office.onReady names no host (the page was opened in a plain browser) or a host other
 * than Excel, it shows what went wrong and what to do, in Chinese and English (office.js, which
 * would tell the display language, may be exactly what is missing).
 *
 * Whether the page is inside Office although office.js did not load is only a hint that sharpens
 * the message: Office adds `_host_Info=Excel$Win32$16.01$zh-CN$…` to the pane's URL (desktop and
 * web), the old Windows webviews expose `window.external.GetContext`, and the Windows/Mac webviews'
 * user agents are not told apart reliably, so they are not used.
 *
 * WPS Office (WPS 表格 on Windows, UOS, Kylin) is decided before anything about office.js: a WPS
 * 加载项 page sees `window.Application`, WPS's JSAPI object model (synchronous, VBA-like). When it
 * is the spreadsheet application (it has `ActiveWorkbook` / `Workbooks`, and `CreateTaskPane`) the
 * pane runs on the WPS host (src/wps), whichever page it is; the WPS build's page (release-wps/,
 * data-entry="wps", no office.js) shown anywhere else says so, never the demo. demo.html stays the
 * demo everywhere.
 */
import type { Localized } from '../core/i18n';

export type OfficeJsSource = 'cdn' | 'china' | 'local';

/** What the page sees of WPS Office: its JSAPI `Application` (spreadsheet or another WPS application), and its user agent. */
export interface WpsSignals {
  /** `window.Application` of a WPS 加载项 page: 'et' when it is WPS 表格 (has ActiveWorkbook / Workbooks), 'other' for WPS 文字 / 演示, null without it. */
  application: 'et' | 'other' | null;
  /** The user agent names WPS (WpsOffice / Kingsoft); the JSAPI may still be switched off (oem.ini JsApiPlugin). */
  userAgent: boolean;
}

export interface StartupSignals {
  /** data-entry of the page: 'office' for taskpane.html, 'demo' for demo.html, 'wps' for the WPS build's taskpane.html. */
  entry: 'office' | 'demo' | 'wps';
  /** The office.js <script> of the page (its src), or null when the page has none. */
  officeJsUrl: string | null;
  /** How the build loads office.js (data-source of that script). */
  officeJsSource: OfficeJsSource | null;
  /** Whether the Office global with onReady exists (office.js ran). */
  officeLoaded: boolean;
  /** The `_host_Info` query parameter Office adds to the pane's URL, if any. */
  hostInfo: string | null;
  /** window.external has Office's GetContext (Internet Explorer / EdgeHTML webviews of Office on Windows). */
  externalGetContext: boolean;
  /** WPS Office around the page, if any. */
  wps: WpsSignals;
}

export type StartupProblem =
  /** office.js did not run: blocked, unreachable, or the local copy missing from the server. */
  | { kind: 'office-js-missing'; insideOffice: boolean; host: string | null; url: string; source: OfficeJsSource | null }
  /** office.js ran and Office.onReady named no host: an ordinary browser tab. */
  | { kind: 'outside-office' }
  /** Office.onReady named another application (the manifest is Excel-only, but a copied URL could open elsewhere). */
  | { kind: 'not-excel'; host: string }
  /** Office.onReady has not answered after a while (shown while still waiting). */
  | { kind: 'office-slow'; url: string }
  /** Inside WPS Office, but not WPS 表格 (the ribbon button opened the pane in WPS 文字 or 演示). */
  | { kind: 'wps-not-spreadsheet' }
  /** The user agent is WPS's but the page has no JSAPI `Application`: 加载项 are switched off (oem.ini JsApiPlugin=true) or the page was opened outside a 加载项. */
  | { kind: 'wps-api-missing' }
  /** The WPS build's pane opened in an ordinary browser (or another host). */
  | { kind: 'outside-wps' };

export type StartupPlan = { mode: 'demo' } | { mode: 'office' } | { mode: 'wps' } | { mode: 'problem'; problem: StartupProblem };

/** The user agent of WPS Office's embedded Chromium names the product (e.g. "… WpsOffice/12.1 …", "… Kingsoft …"). */
const WPS_USER_AGENT = /\bwps ?office\b|\bkingsoft\b|\bwps\/\d/i;

/** Whether a user agent string is WPS Office's. */
export function isWpsUserAgent(userAgent: string | null | undefined): boolean {
  return typeof userAgent === 'string' && WPS_USER_AGENT.test(userAgent);
}

/** Whether `name` is a member of `app`; the JSAPI's bound objects can throw on access, which counts as absent. */
function hasMember(app: object, name: string): boolean {
  try {
    return name in app && (app as Record<string, unknown>)[name] !== undefined;
  } catch {
    // a native accessor that throws: treat the member as missing (the pane then says which application it needs)
    return false;
  }
}

/**
 * Which WPS application `window.Application` is: WPS 表格's has ActiveWorkbook / Workbooks (the ET
 * object model); 文字 and 演示 have CreateTaskPane / PluginStorage with ActiveDocument /
 * ActivePresentation instead. Excel's Office.js has no `Application` global, so this never fires
 * inside Office. Members are tested with `in` and one read (ActiveWorkbook is null, but present,
 * while no workbook is open).
 */
export function classifyWpsApplication(app: unknown): WpsSignals['application'] {
  if ((typeof app !== 'object' && typeof app !== 'function') || app === null) return null;
  if (hasMember(app, 'ActiveWorkbook') || hasMember(app, 'Workbooks')) return 'et';
  if (['CreateTaskPane', 'PluginStorage', 'ActiveDocument', 'ActivePresentation'].some((m) => hasMember(app, m))) return 'other';
  return null;
}

/** Splits `_host_Info` ("Excel$Win32$16.01$zh-CN$$$$0", sometimes "excel|win32|…") into host, platform, version, locale. */
export function parseHostInfo(hostInfo: string | null): { host: string; platform: string; version: string; locale: string } | null {
  if (!hostInfo) return null;
  const parts = hostInfo.split(/[$|]/);
  if (parts.length < 2 || !parts[0]) return null;
  return { host: parts[0], platform: parts[1] ?? '', version: parts[2] ?? '', locale: parts[3] ?? '' };
}

/** Before Office.onReady: demo, WPS, wait for Office, or a problem already known. */
export function planStartup(s: StartupSignals): StartupPlan {
  if (s.entry === 'demo') return { mode: 'demo' };
  if (s.wps.application === 'et') return { mode: 'wps' };
  if (s.wps.application === 'other') return { mode: 'problem', problem: { kind: 'wps-not-spreadsheet' } };
  if (s.wps.userAgent) return { mode: 'problem', problem: { kind: 'wps-api-missing' } };
  if (s.entry === 'wps') return { mode: 'problem', problem: { kind: 'outside-wps' } };
  if (!s.officeLoaded) {
    const info = parseHostInfo(s.hostInfo);
    return {
      mode: 'problem',
      problem: {
        kind: 'office-js-missing',
        insideOffice: info !== null || s.externalGetContext,
        host: info ? [info.host, info.platform, info.version].filter(Boolean).join(' ') : null,
        url: s.officeJsUrl ?? '',
        source: s.officeJsSource,
      },
    };
  }
  return { mode: 'office' };
}

/** After Office.onReady: Excel, or the problem to show. `host` is Office.HostType as a string, or null. */
export function planAfterReady(host: string | null | undefined): StartupPlan {
  if (!host) return { mode: 'problem', problem: { kind: 'outside-office' } };
  if (host !== 'Excel') return { mode: 'problem', problem: { kind: 'not-excel', host } };
  return { mode: 'office' };
}

/** Milliseconds the pane waits for Office.onReady before it says that Office is slow (and keeps waiting). */
export const OFFICE_READY_PATIENCE_MS = 15_000;

export const STARTUP_MESSAGES = {
  title: { 'zh-CN': '预算表校验助手无法启动', 'en-US': 'Budget Check could not start' },
  officeJsMissing: {
    'zh-CN': '未能加载 Office 的脚本库 office.js（{url}）。没有它，加载项无法读取工作簿。',
    'en-US': 'Office’s script library office.js ({url}) could not be loaded. Without it the add-in cannot read the workbook.',
  },
  insideOffice: { 'zh-CN': '运行环境：{host}。', 'en-US': 'Running in: {host}.' },
  todoCdn: {
    'zh-CN': '本版本从微软 CDN 加载 office.js。请让网络管理员放行 appsforoffice.microsoft.com（HTTPS），或改用 OFFICE_JS=local 构建的版本（office.js 随加载项部署，适用于内网）。',
    'en-US': 'This build loads office.js from Microsoft’s CDN. Ask your network administrator to allow appsforoffice.microsoft.com (HTTPS), or deploy a build made with OFFICE_JS=local (office.js served with the add-in, for intranets).',
  },
  todoChina: {
    'zh-CN': '本版本从世纪互联（Office 365 中国版）CDN 加载 office.js。请让网络管理员放行 appsforoffice.cdn.partner.office365.cn（HTTPS），或改用 OFFICE_JS=local 构建的版本。',
    'en-US': 'This build loads office.js from the 21Vianet CDN (Office 365 operated in China). Ask your network administrator to allow appsforoffice.cdn.partner.office365.cn (HTTPS), or deploy a build made with OFFICE_JS=local.',
  },
  todoLocal: {
    'zh-CN': '本版本从加载项所在的服务器加载 office.js，但服务器上缺少该文件或无法访问。请让管理员按 docs/deploy.md 把 release/ 文件夹完整复制到服务器（包括 office-js/ 子文件夹）。',
    'en-US': 'This build loads office.js from the add-in’s own server, and the file is missing there or unreachable. Ask your administrator to copy the whole release/ folder to the server as docs/deploy.md describes (the office-js/ folder included).',
  },
  outsideOffice: {
    'zh-CN': '此页面是 Excel 加载项的任务窗格，需要在 Excel 中打开：在“开始”选项卡点击“校验助手”。不用 Excel 试用请打开浏览器演示：',
    'en-US': 'This page is the task pane of an Excel add-in and opens inside Excel: on the Home tab, click Budget Check. To try it without Excel, open the browser demo:',
  },
  demoLink: { 'zh-CN': '浏览器演示（demo.html）', 'en-US': 'browser demo (demo.html)' },
  notExcel: {
    'zh-CN': '此加载项只能在 Excel 中使用，当前应用是 {host}。',
    'en-US': 'This add-in works in Excel only; this application is {host}.',
  },
  officeSlow: {
    'zh-CN': 'Office 仍未响应（office.js 已从 {url} 加载）。请稍候；若一直如此，请关闭任务窗格后重新打开，或重启 Excel。',
    'en-US': 'Office has not answered yet (office.js was loaded from {url}). Please wait; if this persists, close and reopen the pane, or restart Excel.',
  },
  waiting: { 'zh-CN': '正在连接 Office…', 'en-US': 'Connecting to Office…' },
  wpsNotSpreadsheet: {
    'zh-CN': '预算表校验助手只能在 WPS 表格中使用。请在 WPS 表格中打开预算工作簿，再点击“预算表校验”选项卡中的“校验助手”。',
    'en-US': 'Budget Check works in WPS Spreadsheets only. Open the budget workbook in WPS Spreadsheets and click Budget Check on the 预算表校验 tab.',
  },
  wpsApiMissing: {
    'zh-CN': '当前是 WPS Office，但页面没有取得 WPS 加载项接口（JSAPI）。请让管理员按 docs/wps.md 在 oem.ini 的 [Support] 中设置 JsApiPlugin=true 并部署加载项，然后从 WPS 表格的“预算表校验”选项卡打开任务窗格。',
    'en-US': 'This is WPS Office, but the page has no WPS add-in interface (JSAPI). Ask your administrator to set JsApiPlugin=true under [Support] in oem.ini and deploy the add-in as docs/wps.md describes, then open the pane from the 预算表校验 tab of WPS Spreadsheets.',
  },
  outsideWps: {
    'zh-CN': '此页面是 WPS 表格加载项的任务窗格，需要在 WPS 表格中打开：点击“预算表校验”选项卡中的“校验助手”。不用 WPS 试用请打开浏览器演示：',
    'en-US': 'This page is the task pane of a WPS Spreadsheets add-in and opens inside WPS: click Budget Check on the 预算表校验 tab. To try it without WPS, open the browser demo:',
  },
} satisfies Record<string, Localized>;
