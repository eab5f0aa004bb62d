import type { MessageTable } from '../i18n';

/** Messages of the project pairing (several projects in one workbook). */
export const PROJECT_MESSAGES = {
  pairingTitle: { 'zh-CN': '测算表与绩效目标表无法确定对应关系', 'en-US': 'Calc sheets and performance forms could not be paired' },
  pairingDesc: {
    'zh-CN':
      '一个工作簿含多个项目时，按项目名称（标题、表头“项目名称”）、工作表名前缀和编号把每张资金测算明细表与它自己的绩效目标表、项目资金配对，跨表核对只在同一项目内进行；无法确定的只提示一次，并跳过这些表的跨表核对。',
    'en-US':
      "With several projects in one workbook, each calc sheet is paired with its own performance form and funds block by the project name (titles, the 项目名称 header), the sheet-name prefix and its number; cross-sheet checks stay within a project. Sheets that cannot be paired are named once, as a hint, and their cross-sheet checks are skipped.",
  },
  pairingDoubt: {
    'zh-CN': '无法确定以下工作表属于哪个项目，未做测算表与绩效目标表之间的核对：{sheets}。请在标题或“项目名称”中写明项目名称，或让工作表名使用相同的前缀（如“项目一测算表”“项目一绩效目标表”）',
    'en-US':
      'Could not tell which project these sheets belong to, so they were not compared across sheets: {sheets}. State the project name in the title or 项目名称, or give the sheets the same name prefix (e.g. 项目一测算表 / 项目一绩效目标表)',
  },
} satisfies MessageTable;
