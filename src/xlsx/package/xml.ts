/**
 * The little XML handling the package patcher needs, on text: attributes of a start tag, escaping,
 * the root element's prefix and namespaces, and the positions of the root's children. Patches
 * splice text in, so everything they do not touch keeps its exact bytes.
 */

export function attrsOf(attrText: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = m[2] ?? m[3] ?? '';
  return out;
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 forbids (control characters other than tab, newline, return).
    // eslint-disable-next-line no-control-regex -- removing exactly those characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_w, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** A start tag's text with attribute `name` set (replaced or added before the closing bracket). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, '')} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

export interface RootInfo {
  /** 'x:' or '' */
  prefix: string;
  /** The root's start tag and where it ends. */
  startTag: string;
  startEnd: number;
  /** Namespace URI → prefix ('' for the default namespace) declared on the root. */
  prefixes: Map<string, string>;
  /** The root element's own namespace. */
  namespace: string;
}

export function rootOf(xml: string, local: string): RootInfo | null {
  const m = new RegExp(`<((?:[\\w.-]+:)?)${local}\\b[^>]*>`).exec(xml);
  if (!m) return null;
  const prefixes = new Map<string, string>();
  for (const d of m[0].matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) prefixes.set(d[2] ?? d[3] ?? '', d[1] ?? '');
  const prefix = m[1];
  let namespace = '';
  for (const [uri, p] of prefixes) if (`${p}${p ? ':' : ''}` === prefix) namespace = uri;
  return { prefix, startTag: m[0], startEnd: m.index + m[0].length, prefixes, namespace };
}

export interface ChildElement {
  /** Local name (without prefix). */
  name: string;
  start: number;
  end: number;
}

/**
 * The root's child elements in order, with their spans. `skip` names children whose content is
 * not scanned (sheetData can hold millions of tags; its end is found by its closing tag).
 */
export function childrenOf(xml: string, root: RootInfo, skip: readonly string[] = []): ChildElement[] {
  const out: ChildElement[] = [];
  const tagRe = /<(\/?)([\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  tagRe.lastIndex = root.startEnd;
  let depth = 0;
  let current: ChildElement | null = null;
  for (let m = tagRe.exec(xml); m; m = tagRe.exec(xml)) {
    if (m[3] === undefined) continue; // comment, PI, CDATA
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (closing) {
      if (depth === 0) break; // the root's end
      depth--;
      if (depth === 0 && current) {
        current.end = m.index + m[0].length;
        out.push(current);
        current = null;
      }
      continue;
    }
    if (depth === 0) {
      current = { name: m[3], start: m.index, end: m.index + m[0].length };
      if (selfClosing) {
        out.push(current);
        current = null;
        continue;
      }
      if (skip.includes(m[3])) {
        const closeTag = `</${m[2] ?? ''}${m[3]}>`;
        const close = xml.indexOf(closeTag, tagRe.lastIndex);
        if (close < 0) return out;
        current.end = close + closeTag.length;
        out.push(current);
        current = null;
        tagRe.lastIndex = close + closeTag.length;
        continue;
      }
    }
    if (!selfClosing) depth++;
  }
  return out;
}

/** Where a new child `name` goes so that the schema's order holds: before the first later sibling present. */
export function insertionPoint(xml: string, root: RootInfo, children: ChildElement[], order: readonly string[], name: string): number {
  const after = order.slice(order.indexOf(name) + 1);
  const next = children.find((c) => after.includes(c.name));
  if (next) return next.start;
  const close = xml.lastIndexOf(`</${root.prefix}`);
  return close;
}

/** The prefix bound to `uri` on the root, declaring `fallback` on it when none is (returns new xml). */
export function ensurePrefix(xml: string, root: RootInfo, uri: string, fallback: string): { xml: string; prefix: string } {
  const existing = root.prefixes.get(uri);
  if (existing !== undefined && existing !== '') return { xml, prefix: `${existing}:` };
  let p = fallback;
  for (let n = 2; [...root.prefixes.values()].includes(p); n++) p = `${fallback}${n}`;
  const tag = root.startTag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  const newTag = `${tag.slice(0, end)} xmlns:${p}="${uri}"${tag.slice(end)}`;
  const at = root.startEnd - tag.length;
  return { xml: xml.slice(0, at) + newTag + xml.slice(root.startEnd), prefix: `${p}:` };
}
