/**
 * Notes (legacy comments) on a worksheet part: the comments part holds the text, a VML drawing
 * holds the yellow box Excel shows. An existing comments part and VML drawing are extended (a
 * note the author wrote keeps its text, ours follows it); a sheet without notes gets both parts,
 * their relationships, content types and the <legacyDrawing> element.
 */
import { OpcPackage, PackageError, resolveTarget } from './opc';
import { childrenOf, ensurePrefix, escapeXml, insertionPoint, rootOf } from './xml';
import { columnLetters } from './sheet-cells';

export const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
export const VML_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** Order of a worksheet's children (CT_Worksheet), for placing <legacyDrawing>. */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
] as const;

export interface Note {
  row: number;
  col: number;
  text: string;
}

export interface RelTypes {
  /** e.g. http://schemas.openxmlformats.org/officeDocument/2006/relationships */
  base: string;
}

const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function runs(text: string, prefix: string): string {
  return `<${prefix}r><${prefix}rPr><${prefix}sz val="9"/><${prefix}rFont val="宋体"/></${prefix}rPr><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}r>`;
}

function shape(id: number, row: number, col: number, lines: number): string {
  const rowsTall = Math.min(20, Math.max(4, lines + 1));
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:260pt;height:${rowsTall * 15}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + rowsTall}, 2</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** Shape-id blocks (o:idmap data) and the largest shape id used by the package's VML parts. */
async function vmlIdsInUse(pkg: OpcPackage): Promise<{ blocks: Set<number>; maxShape: number }> {
  const blocks = new Set<number>();
  let maxShape = 0;
  for (const name of pkg.partNames()) {
    if (!name.toLowerCase().endsWith('.vml')) continue;
    const text = (await pkg.text(name)) ?? '';
    for (const m of text.matchAll(/idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/g)) for (const n of m[1].split(/[,\s]+/)) if (n) blocks.add(Number(n));
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) maxShape = Math.max(maxShape, Number(m[1]));
  }
  return { blocks, maxShape };
}

