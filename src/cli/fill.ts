/**
 * `budget-check fill <in.xlsx> -o <out.xlsx> [--type 培训类] [--from-calc] [--templates file.json] [--force]`
 *
 * Thin: arguments → core proposal and plan (src/core/fill) → ExcelJS writer (src/xlsx/write) →
 * re-read and check the output against the input. Never writes the input; refuses an existing
 * output without --force. Exit 0 done, 1 done but the output has new findings, 2 refused/failed.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../core/check';
import { DEFAULT_LOCALE, localize, localizeWith, type Locale, type Localized } from '../core/i18n';
import { toA1 } from '../core/address';
import { parseTemplateFile } from '../core/fill/schema';
import { planFill, proposeFill, templateLibrary, type FillRequest } from '../core/fill/fill';
import type { FillPlan, TemplateSet } from '../core/fill/model';
import { readWorkbookFile, XlsxReadError } from '../xlsx/read';
import { ioErrorInWords } from '../xlsx/io-words';
import { applyEdits, writeAtomically, XlsxWriteError } from '../xlsx/write';
import { fitRowHeights } from '../xlsx/fit-rows';
import { lostParts, lostText, type LostKind } from '../xlsx/package/lost-parts';
import { declaredValidationCells } from '../xlsx/package/validation-size';
import type { CliIO } from './main';
import { FILL_CLI_MESSAGES as M } from './fill-messages';

/** Validation cells above which ExcelJS's per-cell expansion costs seconds and hundreds of MB (A4:A1048576 ≈ 2.6 s). */
const MAX_VALIDATION_CELLS = 100_000;

export interface FillArgs {
  input: string;
  output: string;
  types: string[];
  fromCalc: boolean;
  templates: string | null;
  force: boolean;
  /** --allow-loss: write even when the output would lose parts of the input (charts, VBA…). */
  allowLoss: boolean;
  year: number | null;
  lang: Locale | null;
  help: boolean;
}

type Parsed = { ok: true; args: FillArgs } | { ok: false; error: Localized; lang: Locale | null };

const LANGS: Record<string, Locale> = { 'zh-cn': 'zh-CN', zh: 'zh-CN', 'en-us': 'en-US', en: 'en-US' };

export function parseFillArgs(argv: readonly string[]): Parsed {
  const a: FillArgs = { input: '', output: '', types: [], fromCalc: false, templates: null, force: false, allowLoss: false, year: null, lang: null, help: false };
  const inputs: string[] = [];
  let error: Localized | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | null => (inline !== undefined ? inline : i + 1 < argv.length ? argv[++i] : null);
    const need = (v: string | null): v is string => {
      if (v === null) error ??= localize(M.missingValue, { option: name });
      return v !== null;
    };
    switch (name) {
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '-o':
      case '--out': {
        const v = value();
        if (need(v)) a.output = v;
        break;
      }
      case '--type': {
        const v = value();
        if (need(v)) a.types.push(v);
        break;
      }
      case '--templates': {
        const v = value();
        if (need(v)) a.templates = v;
        break;
      }
      case '--year': {
        const v = value();
        if (need(v)) {
          if (/^(19|20)\d{2}$/.test(v)) a.year = Number(v);
          else error ??= localize(M.badYear, { value: v });
        }
        break;
      }
      case '--lang': {
        const v = value();
        if (need(v)) {
          if (LANGS[v.toLowerCase()]) a.lang = LANGS[v.toLowerCase()];
          else error ??= localize(M.badLang, { value: v });
        }
        break;
      }
      case '--from-calc':
        a.fromCalc = true;
        break;
      case '--force':
        a.force = true;
        break;
      case '--allow-loss':
        a.allowLoss = true;
        break;
      default:
        error ??= localize(M.unknownOption, { option: arg });
    }
  }
  if (error) return { ok: false, error, lang: a.lang };
  if (a.help) return { ok: true, args: a };
  if (inputs.length === 0) return { ok: false, error: M.noInput, lang: a.lang };
  if (inputs.length > 1) return { ok: false, error: localize(M.tooManyInputs, { count: inputs.length }), lang: a.lang };
  if (!a.output) return { ok: false, error: M.noOutput, lang: a.lang };
  a.input = inputs[0];
  if (a.types.length === 0) a.fromCalc = true;
  return { ok: true, args: a };
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Reads and validates --templates; errors name the template, row and field. */
async function loadTemplates(file: string): Promise<{ ok: true; sets: TemplateSet[] } | { ok: false; errors: Localized[] }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [localizeWith(M.templatesUnreadable, { file, error: ioErrorInWords(e, 'read') ?? String(e) })] };
  }
  const parsed = parseTemplateFile(text);
  if (!parsed.ok) return { ok: false, errors: [localize(M.templatesInvalid, { file }), ...parsed.errors] };
  return parsed;
}

