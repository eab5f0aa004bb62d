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

export interface JsonOutput {
  version: 1;
  files: { file: string; findings: JsonFinding[]; errors: { message: string }[] }[];
}

export function toJsonOutput(results: FileResult[], lang: Locale): JsonOutput {
  return {
    version: 1,
    files: results.map((r) => ({
      file: r.file,
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
      errors: r.errors.map((e) => ({ message: e[lang] })),
    })),
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

export function formatJson(results: FileResult[], lang: Locale): string {
  return JSON.stringify(toJsonOutput(results, lang), null, 2) + '\n';
}
