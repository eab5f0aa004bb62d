/**
 * The 资金测算明细表 reader: finds the sheet, the header row and column roles, then builds the
 * line tree from numbering, 小计 / 合计 rows and 其中： breakdown rows.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellFormula, cellNumberFormat, cellText, cellValue, visibleValue } from '../snapshot';
import { Money, type MoneyUnit } from '../money';
import { cellNumber, normalizeText, splitRateUnit } from '../numbers';
import type { CheckOptions } from '../rule';
import type { CalcFactor, CalcLine, CalcLineKind, CalcSheet, ColumnInfo, ColumnRole } from './model';
import { findHeaderRow, roleOfHeader, sheetMoneyUnit } from './columns';
import { NumberingLevels, parseNumbering } from './numbering';

const CALC_SHEET_NAME = /(测算|明细|资金|预算|经费)/;
const INDICATOR_SHEET_NAME = /(绩效|指标|目标)/;
const TOTAL_LABEL = /^(合\s*计|总\s*计|总\s*额|总合计|预算总额|资金总额|项目总计|经费合计)/;
const SUBTOTAL_LABEL = /^小\s*计/;
const BREAKDOWN_LABEL = /^其\s*中\s*[:：]?\s*/;
const NOTE_LABEL = /^(填表说明|填报说明|说明[:：]|注[:：\d]|备注[:：]|注释|制表人|填报人|审核人|单位负责人|财务负责人|联系电话|填报日期)/;

