/** Messages of the WPS 表格 (ET JSAPI) adapter (src/wps), zh-CN first. */
import type { MessageTable } from '../core/i18n';

export const WPS_MESSAGES = {
  callFailed: { 'zh-CN': 'WPS 表格{action}失败：{error}', 'en-US': 'WPS Spreadsheets failed while {action}: {error}' },
  noWorkbook: {
    'zh-CN': 'WPS 表格中没有打开的工作簿，请先打开要校验的预算表',
    'en-US': 'No workbook is open in WPS Spreadsheets; open the budget workbook first',
  },
  sheetNotFound: {
    'zh-CN': '找不到工作表“{sheet}”（可能已被重命名或删除）',
    'en-US': 'The worksheet "{sheet}" was not found (renamed or deleted?)',
  },
  /** A failure while reading cells or writing edits: the undo journal's message around it says what was being done. */
  reported: { 'zh-CN': 'WPS 表格报告错误：{error}', 'en-US': 'WPS Spreadsheets reported an error: {error}' },
  notAColour: { 'zh-CN': '不是有效的颜色：{color}', 'en-US': 'Not a valid colour: {color}' },
  settingDamaged: {
    'zh-CN': '文档属性中的设置“{key}”已损坏（缺少第 {part} 段），请清除标记后重试',
    'en-US': 'The setting "{key}" in the document properties is damaged (part {part} is missing); clear the marks and try again',
  },
  settingUnreadable: {
    'zh-CN': '文档属性中的设置“{key}”无法解析：{error}',
    'en-US': 'The setting "{key}" in the document properties cannot be parsed: {error}',
  },
  settingSaveFailed: {
    'zh-CN': '保存文档属性“{key}”失败，原有设置未改变：{error}',
    'en-US': 'Could not save the document property "{key}"; the previous setting is unchanged: {error}',
  },
  settingCleanupFailed: {
    'zh-CN': '设置“{key}”已保存，但清理旧的文档属性失败（不影响使用）：{error}',
    'en-US': 'The setting "{key}" was saved, but removing its old document properties failed (harmless): {error}',
  },
  // The {action} of callFailed: what the adapter was doing, as a phrase.
  actionSheetNames: { 'zh-CN': '读取工作表列表', 'en-US': 'listing the worksheets' },
  actionRead: { 'zh-CN': '读取工作表“{sheet}”', 'en-US': 'reading the worksheet "{sheet}"' },
  actionSelect: { 'zh-CN': '选中单元格 {sheet}!{cell}', 'en-US': 'selecting the cell {sheet}!{cell}' },
  actionSettings: { 'zh-CN': '读取文档属性“{key}”', 'en-US': 'reading the document property "{key}"' },
} satisfies MessageTable;
