import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { normalizeText, numberMentions, type NumberMention } from '../../numbers';
import { dateMentions, normalizeUnit } from '../../indicators/value';
import type { IndicatorRow } from '../../indicators/model';
import { INDICATOR_MESSAGES as M } from '../../messages/indicators';
import { findingAt, valueText } from './shared';

/** Mentions that are not a restatement of the target: steps ("每少1人"), formulas ("*100%×"), ranges of lateness. */
function isTargetMention(m: NumberMention): boolean {
  const before = m.raw.slice(Math.max(0, m.start - 3), m.start);
  const after = m.raw.slice(m.end, m.end + 1);
  if (/每[少降增超多减低高]?$|逾期$|扣$|得$/.test(before)) return false;
  if (/[*/×]\s*$/.test(before) || /^[*/×]/.test(after)) return false;
  return true;
}

function numberConflict(r: IndicatorRow, scoring: string): NumberMention | null {
  const n = r.value.number;
  if (r.value.kind !== 'quantity' || !n || !r.unit) return null;
  const same = numberMentions(scoring).filter((m) => normalizeUnit(m.unit) === r.unit && isTargetMention(m));
  if (same.length === 0 || same.some((m) => m.value.eq(n))) return null;
  return same[0];
}

/**
 * 评（扣）分标准 naming a different target than 指标值: the same unit with another number (seed 003:
 * "未达到2000人的" for a 20人 target), or another year (seed 003: "2022年11月30日前" for 2023年1月至11月).
 */
export const scoringTarget: Rule = {
  id: 'indicators/scoring-target',
  severity: 'warning',
  title: M.scoringTitle,
  description: M.scoringDesc,
  check({ indicators }, report) {
    for (const table of indicators) {
      for (const r of table.rows) {
        if (!r.scoring) continue;
        const text = normalizeText(r.scoring.text);
        const conflict = numberConflict(r, text);
        if (conflict) {
          const mention = `${conflict.value.toFixed()}${conflict.unit}`;
          report(findingAt(table, r.scoring.cell, localize(M.scoringNumber, { mention, value: valueText(r) }), { actual: mention, expected: valueText(r) }));
          continue;
        }
        const valueYears = new Set(r.value.dates.map((d) => d.year).filter((y): y is number => y !== null));
        if (valueYears.size === 0) continue;
        const other = dateMentions(text).find((d) => d.year !== null && !valueYears.has(d.year));
        if (other) {
          report(
            findingAt(table, r.scoring.cell, localize(M.scoringYear, { mentionYear: other.year!, value: r.value.raw, valueYear: [...valueYears].join('、') }), {
              actual: String(other.year),
              expected: [...valueYears].join('、'),
            }),
          );
        }
      }
    }
  },
};