export function readCalcSheets(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CalcSheet[] {
  const forced = options.calcSheets;
  const candidates = forced
    ? snapshot.sheets.filter((s) => forced.includes(s.name))
    : snapshot.sheets.filter((s) => !options.indicatorSheets?.includes(s.name));
  const out: CalcSheet[] = [];
  for (const sheet of candidates) {
    const named = CALC_SHEET_NAME.test(sheet.name) && !INDICATOR_SHEET_NAME.test(sheet.name);
    const header = headerWithOverrides(sheet, options.columnOverrides?.[sheet.name]);
    if (!header) continue;
    // Without a telling name, ask for price/quantity/basis evidence so that an indicator table is not read as money.
    const roles = new Set(header.columns.map((c) => c.role));
    if (!forced && !named && !(roles.has('price') || roles.has('quantity') || roles.has('basis'))) continue;
    out.push(readCalcSheet(sheet, header.row, header.columns));
  }
  return out;
}

function headerWithOverrides(sheet: SheetSnapshot, overrides?: Record<string, number>) {
  const found = findHeaderRow(sheet);
  if (!overrides || !found) return found;
  const columns = found.columns.filter((c) => !Object.values(overrides).includes(c.col) && !(c.role in overrides));
  for (const [role, col] of Object.entries(overrides)) {
    const header = cellText(visibleValue(sheet, found.row, col));
    columns.push({ role: role as ColumnRole, col, header });
  }
  columns.sort((a, b) => a.col - b.col);
  return { row: found.row, columns };
}

interface RowInfo {
  row: number;
  kind: CalcLineKind | 'line';
  depth: number | null;
  numbering: string | null;
  name: string;
  line: CalcLine;
}

export function readCalcSheet(sheet: SheetSnapshot, headerRow: number, columns: ColumnInfo[]): CalcSheet {
  const col = (role: ColumnRole) => columns.find((c) => c.role === role);
  const amountCol = col('amount')!;
  const amountUnit: MoneyUnit = amountCol.moneyUnit ?? sheetMoneyUnit(sheet, headerRow) ?? '元';
  const priceCol = col('price');
  const priceUnit: MoneyUnit = priceCol?.moneyUnit ?? '元';
  const seqCol = col('seq');
  const nameCol = col('name');
  const basisCol = col('basis');
  const unitCol = col('unit');
  const factorCols = columns.filter((c) => c.role === 'quantity' || c.role === 'factor');
  const levels = new NumberingLevels();

  const rows: RowInfo[] = [];
  // Perf: 序号 texts repeat ("1.", "2.", …); each is parsed once per sheet (the answer is only read).
  const seqNumberings = new Map<string, ReturnType<typeof parseNumbering>>();
  const seqNumbering = (text: string) => {
    let n = seqNumberings.get(text);
    if (n === undefined) seqNumberings.set(text, (n = parseNumbering(text, true)));
    return n;
  };
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    // Perf: the first non-empty text without building the row's texts (only the row under the header needs them all).
    const firstText = firstTextOf(sheet.values[r]);
    if (firstText === null) continue;
    // Header rows repeated below (a second header line such as 元 | 人 | 次) carry no data.
    if (r === headerRow + 1) {
      const texts = (sheet.values[r] ?? []).map((v) => cellText(v));
      if (texts.every((t) => t === '' || roleOfHeader(t) || /^[(（]?(亿元|万元|千元|元|人|次|天|期)[)）]?$/.test(t))) continue;
    }
    const seqText = seqCol ? cellText(cellValue(sheet, r, seqCol.col)) : '';
    const nameRaw = nameCol ? cellText(cellValue(sheet, r, nameCol.col)) : '';
    const label = normalizeText(nameRaw || seqText || firstText).trim();
    const amountCell = cellNumber(cellValue(sheet, r, amountCol.col), cellNumberFormat(sheet, r, amountCol.col));
    if (NOTE_LABEL.test(normalizeText(firstText)) && !amountCell) {
      if (/^填(表|报)说明/.test(firstText)) break;
      continue;
    }

    const numbering = seqNumbering(seqText) ?? parseNumbering(nameRaw) ?? null;
    let name = nameRaw;
    if (numbering && !seqText && numbering.rest !== undefined) name = numbering.rest;
    else if (!nameRaw && numbering) name = numbering.rest;
    const plainName = normalizeText(name || (numbering ? numbering.rest : label)).trim();

    let kind: RowInfo['kind'] = 'line';
    if (TOTAL_LABEL.test(plainName) || TOTAL_LABEL.test(normalizeText(seqText))) kind = 'total';
    else if (SUBTOTAL_LABEL.test(plainName) || SUBTOTAL_LABEL.test(normalizeText(seqText))) kind = 'subtotal';
    else if (BREAKDOWN_LABEL.test(plainName)) kind = 'breakdown';

    const amount = amountCell
      ? Money.of(amountCell.value, unitOf(amountCell.unit) ?? amountUnit, amountCell.decimals)
      : null;
    let price: Money | null = null;
    if (priceCol) {
      const p = cellNumber(cellValue(sheet, r, priceCol.col), cellNumberFormat(sheet, r, priceCol.col));
      if (p) price = Money.of(p.value, unitOf(p.unit) ?? priceUnit, p.decimals);
    }
    const factors: CalcFactor[] = [];
    for (const f of factorCols) {
      const q = cellNumber(cellValue(sheet, r, f.col), cellNumberFormat(sheet, r, f.col));
      if (q) factors.push({ col: f.col, header: f.header, value: q.value });
    }
    const line: CalcLine = {
      kind: kind === 'line' ? 'item' : kind,
      row: r,
      level: 0,
      numbering: numbering?.label ?? null,
      name: kind === 'breakdown' ? plainName.replace(BREAKDOWN_LABEL, '') : plainName,
      nameCell: nameCol ? { row: r, col: nameCol.col } : seqCol ? { row: r, col: seqCol.col } : null,
      amount,
      amountCell: { row: r, col: amountCol.col },
      amountFormula: cellFormula(sheet, r, amountCol.col),
      price,
      priceCell: priceCol ? { row: r, col: priceCol.col } : null,
      factors,
      unitText: unitCol ? cellText(cellValue(sheet, r, unitCol.col)) : '',
      basis: basisCol ? cellText(cellValue(sheet, r, basisCol.col)) : '',
      basisCell: basisCol ? { row: r, col: basisCol.col } : null,
      parent: null,
      children: [],
      breakdown: [],
    };
    const depth = numbering && kind === 'line' ? levels.depth(numbering.style) : null;
    rows.push({ row: r, kind, depth, numbering: numbering?.label ?? null, name: plainName, line });
  }
  return buildTree(sheet.name, headerRow, columns, amountUnit, priceUnit, rows);
}

