/**
 * The ribbon callbacks of the WPS 表格 加载项 (ribbon.xml), bundled into index.html's `wps-ribbon`
 * script. WPS calls them by name as globals: OnAddinLoad(ribbonUI) once when the add-in loads,
 * OnAction(control) for the 校验助手 button, GetImage(control) for its icon. The button toggles one
 * task pane: created with Application.CreateTaskPane(<add-in folder>/taskpane.html) the first time,
 * its ID kept in Application.PluginStorage (shared by all pages of the add-in), and from then on
 * shown or hidden. Written against an injected `Application` so it is unit-tested without WPS
 * (test/wps-addin/ribbon.test.ts); the shapes below are the few JSAPI members it uses.
 */

import type { Localized } from '../core/i18n';

export const RIBBON_MESSAGES = {
  failed: { 'zh-CN': '预算表校验助手出错：', 'en-US': 'Budget Check failed: ' },
} satisfies Record<string, Localized>;

/** A custom task pane of the WPS JSAPI (like Office's CustomTaskPane). */
export interface WpsTaskPane {
  readonly ID: string | number;
  Visible: boolean;
  DockPosition?: number;
  Width?: number;
}

/**
 * The members of WPS's `Application` that the ribbon uses (et-jsapi-declare's AddonRoot declares them;
 * test/wps-addin/ribbon.test.ts checks that the declared type fits).
 */
export interface WpsRibbonApplication {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: string | number): WpsTaskPane | null | undefined;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  ribbonUI?: unknown;
}

/** What WPS passes to OnAction / GetImage: the ribbon control, by its id in ribbon.xml. */
export interface RibbonControl {
  readonly Id: string;
}

export const PANE_BUTTON_ID = 'btnBudgetCheckPane';
/** PluginStorage key of the pane's ID. */
export const PANE_ID_KEY = 'budgetCheck.taskPaneId';
/** The pane page, relative to the add-in's folder (the page that hosts this script). */
export const PANE_PAGE = 'taskpane.html';
/** The button's icon, relative to the add-in's folder; copied there by the WPS build. */
export const PANE_ICON = 'assets/icon-64.png';
/** msoCTPDockPositionRight: the pane docks on the right, like Excel's. */
const DOCK_RIGHT = 2;
/** Pane width in pixels at 100 % scaling: the pane's layout is designed for Excel's 350-400 px. */
const PANE_WIDTH = 380;

/** The folder of a page's URL, with its trailing slash: http://srv/wps/index.html → http://srv/wps/. */
export function addinFolderUrl(pageUrl: string): string {
  const withoutQuery = pageUrl.split(/[?#]/)[0];
  return withoutQuery.slice(0, withoutQuery.lastIndexOf('/') + 1);
}

/** The pane's URL next to the page that runs the ribbon. */
export function paneUrl(pageUrl: string): string {
  return `${addinFolderUrl(pageUrl)}${PANE_PAGE}`;
}

/** The pane the add-in created before, if WPS still has it. */
function existingPane(app: WpsRibbonApplication): WpsTaskPane | null {
  const id = app.PluginStorage.getItem(PANE_ID_KEY);
  if (id === null || id === undefined || id === '') return null;
  return app.GetTaskPane(id as string | number) ?? null;
}

/**
 * Opens the pane, or hides it when it is showing. Returns whether it is visible afterwards.
 * A pane ID that WPS no longer knows (the pane was closed with its window) is replaced by a new pane.
 */
export function togglePane(app: WpsRibbonApplication, pageUrl: string): boolean {
  const pane = existingPane(app);
  if (pane) {
    pane.Visible = !pane.Visible;
    return pane.Visible;
  }
  const created = app.CreateTaskPane(paneUrl(pageUrl));
  app.PluginStorage.setItem(PANE_ID_KEY, created.ID);
  created.DockPosition = DOCK_RIGHT;
  created.Width = PANE_WIDTH;
  created.Visible = true;
  return true;
}

/** The ribbon callbacks, bound to one Application and page URL. */
export function ribbonCallbacks(getApp: () => WpsRibbonApplication, pageUrl: () => string) {
  return {
    OnAddinLoad(ribbonUI: unknown): boolean {
      const app = getApp();
      if (typeof app.ribbonUI !== 'object' || app.ribbonUI === null) app.ribbonUI = ribbonUI;
      // PluginStorage is not persisted (et-jsapi-declare), but a reloaded add-in may find its old value: no pane has that ID now
      app.PluginStorage.setItem(PANE_ID_KEY, '');
      return true;
    },
    OnAction(control: RibbonControl): boolean {
      if (control.Id === PANE_BUTTON_ID) togglePane(getApp(), pageUrl());
      return true;
    },
    GetImage(control: RibbonControl): string {
      return control.Id === PANE_BUTTON_ID ? PANE_ICON : '';
    },
  };
}
