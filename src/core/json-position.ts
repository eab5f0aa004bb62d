/** Where JSON.parse stopped, as a person counts it: line and column (1-based) in `text`. */
export function jsonErrorPosition(text: string, e: unknown): { line: number; column: number } {
  // V8: "Unexpected token } in JSON at position 12" / "… at position 12 (line 2 column 3)"
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  const at = m ? Math.min(Number(m[1]), text.length) : text.length;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
