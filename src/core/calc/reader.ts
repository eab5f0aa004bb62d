/**
 * The 资金测算明细表 reader: finds the sheet, the header row and column roles, then builds the
 * line tree from numbering, 小计 / 合计 rows and 其中： breakdown rows.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellFormula, cellNumberFormat, cellText, cellValue, visibleValue } from '../snapshot';
import { Money, decimalFromNumber, type MoneyUnit } from '../money';
import { cellNumber, cellNumberValue, formatDecimals, normalizeText, splitRateUnit } from '../numbers';
import type { CheckOptions } from '../rule';
import type { CalcFactor, CalcLine, CalcLineKind, CalcSheet, CellPos, ColumnInfo, ColumnRole } from './model';
import { findHeaderRow, roleOfHeader, sheetMoneyUnit } from './columns';
import { NumberingLevels, parseNumbering } from './numbering';
import { isTableEndText } from '../text/table-end';
import { numberMentions } from '../numbers';

const CALC_SHEET_NAME = /(测算|明细|资金|预算|经费)/;
const INDICATOR_SHEET_NAME = /(绩效|指标|目标)/;
const TOTAL_LABEL = /^(合\s*计|总\s*计|总\s*额|总合计|预算总额|资金总额|项目总计|经费合计)/;
const SUBTOTAL_LABEL = /^小\s*计/;
const BREAKDOWN_LABEL = /^其\s*中\s*[:：]?\s*/;

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

/** What the tree builder needs of each row besides its line: 'line' is a row not yet known as item or category. */
type RowKind = CalcLineKind | 'line';

/** Rows read from a calc sheet, as parallel arrays. Perf: no object per row beside its line. */
interface Rows {
  lines: CalcLine[];
  kinds: RowKind[];
  /** Numbering depth of a numbered plain row, else null. */
  depths: (number | null)[];
}

/**
 * Perf: lines without children / breakdown / factors share these empty arrays; addChild / addBreakdown
 * give a line its own array on its first member, and nothing else ever adds to them. Not frozen: a
 * frozen array has another map, which makes every for-of over lines' arrays slower and allocating.
 */
const NO_LINES: CalcLine[] = [];
const NO_FACTORS: CalcFactor[] = [];

