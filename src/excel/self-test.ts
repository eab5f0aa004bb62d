/**
 * 自检 (self-test): runs each adapter operation once in the user's real Excel, on a scratch sheet it
 * creates and removes, and reports what happened — host, platform, Office version, requirement
 * sets, and per step its result, Office error code, syncs and time. One run by a user in Excel on
 * the web tells us what the fake (test/excel/fake-excel.ts) cannot. The user's own sheets are only
 * read (their names); everything written goes to the scratch sheets, which are deleted at the end
 * even when a step fails.
 */
import type { Locale, Localized } from '../core/i18n';
import { localize } from '../core/i18n';
import type { Edit } from '../core/report';
import { EditJournal } from '../host/journal';
import { errorText } from '../host/messages';
import type { OfficeEnvironment } from './environment';
import { ExcelHost } from './excel-host';
import { officeErrorCode } from './errors';
import { MAX_MERGES_PER_ANSWER } from './read';

export type SelfTestStepId = 'addSheet' | 'write' | 'merges' | 'read' | 'fills' | 'notes' | 'rows' | 'undoText' | 'sheetUndo' | 'settings' | 'calculation' | 'cleanup';

export interface SelfTestStep {
  id: SelfTestStepId;
  result: 'ok' | 'failed' | 'skipped';
  /** Office error code of a failure ('' when none). */
  code: string;
  /** What was measured or what went wrong. */
  detail: string;
  syncs: number;
  ms: number;
}

export interface SelfTestReport {
  host: string;
  platform: string;
  version: string;
  /** ExcelApi versions this Excel supports, e.g. ['1.1', …, '1.18']. */
  excelApi: string[];
  startedAt: string;
  steps: SelfTestStep[];
}

export const SELF_TEST_MESSAGES = {
  title: { 'zh-CN': '预算表校验助手 · 自检报告', 'en-US': 'Budget check · self-test report' },
  time: { 'zh-CN': '时间', 'en-US': 'Time' },
  host: { 'zh-CN': '宿主', 'en-US': 'Host' },
  platform: { 'zh-CN': '平台', 'en-US': 'Platform' },
  version: { 'zh-CN': 'Office 版本', 'en-US': 'Office version' },
  sets: { 'zh-CN': '支持的 ExcelApi', 'en-US': 'ExcelApi supported' },
  summary: { 'zh-CN': '通过 {ok} 项，失败 {failed} 项，跳过 {skipped} 项', 'en-US': '{ok} passed, {failed} failed, {skipped} skipped' },
  ok: { 'zh-CN': '通过', 'en-US': 'ok' },
  failed: { 'zh-CN': '失败', 'en-US': 'FAILED' },
  skipped: { 'zh-CN': '跳过', 'en-US': 'skipped' },
  unknown: { 'zh-CN': '未知', 'en-US': 'unknown' },
  addSheet: { 'zh-CN': '新建临时工作表', 'en-US': 'Add a scratch sheet' },
  write: { 'zh-CN': '写入 3,000 行测试数据', 'en-US': 'Write 3,000 rows of test data' },
  merges: { 'zh-CN': '合并 600 处单元格', 'en-US': 'Merge 600 areas' },
  read: { 'zh-CN': '分块读取（每块 ≤ 500 KB，含 600 处合并，超过单次 512 处）', 'en-US': 'Chunked read (≤ 500 KB per chunk, with 600 merges, over 512 per answer)' },
  fills: { 'zh-CN': '底色（两种颜色、100 个单元格）', 'en-US': 'Fills (two colours, 100 cells)' },
  notes: { 'zh-CN': '批注：添加、修改、删除', 'en-US': 'Notes: add, edit, delete' },
  rows: { 'zh-CN': '插入行并通过撤销记录删除', 'en-US': 'Insert rows, delete them through the undo journal' },
  undoText: { 'zh-CN': '撤销后文本“30216”仍为文本', 'en-US': 'Undo keeps the text "30216" text' },
  sheetUndo: { 'zh-CN': '合并为一步撤销地添加工作表，再撤销（删除）', 'en-US': 'Add a sheet as one undo group, then undo (delete) it' },
  settings: { 'zh-CN': '保存 300 KB 文档设置并删除', 'en-US': 'Save 300 KB of document settings, then remove them' },
  calculation: { 'zh-CN': '计算模式', 'en-US': 'Calculation mode' },
  cleanup: { 'zh-CN': '删除临时工作表', 'en-US': 'Delete the scratch sheets' },
  notesUnsupported: { 'zh-CN': '需要 ExcelApi 1.18', 'en-US': 'needs ExcelApi 1.18' },
  mismatch: { 'zh-CN': '读回的结果不符：{what}', 'en-US': 'Read back something else: {what}' },
} satisfies Record<string, Localized>;

