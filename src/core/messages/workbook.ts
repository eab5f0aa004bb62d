/** Messages of the workbook-level rules (which parts a submission has), zh-CN first. */
import type { MessageTable } from '../i18n';

export const WORKBOOK_MESSAGES = {
  missingPartTitle: { 'zh-CN': '缺少资金测算明细表或绩效目标表', 'en-US': 'A part of the submission is missing' },
  missingPartDesc: {
    'zh-CN': '项目支出申报材料应同时有资金测算明细表和绩效目标表；只找到其中一个时，指出缺少的那个（两者都没有的工作簿判为“未识别为预算工作簿”，不在此报告）。',
    'en-US': 'A project-expenditure submission has both a fund calculation sheet (资金测算明细表) and a performance-target sheet (绩效目标表); when only one is found, the missing one is named (a workbook with neither is reported as "not recognised as a budget workbook" instead).',
  },
  missingIndicators: {
    'zh-CN': '找到了资金测算明细表「{sheet}」，但没有找到绩效目标表（含一级指标、二级指标、三级指标表头的工作表）；请补上绩效目标表，或确认它是否另附',
    'en-US': 'The fund calculation sheet “{sheet}” was found, but no performance-target sheet (a sheet with 一级指标 / 二级指标 / 三级指标 headers); add the 绩效目标表, or confirm that it is submitted separately',
  },
  missingCalc: {
    'zh-CN': '找到了绩效目标表「{sheet}」，但没有找到资金测算明细表（含单价、数量、金额或测算依据表头的工作表）；请补上资金测算明细表，或确认它是否另附',
    'en-US': 'The performance-target sheet “{sheet}” was found, but no fund calculation sheet (a sheet with 单价 / 数量 / 金额 or 测算依据 headers); add the 资金测算明细表, or confirm that it is submitted separately',
  },
  unreadPart: {
    'zh-CN': '工作表「{other}」看起来像{part}，但无法识别其表头，未能检查；请确认表头含{headers}',
    'en-US': 'Sheet “{other}” looks like a {partEn} but its header row was not recognised, so it was not checked; make sure its header has {headers}',
  },
  partIndicators: { 'zh-CN': '绩效目标表', 'en-US': 'performance-target sheet' },
  partCalc: { 'zh-CN': '资金测算明细表', 'en-US': 'fund calculation sheet' },
} satisfies MessageTable;