export function readCalcSheet(sheet: SheetSnapshot, headerRow: number, columns: ColumnInfo[]): CalcSheet {
  const col = (role: ColumnRole) => columns.find((c) => c.role === role);
  // Without a 小计 column the amount is 财政拨款 + 其他资金, reported at the 财政拨款 cell.
  const summedParts = !col('amount');
  const amountCol = (col('amount') ?? col('fiscal'))!;
  const amountUnit: MoneyUnit = amountCol.moneyUnit ?? sheetMoneyUnit(sheet, headerRow) ?? '元';
  const priceCol = col('price');
  const priceUnit: MoneyUnit = priceCol?.moneyUnit ?? '元';
  const seqCol = col('seq');
  const codeCol = col('code');
  const nameCol = col('name');
  const basisCol = col('basis');
  const unitCol = col('unit');
  const fiscalCol = col('fiscal');
  const otherCol = col('otherFunds');
  const factorCols = columns.filter((c) => c.role === 'quantity' || c.role === 'factor');
  const levels = new NumberingLevels();
  const sharedFactors: SharedFactors = factorCols.map(() => []);
  const cellColumns: LineColumns = {
    name: nameCol?.col ?? seqCol?.col ?? null,
    amount: amountCol.col,
    price: priceCol?.col ?? null,
    basis: basisCol?.col ?? null,
  };

  const rows: Rows = { lines: [], kinds: [], depths: [] };
  const amounts: SharedMoney = new Map();
  const prices: SharedMoney = new Map();
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
    const amount = summedParts
      ? partsSum(
          cellMoney(cellValue(sheet, r, amountCol.col), cellNumberFormat(sheet, r, amountCol.col), amountUnit, amounts),
          otherCol ? cellMoney(cellValue(sheet, r, otherCol.col), cellNumberFormat(sheet, r, otherCol.col), amountUnit, amounts) : null,
          amountUnit,
        )
      : cellMoney(cellValue(sheet, r, amountCol.col), cellNumberFormat(sheet, r, amountCol.col), amountUnit, amounts);
    // Notes and sign-off rows (注：…, 填报人：…, 单位（盖章）) end the table once it has lines.
    if (!amount && isTableEndText(firstText)) {
      if (rows.lines.length > 0) break;
      continue;
    }

    // 支出经济分类: the 科目编码's length gives the depth (302 ⊃ 30211 ⊃ 3021101), whatever the 序号 says.
    const code = codeCol ? economicCode(cellValue(sheet, r, codeCol.col)) : null;
    const numbering = code ? null : (seqNumbering(seqText) ?? parseNumbering(nameRaw) ?? null);
    let name = nameRaw;
    if (numbering && !seqText && numbering.rest !== undefined) name = numbering.rest;
    else if (!nameRaw && numbering) name = numbering.rest;
    // Perf: the row's label (its first text, normalised) is made only when it has neither name nor numbering.
    const fallback = numbering ? numbering.rest : name ? '' : normalizeText(nameRaw || seqText || firstText).trim();
    const plainName = normalizeText(name || fallback).trim();

    let kind: RowKind = 'line';
    const seqPlain = normalizeText(seqText);
    if (TOTAL_LABEL.test(plainName) || TOTAL_LABEL.test(seqPlain)) kind = 'total';
    else if (SUBTOTAL_LABEL.test(plainName) || SUBTOTAL_LABEL.test(seqPlain)) kind = 'subtotal';
    else if (BREAKDOWN_LABEL.test(plainName)) kind = 'breakdown';

    const price = priceCol ? cellMoney(cellValue(sheet, r, priceCol.col), cellNumberFormat(sheet, r, priceCol.col), priceUnit, prices) : null;
    const line = new SheetLine(cellColumns, r, rows.lines.length);
    line.kind = kind === 'line' ? 'item' : kind;
    line.numbering = code ?? numbering?.label ?? null;
    line.name = kind === 'breakdown' ? plainName.replace(BREAKDOWN_LABEL, '') : plainName;
    line.amount = amount;
    line.amountFormula = summedParts ? null : cellFormula(sheet, r, amountCol.col);
    line.price = price;
    line.factors = readFactors(sheet, r, factorCols, sharedFactors);
    if (unitCol) line.unitText = cellText(cellValue(sheet, r, unitCol.col));
    if (!summedParts && (fiscalCol || otherCol)) {
      // 财政拨款 / 其他资金 under 金额 are parts of the 小计, never factors; in the amount column's unit.
      const part = (c: ColumnInfo | undefined) =>
        c ? cellMoney(cellValue(sheet, r, c.col), cellNumberFormat(sheet, r, c.col), c.moneyUnit ?? amountUnit, amounts) : null;
      const fiscal = part(fiscalCol);
      const other = part(otherCol);
      if (fiscal || other) line.funds = { fiscal, other };
    }
    if (basisCol) line.basis = cellText(cellValue(sheet, r, basisCol.col));
    if (line.price && !priceCol?.moneyUnit) line.price = priceInStatedUnit(line.price, `${nameRaw} ${line.basis}`);
    rows.lines.push(line);
    rows.kinds.push(kind);
    rows.depths.push(kind !== 'line' ? null : code ? (code.length - 3) / 2 : numbering ? levels.depth(numbering.style) : null);
  }
  const calc = buildTree(sheet.name, headerRow, columns, amountUnit, priceUnit, rows);
  if (summedParts) calc.amountFromParts = true;
  return calc;
}

/** 财政拨款 + 其他资金 as the line amount (in the amount unit, shown to the finer of the two). */
function partsSum(fiscal: Money | null, other: Money | null, unit: MoneyUnit): Money | null {
  if (!fiscal || !other) return fiscal ?? other;
  return Money.of(fiscal.plus(other).in(unit), unit, Math.max(fiscal.decimals, other.decimals));
}

