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
  undoConflict: {
    'zh-CN': '未撤销“{label}”：{cells} 在写入后已被更改（可能已在 Excel 中按 Ctrl+Z 撤销，或手动修改过）。为免覆盖您的修改，没有做任何更改。',
    'en-US': 'Did not undo "{label}": {cells} changed after it was written (undone with Ctrl+Z in Excel, or edited by hand). To avoid overwriting your changes, nothing was changed.',
  },
  undoCheckFailed: {
    'zh-CN': '未撤销“{label}”：无法读取它写入的单元格以确认未被更改，没有做任何更改：{error}',
    'en-US': 'Did not undo "{label}": the cells it wrote could not be read to check they are unchanged; nothing was changed: {error}',
  },
  marksFull: {
    'zh-CN': '标记记录已满：{count} 个单元格的标记约需 {size} KB，超过文档设置可保存的 {limit} KB。未做任何修改；请先清除标记，或只标记错误级问题。',
    'en-US': 'The marks record is full: marks for {count} cells need about {size} KB, more than the {limit} KB the document settings can keep. Nothing was changed; clear the marks first, or mark errors only.',
  },
  fillsApproximate: {
    'zh-CN': '{count} 个单元格原有图案填充，Excel 未提供其背景色，已按图案和图案颜色恢复，背景色可能不同。',
    'en-US': '{count} cells had a pattern fill whose background colour Excel does not report; the pattern and its colour were restored, the background may differ.',
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
