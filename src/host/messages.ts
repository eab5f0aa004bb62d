/**
 * Messages of the host-independent write path (undo journal 撤销记录, marks 标记) and the error
 * type every host-side failure is reported with, so the pane can show it in the user's language.
 */
import { localize, type Localized, type MessageParams, type MessageTable } from '../core/i18n';

export const HOST_MESSAGES = {
  readBeforeFailed: {
    'zh-CN': '写入前读取单元格原状失败，未做任何修改：{error}',
    'en-US': 'Could not read the cells before writing; nothing was changed: {error}',
  },
  writeFailedRolledBack: {
    'zh-CN': '写入失败，已恢复原状：{error}',
    'en-US': 'The write failed and the workbook was restored: {error}',
  },
  writeFailedPartial: {
    'zh-CN': '写入失败，工作簿可能已被部分修改，请检查：{cells}。原因：{error}',
    'en-US': 'The write failed and the workbook may be partly changed; please check {cells}. Cause: {error}',
  },
  writeFailedRollbackFailed: {
    'zh-CN': '写入失败，且恢复原状也失败，工作簿可能已被部分修改，请检查：{cells}。原因：{error}；恢复时：{rollbackError}',
    'en-US': 'The write failed and so did restoring; the workbook may be partly changed, please check {cells}. Cause: {error}; while restoring: {rollbackError}',
  },
  undoFailed: {
    'zh-CN': '撤销“{label}”失败，可再试一次：{error}',
    'en-US': 'Could not undo "{label}"; you can try again: {error}',
  },
  deleteRowsNotJournaled: {
    'zh-CN': '不支持可撤销地删除行（{sheet} 第 {row} 行起 {count} 行）',
    'en-US': 'Deleting rows cannot be undone and is not allowed ({count} rows from row {row} on {sheet})',
  },
  deleteSheetNotJournaled: {
    'zh-CN': '不支持可撤销地删除工作表“{sheet}”',
    'en-US': 'Deleting the sheet "{sheet}" cannot be undone and is not allowed',
  },
  settingsFailed: {
    'zh-CN': '保存文档设置“{key}”失败：{error}',
    'en-US': 'Could not save the document setting "{key}": {error}',
  },
  markLabel: { 'zh-CN': '标记到表格（{count} 个单元格）', 'en-US': 'Mark {count} cells in the sheet' },
  clearLabel: { 'zh-CN': '清除标记（{count} 个单元格）', 'en-US': 'Clear marks from {count} cells' },
  notePrefix: { 'zh-CN': '【预算表校验助手】', 'en-US': '[Budget check] ' },
  noteLine: { 'zh-CN': '{severity}：{message}{expected}', 'en-US': '{severity}: {message}{expected}' },
  noteExpected: { 'zh-CN': '（应为 {value}）', 'en-US': ' (expected {value})' },
  severityError: { 'zh-CN': '错误', 'en-US': 'Error' },
  severityWarning: { 'zh-CN': '警告', 'en-US': 'Warning' },
  severityInfo: { 'zh-CN': '提示', 'en-US': 'Info' },
} satisfies MessageTable;

export type HostMessageKey = keyof typeof HOST_MESSAGES;

/** An error with a message for the user in both languages; `cause` keeps the original error. */
export class HostError extends Error {
  readonly localized: Localized;
  readonly cause?: unknown;
  constructor(localized: Localized, cause?: unknown) {
    super(localized['en-US']);
    this.name = 'HostError';
    this.localized = localized;
    this.cause = cause;
  }
}

/**
 * Builds a HostError from the table. When `cause` is given and params has no `error`, {error} is
 * filled per language with the cause's own text (a HostError cause keeps its two languages).
 */
export function hostError(key: HostMessageKey, params: MessageParams = {}, cause?: unknown): HostError {
  return new HostError(localizeWithCause(HOST_MESSAGES[key], params, cause), cause);
}

export function localizeWithCause(entry: Localized, params: MessageParams, cause?: unknown): Localized {
  if (cause === undefined || 'error' in params) return localize(entry, params);
  const c = errorLocalized(cause);
  return {
    'zh-CN': localize(entry, { ...params, error: c['zh-CN'] })['zh-CN'],
    'en-US': localize(entry, { ...params, error: c['en-US'] })['en-US'],
  };
}

/** The text of any thrown thing, for the {error} placeholder: never an empty string. */
export function errorText(e: unknown): string {
  if (e instanceof HostError) return e.localized['en-US'];
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

/** Both languages of an error, for a pane that shows any thrown thing. */
export function errorLocalized(e: unknown): Localized {
  if (e instanceof HostError) return e.localized;
  const text = errorText(e);
  return { 'zh-CN': text, 'en-US': text };
}
