/**
 * A new 绩效目标表 in the 2021 layout, for a workbook that has none: the header block (项目名称,
 * 预算单位, 项目资金 with 年度资金总额 / 财政拨款 / 其他资金, 年度绩效目标), the header row and the
 * chosen rows grouped 产出 → 效益 → 满意度 → 成本 with merged 一级/二级 cells. 分值 are spread
 * 产出 (with 成本) 50 · 效益 30 · 满意度 10 = 90 (预算执行率 10 is scored outside the table).
 */
import type { Localized } from '../i18n';
import type { Edit } from '../report';
import type { CellRange, CellValue, WorkbookSnapshot } from '../snapshot';
import { cellText } from '../snapshot';
import { normalizeText } from '../numbers';
import type { CalcSheet } from '../calc/model';
import type { Level1Kind, Level2Kind } from '../indicators/model';
import { localize } from '../i18n';
import { FILL_MESSAGES as M } from '../messages/fill';
import { fillIn } from './generate';
import { valueCell } from './plan';
import type { FillPlan, FillRow } from './model';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '分值', '评（扣）分标准', '指标值设定依据及数据来源'];
const LAST_COL = HEADER.length - 1;

const LEVEL1_ORDER: Level1Kind[] = ['output', 'benefit', 'satisfaction', 'cost'];
const LEVEL2_ORDER: Level2Kind[] = ['quantity', 'quality', 'timeliness', 'economic', 'social', 'ecological', 'sustainable', 'satisfaction', 'cost', 'economicCost', 'socialCost', 'ecologicalCost'];
const LEVEL1_TEXT: Record<Level1Kind, string> = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标', cost: '成本指标' };
/** Self-evaluation weights; 成本 shares 产出's 50. */
const WEIGHT: Record<Level1Kind, number> = { output: 50, cost: 0, benefit: 30, satisfaction: 10 };

export interface NewSheetInfo {
  calc: CalcSheet[];
  /** 年度资金总额 in 万元 as text ("1000"), or null. */
  annualTotal: string | null;
  budgetYear: number | null;
}

