/**
 * Rows that end a table: notes and sign-off rows written below a 资金测算明细表 or a 绩效目标表.
 *
 *   注：1.本表金额单位为元；…      说明：…      备注：…      附注：…      填表说明 / 填报说明
 *   填报人：张三   审核人：李四   填报日期：2026年3月1日
 *   单位负责人：   财务负责人：   部门负责人：   制表人：   经办人：   复核人：   联系人：   联系电话：
 *   审核意见：      单位（盖章）      （盖章）      签字：
 *
 * Such a row is never a calc line, a subtotal or an indicator, and nothing below it belongs to the table.
 *
 * The words are matched at the start of the text, after spaces are removed ("填 报 人：" is 填报人：).
 * Words that are also column headers or line names (备注, 说明, 注) count only with a colon or a note
 * number after them ("注1：", "注：", "说明："), so a 备注 header cell or a 说明会 line is not an end.
 * A sign-off word counts when the text ends there or a colon, bracket or space follows
 * ("填报人", "填报人：张三", "单位负责人（签字）"), so an indicator named 单位负责人满意度 is not an end.
 */
import { normalizeText } from '../numbers';

/** Words that end a table only with a colon or a note number after them. */
const NOTE_WORDS = ['备注', '附注', '说明', '注释', '注'];
/** Words that end a table on their own (or followed by a colon, bracket or space). */
const SIGN_OFF_WORDS = [
  '填表说明', '填报说明', '编制说明',
  '填报人', '填表人', '制表人', '审核人', '复核人', '经办人', '联系人', '联系电话', '联系方式',
  '填报日期', '填表日期', '制表日期', '审核日期', '报送日期',
  '单位负责人', '财务负责人', '部门负责人', '分管领导', '单位领导', '财务审核', '审核意见', '部门审核意见',
  '单位盖章', '单位(盖章)', '(盖章)', '盖章', '(签字)', '签字', '签章',
];

const NOTE_RE = new RegExp(`^(?:${NOTE_WORDS.join('|')})(?:[:：]|\\d+[:：.、]?|[(（]\\d+[)）])`);
const SIGN_OFF_RE = new RegExp(
  `^(?:${SIGN_OFF_WORDS.map((w) => w.replace(/[()]/g, '\\$&')).join('|')})(?:$|[:：(（\\s_＿])`,
);
/** "单位名称（盖章）", "XX局（公章）": a short text that ends with a seal or signature mark. */
const SEAL_END_RE = /[(（](?:盖章|公章|签字|签章|签名)[)）]$/;

/** Spaces (also full-width and non-breaking) inside a label: "填 报 人" is 填报人. */
const SPACES = /[\s\u3000\u00a0]+/g;

/** Whether a cell text is a note or sign-off label that ends a table. */
export function isTableEndText(text: string): boolean {
  if (!text) return false;
  const t = normalizeText(text).trim();
  if (!t) return false;
  if (NOTE_RE.test(t) || SIGN_OFF_RE.test(t)) return true;
  // Spaced-out labels: "填 报 人：", "注 ：".
  const compact = t.replace(SPACES, '');
  if (compact !== t && (NOTE_RE.test(compact) || SIGN_OFF_RE.test(compact))) return true;
  return compact.length <= 30 && SEAL_END_RE.test(compact);
}

/**
 * Whether a row is a note or sign-off row: its first non-empty cell is a table-end text.
 * Cells are given as display texts (numbers as their text; empty cells as '', null or undefined).
 */
export function isTableEndRow(cells: ReadonlyArray<string | null | undefined>): boolean {
  for (const c of cells) {
    if (c === null || c === undefined) continue;
    const s = String(c).trim();
    if (!s) continue;
    return isTableEndText(s);
  }
  return false;
}