const STEP_ORDER: SelfTestStepId[] = ['addSheet', 'write', 'merges', 'read', 'fills', 'notes', 'rows', 'undoText', 'sheetUndo', 'settings', 'calculation', 'cleanup'];
const ROWS = 3_000;
const COLS = 12;
const MERGES = 600;
const SETTING_KEY = 'budgetCheck.selfTest';
/** Bytes per read response in the self-test: small, so the 3,000 rows come in several chunks. */
const READ_BUDGET = 500_000;

class Mismatch extends Error {}
function expectThat(ok: boolean, what: string): void {
  if (!ok) throw new Mismatch(what);
}

/** Every ExcelApi minor version from 1.1 up to 1.30 that isSetSupported confirms. */
function supportedSets(env: OfficeEnvironment): string[] {
  const out: string[] = [];
  for (let minor = 1; minor <= 30; minor++) {
    const v = `1.${minor}`;
    try {
      if (env.isSetSupported('ExcelApi', v)) out.push(v);
    } catch {
      // an old host that throws for unknown versions: treat as unsupported
    }
  }
  return out;
}

export interface SelfTestOptions {
  /** Called after each step (for a progress display). */
  onStep?: (step: SelfTestStep) => void;
  /** Milliseconds clock (performance.now in the pane). */
  now?: () => number;
  /** Wall clock for the report's time stamp. */
  date?: () => Date;
}

