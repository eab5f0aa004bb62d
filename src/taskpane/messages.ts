/**
 * Every string the task pane and the demo page show, zh-CN first, en-US beside it.
 * {name} placeholders are filled with fillTemplate / t().
 */
import { fillTemplate, type Locale, type Localized, type MessageParams } from '../core/i18n';

export const PANE_MESSAGES = {
  appTitle: { 'zh-CN': '预算表校验助手', 'en-US': 'Budget Check' },
  appSubtitle: { 'zh-CN': '项目支出 资金测算与绩效目标', 'en-US': 'Project budgets: funds and performance targets' },
  loading: { 'zh-CN': '正在连接工作簿…', 'en-US': 'Connecting to the workbook…' },

  // sheets and columns
  sheetsSection: { 'zh-CN': '校验范围', 'en-US': 'What to check' },
  calcSheetLabel: { 'zh-CN': '资金测算表', 'en-US': 'Fund calculation sheet' },
  indicatorSheetLabel: { 'zh-CN': '绩效目标表', 'en-US': 'Performance-target sheet' },
  sheetNone: { 'zh-CN': '（不校验）', 'en-US': '(do not check)' },
  sheetDetected: { 'zh-CN': '{sheet}（已识别）', 'en-US': '{sheet} (detected)' },
  sheetActive: { 'zh-CN': '{sheet}（当前）', 'en-US': '{sheet} (active)' },
  columnsToggle: { 'zh-CN': '列识别', 'en-US': 'Columns' },
  columnsHint: {
    'zh-CN': '表头在第 {row} 行。识别有误时可改选，设置随工作簿保存。',
    'en-US': 'Header in row {row}. Change a column if it was misread; choices are saved with the workbook.',
  },
  columnsUnknown: { 'zh-CN': '运行一次校验后显示识别到的列。', 'en-US': 'Run a check to see the detected columns.' },
  columnNotUsed: { 'zh-CN': '（无）', 'en-US': '(none)' },
  columnOption: { 'zh-CN': '{col} 列：{header}', 'en-US': 'Column {col}: {header}' },
  columnsReset: { 'zh-CN': '恢复自动识别', 'en-US': 'Reset to detected' },
  columnsResetHelp: { 'zh-CN': '清除手动选择的列，恢复自动识别', 'en-US': 'Clears the chosen columns and uses the detected ones' },
  standardsToggle: { 'zh-CN': '费用标准', 'en-US': 'Expense standards' },
  standardsHint: {
    'zh-CN': '培训费、会议费按元/人·天，讲课费按元/学时：超过最高档为警告，超过最低档为提示。默认中央标准，可改为本地标准，随工作簿保存。',
    'en-US': 'Training and meetings in 元 per person-day, lectures in 元 per teaching hour: above the highest class is a warning, above the lowest a hint. Central standards by default; change them to local ones, saved with the workbook.',
  },
  standardsKind: { 'zh-CN': '{name}（元/{unit}）', 'en-US': '{name} (元/{unit})' },
  standardsCapAria: { 'zh-CN': '{label}：{name}上限（元/{unit}）', 'en-US': '{label}: {name} cap in 元/{unit}' },
  standardsInvalid: { 'zh-CN': '请输入大于 0 的数', 'en-US': 'Enter a number above 0' },
  standardsReset: { 'zh-CN': '恢复中央标准', 'en-US': 'Use the central standards' },
  roleSeq: { 'zh-CN': '序号', 'en-US': 'No.' },
  roleName: { 'zh-CN': '项目名称', 'en-US': 'Item' },
  rolePrice: { 'zh-CN': '单价', 'en-US': 'Unit price' },
  roleQuantity: { 'zh-CN': '数量', 'en-US': 'Quantity' },
  roleUnit: { 'zh-CN': '单位', 'en-US': 'Unit' },
  roleFactor: { 'zh-CN': '次数/天数等', 'en-US': 'Times / days' },
  roleAmount: { 'zh-CN': '金额', 'en-US': 'Amount' },
  roleBasis: { 'zh-CN': '测算依据', 'en-US': 'Basis' },
  roleRemark: { 'zh-CN': '备注', 'en-US': 'Remark' },

  // running
  runCheck: { 'zh-CN': '一键校验', 'en-US': 'Check workbook' },
  runCheckHelp: { 'zh-CN': '读取所选工作表并检查', 'en-US': 'Reads the chosen sheets and checks them' },
  rerunCheck: { 'zh-CN': '重新校验', 'en-US': 'Check again' },
  progressReading: { 'zh-CN': '正在读取“{sheet}”…', 'en-US': 'Reading “{sheet}”…' },
  progressReadingRows: { 'zh-CN': '正在读取“{sheet}”（{done}/{total} 行）…', 'en-US': 'Reading “{sheet}” ({done}/{total} rows)…' },
  progressChecking: { 'zh-CN': '正在校验…', 'en-US': 'Checking…' },
  progressWriting: { 'zh-CN': '正在写入工作表…', 'en-US': 'Writing to the sheet…' },

  // summary
  countError: { 'zh-CN': '错误', 'en-US': 'Errors' },
  countWarning: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  countInfo: { 'zh-CN': '提示', 'en-US': 'Info' },
  countAria: { 'zh-CN': '{label} {count} 项', 'en-US': '{count} {label}' },
  severityError: { 'zh-CN': '错误', 'en-US': 'Error' },
  severityWarning: { 'zh-CN': '警告', 'en-US': 'Warning' },
  severityInfo: { 'zh-CN': '提示', 'en-US': 'Info' },

  // findings
  findingsSection: { 'zh-CN': '发现的问题', 'en-US': 'Findings' },
  findingsOfSheet: { 'zh-CN': '{sheet} · {count} 项', 'en-US': '{sheet} · {count}' },
  findingAria: {
    'zh-CN': '{severity}，{sheet} {cell}：{message}。按回车定位到单元格。',
    'en-US': '{severity} at {sheet} {cell}: {message}. Press Enter to go to the cell.',
  },
  expected: { 'zh-CN': '应为', 'en-US': 'Expected' },
  actual: { 'zh-CN': '实为', 'en-US': 'Actual' },
  goToCell: { 'zh-CN': '定位 {cell}', 'en-US': 'Go to {cell}' },
  applyFix: { 'zh-CN': '应用修正', 'en-US': 'Apply fix' },
  applyFixAria: { 'zh-CN': '应用修正：{title}（{cell}）', 'en-US': 'Apply fix: {title} ({cell})' },
  fixAll: { 'zh-CN': '全部修正', 'en-US': 'Fix all' },
  fixAllAria: { 'zh-CN': '全部修正：{rule}（{count} 项）', 'en-US': 'Fix all: {rule} ({count})' },
  fixAllHelp: { 'zh-CN': '先预览将修改的单元格，确认后再写入', 'en-US': 'Shows the cells that will change before anything is written' },
  fixAllSection: { 'zh-CN': '可批量修正', 'en-US': 'Fixable in bulk' },
  fixAllRule: { 'zh-CN': '{rule} · {count} 项', 'en-US': '{rule} · {count}' },
  noFindingsTitle: { 'zh-CN': '未发现问题', 'en-US': 'No problems found' },
  noFindingsBody: { 'zh-CN': '所选工作表的金额、小计、合计和绩效指标均已核对。', 'en-US': 'Amounts, subtotals, totals and indicators of the chosen sheets agree.' },
  notCheckedTitle: { 'zh-CN': '准备就绪', 'en-US': 'Ready' },
  notCheckedBody: {
    'zh-CN': '选择资金测算表和绩效目标表，点击“一键校验”。问题会列在这里，点击即可定位到单元格。',
    'en-US': 'Choose the sheets and press “Check workbook”. Findings appear here; click one to go to its cell.',
  },
  nothingDetected: {
    'zh-CN': '未识别到资金测算表或绩效目标表，请在上方手动选择工作表。',
    'en-US': 'No fund calculation or performance-target sheet was recognised; choose the sheets above.',
  },

  // preview dialog
  previewTitle: { 'zh-CN': '全部修正：{rule}', 'en-US': 'Fix all: {rule}' },
  previewIntro: { 'zh-CN': '将修改以下 {count} 个单元格。可随时点击“撤销”恢复。', 'en-US': 'These {count} cells will change. You can undo at any time.' },
  previewCell: { 'zh-CN': '单元格', 'en-US': 'Cell' },
  previewBefore: { 'zh-CN': '当前', 'en-US': 'Now' },
  previewAfter: { 'zh-CN': '修正后', 'en-US': 'After' },
  previewValue: { 'zh-CN': '＝ {value}', 'en-US': '= {value}' },
  previewConfirm: { 'zh-CN': '全部修正', 'en-US': 'Fix all' },
  previewCancel: { 'zh-CN': '取消', 'en-US': 'Cancel' },
  editInsertRows: { 'zh-CN': '在第 {row} 行前插入 {count} 行', 'en-US': 'Insert {count} rows before row {row}' },
  empty: { 'zh-CN': '（空）', 'en-US': '(empty)' },

  // marks and undo
  mark: { 'zh-CN': '标记到表格', 'en-US': 'Mark in sheet' },
  markHelp: { 'zh-CN': '用底色和批注标记所有问题单元格', 'en-US': 'Marks every flagged cell with a fill and a note' },
  markFillsHelp: { 'zh-CN': '用底色标记所有问题单元格', 'en-US': 'Marks every flagged cell with a fill' },
  clearMarks: { 'zh-CN': '清除标记', 'en-US': 'Clear marks' },
  clearMarksHelp: { 'zh-CN': '恢复标记前的底色并删除本插件添加的批注', 'en-US': 'Restores the previous fills and removes the notes this add-in added' },
  undo: { 'zh-CN': '撤销', 'en-US': 'Undo' },
  undoAria: { 'zh-CN': '撤销：{label}', 'en-US': 'Undo: {label}' },
  undoNothing: { 'zh-CN': '没有可撤销的操作', 'en-US': 'Nothing to undo' },
  notesUnsupported: {
    'zh-CN': '当前 Excel 版本不支持批注接口（需 ExcelApi 1.18），标记仅使用底色。',
    'en-US': 'This Excel does not support notes (ExcelApi 1.18), so marks use fills only.',
  },
  marked: { 'zh-CN': '已标记 {count} 个单元格。', 'en-US': 'Marked {count} cells.' },
  cleared: { 'zh-CN': '已清除标记，原有底色已恢复。', 'en-US': 'Marks cleared; the previous fills are back.' },
  clearedMoved: {
    'zh-CN': '其中 {count} 个标记随插入或删除的行移动了位置，已在新位置清除。',
    'en-US': '{count} of them had moved with inserted or deleted rows and were cleared where they are now.',
  },
  clearedKept: {
    'zh-CN': '{count} 个单元格在标记后被修改过或已找不到，保持不变。',
    'en-US': '{count} cells changed since marking, or no longer found, were left as they are.',
  },
  fixed: { 'zh-CN': '已修正 {cell}。', 'en-US': 'Fixed {cell}.' },
  fixedMany: { 'zh-CN': '已修正 {count} 项。', 'en-US': 'Fixed {count} findings.' },
  undone: { 'zh-CN': '已撤销：{label}', 'en-US': 'Undone: {label}' },
  labelFix: { 'zh-CN': '修正 {cell}', 'en-US': 'Fix {cell}' },
  labelFixAll: { 'zh-CN': '全部修正：{rule}（{count} 处）', 'en-US': 'Fix all: {rule} ({count} cells)' },

  // errors
  errorTitle: { 'zh-CN': '操作失败', 'en-US': 'Something went wrong' },
  errorCheck: { 'zh-CN': '校验失败：{error}', 'en-US': 'The check failed: {error}' },
  errorWrite: { 'zh-CN': '写入失败，工作簿未被修改：{error}', 'en-US': 'Writing failed; the workbook was not changed: {error}' },
  errorUndo: { 'zh-CN': '撤销失败：{error}', 'en-US': 'Undo failed: {error}' },
  errorSelect: { 'zh-CN': '无法定位到 {cell}：{error}', 'en-US': 'Could not go to {cell}: {error}' },
  errorSettings: { 'zh-CN': '无法保存设置：{error}', 'en-US': 'Could not save the settings: {error}' },
  errorStartup: { 'zh-CN': '无法读取工作簿：{error}', 'en-US': 'Could not read the workbook: {error}' },
  partialCheck: { 'zh-CN': '部分检查未能完成', 'en-US': 'Part of the check could not run' },
  dismiss: { 'zh-CN': '关闭', 'en-US': 'Dismiss' },

  // tabs
  tabsAria: { 'zh-CN': '功能', 'en-US': 'Features' },
  tabCheck: { 'zh-CN': '校验', 'en-US': 'Check' },
  tabFill: { 'zh-CN': '插入指标模板', 'en-US': 'Insert indicators' },

  // 插入指标模板 (fill)
  fillSection: { 'zh-CN': '生成指标行', 'en-US': 'Generate indicator rows' },
  fillTarget: { 'zh-CN': '将插入到“{sheet}”', 'en-US': 'Rows go into “{sheet}”' },
  fillNewSheet: {
    'zh-CN': '工作簿中没有绩效目标表，插入时将新建一张（2021 版格式，含表头）。',
    'en-US': 'The workbook has no performance-target sheet; inserting creates one (2021 layout, with the header block).',
  },
  fillTypes: { 'zh-CN': '项目类型', 'en-US': 'Project type' },
  fillTypesHint: { 'zh-CN': '可多选，按类型加入标准指标行', 'en-US': 'Pick any; adds each type’s standard rows' },
  fillUserType: { 'zh-CN': '{label}（导入）', 'en-US': '{label} (imported)' },
  fillFromCalc: { 'zh-CN': '从资金测算表生成', 'en-US': 'From the fund calculation sheet' },
  fillFromCalcHint: {
    'zh-CN': '按测算类别生成成本指标、按人数/场次/期数生成数量指标，并按预算年度生成时效',
    'en-US': 'Cost rows per calc category, quantity rows from head counts and sessions, deadlines from the budget year',
  },
  fillPropose: { 'zh-CN': '生成预览', 'en-US': 'Preview rows' },
  fillProposeAgain: { 'zh-CN': '重新生成预览', 'en-US': 'Preview again' },
  fillProposeHelp: {
    'zh-CN': '按所选项目类型和资金测算表生成指标行预览，此时不写入工作表',
    'en-US': 'Previews indicator rows for the chosen types and the calc sheet; nothing is written yet',
  },
  fillNothingChosen: { 'zh-CN': '请至少选择一个项目类型或“从资金测算表生成”。', 'en-US': 'Choose a project type or “From the fund calculation sheet”.' },
  fillImport: { 'zh-CN': '导入模板…', 'en-US': 'Import templates…' },
  fillImportHelp: { 'zh-CN': '导入自定义指标模板（JSON 文件）', 'en-US': 'Imports your own indicator templates (a JSON file)' },
  fillImported: { 'zh-CN': '已导入“{file}”：{types}', 'en-US': 'Imported “{file}”: {types}' },
  fillImportedNotice: { 'zh-CN': '已导入 {count} 套模板：{types}', 'en-US': 'Imported {count} template sets: {types}' },
  fillRemoveImported: { 'zh-CN': '移除导入的模板', 'en-US': 'Remove the imported templates' },
  fillImportFailed: { 'zh-CN': '模板文件“{file}”有误，未导入：', 'en-US': 'The template file “{file}” was not imported:' },
  fillImportUnreadable: { 'zh-CN': '无法读取模板文件“{file}”：{error}', 'en-US': 'Could not read the template file “{file}”: {error}' },
  fillUnknownTypes: { 'zh-CN': '没有这些类型的模板：{types}', 'en-US': 'No template for: {types}' },
  fillPreview: { 'zh-CN': '预览 · 已选 {selected}/{total} 行', 'en-US': 'Preview · {selected} of {total} rows chosen' },
  fillPreviewHint: {
    'zh-CN': '勾选要插入的行，可修改指标值和度量单位。插入前不会写入工作表。',
    'en-US': 'Tick the rows to insert; values and units can be edited. Nothing is written before you insert.',
  },
  fillPreviewEmpty: { 'zh-CN': '没有可生成的指标行。', 'en-US': 'No indicator rows to propose.' },
  fillSelectAll: { 'zh-CN': '全选', 'en-US': 'Select all' },
  fillSelectAllHelp: { 'zh-CN': '勾选或取消勾选预览中的全部指标行', 'en-US': 'Ticks or unticks every previewed row' },
  
  fillValue: { 'zh-CN': '指标值', 'en-US': 'Target' },
  fillUnit: { 'zh-CN': '度量单位', 'en-US': 'Unit' },
  fillValueAria: { 'zh-CN': '“{name}”的指标值', 'en-US': 'Target of “{name}”' },
  fillUnitAria: { 'zh-CN': '“{name}”的度量单位', 'en-US': 'Unit of “{name}”' },
  fillNatureAria: { 'zh-CN': '{name} 的指标性质', 'en-US': 'Comparator of {name}' },
  fillScore: { 'zh-CN': '分值 {score}', 'en-US': 'Score {score}' },
  fillScoreBlank: { 'zh-CN': '分值待定', 'en-US': 'Score to set' },
  fillSourceCalc: { 'zh-CN': '测算表', 'en-US': 'Calc sheet' },
  fillSourceTemplate: { 'zh-CN': '模板', 'en-US': 'Template' },
  fillInsert: { 'zh-CN': '插入所选（{count} 行）', 'en-US': 'Insert chosen ({count})' },
  fillInsertHelp: {
    'zh-CN': '把所选的 {count} 行插入绩效目标表（可撤销），然后重新校验',
    'en-US': 'Inserts the {count} chosen rows into the performance-target sheet (undoable), then checks again',
  },
  fillInsertNone: { 'zh-CN': '未勾选任何行', 'en-US': 'No row is ticked' },
  fillInsertDone: { 'zh-CN': '已插入 {count} 行', 'en-US': '{count} rows inserted' },
  fillInsertDoneHelp: {
    'zh-CN': '所选行已插入并已在表中选中；修改勾选或内容后可再次插入',
    'en-US': 'The chosen rows are inserted and selected in the sheet; change the choice or a value to insert again',
  },
  fillInsertUnchanged: { 'zh-CN': '没有变化', 'en-US': 'Nothing changed' },
  labelFill: { 'zh-CN': '插入指标模板（{count} 行）', 'en-US': 'Insert indicators ({count} rows)' },
  fillInsertedNotice: { 'zh-CN': '已在“{sheet}”插入 {count} 行指标。', 'en-US': 'Inserted {count} indicator rows into “{sheet}”.' },
  fillUnchangedNotice: {
    'zh-CN': '没有变化：所选指标已在表中，重复执行不会再次插入。',
    'en-US': 'Nothing changed: the chosen rows are already in the form; running it again inserts nothing.',
  },
  fillResultTitle: { 'zh-CN': '插入结果', 'en-US': 'Result' },
  fillResultInserted: { 'zh-CN': '已插入 {count} 行', 'en-US': '{count} rows inserted' },
  fillResultCreated: { 'zh-CN': '已新建工作表“{sheet}”', 'en-US': 'Created the sheet “{sheet}”' },
  fillResultSkipped: { 'zh-CN': '跳过 {count} 行', 'en-US': '{count} rows skipped' },
  fillResultRow: { 'zh-CN': '第 {row} 行 · {name}', 'en-US': 'Row {row} · {name}' },
  fillSkippedReason: { 'zh-CN': '：{reason}', 'en-US': ': {reason}' },
  fillResultGoTo: { 'zh-CN': '定位到“{sheet}”第 {row} 行：{name}', 'en-US': 'Go to “{sheet}” row {row}: {name}' },
  fillCheckClean: { 'zh-CN': '重新校验：没有新增问题', 'en-US': 'Checked again: no new findings' },
  fillCheckNew: { 'zh-CN': '重新校验：新增 {count} 个问题，请在“校验”页查看', 'en-US': 'Checked again: {count} new findings, see the Check tab' },
  fillCheckUnknown: { 'zh-CN': '重新校验未完成', 'en-US': 'The check after inserting did not finish' },
  fillUndoAria: { 'zh-CN': '撤销：{label}', 'en-US': 'Undo: {label}' },
  errorFillPropose: { 'zh-CN': '无法生成指标行：{error}', 'en-US': 'Could not propose indicator rows: {error}' },
  errorFillInsert: { 'zh-CN': '插入失败，工作簿未被修改：{error}', 'en-US': 'Inserting failed; the workbook was not changed: {error}' },

  // demo page
  demoBanner: { 'zh-CN': '浏览器演示 · 示例工作簿，所有操作与 Excel 中相同', 'en-US': 'Browser demo · an example workbook; every action works as in Excel' },
  demoWorkbook: { 'zh-CN': '工作簿', 'en-US': 'Workbook' },
  demoLanguage: { 'zh-CN': 'English', 'en-US': '中文' },
  demoLanguageHelp: { 'zh-CN': '切换为英文界面', 'en-US': 'Switches to Chinese' },
  demoGridAria: { 'zh-CN': '工作表 {sheet}', 'en-US': 'Sheet {sheet}' },
  demoSheetTabs: { 'zh-CN': '工作表标签', 'en-US': 'Sheet tabs' },
  demoFormulaBar: { 'zh-CN': '编辑栏', 'en-US': 'Formula bar' },
  demoNote: { 'zh-CN': '批注', 'en-US': 'Note' },
} satisfies Record<string, Localized>;

export type PaneMessageKey = keyof typeof PANE_MESSAGES;

/** The pane's translator for one locale. */
export function translator(locale: Locale): (key: PaneMessageKey, params?: MessageParams) => string {
  return (key, params) => fillTemplate(PANE_MESSAGES[key][locale], params);
}

export type Translate = ReturnType<typeof translator>;
