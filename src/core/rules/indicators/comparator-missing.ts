import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import type { IndicatorRow } from '../../indicators/model';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { normalizeText } from '../../numbers';
import { findingAt } from './shared';

/**
 * A plain quantitative value ("100%", "20人", "8万元") with no comparator reads as ＝. Common in real
 * forms (seeds 003, 004), so this is only ever a hint (info), never a warning. When the 评（扣）分标准
 * says which way the target goes ("未达到2000人的，按比例扣分" → a floor) and the 指标性质 cell is empty,
 * the hint names the comparator and offers to write it there.
 */
export const comparatorMissing: Rule = {
  id: 'indicators/comparator-missing',
  severity: 'info',
  title: M.comparatorTitle,
  description: M.comparatorDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        if (r.value.kind !== 'quantity' || r.comparator !== null || r.value.label || r.nature?.qualitative) continue;
        const emptyNature = r.nature && !r.nature.text ? r.nature.cell : null;
        const at = emptyNature ?? r.valueCell;
        const implied = r.scoring ? impliedComparator(r.scoring.text) : null;
        if (!implied) {
          report(findingAt(table, at, localize(M.comparatorMissing, { value: r.value.raw })));
          continue;
        }
        const vars = { value: r.value.raw, comparator: implied, scoring: excerpt(r) };
        report(
          findingAt(table, at, localize(M.comparatorImplied, vars), {
            expected: implied,
            ...(emptyNature
              ? { fix: { title: localize(M.fixWriteComparator, vars), edits: [{ kind: 'value', sheet: table.sheet, ...emptyNature, value: implied }] } }
              : {}),
          }),
        );
      }
    }
  },
};

/** A clause that gives full marks ("①执行率高于90%得满分"): what it asks for is the target's direction. */
const FULL_MARKS = /满分|不扣分|全额得分/;
const FULL_FLOOR = /≥|高于|以上|达到|超过|不低于|不少于|至少|完成/;
const FULL_CEILING = /≤|低于|以下|以内|不超过|不高于|控制在/;
/** A clause that takes marks off ("②未达到2000人的，按比例扣分"): what it punishes is the other side. */
const SHORT_OF = /未达到|未达|未完成|低于|少于|不足|每降低|每减少/;
const OVER = /超过|超出|高于|多于|每增加|每超/;
/** Negated words first: 不低于 / 不少于 ask for a floor, 不超过 / 不高于 for a ceiling. */
const NOT_BELOW = /不低于|不少于/g;
const NOT_ABOVE = /不超过|不高于|不大于/g;

/**
 * '≥' when the 评（扣）分标准 makes the target a floor, '≤' when a ceiling, null when it does not say or
 * says both. The clause that gives full marks decides ("高于90%得满分" → ≥, "控制在…以内的得满分" → ≤);
 * without one, the clauses that take marks off ("未达到2000人的…" → ≥, "超出的…" → ≤).
 */
export function impliedComparator(scoring: string): '≥' | '≤' | null {
  const clauses = normalizeText(scoring)
    .replace(/>=/g, '≥')
    .replace(/<=/g, '≤')
    .split(/[;；。\n①②③④⑤⑥⑦⑧⑨⑩]/);
  const full = clauses.filter((c) => FULL_MARKS.test(c));
  const fromFull = direction(full, FULL_FLOOR, FULL_CEILING);
  if (fromFull) return fromFull;
  return direction(
    clauses.filter((c) => !FULL_MARKS.test(c)),
    SHORT_OF,
    OVER,
  );
}

function direction(clauses: string[], floor: RegExp, ceiling: RegExp): '≥' | '≤' | null {
  let isFloor = false;
  let isCeiling = false;
  for (const c of clauses) {
    isFloor ||= NOT_BELOW.test(c) || floor.test(c.replace(NOT_ABOVE, '').replace(NOT_BELOW, ''));
    isCeiling ||= NOT_ABOVE.test(c) || ceiling.test(c.replace(NOT_BELOW, '').replace(NOT_ABOVE, ''));
    NOT_BELOW.lastIndex = 0;
    NOT_ABOVE.lastIndex = 0;
  }
  if (isFloor === isCeiling) return null;
  return isFloor ? '≥' : '≤';
}

/** The scoring text, shortened for a message. */
function excerpt(r: IndicatorRow): string {
  const t = (r.scoring?.text ?? '').replace(/\s+/g, '');
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}
