/** Office errors → HostError with a zh-CN/en-US message; the original error is kept as `cause`. */
import { localize } from '../core/i18n';
import { HostError } from '../host/messages';
import { EXCEL_MESSAGES } from './messages';

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string };
}

export function officeErrorCode(e: unknown): string {
  const code = (e as OfficeLikeError | null)?.code;
  return typeof code === 'string' && code ? code : 'Unknown';
}

export function isPayloadTooLarge(e: unknown): boolean {
  const err = e as OfficeLikeError | null;
  return err?.code === 'RequestPayloadSizeLimitExceeded' || /payload size/i.test(err?.message ?? '');
}

export function wrapOfficeError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const err = e as OfficeLikeError | null;
  const code = officeErrorCode(e);
  const where = err?.debugInfo?.errorLocation ? ` [${err.debugInfo.errorLocation}]` : '';
  const error = `${err?.message ?? String(e)}${where}`;
  const key =
    code === 'AccessDenied' || code === 'InvalidOperationInCellEditMode' ? 'accessDenied' : code === 'ItemNotFound' ? 'sheetNotFound' : 'syncFailed';
  return new HostError(localize(EXCEL_MESSAGES[key], { code, error }), e);
}
