/**
 * Annotates a workbook by patching its OPC package instead of re-writing it through a spreadsheet
 * library: fills and notes are added to the cells the findings name and a report worksheet is
 * appended; every other part (charts, pivot tables, images, data validations, VBA, custom XML,
 * printer settings …) goes back out byte for byte. Parts changed: styles.xml (appended fills, fonts
 * and cell formats), the marked worksheets (`s=` of marked cells, <legacyDrawing>), their comments
 * and VML parts and relationships, workbook.xml (the new <sheet> and its print titles), the
 * workbook's relationships and [Content_Types].xml. See docs/annotate.md.
 */
import { columnWidthFor, rowHeightFor } from '../layout';
import type { ColumnSpec } from '../table-layout';
import { addNotes, type Note } from './comments';
import { OpcPackage, PackageError, resolveTarget } from './opc';
import { columnLetters, fillCells } from './sheet-cells';
import { MINIMAL_STYLES, StylesPatch } from './styles';
import { attrsOf, childrenOf, ensurePrefix, escapeXml, insertionPoint, rootOf, unescapeXml } from './xml';
import { OWN_OUTPUT_NAMES } from '../read';

export interface PackageMark {
  sheet: string;
  /** 0-based */
  row: number;
  col: number;
  /** ARGB fill, e.g. FFFFC7CE */
  argb: string;
  /** Our note text (an existing note keeps its text; this goes below it). */
  note: string;
}

export interface ReportTable {
  /** Sheet name wanted; numbered (2), (3)… when the workbook already has it. */
  name: string;
  title: string;
  subtitle: string;
  header: string[];
  rows: (string | null)[][];
  /** Per row: the in-workbook location the link column points to (e.g. 'Sheet 1'!C5), or null. */
  links: (string | null)[];
  /** 0-based column holding the links. */
  linkCol: number;
  columns: ColumnSpec[];
}

export interface AnnotatedPackage {
  data: Buffer;
  /** The report sheet's name as written. */
  reportSheet: string;
  /** True when the workbook is macro-enabled (.xlsm): the copy must keep that extension. */
  macroEnabled: boolean;
  /** Parts written or added (everything else is byte-identical). */
  changedParts: string[];
}

const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences',
  'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
] as const;

const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

interface SheetEntry {
  name: string;
  part: string | null;
  sheetId: number;
}

