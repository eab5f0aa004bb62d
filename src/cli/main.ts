#!/usr/bin/env node
/**
 * budget-check: `budget-check [check] [--format text|json] [--lang zh-CN|en-US] <file.xlsx>...`
 * Thin: arguments → checkFile per file → formatting. Exit 0/1/2 (see exitCodeOf).
 */
import { DEFAULT_LOCALE, type Locale } from '../core/i18n';
import { parseArgs } from './args';
import { checkFile, exitCodeOf, type FileResult } from './check-file';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { CLI_MESSAGES } from './messages';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
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
  // One file at a time keeps memory flat on large batches; checkFile is independent per file.
  const results: FileResult[] = [];
  for (const file of options.files) results.push(await checkFile(file));
  io.out(options.format === 'json' ? formatJson(results, lang) : formatText(results, lang));
  return exitCodeOf(results);
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