export async function runSelfTest(env: OfficeEnvironment, options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const now = options.now ?? (() => Date.now());
  let syncs = 0;
  // The same environment, counting context.sync calls.
  const counting: OfficeEnvironment = {
    ...env,
    run: (batch, runOptions) =>
      env.run((context) => {
        const sync = context.sync.bind(context);
        (context as { sync: () => Promise<void> }).sync = () => {
          syncs++;
          return sync();
        };
        return batch(context);
      }, runOptions),
  };
  const host = new ExcelHost(counting, READ_BUDGET);
  const journal = new EditJournal(host);
  const stamp = (options.date ?? (() => new Date()))();
  const scratch = `自检-${stamp.getTime().toString(36)}`;
  const scratch2 = `${scratch}-2`;
  const report: SelfTestReport = {
    host: env.diagnostics?.host ?? '',
    platform: env.diagnostics?.platform ?? '',
    version: env.diagnostics?.version ?? '',
    excelApi: supportedSets(env),
    startedAt: stamp.toISOString(),
    steps: [],
  };
  let sheetMade = false;

  const step = async (id: SelfTestStepId, body: () => Promise<string | null>): Promise<void> => {
    const s0 = syncs;
    const t0 = now();
    let result: SelfTestStep;
    try {
      const detail = await body();
      result = { id, result: detail === null ? 'skipped' : 'ok', code: '', detail: detail ?? '', syncs: syncs - s0, ms: Math.round(now() - t0) };
    } catch (e) {
      const code = e instanceof Mismatch ? '' : officeErrorCode(e);
      result = { id, result: 'failed', code: code === 'Unknown' ? '' : code, detail: errorText(e), syncs: syncs - s0, ms: Math.round(now() - t0) };
    }
    report.steps.push(result);
    options.onStep?.(result);
  };
  const needSheet = () => expectThat(sheetMade, 'no scratch sheet');

  await step('addSheet', async () => {
    await host.applyEdits([{ kind: 'addSheet', sheet: scratch }]);
    sheetMade = true;
    const { names } = await host.sheetNames();
    expectThat(names.includes(scratch), `${scratch} not in ${names.join(',')}`);
    return scratch;
  });

  await step('write', async () => {
    needSheet();
    const text = '测算依据：培训费 300元/人·天 × 30人 × 2天';
    const grid = Array.from({ length: ROWS }, (_, r) =>
      Array.from({ length: COLS }, (_, c) => (c === 0 ? r + 1 : c === 9 ? "'30216" : c === 11 ? `${text}${r}` : (r * COLS + c) % 997)),
    );
    await counting.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(scratch);
      for (let top = 0; top < ROWS; top += 1_000) ws.getRangeByIndexes(top, 0, Math.min(1_000, ROWS - top), COLS).values = grid.slice(top, top + 1_000);
      await context.sync();
    });
    return `${ROWS} × ${COLS}`;
  });

  const canMerge = env.isSetSupported('ExcelApi', '1.13');
  await step('merges', async () => {
    needSheet();
    if (!canMerge) return null;
    await counting.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(scratch);
      for (let r = 0; r < MERGES; r++) ws.getRangeByIndexes(r, 6, 1, 2).merge(false); // G:H, inside the used area
      await context.sync();
    });
    return `${MERGES} > ${MAX_MERGES_PER_ANSWER}`;
  });

  await step('read', async () => {
    needSheet();
    const snapshot = await host.readSnapshot([scratch]);
    const s = snapshot.sheets[0];
    expectThat(s.values.length === ROWS, `${s.values.length} rows`);
    expectThat(s.values[ROWS - 1][0] === ROWS, `A${ROWS} = ${String(s.values[ROWS - 1][0])}`);
    expectThat(s.values[5][9] === '30216', `J6 = ${JSON.stringify(s.values[5][9])}`);
    if (canMerge) expectThat(s.merges.length === MERGES, `${s.merges.length} merges`);
    return canMerge ? `${s.values.length} rows, ${s.merges.length} merges` : `${s.values.length} rows`;
  });

  await step('fills', async () => {
    needSheet();
    const edits: Edit[] = Array.from({ length: 100 }, (_, i) => ({ kind: 'fill', sheet: scratch, row: i, col: i % 2 === 0 ? 1 : 2, color: i % 3 === 0 ? '#FFC7CE' : '#FFEB9C' }));
    await host.applyEdits(edits);
    const states = await host.readCells(edits.map((e) => ({ sheet: scratch, row: (e as { row: number }).row, col: (e as { col: number }).col })));
    const wrong = states.filter((s, i) => (s.fill ?? '').toUpperCase() !== (edits[i] as { color: string }).color);
    expectThat(wrong.length === 0, `${wrong.length} fills differ, e.g. ${wrong[0]?.fill}`);
    return '100';
  });

  await step('notes', async () => {
    needSheet();
    if (!host.capabilities().notes) return null;
    const at = { sheet: scratch, row: 1, col: 4 };
    const noteOf = async () => (await host.readCells([at]))[0].note;
    await host.readCells([at]);
    await host.applyEdits([{ kind: 'note', ...at, text: '自检批注' }]);
    expectThat((await noteOf()) === '自检批注', 'add');
    await host.applyEdits([{ kind: 'note', ...at, text: '自检批注（改）' }]);
    expectThat((await noteOf()) === '自检批注（改）', 'edit');
    await host.applyEdits([{ kind: 'note', ...at, text: null }]);
    expectThat((await noteOf()) === null, 'delete');
    return 'add, edit, delete';
  });

  await step('rows', async () => {
    needSheet();
    await journal.apply(
      [
        { kind: 'insertRows', sheet: scratch, row: 4, count: 3, formatFrom: 3 },
        { kind: 'value', sheet: scratch, row: 4, col: 1, value: '插入' },
      ],
      SELF_TEST_MESSAGES.rows,
    );
    const [inserted, moved] = await host.readCells([
      { sheet: scratch, row: 4, col: 1 },
      { sheet: scratch, row: 7, col: 0 },
    ]);
    expectThat(inserted.value === '插入' && moved.value === 5, `B5 = ${String(inserted.value)}, A8 = ${String(moved.value)}`);
    await journal.undo();
    const [back] = await host.readCells([{ sheet: scratch, row: 4, col: 0 }]);
    expectThat(back.value === 5, `A5 = ${String(back.value)} after undo`);
    return 'insert 3, undo';
  });

  await step('undoText', async () => {
    needSheet();
    await journal.apply([{ kind: 'value', sheet: scratch, row: 2, col: 9, value: 1 }], SELF_TEST_MESSAGES.undoText);
    await journal.undo();
    const [cell] = await host.readCells([{ sheet: scratch, row: 2, col: 9 }]);
    expectThat(cell.value === '30216', `J3 = ${JSON.stringify(cell.value)}`);
    return 'J3 = "30216"';
  });

  await step('sheetUndo', async () => {
    await journal.apply([{ kind: 'addSheet', sheet: scratch2 }, { kind: 'value', sheet: scratch2, row: 0, col: 0, value: 1 }], SELF_TEST_MESSAGES.sheetUndo);
    await journal.undo();
    const { names } = await host.sheetNames();
    expectThat(!names.includes(scratch2), `${scratch2} still there`);
    return host.capabilities().undoGroup ? 'mergeUndoGroup' : 'ungrouped (ExcelApi < 1.20)';
  });

  await step('settings', async () => {
    const value = { selfTest: 'x'.repeat(300_000) };
    await host.saveSetting(SETTING_KEY, value);
    await host.saveSetting(SETTING_KEY, null);
    return '300 KB';
  });

  await step('calculation', async () =>
    counting.run(async (context) => {
      const app = context.workbook.application.load('calculationMode');
      await context.sync();
      return String(app.calculationMode);
    }),
  );

  await step('cleanup', async () => {
    if (!sheetMade) return null;
    await counting.run(async (context) => {
      const scratchSheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      for (const ws of scratchSheets.items) if (ws.name === scratch || ws.name === scratch2) ws.delete();
      await context.sync();
    });
    return scratch;
  });

  report.steps.sort((a, b) => STEP_ORDER.indexOf(a.id) - STEP_ORDER.indexOf(b.id));
  return report;
}

