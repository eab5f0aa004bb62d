/** Messages of the .xlsx reader, zh-CN first. */
import type { MessageTable } from '../core/i18n';

export const XLSX_MESSAGES = {
  missing: { 'zh-CN': '找不到文件：{file}', 'en-US': 'File not found: {file}' },
  notAFile: { 'zh-CN': '不是文件（可能是文件夹）：{file}', 'en-US': 'Not a file (perhaps a folder): {file}' },
  unreadable: { 'zh-CN': '无法读取文件 {file}：{error}', 'en-US': 'Cannot read {file}: {error}' },
  encrypted: {
    'zh-CN': '文件设有打开密码（已加密），无法读取：{file}。请在 Excel 中取消密码保护（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再检查。',
    'en-US': 'The file is protected by an opening password (encrypted) and cannot be read: {file}. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it) and check again.',
  },
  notSpreadsheet: {
    'zh-CN': '不是电子表格工作簿（.xlsx、.xlsm、.xls）：{file}',
    'en-US': 'Not a spreadsheet workbook (.xlsx, .xlsm, .xls): {file}',
  },
  cfbUnsupported: {
    'zh-CN': '无法识别的旧版 Office 文件（不是 .xls 工作簿，或是 Excel 95 及更早的格式）：{file}。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查。',
    'en-US': 'An old Office file that is not a readable .xls workbook (perhaps Excel 95 or older, or not a workbook at all): {file}. Open it in Excel or WPS, save it as .xlsx and check again.',
  },
  unsupportedFormat: {
    'zh-CN': '不支持的格式（{format}）：{file}。请在 WPS 或 Excel 中打开并另存为 .xlsx 后再检查。',
    'en-US': 'Unsupported format ({format}): {file}. Open it in WPS or Excel, save it as .xlsx and check again.',
  },
  damaged: {
    'zh-CN': '工作簿已损坏，无法读取：{file}（{error}）。请在 Excel 中打开并另存一份后再检查。',
    'en-US': 'The workbook is damaged and cannot be read: {file} ({error}). Open it in Excel, save a copy and check again.',
  },
  reasonZip: { 'zh-CN': '压缩包结构损坏，文件可能不完整或被截断', 'en-US': 'its zip structure is broken; the file may be incomplete or truncated' },
  reasonMissingPart: { 'zh-CN': '缺少工作簿必需的组成部分', 'en-US': 'a required part of the workbook is missing' },
  reasonXml: { 'zh-CN': '工作簿内部的 XML 内容格式错误', 'en-US': 'the XML inside the workbook is malformed' },
  reasonUnknown: { 'zh-CN': '内容无法解析', 'en-US': 'its content cannot be parsed' },
  reasonIo: { 'zh-CN': '读取文件时出错', 'en-US': 'an input/output error' },
  noSheets: {
    'zh-CN': '工作簿中没有工作表：{file}',
    'en-US': 'The workbook contains no worksheets: {file}',
  },
  fileTooLarge: {
    'zh-CN': '文件过大（{size}，上限 {limit}），未读取：{file}',
    'en-US': 'The file is too large ({size}, limit {limit}) and was not read: {file}',
  },
  zipBomb: {
    'zh-CN': '解压后的内容超过 {limit}（可能是“压缩炸弹”或异常文件），已拒绝读取：{file}',
    'en-US': 'Its content would inflate to more than {limit} (a zip bomb or a broken file), so it was refused: {file}',
  },
} satisfies MessageTable;