/**
 * The text of a row's first non-empty cell, or null when every cell is empty. A hole before it (a
 * sparse row) reads as '', as texts.find() over the mapped row did.
 */
function firstTextOf(row: CellValue[] | undefined): string | null {
  if (!row) return null;
  let hole = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === undefined && !(c in row)) {
      hole = true;
      continue;
    }
    const t = cellText(v);
    if (t !== '') return hole ? '' : t;
  }
  return null;
}

function unitOf(unit: string): MoneyUnit | undefined {
  return splitRateUnit(unit).money ?? undefined;
}

function buildTree(
  sheetName: string,
  headerRow: number,
  columns: ColumnInfo[],
  amountUnit: MoneyUnit,
  priceUnit: MoneyUnit,
  rows: RowInfo[],
): CalcSheet {
  const lines: CalcLine[] = [];
  const roots: CalcLine[] = [];
  const open: CalcLine[] = []; // open categories, outermost first
  let lastLine: CalcLine | null = null;
  let breakdownParent: CalcLine | null = null;
  let rootsSinceSubtotal: CalcLine[] = [];
  let total: CalcLine | null = null;

  const nextLineRow = (i: number) => {
    for (let k = i + 1; k < rows.length; k++) if (rows[k].kind === 'line') return rows[k];
    return null;
  };
  const breakdownSum = (p: CalcLine) => p.breakdown.reduce((a, b) => (b.amount ? a.plus(b.amount) : a), Money.zero(amountUnit));

  rows.forEach((info, i) => {
    const line = info.line;
    lines.push(line);
    if (info.kind === 'total') {
      line.children = roots.slice();
      line.level = 0;
      total ??= line;
      open.length = 0;
      breakdownParent = null;
      return;
    }
    if (info.kind === 'subtotal') {
      const cat = open[open.length - 1];
      line.children = cat ? cat.children.slice() : rootsSinceSubtotal.slice();
      line.parent = cat ?? null;
      line.level = cat ? cat.level + 1 : 0;
      if (cat) open.pop();
      rootsSinceSubtotal = [];
      breakdownParent = null;
      return;
    }
    // 其中： rows, and the unnumbered rows that continue the breakdown until it adds up.
    const continuesBreakdown =
      breakdownParent !== null &&
      info.depth === null &&
      info.kind === 'line' &&
      breakdownParent.amount !== null &&
      !breakdownSum(breakdownParent).agreesWith(breakdownParent.amount);
    if ((info.kind === 'breakdown' && lastLine) || continuesBreakdown) {
      const parent = info.kind === 'breakdown' ? lastLine! : breakdownParent!;
      line.kind = 'breakdown';
      line.parent = parent;
      line.level = parent.level + 1;
      parent.breakdown.push(line);
      breakdownParent = parent;
      return;
    }
    breakdownParent = null;

    if (info.depth !== null) {
      while (open.length && open[open.length - 1].level >= info.depth) open.pop();
    }
    const parent = open[open.length - 1] ?? null;
    line.parent = parent;
    line.level = parent ? parent.level + 1 : 0;
    if (info.depth !== null) line.level = info.depth;
    if (parent) parent.children.push(line);
    else {
      roots.push(line);
      rootsSinceSubtotal.push(line);
    }
    lastLine = line;

    // A numbered row opens a group when the next line is numbered deeper, or is unnumbered while this row
    // has no price or quantities of its own (a heading such as "一、会议费").
    const next = nextLineRow(i);
    if (info.depth !== null && next) {
      const deeper = next.depth !== null && next.depth > info.depth;
      const heading = next.depth === null && !line.price && line.factors.length === 0;
      if (deeper || heading) {
        line.kind = 'category';
        open.push(line);
      }
    }
  });
  return { sheet: sheetName, headerRow, columns, amountUnit, priceUnit, lines, roots, total };
}

/** The amount a line declares for its parent's sum: its own, or for a category without one, its 小计 row's. */
export function declaredAmount(line: CalcLine, sheet: CalcSheet): Money | null {
  if (line.amount) return line.amount;
  if (line.kind !== 'category') return null;
  const sub = sheet.lines.find((l) => l.kind === 'subtotal' && l.parent === line);
  return sub?.amount ?? null;
}
