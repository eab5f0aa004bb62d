/**
 * 项目配对: which 资金测算明细表, 绩效目标表 and 项目资金 block belong to the same project. A workbook
 * may hold several projects (项目一测算表 / 项目一绩效目标 / 项目二…, or 1.XX经费测算表 /
 * 1.XX经费绩效目标表 / 2.YY经费…, in any order); every cross-sheet rule compares a calc sheet only
 * with ITS project's form and funds. A calc sheet is paired with a form by the project name (the calc
 * title "XX项目资金测算明细表" or a 项目名称 label; the form's 项目名称), the sheet-name prefix left
 * when the role words are dropped ("项目一", "1.XX经费"), and the number in it ("1.", "项目一").
 * Only a clear, mutual best match pairs; the rest stay alone, and `doubts` names them (the rule
 * workbook/project-pairing says so once, as a hint). Pure: no host APIs.
 *
 * One calc sheet and at most one form (or no calc sheet and one form) is one project holding all the
 * workbook's funds blocks, exactly as before projects existed.
 */
import type { WorkbookSnapshot, SheetSnapshot } from './snapshot';
import { cellText, visibleValue } from './snapshot';
import type { CalcSheet, DeclaredFunds } from './calc/model';
import type { IndicatorSheet } from './indicators/model';
import { normalizeText } from './numbers';

export interface Project {
  /** The project's name when a sheet states it (项目名称, a title), else null. */
  name: string | null;
  calc: CalcSheet[];
  indicators: IndicatorSheet[];
  funds: DeclaredFunds[];
}

/** A calc sheet or form that could not be paired with certainty: its cross-sheet checks are skipped. */
export interface PairingDoubt {
  sheet: string;
  row: number;
  col: number;
  kind: 'calc' | 'indicators';
}

export interface ProjectPairing {
  projects: Project[];
  doubts: PairingDoubt[];
}

/** What a sheet says about its project. */
interface Identity {
  /** Sheet name without the role words: "项目一", "1.XX经费", '' for 资金测算明细表. */
  sheetKey: string;
  /** The number of the project in the sheet name ("1." → 1, 项目一 → 1), null when none. */
  number: number | null;
  /** Project names stated on the sheet (项目名称, the title's subject), normalised. */
  names: string[];
}

/** Words that name a sheet's role, not its project. Longest first. */
const ROLE_WORDS =
  /项目支出绩效目标申报表|项目支出绩效目标表|绩效目标申报表|绩效目标表|绩效目标|绩效指标表|绩效指标|申报表|目标表|资金测算明细表|资金测算明细|资金测算表|资金测算|经费测算明细表|测算明细表|测算明细|预算明细表|测算表|明细表|测算|项目支出/g;
const SEPARATORS = /[\s\u3000_\-—–·.．、:：,，()（）[\]【】《》"“”']/g;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^(十)?([一二三四五六七八九])?$|^([一二三四五六七八九])十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  if (m[3]) return CHINESE_DIGITS[m[3]] * 10 + (m[4] ? CHINESE_DIGITS[m[4]] : 0);
  return (m[1] ? 10 : 0) + (m[2] ? CHINESE_DIGITS[m[2]] : 0) || null;
}

/** "项目一测算表" → 项目一; "1.XX经费绩效目标表" → 1XX经费; "绩效目标表" → ''. */
export function sheetKeyOf(sheetName: string): string {
  return normalizeText(sheetName).replace(ROLE_WORDS, '').replace(SEPARATORS, '');
}

/** The project number a sheet name carries: "1.XX经费测算表" / "1、" / "项目一" / "项目2" / "测算表2" / "（二）". */
export function projectNumberOf(sheetName: string): number | null {
  const t = normalizeText(sheetName).replace(/\s+/g, '');
  let m = /^(\d{1,2})(?:[.、_-]|(?=[^\d.]))/.exec(t);
  if (m) return Number(m[1]);
  m = /^\(?([一二三四五六七八九十]{1,3})\)?[、.]?/.exec(t);
  if (m && chineseNumber(m[1]) !== null && !/^[一二三四五六七八九十]{1,3}级/.test(t)) return chineseNumber(m[1]);
  m = /项目([一二三四五六七八九十]{1,3}|\d{1,2})/.exec(t);
  if (m) return chineseNumber(m[1]);
  const rest = t.replace(ROLE_WORDS, '');
  m = /^\(?(\d{1,2}|[一二三四五六七八九十]{1,3})\)?$/.exec(rest);
  if (m) return chineseNumber(m[1]);
  return null;
}

