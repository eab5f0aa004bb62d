/**
 * --annotate <dir>: a copy of each workbook with every flagged cell filled by its worst severity
 * (the add-in's mark colours), a note on it with the findings' messages, and a sheet 校验报告
 * listing the findings with links to their cells. The original is only read; the copy goes
 * through the ExcelJS writer (applyEdits + writeWorkbookAtomically), which refuses any input as output.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { FileResult } from '../cli/check-file';
import { localize, type Locale } from '../core/i18n';
import { compareFindings, countBySeverity, type Edit, type Finding, type Severity } from '../core/report';
import { MARK_COLORS } from '../host/marks';
import { applyEdits, writeWorkbookAtomically } from '../xlsx/write';
import { markOwnOutput } from '../xlsx/own-output';
import { BATCH_MESSAGES } from './messages';
import { quotedSheet, SEVERITY_RANK, severityText, writeFindingTable, type FindingRow } from './finding-table';

export async function writeAnnotatedCopy(file: string, outPath: string, result: FileResult, lang: Locale, inputs: readonly string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings ask for its own Buffer type; a Node Buffer is what it reads.
  await workbook.xlsx.load((await fs.readFile(file)) as unknown as ExcelJS.Buffer);
  applyEdits(workbook, markEdits(workbook, result.findings, lang));
  addReportSheet(workbook, result, lang);
  await writeWorkbookAtomically(workbook, outPath, { inputs: [...inputs, file] });
}

/** Fill and note edits: one per flagged cell, whatever the number of findings on it. */
export function markEdits(workbook: ExcelJS.Workbook, findings: Finding[], lang: Locale): Edit[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row}\u0000${f.col}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const edits: Edit[] = [];
  for (const list of byCell.values()) {
    const { sheet, row, col } = list[0];
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue; // a finding on a sheet the file does not have would be a core bug; nothing to mark
    const worst = list.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
    const ours = [BATCH_MESSAGES.noteHeading[lang], ...list.map((f) => findingLine(f, lang))].join('\n');
    const previous = noteText(ws.getCell(row + 1, col + 1).note);
    edits.push({ kind: 'fill', sheet, row, col, color: MARK_COLORS[worst] });
    // A note the author wrote stays, ours goes below it.
    edits.push({ kind: 'note', sheet, row, col, text: previous ? `${previous}\n\n${ours}` : ours });
  }
  return edits;
}

function findingLine(f: Finding, lang: Locale): string {
  const detail = [f.expected !== undefined ? `${BATCH_MESSAGES.colExpected[lang]}：${f.expected}` : '', f.actual !== undefined ? `${BATCH_MESSAGES.colActual[lang]}：${f.actual}` : '']
    .filter(Boolean)
    .join('；');
  return `【${severityText(f.severity, lang)}】${f.message[lang]}${detail ? `（${detail}）` : ''}`;
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function addReportSheet(workbook: ExcelJS.Workbook, result: FileResult, lang: Locale): void {
  const base = BATCH_MESSAGES.reportSheet[lang];
  let name = base;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${base}(${n})`;
  const sheetOrder = workbook.worksheets.map((w) => w.name);
  applyEdits(workbook, [{ kind: 'addSheet', sheet: name }]);
  const ws = workbook.getWorksheet(name)!;
  const counts = countBySeverity(result.findings);
  ws.getCell('A1').value = localize(BATCH_MESSAGES.reportTitle, { file: path.basename(result.file) })[lang];
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = result.findings.length
    ? localize(BATCH_MESSAGES.reportCounts, { error: counts.error, warning: counts.warning, info: counts.info })[lang]
    : BATCH_MESSAGES.reportNoFindings[lang];
  const findings = [...result.findings].sort((a, b) => compareFindings(a, b, sheetOrder));
  const rows: FindingRow[] = findings.map((f) => ({
    finding: f,
    link: { text: `${f.sheet}!${f.cell}`, target: `#${quotedSheet(f.sheet)}!${f.cell}`, internal: true },
  }));
  writeFindingTable(ws, 4, rows, lang, false);
  markOwnOutput(workbook, name, 'annotated');
}

/**
 * Output paths for the annotated copies: <dir>/<name>-校验标注.xlsx, numbered when two inputs share a
 * name, and never one of the inputs themselves (compared as resolved paths).
 */
export function annotatedPaths(files: readonly string[], dir: string, lang: Locale): string[] {
  const inputs = new Set(files.map((f) => path.resolve(f)));
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = path.basename(file, path.extname(file));
    for (let n = 1; ; n++) {
      const candidate = path.join(dir, `${stem}${BATCH_MESSAGES.annotatedSuffix[lang]}${n > 1 ? `-${n}` : ''}.xlsx`);
      const key = path.resolve(candidate);
      if (!taken.has(key) && !inputs.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}
