/** Messages of batch review (folders and globs, parallel checks, summary and annotated copies), zh-CN first. */
import { localize, type Localized, type MessageTable } from '../core/i18n';

export const BATCH_MESSAGES = {
  noMatch: { 'zh-CN': '没有文件匹配 {pattern}', 'en-US': 'No file matches {pattern}' },
  emptyFolder: { 'zh-CN': '文件夹中没有 .xlsx 工作簿：{folder}', 'en-US': 'No .xlsx workbook in the folder {folder}' },
  timedOut: {
    'zh-CN': '检查 {file}（{size}）超过 {seconds} 秒仍未完成，已停止（超时）；其余文件照常检查。可用 --timeout 放宽上限',
    'en-US': 'Checking {file} ({size}) took more than {seconds} s and was stopped (timeout); the other files are checked as usual. --timeout sets the limit',
  },
  outOfMemory: {
    'zh-CN': '检查 {file}（{size}）所需内存超过 {limit} MB，已停止（内存超限）；其余文件照常检查。可用 --max-memory 放宽上限',
    'en-US': 'Checking {file} ({size}) needed more than {limit} MB of memory and was stopped (out of memory); the other files are checked as usual. --max-memory sets the limit',
  },
  workerCrashed: {
    'zh-CN': '检查 {file} 时工作线程意外退出：{error}',
    'en-US': 'The worker checking {file} stopped unexpectedly: {error}',
  },
  progress: { 'zh-CN': '已检查 {done}/{total}', 'en-US': 'Checked {done}/{total}' },
  reportWritten: { 'zh-CN': '汇总表已写入 {file}', 'en-US': 'Summary written to {file}' },
  annotatedWritten: { 'zh-CN': '已在 {dir} 写入 {count} 个标注副本', 'en-US': '{count} annotated copies written to {dir}' },
  annotateFailed: { 'zh-CN': '无法写入 {file} 的标注副本：{error}', 'en-US': 'Could not write the annotated copy of {file}: {error}' },
  reportFailed: { 'zh-CN': '无法写入汇总表 {file}：{error}', 'en-US': 'Could not write the summary {file}: {error}' },

  // 汇总 sheet
  summarySheet: { 'zh-CN': '汇总', 'en-US': 'Summary' },
  findingsSheet: { 'zh-CN': '问题明细', 'en-US': 'Findings' },
  colFile: { 'zh-CN': '文件', 'en-US': 'File' },
  colVerdict: { 'zh-CN': '结论', 'en-US': 'Verdict' },
  colBudgetUnit: { 'zh-CN': '预算单位', 'en-US': 'Budget unit' },
  colProjectName: { 'zh-CN': '项目名称', 'en-US': 'Project' },
  colAnnualTotal: { 'zh-CN': '年度资金总额（万元）', 'en-US': 'Annual total (10k yuan)' },
  colErrors: { 'zh-CN': '错误', 'en-US': 'Errors' },
  colWarnings: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  colInfos: { 'zh-CN': '提示', 'en-US': 'Info' },
  colFirstFindings: { 'zh-CN': '首要问题', 'en-US': 'First findings' },
  colReadErrors: { 'zh-CN': '读取错误', 'en-US': 'Read errors' },
  colSheet: { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  colCell: { 'zh-CN': '单元格', 'en-US': 'Cell' },
  colRule: { 'zh-CN': '规则', 'en-US': 'Rule' },
  colSeverity: { 'zh-CN': '级别', 'en-US': 'Severity' },
  colMessage: { 'zh-CN': '说明', 'en-US': 'Message' },
  colExpected: { 'zh-CN': '应为', 'en-US': 'Expected' },
  colActual: { 'zh-CN': '实为', 'en-US': 'Actual' },
  severityError: { 'zh-CN': '错误', 'en-US': 'error' },
  severityWarning: { 'zh-CN': '警告', 'en-US': 'warning' },
  severityInfo: { 'zh-CN': '提示', 'en-US': 'info' },

  // annotated copies
  reportSheet: { 'zh-CN': '校验报告', 'en-US': 'Check report' },
  annotatedSuffix: { 'zh-CN': '-校验标注', 'en-US': '-annotated' },
  noteHeading: { 'zh-CN': '预算表校验助手：', 'en-US': 'budget-check:' },
  noteAuthor: { 'zh-CN': '预算表校验助手', 'en-US': 'budget-check' },
  annotateLegacyFormat: {
    'zh-CN': '{file} 是旧版 .xls（或 .et）格式或已加密，只能校验，不能写标注副本；请在 Excel 或 WPS 中另存为 .xlsx 后再标注',
    'en-US': '{file} is in the old .xls (or .et) format or encrypted: it can be checked but not annotated; save it as .xlsx in Excel or WPS first',
  },
  annotateNotWorkbook: {
    'zh-CN': '{file} 不是 .xlsx / .xlsm 工作簿包，不能写标注副本（{detail}）',
    'en-US': '{file} is not an .xlsx / .xlsm workbook package, so no annotated copy was written ({detail})',
  },
  annotateUnsupported: {
    'zh-CN': '{file} 的结构无法在不丢失内容的前提下加标注，未写标注副本（{detail}）',
    'en-US': '{file} has a structure that cannot be annotated without losing content, so no annotated copy was written ({detail})',
  },
  annotateExtensionMismatch: {
    'zh-CN': '{file} 的扩展名 {ext} 与其内容（是否含宏）不符，Excel 无法打开这样的副本，未写标注副本；请先按内容改正扩展名',
    'en-US': 'The extension {ext} of {file} does not match its content (with or without macros); Excel could not open such a copy, so none was written. Rename the file to match its content first',
  },
  reportTitle: { 'zh-CN': '校验报告：{file}', 'en-US': 'Check report: {file}' },
  reportCounts: {
    'zh-CN': '错误 {error}，警告 {warning}，提示 {info}',
    'en-US': 'errors {error}, warnings {warning}, info {info}',
  },
  reportNoFindings: { 'zh-CN': '未发现问题', 'en-US': 'No findings' },
} satisfies MessageTable;

/** A message with {error} filled, per language, from an error that may carry its own Localized text. */
export function withCause(entry: Localized, params: Record<string, string | number>, cause: unknown): Localized {
  const inner: Localized =
    cause && typeof cause === 'object' && 'localized' in cause && isLocalized((cause as { localized: unknown }).localized)
      ? (cause as { localized: Localized }).localized
      : { 'zh-CN': errorText(cause), 'en-US': errorText(cause) };
  return {
    'zh-CN': localize(entry, { ...params, error: inner['zh-CN'] })['zh-CN'],
    'en-US': localize(entry, { ...params, error: inner['en-US'] })['en-US'],
  };
}

function isLocalized(v: unknown): v is Localized {
  return !!v && typeof v === 'object' && typeof (v as Localized)['zh-CN'] === 'string' && typeof (v as Localized)['en-US'] === 'string';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
