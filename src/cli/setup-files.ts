/**
 * What the CLI checks before it reads a single workbook, so a mistyped path costs seconds, not a
 * batch: the --standards file (readable, JSON, known kinds and positive caps) and the output paths
 * (--annotate a folder, created if missing; --report in a folder that exists). Every problem is one
 * sentence in words, naming the path the user gave — no stack, no temporary names, no English
 * system text.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { localize, localizeWith, type Localized } from '../core/i18n';
import { EXPENSE_KINDS, expenseConfigProblem, type ExpenseStandardsConfig } from '../core/standards/expense';
import { jsonErrorPosition } from '../core/json-position';
import { ioErrorInWords } from '../xlsx/io-words';
import { CLI_MESSAGES } from './messages';

/** The --standards file: local expense standards, or why it cannot be used. */
export async function readStandards(file: string): Promise<{ config: ExpenseStandardsConfig } | { error: Localized }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    return { error: localizeWith(CLI_MESSAGES.standardsUnreadable, { file, error: ioErrorInWords(e, 'read') ?? String(e) }) };
  }
  let config: unknown;
  try {
    config = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const { line, column } = jsonErrorPosition(text, e);
    return { error: localize(CLI_MESSAGES.standardsNotJson, { file, line, column }) };
  }
  const problem = expenseConfigProblem(config);
  if (!problem) return { config: config as ExpenseStandardsConfig };
  const kinds = EXPENSE_KINDS.join(', ');
  if (problem.kind === undefined) return { error: localize(CLI_MESSAGES.standardsNotObject, { file, kinds }) };
  if (!(EXPENSE_KINDS as readonly string[]).includes(problem.kind)) {
    const near = nearestKind(problem.kind);
    return { error: localize(near ? CLI_MESSAGES.standardsKindTypo : CLI_MESSAGES.standardsKindUnknown, { file, kind: problem.kind, near: near ?? '', kinds }) };
  }
  if (problem.label === undefined) return { error: localize(CLI_MESSAGES.standardsNoClasses, { file, kind: problem.kind }) };
  return { error: localize(CLI_MESSAGES.standardsBadCap, { file, kind: problem.kind, label: problem.label }) };
}

/** The expense kind a misspelt one most likely meant (case, or at most two edits away). */
function nearestKind(kind: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of EXPENSE_KINDS) {
    const d = k.toLowerCase() === kind.toLowerCase() ? 0 : editDistance(k.toLowerCase(), kind.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Output paths before the run: --annotate must be a folder (created when missing); --report a
 * file in a folder that exists. Returns the first problem, or null.
 */
export async function checkOutputPaths(outputs: { annotate?: string; report?: string }): Promise<Localized | null> {
  if (outputs.annotate !== undefined) {
    const kind = await kindOf(outputs.annotate);
    if (kind === 'file') return localize(CLI_MESSAGES.annotateIsFile, { dir: outputs.annotate });
    if (kind === 'missing') {
      try {
        await fs.mkdir(outputs.annotate, { recursive: true });
      } catch (e) {
        return localizeWith(CLI_MESSAGES.annotateCannotCreate, { dir: outputs.annotate, error: ioErrorInWords(e, 'write') ?? String(e) });
      }
    }
  }
  if (outputs.report !== undefined) {
    if ((await kindOf(outputs.report)) === 'folder') return localize(CLI_MESSAGES.reportIsFolder, { file: outputs.report });
    const dir = path.dirname(outputs.report);
    const kind = await kindOf(dir);
    if (kind !== 'folder') return localize(kind === 'missing' ? CLI_MESSAGES.reportFolderMissing : CLI_MESSAGES.reportFolderIsFile, { file: outputs.report, dir });
  }
  return null;
}

async function kindOf(p: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await fs.stat(p)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}