export async function annotatePackage(data: Buffer, marks: readonly PackageMark[], report: ReportTable, author: string): Promise<AnnotatedPackage> {
  const pkg = await OpcPackage.open(data);
  const officeRel = (await pkg.relationships('')).find((r) => r.type.endsWith('/officeDocument') && !r.external);
  if (!officeRel) throw new PackageError('noWorkbook', '_rels/.rels: no officeDocument');
  const workbookPart = pkg.resolve(resolveTarget('', officeRel.target));
  if (!workbookPart) throw new PackageError('noWorkbook', officeRel.target);
  const workbookType = (await pkg.contentTypeOf(workbookPart)) ?? '';
  if (!/spreadsheetml|ms-excel/i.test(workbookType)) throw new PackageError('noWorkbook', workbookType || workbookPart);
  const macroEnabled = /macroEnabled/i.test(workbookType);

  let workbookXml = (await pkg.text(workbookPart))!;
  const wbRels = await pkg.relationships(workbookPart);
  const worksheetRel = wbRels.find((r) => r.type.endsWith('/worksheet'));
  const relBase = (worksheetRel?.type ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet').replace(/\/[^/]*$/, '');
  const wbRoot = rootOf(workbookXml, 'workbook');
  if (!wbRoot) throw new PackageError('noWorkbook', `${workbookPart}: no workbook element`);
  const sheets = sheetsOf(workbookXml, wbRoot.prefix, (id) => {
    const r = wbRels.find((x) => x.id === id && x.type.endsWith('/worksheet'));
    return r ? pkg.resolve(resolveTarget(workbookPart, r.target)) : null;
  });

  // ——— styles ———
  const stylesRel = wbRels.find((r) => r.type.endsWith('/styles'));
  let stylesPart = stylesRel ? pkg.resolve(resolveTarget(workbookPart, stylesRel.target)) : null;
  let stylesXml = stylesPart ? await pkg.text(stylesPart) : null;
  if (!stylesPart || stylesXml === null) {
    stylesPart = pkg.freshPartName('xl/styles', 'xml');
    stylesXml = MINIMAL_STYLES;
    await pkg.addRelationship(workbookPart, `${relBase}/styles`, stylesPart);
    await pkg.declareContentType({ part: stylesPart }, STYLES_CT);
  }
  const styles = new StylesPatch(stylesXml);

  // ——— marks, per worksheet ———
  const bySheet = new Map<string, PackageMark[]>();
  for (const m of marks) {
    const list = bySheet.get(m.sheet);
    if (list) list.push(m);
    else bySheet.set(m.sheet, [m]);
  }
  for (const [name, list] of bySheet) {
    const entry = sheets.find((s) => s.name === name);
    if (!entry?.part) continue; // a finding on a sheet the file does not have would be a core bug; it is still listed in the report
    let xml = (await pkg.text(entry.part)) ?? '';
    const root = rootOf(xml, 'worksheet');
    if (!root) throw new PackageError('unsupported', `${entry.part}: not a worksheet`);
    const fills = new Map<number, Map<number, string>>();
    for (const m of list) {
      if (!fills.has(m.row)) fills.set(m.row, new Map());
      fills.get(m.row)!.set(m.col, m.argb);
    }
    xml = fillCells(xml, root.prefix, fills, styles);
    const notes: Note[] = list.map((m) => ({ row: m.row, col: m.col, text: m.note }));
    xml = await addNotes(pkg, entry.part, xml, notes, { base: relBase }, author);
    pkg.setText(entry.part, xml);
  }

  // ——— the report sheet ———
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  let reportName = report.name;
  for (let n = 2; taken.has(reportName.toLowerCase()); n++) reportName = `${report.name}(${n})`;
  const reportPart = pkg.freshPartName('xl/worksheets/sheet', 'xml');
  pkg.setText(reportPart, reportSheetXml(report, styles, wbRoot.namespace || 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'));
  await pkg.declareContentType({ part: reportPart }, WORKSHEET_CT);
  const rid = await pkg.addRelationship(workbookPart, `${relBase}/worksheet`, reportPart);
  workbookXml = addSheetEntry(workbookXml, reportName, Math.max(0, ...sheets.map((s) => s.sheetId)) + 1, rid, relBase, sheets.length);
  pkg.setText(workbookPart, workbookXml);
  if (styles.changed) pkg.setText(stylesPart, styles.toXml());

  return { data: await pkg.toBuffer(), reportSheet: reportName, macroEnabled, changedParts: pkg.changedParts() };
}

function sheetsOf(xml: string, prefix: string, partOf: (rid: string) => string | null): SheetEntry[] {
  const block = new RegExp(`<${prefix}sheets\\b[^>]*>([\\s\\S]*?)</${prefix}sheets>`).exec(xml);
  if (!block) return [];
  const out: SheetEntry[] = [];
  for (const m of block[1].matchAll(new RegExp(`<${prefix}sheet\\b([^>]*?)/?>`, 'g'))) {
    const a = attrsOf(m[1]);
    const rid = Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];
    out.push({ name: unescapeXml(a.name ?? ''), part: rid ? partOf(rid) : null, sheetId: Number(a.sheetId ?? 0) || 0 });
  }
  return out;
}

function addSheetEntry(xml: string, name: string, sheetId: number, rid: string, relBase: string, index: number): string {
  let root = rootOf(xml, 'workbook')!;
  const withR = ensurePrefix(xml, root, relBase, 'r');
  xml = withR.xml;
  root = rootOf(xml, 'workbook')!;
  const p = root.prefix;
  const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${withR.prefix}id="${rid}"/>`;
  const close = xml.indexOf(`</${p}sheets>`);
  if (close < 0) throw new PackageError('unsupported', 'workbook.xml: no sheets');
  xml = xml.slice(0, close) + entry + xml.slice(close);
  const headerRow = 4;
  const quoted = `'${name.replace(/'/g, "''")}'`;
  // Print titles (the header row on every page), and the mark that tells a later scan this is our own copy.
  const defined =
    `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${quoted}!$${headerRow}:$${headerRow}`)}</${p}definedName>` +
    `<${p}definedName name="${OWN_OUTPUT_NAMES.annotated}">${escapeXml(`${quoted}!$A$1`)}</${p}definedName>`;
  const dnClose = xml.indexOf(`</${p}definedNames>`);
  if (dnClose >= 0) return xml.slice(0, dnClose) + defined + xml.slice(dnClose);
  const empty = new RegExp(`<${p}definedNames\\b[^>]*/>`).exec(xml);
  if (empty) return xml.slice(0, empty.index) + `<${p}definedNames>${defined}</${p}definedNames>` + xml.slice(empty.index + empty[0].length);
  const at = insertionPoint(xml, root, childrenOf(xml, root), WORKBOOK_ORDER, 'definedNames');
  return xml.slice(0, at) + `<${p}definedNames>${defined}</${p}definedNames>` + xml.slice(at);
}

/** Row (1-based) of the report's table header. */
export const REPORT_HEADER_ROW = 4;

function reportSheetXml(t: ReportTable, styles: StylesPatch, ns: string): string {
  const title = styles.textStyle({ bold: true, size: 14 });
  const plain = styles.textStyle({});
  const header = styles.textStyle({ bold: true, wrap: true });
  const body = styles.textStyle({ wrap: true });
  const link = styles.textStyle({ wrap: true, underline: true, color: 'FF0563C1' });
  const widths = t.columns.map((spec, i) => columnWidthFor([t.header[i] ?? '', ...t.rows.map((r) => r[i] ?? '')], spec.min, spec.max));
  const cell = (ref: string, s: number, text: string | null) =>
    text === null || text === '' ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  const rows: string[] = [];
  rows.push(`<row r="1" ht="${rowHeightFor([{ text: t.title, width: 1e6, fontSize: 14, wrap: false }])}" customHeight="1">${cell('A1', title, t.title)}</row>`);
  rows.push(`<row r="2">${cell('A2', plain, t.subtitle)}</row>`);
  const tableRow = (r: number, texts: (string | null)[], styleOf: (i: number) => number) => {
    const ht = rowHeightFor(texts.map((text, i) => ({ text: text ?? '', width: widths[i] ?? 10 })));
    return `<row r="${r}" ht="${ht}" customHeight="1">${texts.map((text, i) => cell(`${columnLetters(i)}${r}`, styleOf(i), text)).join('')}</row>`;
  };
  rows.push(tableRow(REPORT_HEADER_ROW, t.header, () => header));
  const hyperlinks: string[] = [];
  t.rows.forEach((r, i) => {
    const rowNumber = REPORT_HEADER_ROW + 1 + i;
    const target = t.links[i];
    rows.push(tableRow(rowNumber, r, (c) => (c === t.linkCol && target ? link : body)));
    if (target) hyperlinks.push(`<hyperlink ref="${columnLetters(t.linkCol)}${rowNumber}" location="${escapeXml(target)}" display="${escapeXml(r[t.linkCol] ?? '')}"/>`);
  });
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const last = REPORT_HEADER_ROW + t.rows.length;
  const dimension = `A1:${columnLetters(Math.max(0, t.header.length - 1))}${Math.max(last, 2)}`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${REPORT_HEADER_ROW}" topLeftCell="A${REPORT_HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (hyperlinks.length ? `<hyperlinks>${hyperlinks.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}
