/**
 * index.html's script: puts the ribbon callbacks (ribbon.ts) where WPS looks for them, on window.
 * Errors surface in WPS's developer tools (oem.ini JsApiShowWebDebugger=true, docs/wps.md) and as
 * an alert, since the hidden entry page has no other place to show them.
 */
import { RIBBON_MESSAGES, ribbonCallbacks, type WpsRibbonApplication } from './ribbon';

const win = window as unknown as Window & Record<string, unknown> & { Application?: WpsRibbonApplication };

function application(): WpsRibbonApplication {
  if (!win.Application) throw new Error('budget-check: window.Application (WPS JSAPI) is missing — is this page running as a WPS 加载项?');
  return win.Application;
}

const callbacks = ribbonCallbacks(application, () => window.location.href);

/** Wraps a callback so that a failure is reported instead of vanishing inside WPS. */
function reported<A extends unknown[], R>(name: string, fn: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      console.error(`budget-check ribbon ${name}:`, e);
      const detail = e instanceof Error ? e.message : String(e);
      window.alert(`${RIBBON_MESSAGES.failed['zh-CN']}${detail}\n${RIBBON_MESSAGES.failed['en-US']}${detail}`);
      return fallback;
    }
  };
}

win.OnAddinLoad = reported('OnAddinLoad', callbacks.OnAddinLoad, false);
win.OnAction = reported('OnAction', callbacks.OnAction, false);
win.GetImage = reported('GetImage', callbacks.GetImage, '');
