/**
 * What the loaded office.js *library* implements, beside what Excel supports.
 *
 * `Office.context.requirements.isSetSupported` answers for the Excel application. A self-hosted
 * office.js (OFFICE_JS=local, a copy of the npm package @microsoft/office-js) is frozen at the day it
 * was published, and Microsoft says numbered requirement sets need the production library from the
 * CDN: Excel may report ExcelApi 1.18 while the copy has no `worksheet.notes` proxy at all (true of
 * @microsoft/office-js 1.1.110, the version this project pins). So the pane asks both: a requirement
 * set counts only when Excel supports it *and* the library has the members the adapter calls.
 * Sets without a probe here are taken from Excel's answer alone.
 */

/** The part of the `Excel` namespace the probes look at: classes by name. */
export type ExcelNamespace = Record<string, unknown>;

interface LibraryProbe {
  set: string;
  version: string;
  /** The API the adapter uses from this set, for the self-test report and the docs. */
  api: string;
  has(excel: ExcelNamespace): boolean;
}

/** Whether class `name` of the namespace defines `member` on its prototype (office.js proxies use accessors there). */
function hasMember(excel: ExcelNamespace, name: string, member: string): boolean {
  const cls = excel[name];
  if (typeof cls !== 'function') return false;
  const proto = (cls as { prototype?: unknown }).prototype;
  return typeof proto === 'object' && proto !== null && member in proto;
}

export const LIBRARY_PROBES: readonly LibraryProbe[] = [
  { set: 'ExcelApi', version: '1.8', api: 'Application.calculationMode', has: (x) => hasMember(x, 'Application', 'calculationMode') },
  { set: 'ExcelApi', version: '1.9', api: 'Worksheet.getRanges', has: (x) => hasMember(x, 'Worksheet', 'getRanges') },
  { set: 'ExcelApi', version: '1.13', api: 'Range.getMergedAreasOrNullObject', has: (x) => hasMember(x, 'Range', 'getMergedAreasOrNullObject') },
  { set: 'ExcelApi', version: '1.18', api: 'Worksheet.notes', has: (x) => hasMember(x, 'Worksheet', 'notes') },
  // RunOptions.mergeUndoGroup is a plain option a library without it ignores silently; the class
  // that arrived with it in ExcelApi 1.20 (CustomFunctionManager) tells whether the library knows 1.20.
  { set: 'ExcelApi', version: '1.20', api: 'RunOptions.mergeUndoGroup', has: (x) => typeof x.CustomFunctionManager === 'function' },
];

const versionParts = (v: string): number[] => v.split('.').map((p) => Number(p) || 0);
function atLeast(v: string, min: string): boolean {
  const a = versionParts(v);
  const b = versionParts(min);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** The probes a request for (set, version) depends on: every probed version of that set up to it. */
function probesFor(set: string, version: string): LibraryProbe[] {
  return LIBRARY_PROBES.filter((p) => p.set.toLowerCase() === set.toLowerCase() && atLeast(version, p.version));
}

/** isSetSupported that also requires the library to implement the probed members. */
export function libraryAwareIsSetSupported(
  hostSupports: (name: string, version: string) => boolean,
  excel: ExcelNamespace,
): (name: string, version: string) => boolean {
  return (name, version) => hostSupports(name, version) && probesFor(name, version).every((p) => p.has(excel));
}

/** The probed APIs the library lacks (for a console note and the self-test report). */
export function missingLibraryApis(excel: ExcelNamespace): string[] {
  return LIBRARY_PROBES.filter((p) => !p.has(excel)).map((p) => `${p.set} ${p.version}: ${p.api}`);
}
