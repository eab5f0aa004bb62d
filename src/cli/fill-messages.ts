/** Messages of `budget-check fill`, zh-CN first. */
import type { MessageTable } from '../core/i18n';

export const FILL_CLI_MESSAGES = {
  help: {
    'zh-CN': [
      '用法：budget-check fill <输入.xlsx> -o <输出.xlsx> [选项]',
      '按项目类型插入标准绩效指标行，并按资金测算明细表生成成本、数量指标；写入新文件，不改动输入文件。',
      '  -o, --out <文件>        输出文件（必填）',
      '  --type <类型>           项目类型，可重复：通用、培训类、会议类、补贴补助类、人才引进/活动类、信息化/设备购置类',
      '  --from-calc             按资金测算明细表生成成本、数量、时效指标（未给 --type 时默认开启）',
      '  --templates <文件.json> 自定义模板文件（格式见 README；未给 --type 时使用其中全部类型）',
      '  --year <年份>           工作簿未写明预算年度时使用',
      '  --force                 输出文件已存在时覆盖',
      '  --allow-loss            输出会丢失输入中的图表、数据透视表、宏等内容时仍然写入（默认拒绝并列出会丢失的内容）',
      '  --lang zh-CN|en-US      输出语言',
    ].join('\n'),
    'en-US': [
      'Usage: budget-check fill <in.xlsx> -o <out.xlsx> [options]',
      'Inserts standard indicator rows for a project type, and cost/quantity rows generated from the fund calculation sheet; writes a new file and never changes the input.',
      '  -o, --out <file>        output file (required)',
      '  --type <type>           project type, repeatable: 通用, 培训类, 会议类, 补贴补助类, 人才引进/活动类, 信息化/设备购置类',
      '  --from-calc             generate cost, quantity and timeliness rows from the calc sheet (default when no --type)',
      '  --templates <file.json> your own template file (format in the README; without --type all its types are used)',
      '  --year <year>           budget year when the workbook does not state one',
      '  --force                 overwrite an existing output file',
      '  --allow-loss            write even if the output loses charts, pivot tables, macros… of the input (refused by default, listing what would be lost)',
      '  --lang zh-CN|en-US      output language',
    ].join('\n'),
  },
  noInput: { 'zh-CN': '请指定一个输入文件', 'en-US': 'Give one input file' },
  tooManyInputs: { 'zh-CN': 'fill 一次只处理一个输入文件（收到 {count} 个）', 'en-US': 'fill takes one input file (got {count})' },
  noOutput: { 'zh-CN': '请用 -o 指定输出文件', 'en-US': 'Give the output file with -o' },
  missingValue: { 'zh-CN': '选项 {option} 缺少取值', 'en-US': 'Option {option} needs a value' },
  unknownOption: { 'zh-CN': '未知选项：{option}', 'en-US': 'Unknown option: {option}' },
  badYear: { 'zh-CN': '无效的年份：{value}', 'en-US': 'Not a year: {value}' },
  badLang: { 'zh-CN': '不支持的语言：{value}（可用 zh-CN、en-US）', 'en-US': 'Unsupported language: {value} (use zh-CN or en-US)' },
  outputExists: {
    'zh-CN': '输出文件已存在：{file}（如需覆盖请加 --force）',
    'en-US': 'The output file exists: {file} (add --force to overwrite it)',
  },
  unknownType: {
    'zh-CN': '没有“{type}”类型的模板；可用：{types}',
    'en-US': 'No template of type "{type}"; available: {types}',
  },
  templatesUnreadable: { 'zh-CN': '无法读取模板文件 {file}：{error}', 'en-US': 'Cannot read the template file {file}: {error}' },
  templatesInvalid: { 'zh-CN': '模板文件 {file} 有误：', 'en-US': 'The template file {file} is invalid:' },
  written: { 'zh-CN': '已写入 {file}', 'en-US': 'Written: {file}' },
  insertedHeader: { 'zh-CN': '插入 {count} 行（{sheet}）：', 'en-US': 'Inserted {count} rows ({sheet}):' },
  insertedRow: { 'zh-CN': '  第 {row} 行  {group}  {name}  {value}', 'en-US': '  row {row}  {group}  {name}  {value}' },
  skippedHeader: { 'zh-CN': '未插入 {count} 行：', 'en-US': 'Not inserted ({count}):' },
  skippedRow: { 'zh-CN': '  {name}：{reason}', 'en-US': '  {name}: {reason}' },
  checkClean: {
    'zh-CN': '复核输出文件：没有输入文件之外的新问题',
    'en-US': 'Checked the output: no finding the input did not have',
  },
  checkNew: {
    'zh-CN': '复核输出文件：出现 {count} 个新问题：',
    'en-US': 'Checked the output: {count} new findings:',
  },
  checkNewRow: { 'zh-CN': '  {sheet}!{cell} [{rule}] {message}', 'en-US': '  {sheet}!{cell} [{rule}] {message}' },
  outputNotXlsx: {
    'zh-CN': 'fill 的输出只能是 .xlsx 文件：{file}（宏和模板格式无法保留）',
    'en-US': 'fill writes .xlsx files only: {file} (macro-enabled and template formats cannot be kept)',
  },
  wouldLoseParts: {
    'zh-CN': '未写入 {file}：输出会丢失输入文件中的 {parts}。请在 Excel 加载项中插入指标（不会丢失任何内容），或加 --allow-loss 仍然写入',
    'en-US': 'Not written: {file} would lose {parts} of the input. Insert the indicators with the Excel add-in (which keeps everything), or add --allow-loss to write it anyway',
  },
  lostParts: {
    'zh-CN': '注意：{file} 未保留输入文件中的 {parts}（--allow-loss）',
    'en-US': 'Note: {file} does not keep {parts} of the input (--allow-loss)',
  },
  failed: { 'zh-CN': '填充失败：{error}', 'en-US': 'Fill failed: {error}' },
  hugeValidations: {
    'zh-CN': '输入文件的下拉列表（数据验证）覆盖整列（共 {cells} 个单元格），命令行 fill 读入它们需要的时间和内存随单元格数增长，因此不读入',
    'en-US': 'The input’s dropdowns (data validations) cover whole columns ({cells} cells); fill does not load them, as their cost grows with the cells they cover',
  },
} satisfies MessageTable;
