/**
 * Insertion planner on both layouts: the exact rows and cells written, merged 一级/二级 cells
 * extended, no non-empty cell overwritten, idempotent re-run, check-after-fill clean, and a new
 * 2021-layout sheet when the workbook has none.
 */
import { rangeToA1, toA1 } from '../../../src/core/address';
import { checkWorkbook } from '../../../src/core/check';
import { readIndicatorSheets } from '../../../src/core/indicators/reader';
import type { Edit } from '../../../src/core/report';
import { cellText, cellValue, type WorkbookSnapshot } from '../../../src/core/snapshot';
import { applyEditsToSnapshot, newFindings, planFill, proposeFill } from '../../../src/core/fill';
import { applyEdit, cloneSheet } from '../../../src/core/fill/snapshot-edits';
import { workbook2021, workbookLocal, calcSheet } from './fixtures';

function fill(snapshot: WorkbookSnapshot, types: string[] = []) {
  const proposal = proposeFill(snapshot, { fromCalc: true, types });
  const plan = planFill(snapshot, proposal.rows, { fromCalc: true, types });
  return { proposal, plan, after: applyEditsToSnapshot(snapshot, plan.edits) };
}

function text(s: WorkbookSnapshot, sheet: string, a1row: number, col: string): string {
  const sh = s.sheets.find((x) => x.name === sheet)!;
  return cellText(cellValue(sh, a1row - 1, col.charCodeAt(0) - 65));
}

function merges(s: WorkbookSnapshot, sheet: string): string[] {
  return s.sheets.find((x) => x.name === sheet)!.merges.map(rangeToA1);
}

/** Replays the edits one by one and lists every value edit that lands on a cell that already held something. */
function overwrites(snapshot: WorkbookSnapshot, edits: Edit[]): string[] {
  const work: WorkbookSnapshot = { sheets: snapshot.sheets.map(cloneSheet) };
  const out: string[] = [];
  for (const e of edits) {
    if (e.kind === 'value') {
      const sh = work.sheets.find((x) => x.name === e.sheet)!;
      if (cellText(cellValue(sh, e.row, e.col)) !== '') out.push(`${e.sheet}!${toA1(e.row, e.col)}`);
    }
    applyEdit(work, e);
  }
  return out;
}

describe('2021 layout with merged 一级/二级', () => {
  const input = workbook2021();
  const { plan, after } = fill(input);

  it('inserts the generated rows under the right groups, at the exact rows', () => {
    const placed = plan.inserted.map((x) => `${x.at + 1}:${x.row.name}`).sort();
    expect(placed).toEqual(['11:培训班人数', '13:项目完成时限', '16:培训班经费', '17:春节慰问经费'].sort());
    // 数量指标 row: C11 name, D11 ≥, E11 50, F11 人, no 分值 (the form's total stays 90).
    expect(['C', 'D', 'E', 'F', 'G'].map((c) => text(after, '绩效目标表', 11, c))).toEqual(['培训班人数', '≥', '50', '人', '']);
    expect(text(after, '绩效目标表', 11, 'H')).toBe('完成50人得满分，每少1人按比例扣分，扣完为止');
    // A new 二级 时效指标 under 产出, with the budget year's end.
    expect(['B', 'C', 'D', 'E'].map((c) => text(after, '绩效目标表', 13, c))).toEqual(['时效指标', '项目完成时限', '≤', '2026年12月31日']);
    // A new 一级 成本指标 at the end, values from the calc categories (G4 = 20, G7 = 4.35 万元).
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => text(after, '绩效目标表', 16, c))).toEqual(['成本指标', '经济成本指标', '培训班经费', '≤', '20', '万元']);
    expect(['C', 'E', 'F'].map((c) => text(after, '绩效目标表', 17, c))).toEqual(['春节慰问经费', '4.35', '万元']);
  });

  it('extends the merged 一级/二级 cells over the new rows and merges the new groups', () => {
    const m = merges(after, '绩效目标表');
    expect(m).toEqual(expect.arrayContaining(['A9:A13', 'B9:B11', 'A16:A17', 'B16:B17']));
    expect(m).not.toContain('A9:A11');
    expect(m).not.toContain('B9:B10');
    const table = readIndicatorSheets(after)[0];
    const byName = new Map(table.rows.map((r) => [r.name, r]));
    expect(byName.get('培训班人数')?.level2?.kind).toBe('quantity');
    expect(byName.get('项目完成时限')?.level1?.kind).toBe('output');
    expect(byName.get('春节慰问经费')?.level1?.kind).toBe('cost');
  });

  it('skips the quantity the form already states and proposes 项目总成本 unticked beside the categories', () => {
    // The preview already unticks it, saying which row states it, so the plan never sees it.
    const { proposal } = fill(input);
    // 慰问 lines visit different people: one count per line (34 专家, 53 顾问), each part of 慰问人数 87.
    const covered = proposal.rows.filter((r) => r.group.level2 === 'quantity' && /慰问/.test(r.name));
    expect(covered.map((r) => `${r.selected ? 'x' : ' '} ${r.name} ${r.value}${r.unit}`)).toEqual(['  专家春节慰问人数 34人', '  顾问春节慰问人数 53人']);
    expect(covered[0].note?.['zh-CN']).toBe('表中第 10 行“慰问人数”（87人）已包含此项');
    expect(plan.skipped.map((s) => s.row.name)).toEqual([]);
    const total = proposal.rows.find((r) => r.name === '项目总成本')!;
    expect(total.selected).toBe(false);
    expect(total.value).toBe('24.35');
  });

  it('writes only into new cells', () => {
    expect(overwrites(input, plan.edits)).toEqual([]);
  });

  it('leaves 分值 blank and says so', () => {
    expect(plan.notes.map((n) => n['zh-CN'])).toContain('原表分值合计为 90，新插入的 4 行分值留空，请按需要调整分值');
  });

  it('brings no new finding (and the missing 成本 warning is gone)', () => {
    expect(newFindings(input, plan)).toEqual([]);
    const before = checkWorkbook(input).findings.map((f) => f.ruleId);
    const afterIds = checkWorkbook(after).findings.map((f) => f.ruleId);
    expect(before).toContain('indicators/recommended-levels');
    expect(afterIds).not.toContain('indicators/recommended-levels');
  });

  it('is idempotent: filling the filled workbook changes nothing', () => {
    const again = fill(after);
    expect(again.plan.edits).toEqual([]);
    expect(again.plan.inserted).toEqual([]);
  });
});

