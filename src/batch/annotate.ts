/**
 * --annotate <dir>: a copy of each workbook with every flagged cell filled by its worst severity
 * (the add-in's mark colours), a note on it with the findings' messages, and a sheet 校验报告
 * listing the findings with links to their cells. The original is only read. The copy is made by
 * patching the workbook's package (src/xlsx/package): charts, pivot tables, images, data
 * validations, VBA and every other part the checker does not touch are kept byte for byte, and an
 * .xlsm stays an .xlsm. A file whose package cannot be patched safely gets no copy and a reason.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { FileResult } from '../cli/check-file';
import { localize, type Locale } from '../core/i18n';
import { compareFindings, countBySeverity, type Finding, type Severity } from '../core/report';
import { MARK_COLORS } from '../host/marks';
import { argbOf, writeBufferAtomically, XlsxWriteError } from '../xlsx/write';
import { annotatePackage, type PackageMark, type ReportTable } from '../xlsx/package/annotate-package';
import { PackageError } from '../xlsx/package/opc';
import { BATCH_MESSAGES } from './messages';
import { findingCells, findingColumns, headerRow, quotedSheet, SEVERITY_RANK, severityText } from './finding-table';

export async function writeAnnotatedCopy(file: string, outPath: string, result: FileResult, lang: Locale, inputs: readonly string[]): Promise<void> {
  const data = await fs.readFile(file);
  const name = path.basename(file);
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    // An OLE compound file: a BIFF .xls (or .et), or an encrypted .xlsx.
    throw new XlsxWriteError(localize(BATCH_MESSAGES.annotateLegacyFormat, { file: name }));
  }
  let annotated;
  try {
    annotated = await annotatePackage(data, markList(result.findings, lang), reportTable(result, lang), BATCH_MESSAGES.noteAuthor[lang]);
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    const entry = e.reason === 'unsupported' ? BATCH_MESSAGES.annotateUnsupported : BATCH_MESSAGES.annotateNotWorkbook;
    throw new XlsxWriteError(localize(entry, { file: name, detail: e.message }), e);
  }
  const ext = path.extname(outPath).toLowerCase();
  if (annotated.macroEnabled !== (ext === '.xlsm' || ext === '.xltm')) {
    // Excel refuses a macro-enabled package under .xlsx (and the reverse): never write one it cannot open.
    throw new XlsxWriteError(localize(BATCH_MESSAGES.annotateExtensionMismatch, { file: name, ext: path.extname(file) }));
  }
  await writeBufferAtomically(annotated.data, outPath, { inputs: [...inputs, file] });
}

/** One mark per flagged cell, whatever the number of findings on it: worst severity's colour, every message in the note. */
export function markList(findings: Finding[], lang: Locale): PackageMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row}\u0000${f.col}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const marks: PackageMark[] = [];
  for (const list of byCell.values()) {
    const { sheet, row, col } = list[0];
    const worst = list.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
    const note = [BATCH_MESSAGES.noteHeading[lang], ...list.map((f) => findingLine(f, lang))].join('\n');
    marks.push({ sheet, row, col, argb: argbOf(MARK_COLORS[worst]), note });
  }
  return marks;
}

function findingLine(f: Finding, lang: Locale): string {
  const detail = [f.expected !== undefined ? `${BATCH_MESSAGES.colExpected[lang]}：${f.expected}` : '', f.actual !== undefined ? `${BATCH_MESSAGES.colActual[lang]}：${f.actual}` : '']
    .filter(Boolean)
    .join('；');
  return `【${severityText(f.severity, lang)}】${f.message[lang]}${detail ? `（${detail}）` : ''}`;
}

/** The 校验报告 sheet: title, counts, then the findings table (工作表 单元格 规则 级别 说明 应为 实为) linked to the cells. */
export function reportTable(result: FileResult, lang: Locale): ReportTable {
  const counts = countBySeverity(result.findings);
  const sheetOrder: string[] = [];
  for (const f of result.findings) if (!sheetOrder.includes(f.sheet)) sheetOrder.push(f.sheet);
  const findings = [...result.findings].sort((a, b) => compareFindings(a, b, sheetOrder));
  const rows = findings.map((f) => ({ finding: f, link: { text: `${f.sheet}!${f.cell}`, target: `${quotedSheet(f.sheet)}!${f.cell}`, internal: true } }));
  return {
    name: BATCH_MESSAGES.reportSheet[lang],
    title: localize(BATCH_MESSAGES.reportTitle, { file: path.basename(result.file) })[lang],
    subtitle: result.findings.length
      ? localize(BATCH_MESSAGES.reportCounts, { error: counts.error, warning: counts.warning, info: counts.info })[lang]
      : BATCH_MESSAGES.reportNoFindings[lang],
    header: headerRow(lang, false),
    rows: findingCells(rows, lang, false),
    links: rows.map((r) => r.link.target),
    linkCol: 1,
    columns: findingColumns(false),
  };
}

/**
 * Output paths for the annotated copies: <dir>/<name>-校验标注.xlsx (.xlsm for an .xlsm, .xltx/.xltm
 * likewise), numbered when two inputs share a name, and never one of the inputs themselves
 * (compared as resolved paths).
 */
export function annotatedPaths(files: readonly string[], dir: string, lang: Locale): string[] {
  const inputs = new Set(files.map((f) => path.resolve(f)));
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = path.basename(file, path.extname(file));
    const ext = KEPT_EXTENSIONS.includes(path.extname(file).toLowerCase()) ? path.extname(file).toLowerCase() : '.xlsx';
    for (let n = 1; ; n++) {
      const candidate = path.join(dir, `${stem}${BATCH_MESSAGES.annotatedSuffix[lang]}${n > 1 ? `-${n}` : ''}${ext}`);
      const key = path.resolve(candidate);
      if (!taken.has(key) && !inputs.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}

/** Package kinds whose copy keeps the input's extension (macro-enabled and template packages must). */
const KEPT_EXTENSIONS = ['.xlsx', '.xlsm', '.xltx', '.xltm'];