/** The report as plain text to copy into a message: one line per step. */
export function formatSelfTestReport(report: SelfTestReport, locale: Locale): string {
  const m = (key: keyof typeof SELF_TEST_MESSAGES, params = {}) => localize(SELF_TEST_MESSAGES[key], params)[locale];
  const unknown = m('unknown');
  const count = (r: SelfTestStep['result']) => report.steps.filter((s) => s.result === r).length;
  const sets = report.excelApi.length > 0 ? `${report.excelApi[0]}–${report.excelApi[report.excelApi.length - 1]}` : unknown;
  const lines = [
    m('title'),
    `${m('time')}: ${report.startedAt}`,
    `${m('host')}: ${report.host || unknown} · ${m('platform')}: ${report.platform || unknown} · ${m('version')}: ${report.version || unknown}`,
    `${m('sets')}: ${sets}`,
    m('summary', { ok: count('ok'), failed: count('failed'), skipped: count('skipped') }),
    '',
    ...report.steps.map((s) => {
      const status = m(s.result === 'ok' ? 'ok' : s.result === 'failed' ? 'failed' : 'skipped');
      const detail = s.result === 'skipped' && s.id === 'notes' ? m('notesUnsupported') : s.detail;
      return `${status.padEnd(7)} ${m(s.id)} | ${s.code || '-'} | syncs ${s.syncs} | ${s.ms} ms${detail ? ` | ${detail}` : ''}`;
    }),
  ];
  return lines.join('\n');
}