/** Adds the notes to the worksheet part; returns the worksheet's new text. */
export async function addNotes(pkg: OpcPackage, sheetPart: string, sheetXml: string, notes: Note[], rel: RelTypes, author: string): Promise<string> {
  if (notes.length === 0) return sheetXml;
  const rels = await pkg.relationships(sheetPart);
  const commentsRel = rels.find((r) => !r.external && r.type.endsWith('/comments'));
  const root = rootOf(sheetXml, 'worksheet');
  if (!root) throw new PackageError('unsupported', `${sheetPart}: no worksheet element`);
  const legacyId = /<(?:[\w.-]+:)?legacyDrawing\b[^>]*?\b(?:[\w.-]+:)?id\s*=\s*["']([^"']*)["']/.exec(sheetXml)?.[1];
  const vmlRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;

  // ——— comments part ———
  let commentsPart: string;
  let commentsXml: string;
  if (commentsRel) {
    commentsPart = resolveTarget(sheetPart, commentsRel.target);
    commentsXml = (await pkg.text(commentsPart)) ?? '';
    if (!commentsXml) throw new PackageError('unsupported', `${commentsPart} missing`);
  } else {
    commentsPart = pkg.freshPartName('xl/comments', 'xml');
    commentsXml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<comments xmlns="${root.namespace || 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}"><authors></authors><commentList></commentList></comments>`;
  }
  const p = /<((?:[\w.-]+:)?)comments\b/.exec(commentsXml)?.[1] ?? '';
  // Our author.
  const authors = [...(new RegExp(`<${p}authors\\b[^>]*>([\\s\\S]*?)</${p}authors>`).exec(commentsXml)?.[1] ?? '').matchAll(new RegExp(`<${p}author\\b[^>]*>([\\s\\S]*?)</${p}author>|<${p}author\\b[^>]*/>`, 'g'))];
  let authorId = authors.findIndex((a) => a[1] === escapeXml(author));
  if (authorId < 0) {
    authorId = authors.length;
    if (new RegExp(`<${p}authors\\b[^>]*/>`).test(commentsXml)) commentsXml = commentsXml.replace(new RegExp(`<${p}authors\\b[^>]*/>`), `<${p}authors><${p}author>${escapeXml(author)}</${p}author></${p}authors>`);
    else if (commentsXml.includes(`</${p}authors>`)) commentsXml = commentsXml.replace(`</${p}authors>`, `<${p}author>${escapeXml(author)}</${p}author></${p}authors>`);
    else commentsXml = commentsXml.replace(new RegExp(`(<${p}comments\\b[^>]*>)`), `$1<${p}authors><${p}author>${escapeXml(author)}</${p}author></${p}authors>`);
  }
  if (new RegExp(`<${p}commentList\\b[^>]*/>`).test(commentsXml)) commentsXml = commentsXml.replace(new RegExp(`<${p}commentList\\b[^>]*/>`), `<${p}commentList></${p}commentList>`);
  if (!commentsXml.includes(`</${p}commentList>`)) throw new PackageError('unsupported', `${commentsPart}: no commentList`);

  const fresh: Note[] = [];
  for (const n of notes) {
    const ref = `${columnLetters(n.col)}${n.row + 1}`;
    const existing = new RegExp(`<${p}comment\\b[^>]*\\bref\\s*=\\s*["']${ref}["'][^>]*>([\\s\\S]*?)</${p}comment>`).exec(commentsXml);
    if (existing) {
      // The author's note stays; ours is appended to its text.
      const textClose = existing[0].lastIndexOf(`</${p}text>`);
      if (textClose < 0) throw new PackageError('unsupported', `${commentsPart}: comment ${ref} without text`);
      const at = existing.index + textClose;
      commentsXml = commentsXml.slice(0, at) + runs(`\n\n${n.text}`, p) + commentsXml.slice(at);
    } else {
      const close = commentsXml.lastIndexOf(`</${p}commentList>`);
      commentsXml = commentsXml.slice(0, close) + `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${runs(n.text, p)}</${p}text></${p}comment>` + commentsXml.slice(close);
      fresh.push(n);
    }
  }
  pkg.setText(commentsPart, commentsXml);
  await pkg.declareContentType({ part: commentsPart }, COMMENTS_CONTENT_TYPE);
  if (!commentsRel) await pkg.addRelationship(sheetPart, `${rel.base}/comments`, commentsPart);

  // ——— VML drawing: one box per new note ———
  let xml = sheetXml;
  if (fresh.length > 0) {
    const ids = await vmlIdsInUse(pkg);
    let nextShape = Math.max(ids.maxShape, 1024) + 1;
    const shapes = fresh.map((n) => shape(nextShape++, n.row, n.col, n.text.split('\n').length));
    if (vmlRel && !vmlRel.external) {
      const vmlPart = resolveTarget(sheetPart, vmlRel.target);
      let vml = (await pkg.text(vmlPart)) ?? '';
      const close = vml.lastIndexOf('</xml>');
      if (close < 0) throw new PackageError('unsupported', `${vmlPart}: not a VML drawing`);
      if (!vml.includes('_x0000_t202')) vml = vml.slice(0, close) + SHAPETYPE + vml.slice(close);
      const at = vml.lastIndexOf('</xml>');
      vml = vml.slice(0, at) + shapes.join('') + vml.slice(at);
      pkg.setText(vmlPart, vml);
    } else if (legacyId) {
      throw new PackageError('unsupported', `${sheetPart}: legacyDrawing ${legacyId} has no drawing`);
    } else {
      let block = 1;
      while (ids.blocks.has(block)) block++;
      const vmlPart = pkg.freshPartName('xl/drawings/vmlDrawing', 'vml');
      pkg.setText(vmlPart, `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}${shapes.join('')}</xml>`);
      await pkg.declareContentType({ extension: 'vml' }, VML_CONTENT_TYPE);
      const id = await pkg.addRelationship(sheetPart, `${rel.base}/vmlDrawing`, vmlPart);
      const withR = ensurePrefix(xml, root, rel.base, 'r');
      xml = withR.xml;
      const root2 = rootOf(xml, 'worksheet')!;
      const at = insertionPoint(xml, root2, childrenOf(xml, root2, ['sheetData']), WORKSHEET_ORDER, 'legacyDrawing');
      xml = xml.slice(0, at) + `<${root2.prefix}legacyDrawing ${withR.prefix}id="${id}"/>` + xml.slice(at);
    }
  }
  return xml;
}
