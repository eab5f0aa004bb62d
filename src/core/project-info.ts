/**
 * 项目信息: who submitted what — 预算单位 (budget unit), 项目名称 (project name) and 年度资金总额
 * (annual total) — for batch summaries. Taken from the 绩效目标表 header block when there is one,
 * else from label cells ("项目名称" with its value to the right, or "项目名称：…" in one cell) near
 * the top of any sheet. Pure: no host APIs.
 */
import type { WorkbookSnapshot, SheetSnapshot } from './snapshot';
import { cellText, visibleValue } from './snapshot';
import type { IndicatorSheet } from './indicators/model';
import type { DeclaredFunds } from './calc/model';
import { readIndicatorSheets } from './indicators/reader';
import { readDeclaredFunds } from './calc/funds';

export interface ProjectInfo {
  budgetUnit: string | null;
  projectName: string | null;
  /** 年度资金总额 in 万元 as an exact decimal string ("46", "34.85"), or null when not found. */
  annualTotalWan: string | null;
}

const LABELS = {
  projectName: /^(项目名称|项目名)$/,
  budgetUnit: /^(预算单位|单位名称|申报单位|主管部门及代码|预算部门)$/,
};
/** How far down a sheet label cells are looked for. */
const LABEL_ROWS = 12;
const LABEL_COLS = 12;

export function projectInfoOf(
  snapshot: WorkbookSnapshot,
  read: { indicators?: IndicatorSheet[]; funds?: DeclaredFunds[] } = {},
): ProjectInfo {
  const indicators = read.indicators ?? readIndicatorSheets(snapshot);
  const funds = read.funds ?? readDeclaredFunds(snapshot);
  const info: ProjectInfo = { budgetUnit: null, projectName: null, annualTotalWan: null };
  for (const s of indicators) {
    info.projectName ??= nonEmpty(s.header.projectName?.text);
    info.budgetUnit ??= nonEmpty(s.header.budgetUnit?.text);
    if (info.annualTotalWan === null && s.header.annualTotal) info.annualTotalWan = s.header.annualTotal.money.in('万元').toString();
  }
  if (info.annualTotalWan === null) {
    const declared = funds.find((f) => f.total);
    if (declared?.total) info.annualTotalWan = declared.total.money.in('万元').toString();
  }
  if (info.projectName === null || info.budgetUnit === null) {
    for (const sheet of snapshot.sheets) {
      info.projectName ??= labelledText(sheet, LABELS.projectName);
      info.budgetUnit ??= labelledText(sheet, LABELS.budgetUnit);
    }
  }
  return info;
}

function nonEmpty(s: string | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** The text after a label near the top of the sheet: in the same cell after "：", or the next cell to the right. */
function labelledText(sheet: SheetSnapshot, label: RegExp): string | null {
  const rows = Math.min(LABEL_ROWS, sheet.values.length);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    const cols = Math.min(LABEL_COLS, row.length);
    for (let c = 0; c < cols; c++) {
      const text = cellText(row[c] ?? null).replace(/\s+/g, '');
      if (!text) continue;
      const inline = /^([^:：]+)[:：](.+)$/.exec(text);
      if (inline && label.test(inline[1])) return inline[2].trim();
      if (!label.test(text.replace(/[:：]$/, ''))) continue;
      for (let k = c + 1; k < Math.min(c + 6, LABEL_COLS + 6); k++) {
        const v = cellText(visibleValue(sheet, r, k));
        if (v && v !== text) return v;
      }
    }
  }
  return null;
}
