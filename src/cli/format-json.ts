/**
 * `--format json`: {"version":1,"files":[{"file","findings":[{ruleId,severity,sheet,cell,message,
 * expected,actual,row,col,fix}],"errors":[{"message"}]}]}. `cell` is a plain A1 address on `sheet`;
 * row/col are its 0-based coordinates (an addition to the shape); `fix`, when the add-in could
 * correct the cell, says how: a title and the cells it writes ({sheet, cell, value} or {sheet, cell, formula}).
 */
import { toA1 } from '../core/address';
import type { Locale } from '../core/i18n';
import type { Fix, Severity } from '../core/report';
import type { FileResult } from './check-file';
import { verdictOf, type Verdict } from './verdict';

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  expected?: string;
  actual?: string;
  row: number;
  col: number;
  fix?: JsonFix;
}

export interface JsonFix {
  title: string;
  edits: ({ sheet: string; cell: string; value: string | number | boolean | null } | { sheet: string; cell: string; formula: string })[];
}

export interface JsonFile {
  file: string;
  /** unreadable | skipped | unrecognised | fix | check | pass (see src/cli/verdict.ts). */
  verdict: Verdict;
  findings: JsonFinding[];
  /** `code` is machine-readable: damaged, encrypted, notSpreadsheet, unsupportedFormat, tooLarge, timeout, outOfMemory… */
  errors: { message: string; code: string }[];
  /** Why the file was not checked (verdict skipped). */
  skipped?: string;
  /** Findings --min-severity left out. */
  hiddenFindings?: number;
}

export interface JsonOutput {
  version: 1;
  files: JsonFile[];
}

export function toJsonOutput(results: FileResult[], lang: Locale): JsonOutput {
  return {
    version: 1,
    files: results.map((r) => toJsonFile(r, lang)),
  };
}

/** One file's entry: the `files` item of --format json, and one line of --format jsonl. */
export function toJsonFile(r: FileResult, lang: Locale): JsonFile {
  return {
      file: r.file,
      verdict: verdictOf(r),
      findings: r.findings.map((f) => {
        return {
          ruleId: f.ruleId,
          severity: f.severity,
          sheet: f.sheet,
          cell: f.cell.replace(/\$/g, ''),
          message: f.message[lang],
          ...(f.expected !== undefined ? { expected: f.expected } : {}),
          ...(f.actual !== undefined ? { actual: f.actual } : {}),
          row: f.row,
          col: f.col,
          ...(f.fix ? { fix: jsonFix(f.fix, lang) } : {}),
        } satisfies JsonFinding;
      }),
      errors: r.errors.map((e) => ({ message: e[lang], code: e.code ?? 'checkFailed' })),
      ...(r.skipped ? { skipped: r.skipped[lang] } : {}),
      ...(r.hidden ? { hiddenFindings: r.hidden.count } : {}),
  };
}

/** A rule's fix writes values and formulas; those are what JSON readers get. */
function jsonFix(fix: Fix, lang: Locale): JsonFix {
  const edits: JsonFix['edits'] = [];
  for (const e of fix.edits) {
    if (e.kind === 'value') edits.push({ sheet: e.sheet, cell: toA1(e.row, e.col), value: e.value });
    else if (e.kind === 'formula') edits.push({ sheet: e.sheet, cell: toA1(e.row, e.col), formula: e.formula });
  }
  return { title: fix.title[lang], edits };
}

/** --format jsonl: one JSON object per line and file, written as each file finishes. */
export function formatJsonLine(r: FileResult, lang: Locale, index: number): string {
  return JSON.stringify({ index, ...toJsonFile(r, lang) }) + '\n';
}

export function formatJson(results: FileResult[], lang: Locale): string {
  return JSON.stringify(toJsonOutput(results, lang), null, 2) + '\n';
}
