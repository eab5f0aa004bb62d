/** Messages of the Office.js adapter (src/excel), zh-CN first. */
import type { MessageTable } from '../core/i18n';

export const EXCEL_MESSAGES = {
  syncFailed: { 'zh-CN': 'Excel 操作失败（{code}）：{error}', 'en-US': 'Excel reported an error ({code}): {error}' },
  accessDenied: {
    'zh-CN': 'Excel 拒绝了修改（{code}）：工作表或工作簿可能受保护，或正处于单元格编辑状态。{error}',
    'en-US': 'Excel refused the change ({code}): the sheet or workbook may be protected, or a cell is being edited. {error}',
  },
  sheetNotFound: { 'zh-CN': '找不到工作表（可能已被重命名或删除）：{error}', 'en-US': 'A worksheet was not found (renamed or deleted?): {error}' },
  tooManyMerges: {
    'zh-CN': 'Excel 无法列出工作表的合并单元格，即使逐行读取也失败（{sheet}）',
    'en-US': 'Excel cannot list the merged cells of the sheet, even one row at a time ({sheet})',
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
  writeInterrupted: {
    'zh-CN': '写入在第 {done} 次提交时失败，之前的提交已写入工作簿',
    'en-US': 'The write failed in round trip {done}; the earlier round trips are already in the workbook',
  },
} satisfies MessageTable;
