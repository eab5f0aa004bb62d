/**
 * styles.xml, patched: new fills and fonts appended to their lists, new cell formats (cellXfs)
 * appended as copies of a cell's own format with only the fill changed, so a marked cell keeps its
 * number format, font, borders and alignment. Existing entries never move, so every `s=` index in
 * the workbook stays valid.
 */
import { PackageError } from './opc';
import { attrsOf, escapeXml, setAttr } from './xml';

/** The minimal styles part Excel accepts, for packages that have none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export interface TextStyle {
  bold?: boolean;
  size?: number;
  /** ARGB, e.g. FF0563C1 */
  color?: string;
  underline?: boolean;
  wrap?: boolean;
}

export class StylesPatch {
  private readonly prefix: string;
  private readonly xfs: string[];
  private readonly fills: string[];
  private readonly fonts: string[];
  private readonly addedXfs: string[] = [];
  private readonly addedFills: string[] = [];
  private readonly addedFonts: string[] = [];
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string) {
    const root = /<((?:[\w.-]+:)?)styleSheet\b/.exec(xml);
    if (!root) throw new PackageError('unsupported', 'styles.xml: no styleSheet');
    this.prefix = root[1];
    this.xfs = this.items('cellXfs', 'xf');
    this.fills = this.items('fills', 'fill');
    this.fonts = this.items('fonts', 'font');
    if (this.fonts.length === 0) throw new PackageError('unsupported', 'styles.xml: no fonts');
  }

  private items(section: string, item: string): string[] {
    const p = this.prefix;
    const m = new RegExp(`<${p}${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${section}>)`).exec(this.xml);
    if (!m || !m[1]) return [];
    return [...m[1].matchAll(new RegExp(`<${p}${item}\\b(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</${p}${item}>)`, 'g'))].map((x) => x[0]);
  }

  get xfCount(): number {
    return this.xfs.length + this.addedXfs.length;
  }

  /** A cell format like `baseXf` with a solid fill of `argb`. */
  withFill(baseXf: number, argb: string): number {
    const key = `fill|${baseXf}|${argb}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const fillId = this.fills.length + this.addedFills.length;
    this.addedFills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeXml(argb)}"/></${p}patternFill></${p}fill>`);
    const base = this.xfs[baseXf] ?? this.xfs[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
    const startTag = /^<[^>]*>/.exec(base)![0];
    let tag = setAttr(startTag, 'fillId', String(fillId));
    tag = setAttr(tag, 'applyFill', '1');
    return this.pushXf(key, tag + base.slice(startTag.length));
  }

  /** A cell format for the report sheet: the workbook's default font, bold/size/colour as asked, top-aligned. */
  textStyle(style: TextStyle): number {
    const key = `text|${JSON.stringify(style)}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const baseFont = this.fonts[0];
    const name = /<(?:[\w.-]+:)?name\s+val="([^"]*)"/.exec(baseFont)?.[1] ?? 'Calibri';
    const size = style.size ?? Number(/<(?:[\w.-]+:)?sz\s+val="([^"]*)"/.exec(baseFont)?.[1] ?? 11);
    const font =
      `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.underline ? `<${p}u/>` : ''}<${p}sz val="${size}"/>` +
      `${style.color ? `<${p}color rgb="${escapeXml(style.color)}"/>` : ''}<${p}name val="${escapeXml(name)}"/></${p}font>`;
    const fontId = this.fonts.length + this.addedFonts.length;
    this.addedFonts.push(font);
    const align = `<${p}alignment vertical="top"${style.wrap ? ' wrapText="1"' : ''}/>`;
    const xfId = /<(?:[\w.-]+:)?cellStyleXfs\b[^>]*>\s*<(?:[\w.-]+:)?xf\b/.test(this.xml) ? ' xfId="0"' : '';
    return this.pushXf(key, `<${p}xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0"${xfId} applyFont="1" applyAlignment="1">${align}</${p}xf>`);
  }

  /** Font size (points) of a cell format, for row-height estimates. */
  fontSizeOf(xf: number): number {
    const tag = this.xfs[xf];
    const fontId = tag ? Number(attrsOf(/^<[^>]*>/.exec(tag)![0]).fontId ?? 0) : 0;
    const font = this.fonts[fontId] ?? this.fonts[0];
    return Number(/<(?:[\w.-]+:)?sz\s+val="([^"]*)"/.exec(font)?.[1] ?? 11) || 11;
  }

  private pushXf(key: string, xf: string): number {
    const index = this.xfCount;
    this.addedXfs.push(xf);
    this.memo.set(key, index);
    return index;
  }

  get changed(): boolean {
    return this.addedXfs.length > 0;
  }

  /** The patched text: appended items and updated counts; nothing else changes. */
  toXml(): string {
    let xml = this.xml;
    xml = this.append(xml, 'fonts', this.addedFonts, this.fonts.length);
    xml = this.append(xml, 'fills', this.addedFills, this.fills.length);
    xml = this.append(xml, 'cellXfs', this.addedXfs, this.xfs.length);
    return xml;
  }

  private append(xml: string, section: string, added: string[], existing: number): string {
    if (added.length === 0) return xml;
    const p = this.prefix;
    const open = new RegExp(`<${p}${section}\\b[^>]*?(/?)>`).exec(xml);
    if (!open) throw new PackageError('unsupported', `styles.xml: no ${section}`);
    let tag = setAttr(open[0].replace(/\/>$/, '>'), 'count', String(existing + added.length));
    if (open[1] === '/') {
      tag = tag.replace(/\s*\/>$/, '>');
      return xml.slice(0, open.index) + tag + added.join('') + `</${p}${section}>` + xml.slice(open.index + open[0].length);
    }
    const close = xml.indexOf(`</${p}${section}>`, open.index);
    return xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length, close) + added.join('') + xml.slice(close);
  }
}
