#!/usr/bin/env node
/**
 * budget-check: `budget-check [check] [--format text|json] [--lang zh-CN|en-US] <file.xlsx>...`
 * Thin: arguments → checkFile per file → formatting. Exit 0/1/2 (see exitCodeOf).
 */
import { DEFAULT_LOCALE, type Locale } from '../core/i18n';
import type { ExpenseStandardsConfig } from '../core/standards/expense';
import { checkOutputPaths, readStandards } from './setup-files';
import { parseArgs } from './args';
import { exitCodeOf, type FileResult } from './check-file';
import { runBatch } from '../batch/run';
import type { ProgressStream } from '../batch/progress';
import { formatJson, formatJsonLine } from './format-json';
import { formatFileText, formatTextSummary } from './format-text';
import { CLI_MESSAGES } from './messages';
import { runFill } from './fill';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Where a progress bar may be drawn (stderr on a terminal); none when absent. */
  progress?: ProgressStream;
}

const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  progress: process.stderr,
};

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  if (argv[0] === 'fill') return runFill(argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const lang = parsed.lang ?? DEFAULT_LOCALE;
    io.err(`${parsed.error[lang]}\n${CLI_MESSAGES.usageHint[lang]}\n`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.out(options.lang ? `${CLI_MESSAGES.help[options.lang]}\n` : `${CLI_MESSAGES.help['zh-CN']}\n\n${CLI_MESSAGES.help['en-US']}\n`);
    return 0;
  }
  const lang: Locale = options.lang ?? DEFAULT_LOCALE;
  let expenseStandards: ExpenseStandardsConfig | undefined;
  if (options.standards !== undefined) {
    const read = await readStandards(options.standards);
    if ('error' in read) {
      io.err(`${read.error[lang]}\n`);
      return 2;
    }
    expenseStandards = read.config;
  }
  const outputProblem = await checkOutputPaths(options);
  if (outputProblem) {
    io.err(`${outputProblem[lang]}\n`);
    return 2;
  }
  // Files, folders and globs; checked in parallel worker threads. Text streams each file's block as
  // soon as it and those before it are done (input order); jsonl writes a line per file as it
  // finishes; json writes one document at the end.
  const ready = new Map<number, FileResult>();
  let printed = 0;
  const onResult = (r: FileResult, position: number) => {
    if (options.format === 'jsonl') {
      io.out(formatJsonLine(r, lang, position));
      return;
    }
    if (options.format !== 'text') return;
    ready.set(position, r);
    while (ready.has(printed)) {
      io.out(formatFileText(ready.get(printed)!, lang));
      ready.delete(printed);
      printed++;
    }
  };
  const stdoutIsTerminal = io.out === processIO.out && process.stdout.isTTY === true;
  const batch = await runBatch({
    inputs: options.files,
    check: expenseStandards ? { expenseStandards } : {},
    lang,
    format: options.format,
    jobs: options.jobs,
    report: options.report,
    annotate: options.annotate,
    // A progress bar on stderr would tear the text streaming to the same terminal.
    progress: options.format === 'text' && stdoutIsTerminal ? undefined : io.progress,
    minSeverity: options.minSeverity,
    onResult,
    ...(options.timeoutSeconds !== undefined ? { timeoutMs: options.timeoutSeconds * 1000 } : {}),
    ...(options.maxMemoryMb !== undefined ? { maxMemoryMb: options.maxMemoryMb } : {}),
  });
  const results: FileResult[] = batch.results;
  if (options.format === 'json') io.out(formatJson(results, lang));
  else if (options.format === 'text') io.out(formatTextSummary(results, lang));
  for (const notice of batch.notices) io.err(`${notice[lang]}\n`);
  for (const error of batch.outputErrors) io.err(`${error[lang]}\n`);
  return batch.outputErrors.length > 0 ? 2 : exitCodeOf(results);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
