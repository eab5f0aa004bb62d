import type { Rule } from '../../rule';
import type { SheetSnapshot } from '../../snapshot';
import { cellText } from '../../snapshot';
import { WORKBOOK_MESSAGES as M } from '../../messages/workbook';

/** Sheet names that announce a part. */
const INDICATOR_NAME = /绩效|指标/;
const CALC_NAME = /测算|资金明细|经费明细|预算明细/;
/** Texts near the top of a sheet that announce a part (its title). */
const INDICATOR_TITLE = /绩效目标|绩效指标/;
const CALC_TITLE = /资金测算|测算明细|测算依据/;
/** Rows looked at for a title. */
const TITLE_ROWS = 8;

/**
 * A submission with one part only: the other one is named, at the top-left cell of the part that
 * is there. A workbook with neither part is not a submission (its verdict is 未识别为预算工作簿).
 * Careful not to cry wolf: when another sheet looks like the missing part by its name or title but
 * its header was not recognised, the finding is only a hint that says so.
 */
export const missingPart: Rule = {
  id: 'workbook/missing-part',
  severity: 'error',
  title: M.missingPartTitle,
  description: M.missingPartDesc,
  check({ calc, indicators, snapshot }, report) {
    const hasCalc = calc.length > 0;
    const hasIndicators = indicators.length > 0;
    if (hasCalc === hasIndicators) return; // both (fine) or neither (not a submission)
    const used = new Set([...calc.map((c) => c.sheet), ...indicators.map((s) => s.sheet)]);
    const present = hasCalc ? calc[0].sheet : indicators[0].sheet;
    const lookalike = snapshot.sheets.find(
      (s) => !used.has(s.name) && (hasCalc ? looksLike(s, INDICATOR_NAME, INDICATOR_TITLE) : looksLike(s, CALC_NAME, CALC_TITLE)),
    );
    if (lookalike) {
      const part = hasCalc ? M.partIndicators : M.partCalc;
      const headers = hasCalc ? { zh: '一级指标、二级指标、三级指标', en: '一级指标 / 二级指标 / 三级指标' } : { zh: '单价、数量、金额或测算依据', en: '单价 / 数量 / 金额 or 测算依据' };
      report({
        sheet: lookalike.name,
        row: 0,
        col: 0,
        severity: 'info',
        message: {
          'zh-CN': M.unreadPart['zh-CN'].replace('{other}', lookalike.name).replace('{part}', part['zh-CN']).replace('{headers}', headers.zh),
          'en-US': M.unreadPart['en-US'].replace('{other}', lookalike.name).replace('{partEn}', part['en-US']).replace('{headers}', headers.en),
        },
      });
      return;
    }
    const message = hasCalc ? M.missingIndicators : M.missingCalc;
    report({
      sheet: present,
      row: 0,
      col: 0,
      message: { 'zh-CN': message['zh-CN'].replace('{sheet}', present), 'en-US': message['en-US'].replace('{sheet}', present) },
    });
  },
};

function looksLike(sheet: SheetSnapshot, name: RegExp, title: RegExp): boolean {
  if (name.test(sheet.name)) return true;
  for (let r = 0; r < Math.min(TITLE_ROWS, sheet.values.length); r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, 12); c++) {
      const t = cellText(row[c] ?? null);
      if (t.length <= 40 && title.test(t)) return true;
    }
  }
  return false;
}
