/**
 * `--format json`: {"version":1,"files":[{"file","findings":[{ruleId,severity,sheet,cell,message,
 * expected,actual,row,col}],"errors":[{"message"}]}]}. `cell` is a plain A1 address on `sheet`;
 * row/col are its 0-based coordinates (an addition to the shape).
 */
import type { Locale } from '../core/i18n';
import type { Severity } from '../core/report';
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
        } satisfies JsonFinding;
      }),
      errors: r.errors.map((e) => ({ message: e[lang] })),
    })),
  };
}

export function formatJson(results: FileResult[], lang: Locale): string {
  return JSON.stringify(toJsonOutput(results, lang), null, 2) + '\n';
}