/** A 支出经济分类 code in a 科目编码 cell (text or number): class 302, item 30211, sub-item 3021101. */
function economicCode(v: CellValue): string | null {
  const t = normalizeText(cellText(v)).replace(/\s+/g, '');
  return /^[1-9]\d{2}(?:\d{2}){0,2}$/.test(t) ? t : null;
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

/** The columns of a sheet's line cells: 名称 (else 序号), 金额, 单价, 测算依据; null when the sheet has none. */
interface LineColumns {
  name: number | null;
  amount: number;
  price: number | null;
  basis: number | null;
}

/**
 * A line as the reader builds it. Perf: its four cells are made from its row and the sheet's columns when
 * read, not kept as four objects per line (≈ 160 bytes of each line the check holds).
 */
class SheetLine implements CalcLine {
  kind: CalcLineKind = 'item';
  level = 0;
  numbering: string | null = null;
  name = '';
  amount: Money | null = null;
  amountFormula: string | null = null;
  price: Money | null = null;
  factors: CalcFactor[] = NO_FACTORS;
  unitText = '';
  basis = '';
  parent: CalcLine | null = null;
  children: CalcLine[] = NO_LINES;
  breakdown: CalcLine[] = NO_LINES;
  funds?: { fiscal: Money | null; other: Money | null };

  /** The reader sets the other fields right after (perf: no object of them per line). */
  constructor(
    private readonly cells: LineColumns,
    readonly row: number,
    readonly index: number,
  ) {}

  get nameCell(): CellPos | null {
    return cellAt(this.row, this.cells.name);
  }

  get amountCell(): CellPos {
    return { row: this.row, col: this.cells.amount };
  }

  get priceCell(): CellPos | null {
    return cellAt(this.row, this.cells.price);
  }

  get basisCell(): CellPos | null {
    return cellAt(this.row, this.cells.basis);
  }
}

function cellAt(row: number, col: number | null): CellPos | null {
  return col === null ? null : { row, col };
}

/**
 * The factors on row r. Perf: an array of exactly their number (a push on [] reserves 17 slots), copied
 * from a scratch list filled from its start (its tail may keep a few factors of an earlier row).
 */
const FOUND_FACTORS: CalcFactor[] = [];
function readFactors(sheet: SheetSnapshot, r: number, factorCols: ColumnInfo[], shared: SharedFactors): CalcFactor[] {
  let n = 0;
  for (let k = 0; k < factorCols.length; k++) {
    const f = factorCols[k];
    const v = cellValue(sheet, r, f.col);
    if (isSmallCount(v)) {
      FOUND_FACTORS[n++] = (shared[k][v] ??= { col: f.col, header: f.header, value: decimalFromNumber(v) });
      continue;
    }
    const value = cellNumberValue(v);
    if (value) FOUND_FACTORS[n++] = { col: f.col, header: f.header, value };
  }
  return n === 0 ? NO_FACTORS : FOUND_FACTORS.slice(0, n);
}

/**
 * Perf: a factor cell holding a whole number 1–999 (most 数量 / 次数) is one CalcFactor per column and
 * value, shared by the sheet's lines (read-only, like the rest of a line); indexed [column][value].
 */
type SharedFactors = CalcFactor[][];

function isSmallCount(v: CellValue): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1000;
}

/**
 * Perf: children and breakdown start as the shared NO_LINES and get their own array on the first line.
 * Only the reader adds lines: the model's arrays are read-only to everyone else.
 */
function addChild(parent: CalcLine, line: CalcLine): void {
  if (parent.children === NO_LINES) parent.children = [line];
  else (parent.children as CalcLine[]).push(line);
}

function addBreakdown(parent: CalcLine, line: CalcLine): void {
  if (parent.breakdown === NO_LINES) parent.breakdown = [line];
  else (parent.breakdown as CalcLine[]).push(line);
}

/**
 * The money a cell holds, in the unit written after its number or else `unit`. Perf: a number cell (no
 * unit of its own) goes to Money.of without the NumberWithUnit object cellNumber would make.
 */