/** A project name for comparison: no year, numbering, role words, punctuation or 项目 suffix. */
export function nameKeyOf(text: string): string {
  return normalizeText(text)
    .replace(/^(?:(?:19|20)\d{2}\s*年(?:度)?)/, '')
    .replace(/^[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?[.．、]/, '')
    .replace(ROLE_WORDS, '')
    .replace(SEPARATORS, '')
    .replace(/^(?:(?:19|20)\d{2}年(?:度)?)/, '')
    .replace(/项目$/, '');
}

/** Do two project names name the same project? Same key, or one contains the other (at least 4 characters). */
function sameName(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short);
}

const NAME_LABEL = /^(项目名称|项目名)[:：]?$/;
const TITLE = /测算明细表|测算表|测算明细|资金测算|预算明细/;

/** Project names a calc sheet states above its header: a 项目名称 label, or the title's subject. */
function calcNames(sheet: SheetSnapshot | undefined, headerRow: number): string[] {
  if (!sheet) return [];
  const names: string[] = [];
  for (let r = 0; r < Math.min(headerRow, 12); r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, 12); c++) {
      const text = normalizeText(cellText(row[c] ?? null)).replace(/\s+/g, '');
      if (!text) continue;
      const inline = /^(项目名称|项目名)[:：](.+)$/.exec(text);
      if (inline) names.push(nameKeyOf(inline[2]));
      else if (NAME_LABEL.test(text)) {
        for (let k = c + 1; k < c + 6; k++) {
          const v = cellText(visibleValue(sheet, r, k));
          if (v && v !== cellText(row[c] ?? null)) {
            names.push(nameKeyOf(v));
            break;
          }
        }
      } else if (TITLE.test(text) && text.length <= 60) names.push(nameKeyOf(text));
    }
  }
  return names.filter((n) => n.length >= 2);
}

function indicatorNames(table: IndicatorSheet): string[] {
  const names: string[] = [];
  if (table.header.projectName) names.push(nameKeyOf(table.header.projectName.text));
  if (table.header.title) names.push(nameKeyOf(table.header.title.text));
  return names.filter((n) => n.length >= 2);
}

function identityOf(sheetName: string, names: string[]): Identity {
  return { sheetKey: sheetKeyOf(sheetName), number: projectNumberOf(sheetName), names };
}

/**
 * How surely a calc sheet and a form are one project: ≤ 0 = no evidence or a contradiction
 * (different numbers; different stated names count against), else higher is surer.
 */
function affinity(a: Identity, b: Identity): number {
  if (a.number !== null && b.number !== null && a.number !== b.number) return -1;
  const stated = a.names.length > 0 && b.names.length > 0;
  const named = a.names.some((x) => b.names.some((y) => sameName(x, y)));
  let score = 0;
  if (named) score += 4;
  else if (stated) score -= 2; // titles are loose ("XX局预算测算表"): different names weigh against, not veto
  if (a.sheetKey && a.sheetKey === b.sheetKey) score += 3;
  else if (sameName(nameKeyOf(a.sheetKey), nameKeyOf(b.sheetKey))) score += 2;
  if (a.number !== null && a.number === b.number) score += 2;
  // A sheet name prefix that names the project stated on the other sheet ("XX经费测算表" with 项目名称 XX经费).
  if (!named && (b.names.some((y) => sameName(nameKeyOf(a.sheetKey), y)) || a.names.some((x) => sameName(x, nameKeyOf(b.sheetKey))))) score += 2;
  return score;
}

