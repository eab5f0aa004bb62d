/** Messages of the .xlsx writer, zh-CN first. */
import type { MessageTable } from '../core/i18n';

export const WRITE_MESSAGES = {
  noSheet: { 'zh-CN': '找不到工作表“{sheet}”', 'en-US': 'No worksheet named "{sheet}"' },
  sheetExists: { 'zh-CN': '工作表“{sheet}”已存在', 'en-US': 'A worksheet named "{sheet}" already exists' },
  notAFormula: { 'zh-CN': '{cell} 的公式须以“=”开头：{formula}', 'en-US': 'The formula for {cell} must start with "=": {formula}' },
  badPosition: { 'zh-CN': '单元格位置无效（行 {row}，列 {col}）', 'en-US': 'Invalid cell position (row {row}, column {col})' },
  badCount: { 'zh-CN': '{kind} 的行数须为正整数，实为 {count}', 'en-US': '{kind} needs a positive whole number of rows, got {count}' },
  badRange: { 'zh-CN': '区域无效：{range}', 'en-US': 'Invalid range: {range}' },
  badNumber: { 'zh-CN': '{cell} 的数值无效：{value}', 'en-US': 'Invalid number for {cell}: {value}' },
  badColor: { 'zh-CN': '颜色无效：{color}（应为 #RRGGBB）', 'en-US': 'Invalid colour: {color} (expected #RRGGBB)' },
  mergeOverlaps: {
    'zh-CN': '工作表“{sheet}”的 {range} 与已合并的单元格重叠',
    'en-US': '{range} on worksheet "{sheet}" overlaps cells that are already merged',
  },
  unknownEdit: { 'zh-CN': '未知的修改类型：{kind}', 'en-US': 'Unknown kind of edit: {kind}' },
  outputIsInput: {
    'zh-CN': '拒绝写入 {file}：它就是输入文件 {input}。原件绝不覆盖，请换一个输出位置。',
    'en-US': 'Refusing to write {file}: it is the input {input}. Originals are never overwritten; choose another output.',
  },
  writeFailed: { 'zh-CN': '无法写入 {file}：{error}', 'en-US': 'Cannot write {file}: {error}' },
} satisfies MessageTable;
