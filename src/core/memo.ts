/**
 * A function of a string remembered per argument (perf: texts, units and headers repeat across a
 * sheet and across checks). The answers must be read-only; the Map is emptied when it reaches `limit`
 * entries, so a long batch never grows it without bound.
 */
export function memoized<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