export async function runFill(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseFillArgs(argv);
  if (!parsed.ok) {
    const lang = parsed.lang ?? DEFAULT_LOCALE;
    io.err(`${parsed.error[lang]}\n\n${M.help[lang]}\n`);
    return 2;
  }
  const args = parsed.args;
  const lang: Locale = args.lang ?? DEFAULT_LOCALE;
  if (args.help) {
    io.out(args.lang ? `${M.help[args.lang]}\n` : `${M.help['zh-CN']}\n\n${M.help['en-US']}\n`);
    return 0;
  }
  const fail = (messages: Localized[]) => {
    io.err(messages.map((m) => m[lang]).join('\n') + '\n');
    return 2;
  };
  try {
    if (!args.force && (await exists(args.output))) return fail([localize(M.outputExists, { file: args.output })]);
    let userTemplates: TemplateSet[] = [];
    if (args.templates) {
      const loaded = await loadTemplates(args.templates);
      if (!loaded.ok) return fail(loaded.errors);
      userTemplates = loaded.sets;
      // A template file without --type is used whole: every type it defines (never silently ignored).
      if (args.types.length === 0) args.types.push(...userTemplates.map((t) => t.type));
    }
    const library = templateLibrary(userTemplates);
    const unknown = args.types.filter((t) => !library.some((s) => s.type === t));
    if (unknown.length > 0) return fail(unknown.map((type) => localize(M.unknownType, { type, types: library.map((s) => s.type).join('、') })));

    const snapshot = await readWorkbookFile(args.input);
    const request: FillRequest = { types: args.types, fromCalc: args.fromCalc, userTemplates, ...(args.year ? { budgetYear: args.year } : {}) };
    const proposal = proposeFill(snapshot, request);
    const plan = planFill(snapshot, proposal.rows, request);

    if (!/\.xlsx$/i.test(args.output)) return fail([localize(M.outputNotXlsx, { file: args.output })]);
    const original = await fs.readFile(args.input);
    const workbook = new ExcelJS.Workbook();
    // ExcelJS expands a validation into one entry per cell: over whole columns it never finishes.
    // Skipped, they are missing from the output, so the lost-parts check below refuses it.
    const validationCells = await declaredValidationCells(original);
    const skipValidations = validationCells > MAX_VALIDATION_CELLS;
    if (skipValidations) io.err(localize(M.hugeValidations, { cells: validationCells.toLocaleString('en-US') })[lang] + '\n');
    await workbook.xlsx.load(original as unknown as ExcelJS.Buffer, (skipValidations ? { ignoreNodes: ['dataValidations'] } : {}) as never);
    applyEdits(workbook, plan.edits);
    const ws = workbook.getWorksheet(plan.sheet);
    if (ws) fitRowHeights(ws, plan.inserted.map((i) => i.at));
    // ExcelJS rewrites the whole package and drops what it does not model: compare before renaming.
    let lost: LostKind[] = [];
    await writeAtomically(
      args.output,
      { inputs: [args.input] },
      (tmp) => workbook.xlsx.writeFile(tmp),
      async (tmp) => {
        lost = await lostParts(original, await fs.readFile(tmp));
        if (lost.length > 0 && !args.allowLoss) throw new XlsxWriteError(localize(M.wouldLoseParts, { file: args.output, parts: lostText(lost)[lang] }));
      },
    );
    if (lost.length > 0) io.err(localize(M.lostParts, { file: args.output, parts: lostText(lost)[lang] })[lang] + '\n');

    // Check the file as written against the input: the same findings, moved with the inserted rows.
    const after = checkWorkbook(await readWorkbookFile(args.output));
    const before = checkWorkbook(snapshot);
    const fresh = freshFindings(before.findings, after.findings, plan);
    io.out(summary(args.output, plan, fresh, lang));
    return fresh.length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof XlsxReadError || e instanceof XlsxWriteError) return fail([e.localized]);
    return fail([localize(M.failed, { error: e instanceof Error ? e.message : String(e) })]);
  }
}

type Finding = ReturnType<typeof checkWorkbook>['findings'][number];

export function freshFindings(before: Finding[], after: Finding[], plan: FillPlan): Finding[] {
  const inserts = plan.edits.filter((e): e is Extract<typeof e, { kind: 'insertRows' }> => e.kind === 'insertRows');
  const known = new Set<string>();
  for (const f of before) {
    let row = f.row;
    for (const e of inserts) if (e.sheet === f.sheet && row >= e.row) row += e.count;
    known.add(`${f.ruleId}|${f.sheet}|${row}|${f.col}`);
  }
  return after.filter((f) => !known.has(`${f.ruleId}|${f.sheet}|${f.row}|${f.col}`));
}

function summary(output: string, plan: FillPlan, fresh: Finding[], lang: Locale): string {
  const lines: string[] = [localize(M.written, { file: output })[lang]];
  const inserted = [...plan.inserted].sort((a, b) => a.at - b.at);
  lines.push(localize(M.insertedHeader, { count: inserted.length, sheet: plan.sheet })[lang]);
  for (const { row, at } of inserted) {
    lines.push(localize(M.insertedRow, { row: at + 1, group: row.level2Text, name: row.name, value: row.nature === '定性' ? row.value : `${row.nature}${row.value}${/年|月|日/.test(row.value) ? '' : row.unit}` })[lang]);
  }
  if (plan.skipped.length > 0) {
    lines.push(localize(M.skippedHeader, { count: plan.skipped.length })[lang]);
    for (const s of plan.skipped) lines.push(localize(M.skippedRow, { name: s.row.name, reason: s.reason[lang] })[lang]);
  }
  for (const n of plan.notes) lines.push(n[lang]);
  if (fresh.length === 0) lines.push(M.checkClean[lang]);
  else {
    lines.push(localize(M.checkNew, { count: fresh.length })[lang]);
    for (const f of fresh) lines.push(localize(M.checkNewRow, { sheet: f.sheet, cell: toA1(f.row, f.col), rule: f.ruleId, message: f.message[lang] })[lang]);
  }
  return lines.join('\n') + '\n';
}
