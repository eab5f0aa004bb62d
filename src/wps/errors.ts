/**
 * Object-model failures → HostError. The ET JSAPI is synchronous: a refused call (a protected
 * sheet, a name already taken, a cell in edit mode) throws a plain Error whose text WPS writes in
 * the UI language; it is kept as the cause and shown inside a message that says what we were doing.
 */
import { localize, type Localized } from '../core/i18n';
import { HostError, localizeWithCause } from '../host/messages';
import { WPS_MESSAGES } from './messages';

/** Runs one step against the object model; anything thrown becomes a HostError naming `action`. */
export function wpsStep<T>(action: Localized, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw wpsError(action, e);
  }
}

/** Anything thrown, as a HostError: a HostError as it is, else WPS's text inside `reported`. */
export function wpsReported(cause: unknown): HostError {
  if (cause instanceof HostError) return cause;
  return new HostError(localizeWithCause(WPS_MESSAGES.reported, {}, cause), cause);
}

export function wpsError(action: Localized, cause: unknown): HostError {
  if (cause instanceof HostError) return cause;
  const zh = localizeWithCause(WPS_MESSAGES.callFailed, { action: action['zh-CN'] }, cause)['zh-CN'];
  const en = localizeWithCause(WPS_MESSAGES.callFailed, { action: action['en-US'] }, cause)['en-US'];
  return new HostError({ 'zh-CN': zh, 'en-US': en }, cause);
}

export function actionOf(key: keyof typeof WPS_MESSAGES, params: Record<string, string | number> = {}): Localized {
  return localize(WPS_MESSAGES[key], params);
}
