/**
 * Office errors → HostError with a zh-CN/en-US message; the original error is kept as `cause`.
 * Errors are told apart by `code` and `debugInfo.errorLocation` only: Excel translates its
 * messages into the UI language (docs "Error handling with the application-specific JavaScript
 * APIs": the code is what an add-in should test).
 */
import { localize } from '../core/i18n';
import { HostError } from '../host/messages';
import { EXCEL_MESSAGES } from './messages';

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; code?: string };
}

export function officeErrorCode(e: unknown): string {
  if (e instanceof HostError) return officeErrorCode(e.cause);
  const code = (e as OfficeLikeError | null)?.code;
  return typeof code === 'string' && code ? code : 'Unknown';
}

export function officeErrorLocation(e: unknown): string {
  if (e instanceof HostError) return officeErrorLocation(e.cause);
  const where = (e as OfficeLikeError | null)?.debugInfo?.errorLocation;
  return typeof where === 'string' ? where : '';
}

/** Request or response over Excel on the web's 5 MB (both codes; never the message text). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export function isRequestTooLarge(e: unknown): boolean {
  return officeErrorCode(e) === 'RequestPayloadSizeLimitExceeded';
}

/** Which message an Office error gets: by code, and for ItemNotFound by where it happened. */
export function messageKeyFor(code: string, location: string): keyof typeof EXCEL_MESSAGES {
  switch (code) {
    case 'AccessDenied':
      return 'accessDenied';
    case 'InvalidOperationInCellEditMode':
      return 'cellEditMode';
    case 'UndoNotSupported':
      return 'undoNotSupported';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return 'payloadLimit';
    case 'ItemNotFound':
      if (/^(Worksheet|WorksheetCollection)\b/.test(location)) return 'sheetNotFound';
      if (/^(Note|NoteCollection|Comment|CommentCollection)\b/.test(location)) return 'noteNotFound';
      return 'itemNotFound';
    default:
      return 'syncFailed';
  }
}

export function wrapOfficeError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const err = e as OfficeLikeError | null;
  const code = officeErrorCode(e);
  const location = officeErrorLocation(e);
  const where = location ? ` [${location}]` : '';
  const error = `${err?.message ?? String(e)}${where}`;
  return new HostError(localize(EXCEL_MESSAGES[messageKeyFor(code, location)], { code, error }), e);
}