function cellMoney(v: CellValue, numberFormat: string | null, unit: MoneyUnit, shared: SharedMoney): Money | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const decimals = formatDecimals(numberFormat);
    let byValue = shared.get(decimals ?? -1);
    if (!byValue) shared.set(decimals ?? -1, (byValue = new Map()));
    // A Map key does not tell -0 from 0, and a Decimal keeps the sign: -0 is read on its own.
    const shareable = !Object.is(v, -0);
    const known = shareable ? byValue.get(v) : undefined;
    if (known) return known;
    const value = decimalFromNumber(v);
    const money = Money.of(value, unit, decimals ?? Math.max(0, value.decimalPlaces()));
    if (shareable) byValue.set(v, money);
    return money;
  }
  const n = cellNumber(v, numberFormat);
  return n ? Money.of(n.value, unitOf(n.unit) ?? unit, n.decimals) : null;
}

/**
 * Perf: the Money of each number read in one column, by the decimals its format shows (-1: none), for
 * the sheet being read. A Money is immutable, so equal cells (prices repeat) share one; a check keeps
 * every line's amount and price alive to its end.
 */
type SharedMoney = Map<number, Map<number, Money>>;

function unitOf(unit: string): MoneyUnit | undefined {
  return splitRateUnit(unit).money ?? undefined;
}

function buildTree(
  sheetName: string,
  headerRow: number,
  columns: ColumnInfo[],
  amountUnit: MoneyUnit,
  priceUnit: MoneyUnit,
  rows: Rows,
): CalcSheet {
  const lines = rows.lines; // every row's line, in row order
  const roots: CalcLine[] = [];
  const open: CalcLine[] = []; // open categories, outermost first
  let lastLine: CalcLine | null = null;
  let breakdownParent: CalcLine | null = null;
  let rootsSinceSubtotal: CalcLine[] = [];
  let total: CalcLine | null = null;

  const { kinds, depths } = rows;
  /** Index of the next plain row after i, or -1. */
  const nextLineRow = (i: number) => {
    for (let k = i + 1; k < kinds.length; k++) if (kinds[k] === 'line') return k;
    return -1;
  };
  const breakdownSum = (p: CalcLine) => p.breakdown.reduce((a, b) => (b.amount ? a.plus(b.amount) : a), Money.zero(amountUnit));

  rows.lines.forEach((line, i) => {
    const kind = kinds[i];
    const depth = depths[i];
    if (kind === 'total') {
      line.children = roots.slice();
      line.level = 0;
      total ??= line;
      open.length = 0;
      breakdownParent = null;
      return;
    }
    if (kind === 'subtotal') {
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
      depth === null &&
      kind === 'line' &&
      breakdownParent.amount !== null &&
      !breakdownSum(breakdownParent).agreesWith(breakdownParent.amount);
    if ((kind === 'breakdown' && lastLine) || continuesBreakdown) {
      const parent = kind === 'breakdown' ? lastLine! : breakdownParent!;
      line.kind = 'breakdown';
      line.parent = parent;
      line.level = parent.level + 1;
      addBreakdown(parent, line);
      breakdownParent = parent;
      return;
    }
    breakdownParent = null;

    if (depth !== null) {
      while (open.length && open[open.length - 1].level >= depth) open.pop();
    }
    const parent = open[open.length - 1] ?? null;
    line.parent = parent;
    line.level = parent ? parent.level + 1 : 0;
    if (depth !== null) line.level = depth;
    if (parent) addChild(parent, line);
    else {
      roots.push(line);
      rootsSinceSubtotal.push(line);
    }
    lastLine = line;

    // A numbered row opens a group when the next line is numbered deeper, or is unnumbered while this row
    // has no price or quantities of its own (a heading such as "一、会议费").
    const next = nextLineRow(i);
    if (depth !== null && next >= 0) {
      const nextDepth = depths[next];
      const deeper = nextDepth !== null && nextDepth > depth;
      const heading = nextDepth === null && !line.price && line.factors.length === 0;
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

/**
 * A price read from a column whose header names no unit (标准, 单价) is taken in 元 — unless the line's own
 * text writes that same number with a unit ("日常办公用品12个月×0.25万元/月"): then the text says what it is.
 */
function priceInStatedUnit(price: Money, text: string): Money {
  if (!text.trim()) return price;
  const written = price.yuan.div(Money.of(1, price.unit).yuan);
  for (const m of numberMentions(text)) {
    const stated = splitRateUnit(m.unit).money;
    if (stated && stated !== price.unit && m.value.eq(written)) return Money.of(written, stated, price.decimals);
  }
  return price;
}