export function pairProjects(snapshot: WorkbookSnapshot, calc: CalcSheet[], indicators: IndicatorSheet[], funds: DeclaredFunds[]): ProjectPairing {
  if (calc.length <= 1 && indicators.length <= 1) {
    const name = indicators[0]?.header.projectName?.text.trim() || null;
    return { projects: [{ name, calc: [...calc], indicators: [...indicators], funds: [...funds] }], doubts: [] };
  }
  const sheetOf = (name: string) => snapshot.sheets.find((s) => s.name === name);
  const calcIds = calc.map((c) => identityOf(c.sheet, calcNames(sheetOf(c.sheet), c.headerRow)));
  // Several forms on one sheet: the sheet name says nothing about which project each form is.
  const formsOn = (sheet: string) => indicators.filter((t) => t.sheet === sheet).length;
  const tableIds = indicators.map((t) => {
    const id = identityOf(t.sheet, indicatorNames(t));
    return formsOn(t.sheet) > 1 ? { ...id, sheetKey: '', number: null } : id;
  });

  const score = calc.map((_, i) => indicators.map((_, j) => affinity(calcIds[i], tableIds[j])));
  const calcOf = new Map<number, number>(); // table index → calc index
  const tableOf = new Map<number, number>();
  calc.forEach((_, i) => {
    const row = score[i];
    const best = Math.max(0, ...row);
    if (best <= 0) return;
    const js = row.map((s, j) => (s === best ? j : -1)).filter((j) => j >= 0);
    if (js.length !== 1) return;
    const j = js[0];
    // Mutual: no other calc sheet is as close to this form.
    if (score.some((r, k) => k !== i && r[j] >= best)) return;
    calcOf.set(j, i);
    tableOf.set(i, j);
  });

  const projects: Project[] = [];
  const projectOfCalc = new Map<number, Project>();
  const projectOfTable = new Map<number, Project>();
  calc.forEach((c, i) => {
    const j = tableOf.get(i);
    const table = j === undefined ? null : indicators[j];
    const p: Project = { name: table?.header.projectName?.text.trim() || null, calc: [c], indicators: table ? [table] : [], funds: [] };
    projects.push(p);
    projectOfCalc.set(i, p);
    if (j !== undefined) projectOfTable.set(j, p);
  });
  indicators.forEach((t, j) => {
    if (projectOfTable.has(j)) return;
    const p: Project = { name: t.header.projectName?.text.trim() || null, calc: [], indicators: [t], funds: [] };
    projects.push(p);
    projectOfTable.set(j, p);
  });

  // Each funds block belongs to the project on whose sheet (and, for a form, inside whose block) it is.
  for (const f of funds) {
    const row = f.total?.row ?? f.fiscal?.row ?? 0;
    const ci = calc.findIndex((c) => c.sheet === f.sheet);
    const tj = indicators.findIndex((t) => t.sheet === f.sheet && row >= t.blockTop && row <= Math.max(t.headerRow, t.lastRow));
    const owner = ci >= 0 ? projectOfCalc.get(ci) : tj >= 0 ? projectOfTable.get(tj) : undefined;
    owner?.funds.push(f);
  }

  const doubts: PairingDoubt[] = [];
  // Only worth saying when there is something to pair it with.
  if (calc.length > 0 && indicators.length > 0) {
    calc.forEach((c, i) => {
      if (!tableOf.has(i)) doubts.push({ sheet: c.sheet, row: c.headerRow, col: c.columns[0]?.col ?? 0, kind: 'calc' });
    });
    indicators.forEach((t, j) => {
      if (!calcOf.has(j)) doubts.push({ sheet: t.sheet, row: t.headerRow, col: t.columns.level1 ?? 0, kind: 'indicators' });
    });
  }
  return { projects, doubts };
}

/** The project a form belongs to (every form belongs to exactly one). */
export function projectOfTable(projects: Project[], table: IndicatorSheet): Project | null {
  return projects.find((p) => p.indicators.includes(table)) ?? null;
}

export function projectOfCalc(projects: Project[], sheet: CalcSheet): Project | null {
  return projects.find((p) => p.calc.includes(sheet)) ?? null;
}
