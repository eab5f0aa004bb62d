/**
 * --report summary.xlsx: the reviewer's workbook for a batch.
 * - 汇总: one row per file — 文件, 结论 (需修改 / 请核实 / 通过 / 无法读取, coloured), 预算单位, 项目名称,
 *   年度资金总额（万元）, 错误, 警告, 提示, 首要问题, 读取错误;
 * - 问题明细: every finding — 文件, 工作表, 单元格 (a link `[file]sheet!cell` that opens the file at the
 *   cell), 规则, 级别, 说明, 应为, 实为.
 * Written through writeWorkbookAtomically, which refuses to overwrite any input.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { FileResult } from '../cli/check-file';
import type { Locale } from '../core/i18n';
import { countBySeverity, type Finding } from '../core/report';
import { writeWorkbookAtomically } from '../xlsx/write';
import { layoutTableSheet, type ColumnSpec } from '../xlsx/table-layout';
import { markOwnOutput } from '../xlsx/own-output';
import { BATCH_MESSAGES } from './messages';
import { VERDICT_TEXT, verdictOf, type Verdict } from '../cli/verdict';
import { quotedSheet, SEVERITY_RANK, writeFindingTable, type FindingRow } from './finding-table';

/** How many findings the 首要问题 column shows per file. */
export const FIRST_FINDINGS = 3;

export function buildSummaryWorkbook(results: FileResult[], lang: Locale, summaryDir: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet(BATCH_MESSAGES.summarySheet[lang]);
  const keys = ['colFile', 'colVerdict', 'colBudgetUnit', 'colProjectName', 'colAnnualTotal', 'colErrors', 'colWarnings', 'colInfos', 'colFirstFindings', 'colReadErrors'] as const;
  summary.getRow(1).values = keys.map((k) => BATCH_MESSAGES[k][lang]);
  summary.getRow(1).font = { bold: true };
  results.forEach((r, i) => {
    const counts = countBySeverity(r.findings);
    const row = summary.getRow(i + 2);
    const total = r.project?.annualTotalWan ?? null;
    const verdict = verdictOf(r);
    row.values = [
      r.file,
      VERDICT_TEXT[verdict][lang],
      r.project?.budgetUnit ?? null,
      r.project?.projectName ?? null,
      total === null ? null : Number(total), // a number so that reviewers can sum the column
      counts.error,
      counts.warning,
      counts.info,
      firstFindings(r.findings, lang) || null,
      [r.skipped?.[lang], ...r.errors.map((e) => e[lang])].filter(Boolean).join('\n') || null,
    ];
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: VERDICT_FILL[verdict] } };
    row.getCell(5).numFmt = '#,##0.00####';
    for (const c of [6, 7, 8]) row.getCell(c).alignment = { horizontal: 'center' };
  });
  layoutTableSheet(summary, 1, SUMMARY_COLUMNS);
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, results.length + 1), column: keys.length } };

  const details = wb.addWorksheet(BATCH_MESSAGES.findingsSheet[lang]);
  const rows: FindingRow[] = [];
  for (const r of results) {
    const target = path.relative(summaryDir, path.resolve(r.file)) || path.basename(r.file);
    for (const f of r.findings) {
      rows.push({
        file: r.file,
        finding: f,
        link: { text: `[${path.basename(r.file)}]${f.sheet}!${f.cell}`, target: `[${target}]${quotedSheet(f.sheet)}!${f.cell}`, internal: false },
      });
    }
  }
  writeFindingTable(details, 1, rows, lang, true);
  markOwnOutput(wb, summary.name, 'summary');
  return wb;
}

/** Width bounds of 汇总's columns: each fits its content, the long texts wrap at their cap. */
const SUMMARY_COLUMNS: ColumnSpec[] = [
  { min: 12, max: 40 }, // 文件
  { min: 8, max: 14 }, // 结论
  { min: 10, max: 30 }, // 预算单位
  { min: 10, max: 30 }, // 项目名称
  { min: 10, max: 14 }, // 年度资金总额（万元）
  { min: 6, max: 10 }, // 错误
  { min: 6, max: 10 }, // 警告
  { min: 6, max: 10 }, // 提示
  { min: 20, max: 80 }, // 首要问题
  { min: 10, max: 40 }, // 读取错误
];

/** Excel's "Bad", "Neutral" and "Good" cell-style fills; grey for a file that was not checked, blue-grey for a workbook that is no submission. */
const VERDICT_FILL: Record<Verdict, string> = {
  unreadable: 'FFD9D9D9',
  skipped: 'FFEDEDED',
  unrecognised: 'FFDDEBF7',
  fix: 'FFFFC7CE',
  check: 'FFFFEB9C',
  pass: 'FFC6EFCE',
};

/** The worst findings first, then in sheet order: "C12 单价×数量与金额不符" per line. */
function firstFindings(findings: Finding[], lang: Locale): string {
  // The core's order (sheet order, then position) within each severity: the sort is stable.
  return [...findings]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .slice(0, FIRST_FINDINGS)
    .map((f) => `${f.sheet}!${f.cell} ${f.message[lang]}`)
    .join('\n');
}

export async function writeSummaryReport(results: FileResult[], outPath: string, lang: Locale, inputs: readonly string[]): Promise<void> {
  const wb = buildSummaryWorkbook(results, lang, path.dirname(path.resolve(outPath)));
  await writeWorkbookAtomically(wb, outPath, { inputs });
}
