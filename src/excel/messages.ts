/** Messages of the Office.js adapter (src/excel), zh-CN first. */
import type { MessageTable } from '../core/i18n';

export const EXCEL_MESSAGES = {
  syncFailed: { 'zh-CN': 'Excel 操作失败（{code}）：{error}', 'en-US': 'Excel reported an error ({code}): {error}' },
  accessDenied: {
    'zh-CN': 'Excel 拒绝了修改（{code}）：工作表或工作簿可能受保护，或正处于单元格编辑状态。{error}',
    'en-US': 'Excel refused the change ({code}): the sheet or workbook may be protected, or a cell is being edited. {error}',
  },
  cellEditMode: {
    'zh-CN': 'Excel 正处于单元格编辑状态（{code}），请按 Enter 或 Esc 结束编辑后再试。{error}',
    'en-US': 'Excel is in cell-edit mode ({code}); press Enter or Esc to finish editing, then try again. {error}',
  },
  undoNotSupported: {
    'zh-CN': 'Excel 无法把这次修改合并为一步撤销（{code}），未能完成：{error}',
    'en-US': 'Excel cannot group this change into one undo step ({code}); it was not completed: {error}',
  },
  payloadLimit: {
    'zh-CN': '数据量超过 Excel 单次请求的上限（{code}）：{error}',
    'en-US': 'The data exceeds what Excel accepts in one request ({code}): {error}',
  },
  noteNotFound: { 'zh-CN': '找不到批注（可能已被删除）：{error}', 'en-US': 'A note was not found (deleted?): {error}' },
  itemNotFound: { 'zh-CN': 'Excel 找不到要操作的对象（{code}）：{error}', 'en-US': 'Excel could not find the object ({code}): {error}' },
  sheetNotFound: { 'zh-CN': '找不到工作表（可能已被重命名或删除）：{error}', 'en-US': 'A worksheet was not found (renamed or deleted?): {error}' },
  tooManyMerges: {
    'zh-CN': 'Excel 无法列出工作表的合并单元格，即使分块读取也失败（{sheet}）：{error}',
    'en-US': 'Excel cannot list the merged cells of the sheet, even in small pieces ({sheet}): {error}',
  },
  payloadTooLarge: {
    'zh-CN': '即使按最小分块读取，Excel 仍报告数据量超过单次请求上限（{sheet} 第 {row} 行起）',
    'en-US': 'Excel reports the request is too large even in the smallest chunk ({sheet}, from row {row})',
  },
  notesUnsupported: {
    'zh-CN': '此版本的 Excel 不支持批注（需要 ExcelApi 1.18），已仅用底色标记',
    'en-US': 'This Excel does not support notes (ExcelApi 1.18 needed); cells are marked with fills only',
  },
  settingsSaveFailed: { 'zh-CN': '保存文档设置失败：{error}', 'en-US': 'Could not save the document settings: {error}' },
  settingsTooLarge: {
    'zh-CN': '文档设置已满（约 {size} KB，Excel 只能保存约 1 MB），未能保存：{error}',
    'en-US': 'The document settings are full (about {size} KB; Excel keeps about 1 MB) and could not be saved: {error}',
  },
  writeInterrupted: {
    'zh-CN': '写入在第 {done} 次提交时失败，之前的提交已写入工作簿',
    'en-US': 'The write failed in round trip {done}; the earlier round trips are already in the workbook',
  },
} satisfies MessageTable;
