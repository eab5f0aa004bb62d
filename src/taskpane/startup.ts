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
 */
import type { Localized } from '../core/i18n';

export type OfficeJsSource = 'cdn' | 'china' | 'local';

export interface StartupSignals {
  /** data-entry of the page: 'office' for taskpane.html, 'demo' for demo.html. */
  entry: 'office' | 'demo';
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
}

export type StartupProblem =
  /** office.js did not run: blocked, unreachable, or the local copy missing from the server. */
  | { kind: 'office-js-missing'; insideOffice: boolean; host: string | null; url: string; source: OfficeJsSource | null }
  /** office.js ran and Office.onReady named no host: an ordinary browser tab. */
  | { kind: 'outside-office' }
  /** Office.onReady named another application (the manifest is Excel-only, but a copied URL could open elsewhere). */
  | { kind: 'not-excel'; host: string }
  /** Office.onReady has not answered after a while (shown while still waiting). */
  | { kind: 'office-slow'; url: string };

export type StartupPlan = { mode: 'demo' } | { mode: 'office' } | { mode: 'problem'; problem: StartupProblem };

/** Splits `_host_Info` ("Excel$Win32$16.01$zh-CN$$$$0", sometimes "excel|win32|…") into host, platform, version, locale. */
export function parseHostInfo(hostInfo: string | null): { host: string; platform: string; version: string; locale: string } | null {
  if (!hostInfo) return null;
  const parts = hostInfo.split(/[$|]/);
  if (parts.length < 2 || !parts[0]) return null;
  return { host: parts[0], platform: parts[1] ?? '', version: parts[2] ?? '', locale: parts[3] ?? '' };
}

/** Before Office.onReady: demo, wait for Office, or a problem already known. */
export function planStartup(s: StartupSignals): StartupPlan {
  if (s.entry === 'demo') return { mode: 'demo' };
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
} satisfies Record<string, Localized>;
