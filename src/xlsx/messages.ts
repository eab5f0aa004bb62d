/** Messages of the .xlsx reader, zh-CN first. */
import type { MessageTable } from '../core/i18n';

export const XLSX_MESSAGES = {
  missing: { 'zh-CN': '找不到文件：{file}', 'en-US': 'File not found: {file}' },
  notAFile: { 'zh-CN': '不是文件（可能是文件夹）：{file}', 'en-US': 'Not a file (perhaps a folder): {file}' },
  unreadable: { 'zh-CN': '无法读取文件 {file}：{error}', 'en-US': 'Cannot read {file}: {error}' },
  encrypted: {
    'zh-CN': '文件已加密或为旧版 .xls 格式，无法读取：{file}。请在 Excel 中取消密码保护，或另存为 .xlsx 后再检查。',
    'en-US': 'The file is encrypted or in the old .xls format and cannot be read: {file}. Remove the password in Excel, or save it as .xlsx, and check again.',
  },
  notXlsx: {
    'zh-CN': '不是 Excel 工作簿（.xlsx）：{file}',
    'en-US': 'Not an Excel workbook (.xlsx): {file}',
  },
  damaged: {
    'zh-CN': '工作簿已损坏，无法读取：{file}（{error}）',
    'en-US': 'The workbook is damaged and cannot be read: {file} ({error})',
  },
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
