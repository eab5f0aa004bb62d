import type { MessageTable } from '../i18n';

export const ENGINE_MESSAGES = {
  readerFailed: { 'zh-CN': '读取工作簿结构时出错：{error}', 'en-US': 'Could not read the workbook structure: {error}' },
  ruleFailed: { 'zh-CN': '规则 {rule} 运行出错，已跳过：{error}', 'en-US': 'Rule {rule} failed and was skipped: {error}' },
} satisfies MessageTable;