describe('local 4-column layout (seed 004)', () => {
  const input = workbookLocal();
  const { plan, after } = fill(input);

  it('writes comparator, number and unit into the one 指标值 cell, with 成本指标 as a 二级 under 项目完成', () => {
    const placed = new Map(plan.inserted.map((x) => [x.row.name, x.at + 1]));
    expect([...placed.keys()].sort()).toEqual(['培训班人数', '培训班经费', '春节慰问经费', '项目完成时限'].sort());
    const row = (name: string) => placed.get(name)!;
    expect(['D', 'E'].map((c) => text(after, '绩效目标表', row('培训班人数'), c))).toEqual(['培训班人数', '≥50人']);
    expect(text(after, '绩效目标表', row('项目完成时限'), 'E')).toBe('≤2026年12月31日');
    expect(['C', 'D', 'E'].map((c) => text(after, '绩效目标表', row('培训班经费'), c))).toEqual(['成本指标', '培训班经费', '≤20万元']);
    expect(text(after, '绩效目标表', row('春节慰问经费'), 'E')).toBe('≤4.35万元');
    const table = readIndicatorSheets(after)[0];
    const cost = table.rows.find((r) => r.name === '春节慰问经费')!;
    expect(cost.level1?.text).toBe('项目完成');
    expect(cost.level2?.kind).toBe('cost');
  });

  it('extends the 项目完成 merge and the side 绩效指标 merge', () => {
    const m = merges(after, '绩效目标表');
    // Before: A9:A14 side label, B10:B12 项目完成, C10:C11 数量指标. Four rows join 项目完成.
    expect(m).toEqual(expect.arrayContaining(['A9:A18', 'B10:B16', 'C10:C12']));
  });

  it('writes only into new cells, brings no new finding, and a re-run changes nothing', () => {
    expect(overwrites(input, plan.edits)).toEqual([]);
    expect(newFindings(input, plan)).toEqual([]);
    expect(fill(after).plan.edits).toEqual([]);
  });
});

describe('a workbook without an indicator sheet', () => {
  const input: WorkbookSnapshot = { sheets: [calcSheet()] };
  const { plan, after } = fill(input, ['培训类']);

  it('creates a 2021-layout 绩效目标表 with the header block', () => {
    expect(plan.createsSheet).toBe(true);
    expect(plan.edits[0]).toEqual({ kind: 'addSheet', sheet: '绩效目标表' });
    expect(text(after, '绩效目标表', 1, 'A')).toBe('项目支出绩效目标申报表');
    expect(text(after, '绩效目标表', 2, 'A')).toBe('（2026年度）');
    expect(text(after, '绩效目标表', 3, 'B')).toBe('培训慰问经费');
    expect(text(after, '绩效目标表', 5, 'C')).toBe('24.35');
    const table = readIndicatorSheets(after)[0];
    expect(table.layout).toBe('2021');
    expect(table.budgetYear?.year).toBe(2026);
    expect(table.header.annualTotal?.money.format('万元')).toBe('24.35万元');
  });

  it('has 产出, 效益, 满意度 and 成本, scores adding up to 90, values from the calc sheet', () => {
    const table = readIndicatorSheets(after)[0];
    const kinds = new Set(table.rows.map((r) => r.level1?.kind));
    expect([...kinds].sort()).toEqual(['benefit', 'cost', 'output', 'satisfaction']);
    const total = table.rows.reduce((a, r) => a + (r.score ? r.score.value.toNumber() : 0), 0);
    expect(total).toBe(90);
    const byName = new Map(table.rows.map((r) => [r.name, r]));
    expect(byName.get('人均培训成本')?.value.number?.toFixed()).toBe('550');
    expect(byName.get('培训班经费')?.value.number?.toFixed()).toBe('20');
    expect(byName.get('培训天数')?.value.number?.toFixed()).toBe('5');
  });

  it('brings no finding at all on the new sheet', () => {
    expect(newFindings(input, plan)).toEqual([]);
    expect(checkWorkbook(after).findings.filter((f) => f.sheet === '绩效目标表')).toEqual([]);
  });
});
