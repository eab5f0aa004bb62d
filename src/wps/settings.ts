/**
 * Per-workbook settings (the marks record, the pane's choices) in the workbook's custom document
 * properties (Workbook.CustomDocumentProperties; 文件 → 属性 → 自定义), not in a very hidden sheet.
 *
 * Why: they are saved in the file by every format the user may pick — .et, .xlsx (docProps/custom.xml)
 * and .xls — and, unlike a hidden sheet, they do not change the workbook's sheets: Worksheets.Count and
 * the sheet indexes stay the user's (macros, 3-D references, the checker's own sheet list, the command
 * line's later reading of the same file), and they work on a workbook whose structure is protected
 * (保护工作簿 forbids adding a sheet). The user does not meet them while editing cells.
 *
 * Limits: a custom property's text value keeps at most 255 characters (Office DocumentProperty: longer
 * strings are cut when the file is saved), so a setting is stored as JSON in parts of ≤ 255 characters:
 *   '<key>'            → 'budget-check:1:<generation>:<parts>'   (the header, written last)
 *   '<key>#<gen>.<i>'  → part i (1-based) of the JSON
 * A save writes the new generation's parts, then the header, then removes every other part of the key,
 * so a save that fails half-way leaves the previous value readable. The marks record's own limit
 * (400 KB, src/host/marks.ts) is about 1,600 parts; each save and load lists the properties once.
 *
 * The object model (Kso.DocumentProperties in lib.kso.d.ts, as VBA's): Count, Item(1-based index), Add(Name,
 * LinkToContent, Type, Value) with Type msoPropertyTypeString = 4, and per property Name, Value, Delete().
 */
import { localize } from '../core/i18n';
import { HostError, localizeWithCause } from '../host/messages';
import { WPS_MESSAGES } from './messages';
import { actionOf, wpsError } from './errors';

/** Characters a custom property's text value keeps. */
export const PROPERTY_TEXT_LIMIT = 255;
const MSO_PROPERTY_TYPE_STRING = 4;
const HEADER = /^budget-check:1:(\d+):(\d+)$/;

/**
 * Workbook.CustomDocumentProperties is declared `any` in lib.et.d.ts; the object is Office's
 * DocumentProperties, declared in lib.kso.d.ts.
 */
export type DocumentProperties = Kso.DocumentProperties;
type DocumentProperty = Kso.DocumentProperty;

const partName = (key: string, generation: number, part: number): string => `${key}#${generation}.${part}`;

function list(props: DocumentProperties): Map<string, DocumentProperty> {
  const out = new Map<string, DocumentProperty>();
  const n = props.Count;
  for (let i = 1; i <= n; i++) {
    const p = props.Item(i);
    out.set(p.Name, p);
  }
  return out;
}

function header(all: Map<string, DocumentProperty>, key: string): { generation: number; parts: number } | null {
  const h = all.get(key);
  if (!h) return null;
  const m = HEADER.exec(String(h.Value));
  if (!m) throw new HostError(localize(WPS_MESSAGES.settingUnreadable, { key, error: String(h.Value).slice(0, 80) }));
  return { generation: Number(m[1]), parts: Number(m[2]) };
}

export function loadWorkbookSetting<T>(props: DocumentProperties, key: string): T | null {
  let json = '';
  try {
    const all = list(props);
    const h = header(all, key);
    if (!h) return null;
    for (let i = 1; i <= h.parts; i++) {
      const part = all.get(partName(key, h.generation, i));
      if (!part) throw new HostError(localize(WPS_MESSAGES.settingDamaged, { key, part: i }));
      json += String(part.Value);
    }
  } catch (e) {
    throw wpsError(actionOf('actionSettings', { key }), e);
  }
  try {
    return JSON.parse(json) as T;
  } catch (e) {
    throw new HostError(localizeWithCause(WPS_MESSAGES.settingUnreadable, { key }, e), e);
  }
}

/** Splits text into parts of ≤ `limit` UTF-16 units, never between the halves of a surrogate pair. */
export function splitText(text: string, limit = PROPERTY_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + limit);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts.length > 0 ? parts : [''];
}

export function saveWorkbookSetting<T>(props: DocumentProperties, key: string, value: T): void {
  let all: Map<string, DocumentProperty>;
  let previous: { generation: number; parts: number } | null;
  try {
    all = list(props);
    previous = header(all, key);
  } catch (e) {
    throw saveFailed(key, e);
  }
  // Above every generation present, so parts left by a failed save are never reused.
  let generation = previous ? previous.generation + 1 : 1;
  for (const name of all.keys()) {
    const m = name.startsWith(`${key}#`) ? /^(\d+)\./.exec(name.slice(key.length + 1)) : null;
    if (m) generation = Math.max(generation, Number(m[1]) + 1);
  }
  if (value === null || value === undefined) {
    try {
      all.get(key)?.Delete();
    } catch (e) {
      throw saveFailed(key, e);
    }
    return removeParts(all, key, null);
  }
  const parts = splitText(JSON.stringify(value));
  try {
    parts.forEach((text, i) => props.Add(partName(key, generation, i + 1), false, MSO_PROPERTY_TYPE_STRING, text));
    const h = `budget-check:1:${generation}:${parts.length}`;
    const existing = all.get(key);
    if (existing) existing.Value = h;
    else props.Add(key, false, MSO_PROPERTY_TYPE_STRING, h);
  } catch (e) {
    // The header still names the previous parts; the new ones are removed by the next save.
    throw saveFailed(key, e);
  }
  removeParts(list(props), key, generation);
}

/** Removes the parts of `key` that are not of generation `keep` (all of them when keep is null). */
function removeParts(all: Map<string, DocumentProperty>, key: string, keep: number | null): void {
  const prefix = `${key}#`;
  const keepPrefix = keep === null ? null : `${key}#${keep}.`;
  try {
    for (const [name, p] of all) if (name.startsWith(prefix) && (keepPrefix === null || !name.startsWith(keepPrefix))) p.Delete();
  } catch (e) {
    throw new HostError(localizeWithCause(WPS_MESSAGES.settingCleanupFailed, { key }, e), e);
  }
}

function saveFailed(key: string, e: unknown): HostError {
  return new HostError(localizeWithCause(WPS_MESSAGES.settingSaveFailed, { key }, e), e);
}
