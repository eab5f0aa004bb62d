/**
 * Command-line arguments. `budget-check [command] [options] <file>...`; the command defaults to
 * `check`, so a later `fill` subcommand only adds an entry to COMMANDS and its own options.
 */
import { localize, type Locale, type Localized } from '../core/i18n';
import { CLI_MESSAGES } from './messages';
import type { Severity } from '../core/report';

export type OutputFormat = 'text' | 'json' | 'jsonl';
export const COMMANDS = ['check'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CliOptions {
  command: CommandName;
  format: OutputFormat;
  /** null when --lang was not given (help then shows both languages; messages use zh-CN). */
  lang: Locale | null;
  help: boolean;
  /** Files, folders (recursive *.xlsx) and glob patterns, in the order given. */
  files: string[];
  /** --report: summary workbook to write (batch review). */
  report?: string;
  /** --annotate: folder for annotated copies. */
  annotate?: string;
  /** --jobs: worker threads (default: all cores). */
  jobs?: number;
  /** --standards: a JSON file of local expense standards. */
  standards?: string;
  /** --min-severity: the least serious findings to show (default info: all). */
  minSeverity?: Severity;
  /** --timeout: seconds one file may take in a batch before its worker is ended (default 120). */
  timeoutSeconds?: number;
  /** --max-memory: megabytes of heap one file may use in a batch (default 2048). */
  maxMemoryMb?: number;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: Localized; lang: Locale | null };

const LANG_ALIASES: Record<string, Locale> = { 'zh-cn': 'zh-CN', zh: 'zh-CN', 'en-us': 'en-US', en: 'en-US' };

export function parseArgs(argv: readonly string[]): ParseResult {
  const options: CliOptions = { command: 'check', format: 'text', lang: null, help: false, files: [] };
  let i = 0;
  if (argv.length > 0 && (COMMANDS as readonly string[]).includes(argv[0])) {
    options.command = argv[0] as CommandName;
    i = 1;
  }
  let error: Localized | null = null;
  let onlyFiles = false;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | null => {
      if (inline !== undefined) return inline;
      if (i + 1 < argv.length) return argv[++i];
      return null;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-f':
      case '--format': {
        const v = takeValue();
        if (v === null) error ??= localize(CLI_MESSAGES.missingValue, { option: name });
        else if (v === 'text' || v === 'json' || v === 'jsonl') options.format = v;
        else error ??= localize(CLI_MESSAGES.badFormat, { value: v });
        break;
      }
      case '--lang': {
        const v = takeValue();
        if (v === null) error ??= localize(CLI_MESSAGES.missingValue, { option: name });
        else if (LANG_ALIASES[v.toLowerCase()]) options.lang = LANG_ALIASES[v.toLowerCase()];
        else error ??= localize(CLI_MESSAGES.badLang, { value: v });
        break;
      }
      case '--report':
      case '--annotate':
      case '--standards': {
        const v = takeValue();
        if (v === null || v === '') error ??= localize(CLI_MESSAGES.missingValue, { option: name });
        else if (name === '--report') options.report = v;
        else if (name === '--annotate') options.annotate = v;
        else options.standards = v;
        break;
      }
      case '--min-severity': {
        const v = takeValue();
        if (v === null) error ??= localize(CLI_MESSAGES.missingValue, { option: name });
        else if (v === 'error' || v === 'warning' || v === 'info') options.minSeverity = v;
        else error ??= localize(CLI_MESSAGES.badSeverity, { value: v });
        break;
      }
      case '-j':
      case '--jobs': {
        const v = takeValue();
        if (v === null) error ??= localize(CLI_MESSAGES.missingValue, { option: name });
        else if (/^[1-9]\d{0,2}$/.test(v)) options.jobs = Number(v);
        else error ??= localize(CLI_MESSAGES.badJobs, { value: v });
        break;
      }
      case '--timeout':
      case '--max-memory': {
        const v = takeValue();
        if (v === null) error ??= localize(CLI_MESSAGES.missingValue, { option: name });
        else if (!/^[1-9]\d{0,5}$/.test(v)) error ??= localize(CLI_MESSAGES.badLimit, { option: name, value: v });
        else if (name === '--timeout') options.timeoutSeconds = Number(v);
        else options.maxMemoryMb = Number(v);
        break;
      }
      default:
        error ??= localize(CLI_MESSAGES.unknownOption, { option: arg });
    }
  }
  if (error) return { ok: false, error, lang: options.lang };
  if (!options.help && options.files.length === 0) return { ok: false, error: CLI_MESSAGES.noFiles, lang: options.lang };
  return { ok: true, options };
}