/** A sheet name not yet taken: 绩效目标表, 绩效目标表(2) … */
export function freeSheetName(snapshot: WorkbookSnapshot, base: string): string {
  const taken = new Set(snapshot.sheets.map((s) => s.name));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}(${i})`)) return `${base}(${i})`;
}

/** "2026年人才管理专项经费资金测算明细表" → "人才管理专项经费". */
export function projectNameOf(snapshot: WorkbookSnapshot, calc: CalcSheet[]): string {
  for (const c of calc) {
    const sheet = snapshot.sheets.find((s) => s.name === c.sheet);
    for (let r = 0; sheet && r < c.headerRow; r++) {
      for (const v of sheet.values[r] ?? []) {
        const t = normalizeText(cellText(v)).trim();
        if (!/测算/.test(t)) continue;
        const name = t.replace(/^(?:19|20)\d{2}\s*年(?:度)?/, '').replace(/(资金)?测算(明细)?表.*$/, '').trim();
        if (name) return name;
      }
    }
  }
  return '';
}

/** Integer points per row: groups share 90 by weight (largest remainder), then rows share their group's. */
export function spreadScores(rows: FillRow[]): number[] {
  const kinds = LEVEL1_ORDER.filter((k) => rows.some((r) => scoreGroup(r) === k));
  const weight = kinds.reduce((a, k) => a + WEIGHT[k], 0);
  const totals = new Map<Level1Kind, number>();
  if (weight > 0) {
    const exact = kinds.map((k) => ({ k, v: (90 * WEIGHT[k]) / weight }));
    let given = 0;
    for (const e of exact) {
      totals.set(e.k, Math.floor(e.v));
      given += Math.floor(e.v);
    }
    const byRemainder = [...exact].sort((a, b) => (b.v - Math.floor(b.v)) - (a.v - Math.floor(a.v)));
    for (let i = 0; given < 90; i++, given++) totals.set(byRemainder[i % byRemainder.length].k, totals.get(byRemainder[i % byRemainder.length].k)! + 1);
  }
  const out: number[] = rows.map(() => 0);
  for (const k of kinds) {
    const idx = rows.map((r, i) => (scoreGroup(r) === k ? i : -1)).filter((i) => i >= 0);
    const total = totals.get(k) ?? 0;
    const base = Math.floor(total / idx.length);
    let rest = total - base * idx.length;
    for (const i of idx) out[i] = base + (rest-- > 0 ? 1 : 0);
  }
  return out;
}

/** 成本 rows score within 产出's share. */
function scoreGroup(r: FillRow): Level1Kind {
  return r.group.level1 === 'cost' ? 'output' : r.group.level1;
}

function sortRows(rows: FillRow[]): FillRow[] {
  return [...rows].sort(
    (a, b) => LEVEL1_ORDER.indexOf(a.group.level1) - LEVEL1_ORDER.indexOf(b.group.level1) || LEVEL2_ORDER.indexOf(a.group.level2) - LEVEL2_ORDER.indexOf(b.group.level2),
  );
}

/** Plans a new 2021-layout indicator sheet holding the chosen rows. */
export function planNewSheet(snapshot: WorkbookSnapshot, chosen: FillRow[], info: NewSheetInfo): FillPlan {
  const sheet = freeSheetName(snapshot, M.newSheetName['zh-CN']);
  const edits: Edit[] = [{ kind: 'addSheet', sheet }];
  const merges: CellRange[] = [];
  const put = (row: number, col: number, value: CellValue) => {
    if (value === null || value === '') return;
    edits.push({ kind: 'value', sheet, row, col, value });
  };
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (top !== bottom || left !== right) merges.push({ top, left, bottom, right });
  };
  // Header block.
  put(0, 0, M.newSheetTitle['zh-CN']);
  merge(0, 0, 0, LAST_COL);
  if (info.budgetYear) put(1, 0, `（${info.budgetYear}年度）`);
  merge(1, 0, 1, LAST_COL);
  put(2, 0, '项目名称');
  put(2, 1, projectNameOf(snapshot, info.calc));
  merge(2, 1, 2, LAST_COL);
  put(3, 0, '预算单位');
  merge(3, 1, 3, LAST_COL);
  put(4, 0, '项目资金\n（万元）');
  merge(4, 0, 6, 0);
  put(4, 1, '年度资金总额：');
  if (info.annualTotal) put(4, 2, valueCell(info.annualTotal));
  put(5, 1, '其中：财政拨款');
  put(6, 1, '其他资金');
  for (const r of [4, 5, 6]) merge(r, 2, r, LAST_COL);
  put(7, 0, '年度绩效目标');
  merge(7, 1, 7, LAST_COL);
  HEADER.forEach((h, c) => put(8, c, h));

  // Rows, grouped, with merged 一级/二级 runs.
  const rows = sortRows(chosen.filter((r) => r.selected && r.value.trim()));
  // 分值 a user's template gives are kept; the other rows share the weights.
  const spread = spreadScores(rows.filter((r) => !(r.scoreFixed && r.score !== null)));
  let k = 0;
  const scores = rows.map((r) => (r.scoreFixed && r.score !== null ? r.score : spread[k++]));
  const first = 9;
  const inserted: { row: FillRow; at: number }[] = [];
  rows.forEach((r, i) => {
    const row = first + i;
    const prev = rows[i - 1];
    if (!prev || prev.group.level1 !== r.group.level1) put(row, 0, LEVEL1_TEXT[r.group.level1]);
    if (!prev || prev.group.level1 !== r.group.level1 || prev.group.level2 !== r.group.level2) put(row, 1, r.level2Text);
    put(row, 2, r.name);
    put(row, 3, r.nature);
    put(row, 4, valueCell(r.value));
    put(row, 5, r.unit);
    put(row, 6, scores[i]);
    put(row, 7, fillIn(r.scoring, { value: r.value, unit: r.unit }));
    put(row, 8, r.basis);
    inserted.push({ row: r, at: row });
  });
  const runs = (same: (a: FillRow, b: FillRow) => boolean, col: number) => {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || !same(rows[i - 1], rows[i])) {
        merge(first + start, col, first + i - 1, col);
        start = i;
      }
    }
  };
  runs((a, b) => a.group.level1 === b.group.level1, 0);
  runs((a, b) => a.group.level1 === b.group.level1 && a.group.level2 === b.group.level2, 1);
  for (const m of merges) edits.push({ kind: 'merge', sheet, range: m });

  const notes: Localized[] = [localize(M.sheetCreated, { sheet }), M.scoresSpread];
  return { sheet, createsSheet: true, edits, inserted, skipped: [], notes, nameCol: 2 };
}
