/**
 * An OPC package (the zip inside .xlsx / .xlsm) opened for patching: parts are read and written
 * as text or bytes by name; every part nobody writes goes back out with exactly the bytes it came
 * with. Relationships and content types are parsed just enough to find and add parts.
 */
import JSZip from 'jszip';
import { attrsOf, escapeXml, unescapeXml } from './xml';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Thrown when the package cannot be patched safely; the message names the reason. */
export class PackageError extends Error {
  constructor(
    readonly reason: 'notZip' | 'noWorkbook' | 'unsupported',
    detail: string,
  ) {
    super(detail);
    this.name = 'PackageError';
  }
}

export class OpcPackage {
  private readonly byLowerName = new Map<string, string>();
  private readonly written = new Set<string>();

  private constructor(private readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) this.byLowerName.set(name.toLowerCase(), name);
  }

  static async open(data: Buffer): Promise<OpcPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch (e) {
      throw new PackageError('notZip', e instanceof Error ? e.message : String(e));
    }
    return new OpcPackage(zip);
  }

  /** Part names as stored (no leading slash), in the zip's order. */
  partNames(): string[] {
    return [...this.byLowerName.values()];
  }

  /** The stored name of a part (OPC part names compare case-insensitively), or null. */
  resolve(partName: string): string | null {
    return this.byLowerName.get(stripSlash(partName).toLowerCase()) ?? null;
  }

  has(partName: string): boolean {
    return this.resolve(partName) !== null;
  }

  async text(partName: string): Promise<string | null> {
    const name = this.resolve(partName);
    if (name === null) return null;
    const bytes = await this.zip.file(name)!.async('nodebuffer');
    // UTF-16 parts are legal but rare; decode by their byte-order mark.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) throw new PackageError('unsupported', `${name}: UTF-16BE`);
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  }

  setText(partName: string, text: string): void {
    const name = this.resolve(partName) ?? stripSlash(partName);
    this.byLowerName.set(name.toLowerCase(), name);
    this.written.add(name);
    this.zip.file(name, text);
  }

  /** Parts written or added by this patch. */
  changedParts(): string[] {
    return [...this.written];
  }

  async toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  /** Relationships of a part ('' for the package itself). */
  async relationships(sourcePart: string): Promise<Relationship[]> {
    const xml = await this.text(relsPartOf(sourcePart));
    if (xml === null) return [];
    const out: Relationship[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const a = attrsOf(m[1]);
      if (!a.Id || !a.Target) continue;
      out.push({ id: a.Id, type: a.Type ?? '', target: unescapeXml(a.Target), external: a.TargetMode === 'External' });
    }
    return out;
  }

  /** Adds a relationship from `sourcePart` to `targetPart`; returns its id. */
  async addRelationship(sourcePart: string, type: string, targetPart: string): Promise<string> {
    const relsName = relsPartOf(sourcePart);
    let xml = await this.text(relsName);
    if (xml === null) {
      xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    }
    const ids = new Set([...xml.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = relativeTarget(sourcePart, targetPart);
    const prefix = /<(\w+:)Relationships\b/.exec(xml)?.[1] ?? '';
    const rel = `<${prefix}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
    const close = xml.lastIndexOf(`</${prefix}Relationships>`);
    if (close >= 0) xml = xml.slice(0, close) + rel + xml.slice(close);
    else xml = xml.replace(/<((?:\w+:)?)Relationships\b([^>]*?)\/>/, (_w, p: string, attrs: string) => `<${p}Relationships${attrs}>${rel}</${p}Relationships>`);
    this.setText(relsName, xml);
    return id;
  }

  /** Declares a content type: a Default for an extension, or an Override for one part. */
  async declareContentType(kind: { extension: string } | { part: string }, contentType: string): Promise<void> {
    let xml = (await this.text('[Content_Types].xml')) ?? '';
    if (!xml) throw new PackageError('noWorkbook', '[Content_Types].xml');
    if ('extension' in kind) {
      const present = [...xml.matchAll(/<(?:\w+:)?Default\b([^>]*?)\/?>/g)].some((m) => (attrsOf(m[1]).Extension ?? '').toLowerCase() === kind.extension.toLowerCase());
      if (present) return;
      xml = insertBeforeClose(xml, 'Types', `<Default Extension="${escapeXml(kind.extension)}" ContentType="${escapeXml(contentType)}"/>`);
    } else {
      const part = `/${stripSlash(kind.part)}`;
      const present = [...xml.matchAll(/<(?:\w+:)?Override\b([^>]*?)\/?>/g)].some((m) => (attrsOf(m[1]).PartName ?? '').toLowerCase() === part.toLowerCase());
      if (present) return;
      xml = insertBeforeClose(xml, 'Types', `<Override PartName="${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`);
    }
    this.setText('[Content_Types].xml', xml);
  }

  /** The content type of a part: its Override, else the Default of its extension. */
  async contentTypeOf(partName: string): Promise<string | null> {
    const xml = (await this.text('[Content_Types].xml')) ?? '';
    const part = `/${stripSlash(partName)}`.toLowerCase();
    for (const m of xml.matchAll(/<(?:\w+:)?Override\b([^>]*?)\/?>/g)) {
      const a = attrsOf(m[1]);
      if ((a.PartName ?? '').toLowerCase() === part) return a.ContentType ?? null;
    }
    const ext = part.slice(part.lastIndexOf('.') + 1);
    for (const m of xml.matchAll(/<(?:\w+:)?Default\b([^>]*?)\/?>/g)) {
      const a = attrsOf(m[1]);
      if ((a.Extension ?? '').toLowerCase() === ext) return a.ContentType ?? null;
    }
    return null;
  }

  /** A part name not yet used: xl/comments1.xml, xl/comments2.xml, … */
  freshPartName(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}.${ext}`;
      if (!this.has(name)) return name;
    }
  }
}

function stripSlash(name: string): string {
  return name.replace(/^\/+/, '');
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels; '' → _rels/.rels. */
export function relsPartOf(part: string): string {
  const p = stripSlash(part);
  const slash = p.lastIndexOf('/');
  return `${p.slice(0, slash + 1)}_rels/${p.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (relative to its source part, or absolute) to a part name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return normalise(t.slice(1));
  const src = stripSlash(sourcePart);
  const base = src.slice(0, src.lastIndexOf('/') + 1);
  return normalise(base + t);
}

function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** A relative target from `sourcePart`'s folder to `targetPart`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = stripSlash(sourcePart).split('/').slice(0, -1);
  const to = stripSlash(targetPart).split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

function insertBeforeClose(xml: string, local: string, fragment: string): string {
  const m = new RegExp(`</((?:\\w+:)?)${local}>\\s*$`).exec(xml);
  if (!m) throw new PackageError('unsupported', `no </${local}>`);
  return xml.slice(0, m.index) + fragment + xml.slice(m.index);
}
