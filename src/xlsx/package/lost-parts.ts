/**
 * What a rewritten workbook lost compared with its original: parts counted by kind (charts, pivot
 * tables, images, VBA, …) and sheet features (data validations, conditional formats) by presence.
 * `fill -o` writes through ExcelJS, which drops several of these; the CLI refuses such an output
 * unless told to accept the loss, and then names what is gone.
 */
import type { Localized } from '../../core/i18n';
import { OpcPackage } from './opc';

export type PartKind =
  | 'vba' | 'chart' | 'pivotTable' | 'pivotCache' | 'image' | 'drawing' | 'comments' | 'table' | 'externalLink'
  | 'slicer' | 'timeline' | 'threadedComment' | 'control' | 'customXml' | 'connection' | 'queryTable'
  | 'dataValidation' | 'conditionalFormatting';

export const PART_KIND_NAMES: Record<PartKind, Localized> = {
  vba: { 'zh-CN': '宏（VBA）', 'en-US': 'macros (VBA)' },
  chart: { 'zh-CN': '图表', 'en-US': 'charts' },
  pivotTable: { 'zh-CN': '数据透视表', 'en-US': 'pivot tables' },
  pivotCache: { 'zh-CN': '数据透视表缓存', 'en-US': 'pivot caches' },
  image: { 'zh-CN': '图片', 'en-US': 'images' },
  drawing: { 'zh-CN': '绘图（形状、文本框）', 'en-US': 'drawings (shapes, text boxes)' },
  comments: { 'zh-CN': '批注', 'en-US': 'notes' },
  table: { 'zh-CN': '表格（套用表格格式）', 'en-US': 'tables' },
  externalLink: { 'zh-CN': '外部链接', 'en-US': 'external links' },
  slicer: { 'zh-CN': '切片器', 'en-US': 'slicers' },
  timeline: { 'zh-CN': '日程表', 'en-US': 'timelines' },
  threadedComment: { 'zh-CN': '会话批注', 'en-US': 'threaded comments' },
  control: { 'zh-CN': '表单控件', 'en-US': 'form controls' },
  customXml: { 'zh-CN': '自定义 XML', 'en-US': 'custom XML' },
  connection: { 'zh-CN': '数据连接', 'en-US': 'data connections' },
  queryTable: { 'zh-CN': '查询表', 'en-US': 'query tables' },
  dataValidation: { 'zh-CN': '数据验证（下拉列表）', 'en-US': 'data validations (dropdowns)' },
  conditionalFormatting: { 'zh-CN': '条件格式', 'en-US': 'conditional formats' },
};

function kindOf(name: string, contentType: string): PartKind | null {
  const ct = contentType.toLowerCase();
  const n = name.toLowerCase();
  if (ct.includes('vbaproject') || n.endsWith('vbaproject.bin')) return 'vba';
  if (ct.includes('drawingml.chart+xml')) return 'chart';
  if (ct.includes('pivottable+xml')) return 'pivotTable';
  if (ct.includes('pivotcachedefinition+xml')) return 'pivotCache';
  if (ct.startsWith('image/') || n.startsWith('xl/media/')) return 'image';
  if (ct.includes('drawing+xml') && !ct.includes('chart')) return 'drawing';
  if (ct.includes('spreadsheetml.comments+xml')) return 'comments';
  if (ct.includes('spreadsheetml.table+xml')) return 'table';
  if (ct.includes('externallink+xml')) return 'externalLink';
  if (ct.includes('slicer+xml')) return 'slicer';
  if (ct.includes('timeline+xml')) return 'timeline';
  if (ct.includes('threadedcomments+xml')) return 'threadedComment';
  if (ct.includes('ctrlprop+xml') || ct.includes('activex')) return 'control';
  if (n.startsWith('customxml/') && n.endsWith('.xml') && !n.includes('itemprops')) return 'customXml';
  if (ct.includes('connections+xml')) return 'connection';
  if (ct.includes('querytable+xml')) return 'queryTable';
  return null;
}

async function inventory(data: Buffer): Promise<Map<PartKind, number>> {
  const pkg = await OpcPackage.open(data);
  const counts = new Map<PartKind, number>();
  const add = (k: PartKind, n = 1) => counts.set(k, (counts.get(k) ?? 0) + n);
  for (const name of pkg.partNames()) {
    const kind = kindOf(name, (await pkg.contentTypeOf(name)) ?? '');
    if (kind) add(kind);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const xml = (await pkg.text(name)) ?? '';
      if (/<(?:[\w.-]+:)?dataValidation\b/.test(xml)) add('dataValidation');
      if (/<(?:[\w.-]+:)?conditionalFormatting\b/.test(xml)) add('conditionalFormatting');
    }
  }
  return counts;
}

export interface LostKind {
  kind: PartKind;
  before: number;
  after: number;
}

/** Kinds the rewritten package has fewer of than the original (sheet features: fewer sheets having them). */
export async function lostParts(original: Buffer, rewritten: Buffer): Promise<LostKind[]> {
  let before: Map<PartKind, number>;
  try {
    before = await inventory(original);
  } catch {
    return []; // not a package (e.g. an .xls): nothing of its kind to compare
  }
  const after = await inventory(rewritten);
  const out: LostKind[] = [];
  for (const [kind, n] of before) if ((after.get(kind) ?? 0) < n) out.push({ kind, before: n, after: after.get(kind) ?? 0 });
  return out;
}

/** "图表 2 → 0、宏（VBA） 1 → 0" */
export function lostText(lost: LostKind[]): Localized {
  return {
    'zh-CN': lost.map((l) => `${PART_KIND_NAMES[l.kind]['zh-CN']} ${l.before} → ${l.after}`).join('、'),
    'en-US': lost.map((l) => `${PART_KIND_NAMES[l.kind]['en-US']} ${l.before} → ${l.after}`).join(', '),
  };
}
