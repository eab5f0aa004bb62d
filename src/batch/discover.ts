/**
 * Which workbooks a batch checks: command-line inputs → files, in the order given.
 * - a file is taken as it is (even a missing one: the check reports it, and the run goes on);
 * - a folder means every spreadsheet-like file below it (.xlsx .xlsm .xls .et .ods, any case),
 *   recursively, sorted, without Excel's ~$ lock files;
 * - a glob (* ? and **) is matched here: Node 20 has no fs.glob (it arrived in Node 22), and the
 *   shell does not expand patterns on Windows or inside quotes.
 * The same file reached twice (two patterns, a file and its folder) is checked once.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { localize, type Localized } from '../core/i18n';
import { BATCH_MESSAGES } from './messages';

/** What an input names: a file to check, or a problem (an empty folder, a pattern without match). */
export type DiscoveredEntry = { file: string } | { input: string; problem: Localized; code: 'noMatch' | 'emptyFolder' };

export function isGlob(input: string): boolean {
  return /[*?]/.test(input);
}

/** Every spreadsheet-like file a folder or glob scan lists (case-insensitive): read, or reported with its reason. */
export const SPREADSHEET_NAME = /\.(xlsx|xlsm|xls|et|ods)$/i;

export function isWorkbookName(name: string): boolean {
  return SPREADSHEET_NAME.test(name) && !name.startsWith('~$');
}

/** Entries in the order of the inputs; within a folder or pattern, sorted by path. */
export async function discoverInputs(inputs: readonly string[]): Promise<DiscoveredEntry[]> {
  const entries: DiscoveredEntry[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ file });
  };
  for (const input of inputs) {
    if (isGlob(input)) {
      const matches = await expandGlob(input);
      if (matches.length === 0) entries.push({ input, problem: localize(BATCH_MESSAGES.noMatch, { pattern: input }), code: 'noMatch' });
      matches.forEach(add);
      continue;
    }
    const st = await fs.stat(input).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null; // reported by the check as a missing file
      throw e;
    });
    if (st?.isDirectory()) {
      const found = await workbooksUnder(input);
      if (found.length === 0) entries.push({ input, problem: localize(BATCH_MESSAGES.emptyFolder, { folder: input }), code: 'emptyFolder' });
      found.forEach(add);
    } else {
      add(input);
    }
  }
  return entries;
}

/** Every spreadsheet-like file below `dir` (recursively, sorted by path), skipping ~$ lock files and hidden folders. */
export async function workbooksUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await fs.readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(p);
      } else if ((e.isFile() || e.isSymbolicLink()) && isWorkbookName(e.name)) {
        out.push(p);
      }
    }
  };
  await walk(dir);
  return out;
}

/**
 * Files matching a pattern: `*` and `?` within one path segment, `**` for any number of folders.
 * Matching is on '/'-separated segments ('\\' is accepted as a separator on Windows only).
 * Returns sorted paths spelled from the pattern's fixed prefix; only files, never folders.
 */
export async function expandGlob(pattern: string): Promise<string[]> {
  const normalised = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  // 'a//b' and 'a/./b' read as 'a/b'; a leading '' marks an absolute pattern.
  const segments = normalised.split('/').filter((s, i) => (s !== '' && s !== '.') || i === 0);
  // The fixed prefix: segments before the first one with a wildcard.
  let i = 0;
  while (i < segments.length && !isGlob(segments[i])) i++;
  const base = segments.slice(0, i);
  const rest = segments.slice(i);
  const shown = base.length === 0 ? '' : base.length === 1 && base[0] === '' ? '/' : base.join('/');
  const out: string[] = [];
  await matchSegments(shown === '' ? '.' : shown, shown, rest, out);
  return [...new Set(out)].filter((f) => isWorkbookName(path.basename(f))).sort();
}

async function matchSegments(dir: string, shown: string, rest: string[], out: string[]): Promise<void> {
  if (rest.length === 0) return;
  const [head, ...tail] = rest;
  const join = (name: string) => (shown === '' ? name : shown.endsWith('/') ? shown + name : `${shown}/${name}`);
  let entries: import('fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return; // that branch of the pattern matches nothing
    throw e;
  }
  if (head === '**') {
    // zero folders …
    await matchSegments(dir, shown, tail, out);
    // … or one more, and ** again
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') {
        await matchSegments(path.join(dir, e.name), join(e.name), rest, out);
      }
    }
    return;
  }
  const re = segmentPattern(head);
  for (const e of entries) {
    if (!re.test(e.name)) continue;
    if (e.name.startsWith('.') && !head.startsWith('.')) continue; // * does not match hidden names
    if (tail.length === 0) {
      if (e.isFile() || e.isSymbolicLink()) out.push(join(e.name));
    } else if (e.isDirectory() || e.isSymbolicLink()) {
      await matchSegments(path.join(dir, e.name), join(e.name), tail, out);
    }
  }
}

/** One path segment's wildcard pattern as a regular expression: * = any run, ? = one character. */
export function segmentPattern(segment: string): RegExp {
  let re = '';
  for (const ch of segment) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // Case-insensitive everywhere, like folder scans: 报送/*.xlsx finds 报送/A.XLSX on Linux too.
  return new RegExp(`^${re}$`, 'i');
}
