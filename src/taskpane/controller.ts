/**
 * The task pane's state and actions, independent of React and of the host: sheet choices,
 * column roles, the check, fixes, marks and undo. React components subscribe to it; tests drive it
 * directly against the demo host. Every write goes through the undo journal (撤销记录), and every
 * write is followed by a fresh check so fixed findings disappear.
 */
import type { Locale, Localized, MessageParams } from '../core/i18n';
import { fillTemplate, localize } from '../core/i18n';
import type { WorkbookSnapshot } from '../core/snapshot';
import { cellText, cellValue } from '../core/snapshot';
import type { Edit, Finding, Report, DetectedStructure } from '../core/report';
import type { CheckOptions } from '../core/rule';
import { checkWorkbook } from '../core/check';
import { toA1 } from '../core/address';
import type { CellState, WorkbookHost } from '../host/host';
import { EditJournal } from '../host/journal';
import { clearMarks, loadMarks, markFindings } from '../host/marks';
import { HOST_MESSAGES, localizeWithCause } from '../host/messages';
import { PANE_MESSAGES, type PaneMessageKey } from './messages';
import { ruleTitle } from './rules-info';
import { expenseConfigProblem, expenseStandards, type ExpenseKind, type ExpenseStandard, type ExpenseStandardsConfig } from '../core/standards/expense';
import { parseTemplateFile, planFill, proposeFill, type FillPlan, type FillRequest, type FillRow, type TemplateSet } from '../core/fill';
import type { Nature } from '../core/fill/model';

/** The user's choices, saved per workbook in document settings. */
export interface PaneChoices {
  /** Chosen calc sheet; '' = do not check one. */
  calcSheet: string;
  indicatorSheet: string;
  /** sheet → column role → 0-based column. */
  columnOverrides: Record<string, Record<string, number>>;
  /** 费用标准 of this workbook's region, when not the central ones. */
  expenseStandards?: ExpenseStandardsConfig;
}

export const CHOICES_SETTING_KEY = 'budgetCheck.choices';

export interface Progress {
  label: Localized;
  /** 0..1, or undefined while indeterminate. */
  value?: number;
}

/** One cell a bulk fix would change, for the preview dialog. */
export interface PreviewRow {
  cell: string;
  sheet: string;
  before: string;
  after: string;
  /** What the cell will show after the fix (the finding's expected value, "5万元"), when known. */
  value?: string;
}

export interface FixAllPreview {
  ruleId: string;
  rows: PreviewRow[];
  edits: Edit[];
  before: CellState[];
}

export interface PaneState {
  phase: 'starting' | 'ready' | 'busy';
  sheetNames: string[];
  activeSheet: string;
  choices: PaneChoices;
  /** What the last detection (startup or check) recognised. */
  detected: DetectedStructure;
  /** Header texts of each detected calc sheet, for the column pickers. */
  headers: Record<string, string[]>;
  report: Report | null;
  progress: Progress | null;
  error: Localized | null;
  notice: Localized | null;
  /** success after a write; warning when there was nothing to check. */
  noticeIntent: 'success' | 'warning';
  notesSupported: boolean;
  marksActive: boolean;
  undoLabel: Localized | null;
  preview: FixAllPreview | null;
  /** The 插入指标模板 tab. */
  fill: FillPaneState;
}

// ── 插入指标模板 (fill) state ────────────────────────────────────────────────
/** What the 插入指标模板 tab shows: the request, the preview rows, and the last insert. */
export interface FillPaneState {
  /** Chosen project types (通用, 培训类 … or an imported set's type). */
  types: string[];
  /** 从资金测算表生成. */
  fromCalc: boolean;
  /** Template sets imported from the user's JSON file, and that file's name. */
  userTemplates: TemplateSet[];
  userTemplatesFile: string | null;
  /** The preview (预览); null until 生成预览. */
  rows: FillRow[] | null;
  /** The form the preview goes into; null when a new sheet will be created. */
  sheet: string | null;
  budgetYear: number | null;
  unknownTypes: string[];
  result: FillResult | null;
  /** 插入所选 has run on the preview as it is: the button shows the result until something changes. */
  done: boolean;
}

/** What 插入所选 did, for the result card. Rows are 1-based, as Excel shows them. */
export interface FillResult {
  sheet: string;
  createsSheet: boolean;
  inserted: { name: string; group: string; row: number }[];
  skipped: { name: string; reason: Localized }[];
  notes: Localized[];
  /** Every chosen row was already in the form: nothing was written (a second run). */
  unchanged: boolean;
  /** Findings the check after the insert has that the workbook did not have; null when the check did not run. */
  newFindings: Finding[] | null;
}

const EMPTY_FILL: FillPaneState = {
  types: [],
  fromCalc: true,
  userTemplates: [],
  userTemplatesFile: null,
  rows: null,
  sheet: null,
  budgetYear: null,
  unknownTypes: [],
  result: null,
  done: false,
};

const EMPTY_DETECTED: DetectedStructure = { calcSheets: [], indicatorSheets: [] };

function msg(key: PaneMessageKey, params: MessageParams = {}): Localized {
  return localize(PANE_MESSAGES[key], params);
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  readonly journal: EditJournal;

  constructor(
    readonly host: WorkbookHost,
    readonly locale: Locale,
    journal?: EditJournal,
  ) {
    this.journal = journal ?? new EditJournal(host);
    this.state = {
      phase: 'starting',
      sheetNames: [],
      activeSheet: '',
      choices: { calcSheet: '', indicatorSheet: '', columnOverrides: {} },
      detected: EMPTY_DETECTED,
      headers: {},
      report: null,
      progress: null,
      error: null,
      notice: null,
      noticeIntent: 'success',
      notesSupported: host.capabilities().notes,
      marksActive: false,
      undoLabel: null,
      preview: null,
      fill: EMPTY_FILL,
    };
  }

  // ── store ─────────────────────────────────────────────────────────────────
  getState = (): PaneState => this.state;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  // ── startup ───────────────────────────────────────────────────────────────
  /** Lists the sheets, detects calc and indicator sheets, starting from the active one. */
  async start(): Promise<void> {
    try {
      const saved = await this.host.loadSetting<PaneChoices>(CHOICES_SETTING_KEY);
      await this.detect(saved);
      this.set({ phase: 'ready', progress: null, marksActive: (await loadMarks(this.host)).cells.length > 0 });
    } catch (e) {
      this.set({ phase: 'ready', progress: null, error: localizeWithCause(PANE_MESSAGES.errorStartup, {}, e) });
    }
  }

  /** Reads every sheet and picks calc/indicator sheets: saved choice, else the active sheet if detected, else the first detected. */
  private async detect(saved: Partial<PaneChoices> | null): Promise<{ snapshot: WorkbookSnapshot; report: Report }> {
    const { names, active } = await this.host.sheetNames();
    this.set({ sheetNames: names, activeSheet: active, progress: { label: msg('progressReading', { sheet: active }) } });
    const snapshot = await this.host.readSnapshot(undefined, (p) => this.readProgress(p.sheet, p.rowsDone, p.rowsTotal));
    const report = checkWorkbook(snapshot, { columnOverrides: saved?.columnOverrides });
    const detected = report.detected;
    const pick = (found: string[], savedName: string | undefined): string => {
      if (savedName !== undefined && (savedName === '' || names.includes(savedName))) return savedName;
      if (found.includes(active)) return active;
      return found[0] ?? '';
    };
    const choices: PaneChoices = {
      calcSheet: pick(detected.calcSheets.map((c) => c.sheet), saved?.calcSheet),
      indicatorSheet: pick(detected.indicatorSheets.map((s) => s.sheet), saved?.indicatorSheet),
      columnOverrides: saved?.columnOverrides ?? {},
      // Settings come from the document: standards that are not a valid table are not used.
      ...(saved?.expenseStandards && !expenseConfigProblem(saved.expenseStandards) ? { expenseStandards: saved.expenseStandards } : {}),
    };
    this.set({ choices, detected, headers: headerTexts(snapshot, detected) });
    return { snapshot, report };
  }

  private readProgress(sheet: string, done: number, total: number): void {
    this.set({
      progress: {
        label: total > 0 && done < total ? msg('progressReadingRows', { sheet, done, total }) : msg('progressReading', { sheet }),
        value: total > 0 ? done / total : undefined,
      },
    });
  }

  // ── choices ───────────────────────────────────────────────────────────────
  async chooseSheets(patch: { calcSheet?: string; indicatorSheet?: string }): Promise<void> {
    await this.saveChoices({ ...this.state.choices, ...patch });
  }

  async chooseColumn(sheet: string, role: string, col: number): Promise<void> {
    const overrides = { ...this.state.choices.columnOverrides, [sheet]: { ...(this.state.choices.columnOverrides[sheet] ?? {}), [role]: col } };
    await this.saveChoices({ ...this.state.choices, columnOverrides: overrides });
    if (this.state.report) await this.runCheck();
  }

  async resetColumns(sheet: string): Promise<void> {
    const overrides = { ...this.state.choices.columnOverrides };
    delete overrides[sheet];
    await this.saveChoices({ ...this.state.choices, columnOverrides: overrides });
    if (this.state.report) await this.runCheck();
  }

  private async saveChoices(choices: PaneChoices): Promise<void> {
    this.set({ choices });
    try {
      await this.host.saveSetting(CHOICES_SETTING_KEY, choices);
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorSettings, {}, e) });
    }
  }

  // ── 费用标准 ─────────────────────────────────────────────────────────────
  /** The expense standards in force: the central ones unless this workbook has its own. */
  expenseStandards(): ExpenseStandard[] {
    return expenseStandards(this.state.choices.expenseStandards);
  }

  /** Sets one class's cap of one kind (a positive number; anything else is ignored) and checks again. */
  async setExpenseCap(kind: ExpenseKind, label: string, cap: number): Promise<void> {
    if (!Number.isFinite(cap) || cap <= 0) return;
    const standard = this.expenseStandards().find((s) => s.kind === kind);
    if (!standard) return;
    const classes = Object.fromEntries(standard.classes.map((c) => [c.label['zh-CN'], c.label['zh-CN'] === label ? cap : c.cap]));
    await this.saveChoices({ ...this.state.choices, expenseStandards: { ...this.state.choices.expenseStandards, [kind]: classes } });
    if (this.state.report) await this.runCheck();
  }

  /** Back to the central standards. */
  async resetExpenseStandards(): Promise<void> {
    const { expenseStandards: _own, ...choices } = this.state.choices;
    await this.saveChoices(choices);
    if (this.state.report) await this.runCheck();
  }

  /** The check options for the current choices. */
  checkOptions(): CheckOptions {
    const { calcSheet, indicatorSheet, columnOverrides, expenseStandards: own } = this.state.choices;
    return {
      calcSheets: calcSheet ? [calcSheet] : [],
      indicatorSheets: indicatorSheet ? [indicatorSheet] : [],
      columnOverrides,
      // In the pane the user may still be preparing the workbook: a missing 资金测算明细表 / 绩效目标表 is a hint here.
      severities: { 'workbook/missing-part': 'info' },
      ...(own ? { expenseStandards: own } : {}),
    };
  }

  // ── the check ─────────────────────────────────────────────────────────────
  /** 一键校验: reads the chosen sheets and checks them. */
  async runCheck(): Promise<void> {
    if (this.state.phase === 'busy') return;
    this.set({ phase: 'busy', error: null, notice: null });
    try {
      await this.check();
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorCheck, {}, e) });
    } finally {
      this.set({ phase: 'ready', progress: null });
    }
  }

  private async check(): Promise<void> {
    let { calcSheet, indicatorSheet } = this.state.choices;
    if (calcSheet === '' && indicatorSheet === '') {
      // Nothing chosen (or startup failed): detect again over all sheets before giving up.
      await this.detect({ columnOverrides: this.state.choices.columnOverrides, expenseStandards: this.state.choices.expenseStandards });
      ({ calcSheet, indicatorSheet } = this.state.choices);
      if (calcSheet === '' && indicatorSheet === '') {
        this.set({ report: null, notice: msg('nothingDetected'), noticeIntent: 'warning' });
        return;
      }
    }
    const sheets = [...new Set([calcSheet, indicatorSheet].filter((s) => s !== ''))];
    this.readProgress(sheets[0], 0, 0);
    const snapshot = await this.host.readSnapshot(sheets, (p) => this.readProgress(p.sheet, p.rowsDone, p.rowsTotal));
    this.set({ progress: { label: msg('progressChecking') } });
    await nextFrame(); // let the pane show 正在校验 before the synchronous check
    const report = checkWorkbook(snapshot, this.checkOptions());
    this.set({
      report,
      detected: mergeDetected(this.state.detected, report.detected),
      headers: { ...this.state.headers, ...headerTexts(snapshot, report.detected) },
      undoLabel: this.journal.last()?.label ?? null,
    });
  }

  // ── navigation ────────────────────────────────────────────────────────────
  async select(f: Finding): Promise<void> {
    try {
      await this.host.select(f.sheet, f.row, f.col);
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorSelect, { cell: `${f.sheet}!${f.cell}` }, e) });
    }
  }

  // ── writes ────────────────────────────────────────────────────────────────
  /** 应用修正 for one finding. */
  async applyFix(f: Finding): Promise<void> {
    if (!f.fix) return;
    const edits = f.fix.edits;
    await this.write(async () => {
      await this.journal.apply(edits, msg('labelFix', { cell: `${f.sheet}!${f.cell}` }));
      return msg('fixed', { cell: `${f.sheet}!${f.cell}` });
    });
  }

  /** Fixable findings of the last report, grouped by rule (for 全部修正). */
  fixableByRule(): { ruleId: string; findings: Finding[] }[] {
    const m = new Map<string, Finding[]>();
    for (const f of this.state.report?.findings ?? []) if (f.fix) m.set(f.ruleId, [...(m.get(f.ruleId) ?? []), f]);
    return [...m].map(([ruleId, findings]) => ({ ruleId, findings }));
  }

  /** Rules worth a 全部修正 button: two or more fixable findings (one is just 应用修正). */
  bulkFixable(): { ruleId: string; findings: Finding[] }[] {
    return this.fixableByRule().filter((g) => g.findings.length >= 2);
  }

  /** 全部修正, step 1: reads the cells the rule's fixes would change and opens the preview. */
  async previewFixAll(ruleId: string): Promise<void> {
    const findings = this.fixableByRule().find((g) => g.ruleId === ruleId)?.findings ?? [];
    const edits = findings.flatMap((f) => f.fix?.edits ?? []);
    if (edits.length === 0) return;
    try {
      const cells = edits.filter(isCellEdit).map(({ sheet, row, col }) => ({ sheet, row, col }));
      const before = await this.host.readCells(cells);
      const rows = previewRows(edits, before, this.locale).map((r, i) => {
        const e = edits[i];
        const f = isCellEdit(e) && (e.kind === 'formula' || e.kind === 'value') ? findings.find((x) => x.sheet === e.sheet && x.row === e.row && x.col === e.col) : undefined;
        return f?.expected !== undefined && e.kind === 'formula' ? { ...r, value: f.expected } : r;
      });
      this.set({ preview: { ruleId, edits, before, rows } });
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorCheck, {}, e) });
    }
  }

  cancelPreview(): void {
    this.set({ preview: null });
  }

  /** 全部修正, step 2: applies what the preview showed, as one undoable entry. */
  async confirmFixAll(): Promise<void> {
    const preview = this.state.preview;
    if (!preview) return;
    this.set({ preview: null });
    const count = this.fixableByRule().find((g) => g.ruleId === preview.ruleId)?.findings.length ?? 0;
    // The journal's label is what 撤销 says: the rule's title in words, never its id.
    const label: Localized = {
      'zh-CN': localize(PANE_MESSAGES.labelFixAll, { rule: ruleTitle(preview.ruleId, 'zh-CN'), count })['zh-CN'],
      'en-US': localize(PANE_MESSAGES.labelFixAll, { rule: ruleTitle(preview.ruleId, 'en-US'), count })['en-US'],
    };
    await this.write(async () => {
      await this.journal.apply(preview.edits, label);
      return msg('fixedMany', { count });
    });
  }

  /** 标记到表格 */
  async mark(): Promise<void> {
    const findings = this.state.report?.findings ?? [];
    await this.write(async () => {
      const r = await markFindings(this.host, this.journal, findings, this.locale);
      this.set({ notesSupported: r.notesSupported });
      return msg('marked', { count: r.cells });
    });
  }

  /** 清除标记 */
  async clearMarks(): Promise<void> {
    await this.write(async () => {
      const r = await clearMarks(this.host, this.journal);
      const parts = [msg('cleared')];
      if (r.relocated > 0) parts.push(msg('clearedMoved', { count: r.relocated }));
      if (r.fillsKept > 0) parts.push(msg('clearedKept', { count: r.fillsKept }));
      if (r.fillsApproximate > 0) parts.push(localize(HOST_MESSAGES.fillsApproximate, { count: r.fillsApproximate }));
      return { 'zh-CN': parts.map((p) => p['zh-CN']).join(''), 'en-US': parts.map((p) => p['en-US']).join(' ') };
    });
  }

  /** 撤销 the add-in's last write. */
  async undo(): Promise<void> {
    const label = this.journal.last()?.label;
    if (!label) {
      this.set({ notice: msg('undoNothing'), noticeIntent: 'warning' });
      return;
    }
    await this.write(async () => {
      await this.journal.undo();
      if (this.state.fill.result) this.setFill({ result: null, done: false });
      return {
        'zh-CN': fillTemplate(PANE_MESSAGES.undone['zh-CN'], { label: label['zh-CN'] }),
        'en-US': fillTemplate(PANE_MESSAGES.undone['en-US'], { label: label['en-US'] }),
      };
    }, PANE_MESSAGES.errorUndo);
  }

  /** Runs one write, then re-checks so fixed findings disappear; errors go to the MessageBar. */
  private async write(task: () => Promise<Localized>, failure: Localized = PANE_MESSAGES.errorWrite): Promise<void> {
    if (this.state.phase === 'busy') return;
    this.set({ phase: 'busy', error: null, notice: null, progress: { label: msg('progressWriting') } });
    let notice: Localized | null = null;
    try {
      notice = await task();
    } catch (e) {
      this.set({ error: localizeWithCause(failure, {}, e) });
    }
    try {
      this.set({ undoLabel: this.journal.last()?.label ?? null, marksActive: (await loadMarks(this.host)).cells.length > 0 });
      if (this.state.report || notice) await this.check();
      if (notice) this.set({ notice, noticeIntent: 'success' });
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorCheck, {}, e) });
    } finally {
      this.set({ phase: 'ready', progress: null });
    }
  }

  // ── 插入指标模板 (fill) ────────────────────────────────────────────────────
  private setFill(patch: Partial<FillPaneState>): void {
    this.set({ fill: { ...this.state.fill, ...patch } });
  }

  /** The core's fill request for the tab's choices and the pane's sheet choices. */
  fillRequest(): FillRequest {
    const { types, fromCalc, userTemplates } = this.state.fill;
    return { types, fromCalc, userTemplates, checkOptions: this.checkOptions() };
  }

  setFillTypes(types: string[]): void {
    this.setFill({ types, done: false });
  }

  setFillFromCalc(fromCalc: boolean): void {
    this.setFill({ fromCalc, done: false });
  }

  /** 生成预览: reads the workbook and proposes rows; nothing is written. */
  async proposeFill(): Promise<void> {
    if (this.state.phase === 'busy') return;
    const { types, fromCalc } = this.state.fill;
    if (types.length === 0 && !fromCalc) {
      this.set({ notice: msg('fillNothingChosen'), noticeIntent: 'warning' });
      return;
    }
    this.set({ phase: 'busy', error: null, notice: null });
    try {
      this.readProgress(this.state.activeSheet, 0, 0);
      const snapshot = await this.host.readSnapshot(undefined, (p) => this.readProgress(p.sheet, p.rowsDone, p.rowsTotal));
      const proposal = proposeFill(snapshot, this.fillRequest());
      this.setFill({ rows: proposal.rows, sheet: proposal.sheet, budgetYear: proposal.budgetYear, unknownTypes: proposal.unknownTypes, result: null, done: false });
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorFillPropose, {}, e) });
    } finally {
      this.set({ phase: 'ready', progress: null });
    }
  }

  /** Ticks or unticks one preview row. */
  toggleFillRow(id: string, selected: boolean): void {
    this.updateFillRows((r) => (r.id === id ? { ...r, selected } : r));
  }

  /** 全选 / 取消全选. */
  setAllFillRows(selected: boolean): void {
    this.updateFillRows((r) => (r.selected === selected ? r : { ...r, selected }));
  }

  /** Edits a preview row's 指标值 or 度量单位 (text as the user types it). */
  editFillRow(id: string, patch: { value?: string; unit?: string; nature?: Nature }): void {
    this.updateFillRows((r) => (r.id === id ? { ...r, ...patch } : r));
  }

  private updateFillRows(f: (r: FillRow) => FillRow): void {
    const rows = this.state.fill.rows;
    if (rows) this.setFill({ rows: rows.map(f), done: false });
  }

  /**
   * 导入模板: validates a user's template file (JSON). A bad file goes to the MessageBar with every
   * error the schema names (template, row, field); the templates already loaded stay.
   */
  async importFillTemplates(file: string, read: () => Promise<string>): Promise<void> {
    let text: string;
    try {
      text = await read();
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.fillImportUnreadable, { file }, e) });
      return;
    }
    const parsed = parseTemplateFile(text);
    if (!parsed.ok) {
      const head = msg('fillImportFailed', { file });
      const lines = (l: Locale) => [head[l], ...parsed.errors.map((e) => `• ${e[l]}`)].join('\n');
      this.set({ error: { 'zh-CN': lines('zh-CN'), 'en-US': lines('en-US') }, notice: null });
      return;
    }
    const imported = parsed.sets.map((s) => s.type);
    const oldUser = new Set(this.state.fill.userTemplates.map((s) => s.type));
    const types = [...this.state.fill.types.filter((t) => !oldUser.has(t) && !imported.includes(t)), ...imported];
    this.setFill({ userTemplates: parsed.sets, userTemplatesFile: file, types, done: false });
    this.set({ error: null, notice: msg('fillImportedNotice', { count: parsed.sets.length, types: imported.join('、') }), noticeIntent: 'success' });
  }

  /** Forgets the imported templates (and unticks their types). */
  removeFillTemplates(): void {
    const user = new Set(this.state.fill.userTemplates.map((s) => s.type));
    this.setFill({ userTemplates: [], userTemplatesFile: null, types: this.state.fill.types.filter((t) => !user.has(t)), done: false });
  }

  /**
   * 插入所选: plans the ticked rows against the workbook as it is now, writes the edits as one
   * journal entry (one 撤销), re-checks, and says what was inserted, skipped and noted. A second
   * run plans no edit (rows whose 三级 name exists are skipped) and says nothing changed.
   */
  async insertFill(): Promise<void> {
    const rows = this.state.fill.rows;
    if (!rows || this.state.phase === 'busy') return;
    let plan: FillPlan | null = null;
    let before: Finding[] = [];
    await this.write(async () => {
      const snapshot = await this.host.readSnapshot();
      const options = this.checkOptions();
      before = checkWorkbook(snapshot, options).findings;
      const p = planFill(snapshot, rows, this.fillRequest());
      plan = p;
      if (p.edits.length === 0) {
        this.setFill({ result: fillResult(p, true, null), done: true });
        return msg('fillUnchangedNotice');
      }
      await this.journal.apply(p.edits, msg('labelFill', { count: p.inserted.length }));
      if (p.createsSheet) {
        const { names, active } = await this.host.sheetNames();
        this.set({ sheetNames: names, activeSheet: active });
        await this.saveChoices({ ...this.state.choices, indicatorSheet: p.sheet });
      }
      this.setFill({ result: fillResult(p, false, null), sheet: p.sheet, done: true });
      // Show where the rows went: the first inserted row's 三级 cell is selected in the sheet.
      const first = p.inserted.reduce<number | null>((a, x) => (a === null || x.at < a ? x.at : a), null);
      if (first !== null) await this.selectInserted(p.sheet, first, p.nameCol ?? 0);
      return msg('fillInsertedNotice', { count: p.inserted.length, sheet: p.sheet });
    }, PANE_MESSAGES.errorFillInsert);
    const done = plan as FillPlan | null;
    const result = this.state.fill.result;
    if (done && result && !result.unchanged && this.state.report && !this.state.error) {
      this.setFill({ result: { ...result, newFindings: findingsNotBefore(before, this.state.report.findings, done) } });
    }
    if (result?.unchanged) this.set({ noticeIntent: 'warning' });
  }

  /** Selects the first inserted row after 插入所选; a failure is shown, the insert stands. */
  private async selectInserted(sheet: string, row: number, col: number): Promise<void> {
    try {
      await this.host.select(sheet, row, col);
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorSelect, { cell: `${sheet}!${toA1(row, col)}` }, e) });
    }
  }

  /** Selects an inserted row's 三级 cell (1-based row, as the result card shows it). */
  async selectFillRow(sheet: string, row: number): Promise<void> {
    try {
      await this.host.select(sheet, row - 1, 0);
    } catch (e) {
      this.set({ error: localizeWithCause(PANE_MESSAGES.errorSelect, { cell: `${sheet}!${row}` }, e) });
    }
  }

  dismissError(): void {
    this.set({ error: null });
  }
  dismissNotice(): void {
    this.set({ notice: null });
  }
}

function isCellEdit(e: Edit): e is Extract<Edit, { row: number; col: number }> {
  return e.kind === 'value' || e.kind === 'formula' || e.kind === 'fill' || e.kind === 'note';
}

function shown(v: { value: unknown; formula: string | null } | undefined, locale: Locale): string {
  if (!v) return PANE_MESSAGES.empty[locale];
  if (v.formula) return v.formula;
  if (v.value === null || v.value === '') return PANE_MESSAGES.empty[locale];
  return String(v.value);
}

export function previewRows(edits: Edit[], before: CellState[], locale: Locale): PreviewRow[] {
  const state = new Map(before.map((s) => [`${s.sheet}!${s.row},${s.col}`, s]));
  return edits.map((e): PreviewRow => {
    if (e.kind === 'insertRows') {
      return { sheet: e.sheet, cell: `${e.row + 1}`, before: '', after: localize(PANE_MESSAGES.editInsertRows, { row: e.row + 1, count: e.count })[locale] };
    }
    if (!isCellEdit(e)) return { sheet: e.sheet, cell: '', before: '', after: e.kind };
    const s = state.get(`${e.sheet}!${e.row},${e.col}`);
    const after =
      e.kind === 'value' ? shown({ value: e.value, formula: null }, locale)
      : e.kind === 'formula' ? e.formula
      : e.kind === 'fill' ? (e.color ?? PANE_MESSAGES.empty[locale])
      : (e.text ?? PANE_MESSAGES.empty[locale]);
    const beforeText = e.kind === 'fill' ? (s?.fill ?? PANE_MESSAGES.empty[locale]) : e.kind === 'note' ? (s?.note ?? PANE_MESSAGES.empty[locale]) : shown(s, locale);
    return { sheet: e.sheet, cell: toA1(e.row, e.col), before: beforeText, after };
  });
}

/** Header row texts of each detected calc sheet, indexed by column. */
function headerTexts(snapshot: WorkbookSnapshot, detected: DetectedStructure): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of detected.calcSheets) {
    const sheet = snapshot.sheets.find((s) => s.name === c.sheet);
    if (!sheet) continue;
    const row = sheet.values[c.headerRow] ?? [];
    out[c.sheet] = row.map((_v, col) => cellText(cellValue(sheet, c.headerRow, col)));
  }
  return out;
}

/** Keeps what startup detected for sheets the check did not read. */
function mergeDetected(old: DetectedStructure, fresh: DetectedStructure): DetectedStructure {
  const calc = new Map(old.calcSheets.map((c) => [c.sheet, c]));
  for (const c of fresh.calcSheets) calc.set(c.sheet, c);
  const ind = new Map(old.indicatorSheets.map((c) => [c.sheet, c]));
  for (const c of fresh.indicatorSheets) ind.set(c.sheet, c);
  return { calcSheets: [...calc.values()], indicatorSheets: [...ind.values()] };
}

/** The result card's view of a plan (rows 1-based). */
function fillResult(plan: FillPlan, unchanged: boolean, newFindings: Finding[] | null): FillResult {
  return {
    sheet: plan.sheet,
    createsSheet: plan.createsSheet,
    inserted: [...plan.inserted].sort((a, b) => a.at - b.at).map(({ row, at }) => ({ name: row.name, group: `${row.level1Text} › ${row.level2Text}`, row: at + 1 })),
    skipped: plan.skipped.map((s) => ({ name: s.row.name, reason: s.reason })),
    notes: plan.notes,
    unchanged,
    newFindings,
  };
}

/** Findings of `after` that `before` did not have, once the plan's inserted rows have moved the old ones down. */
export function findingsNotBefore(before: Finding[], after: Finding[], plan: FillPlan): Finding[] {
  const inserts = plan.edits.filter((e): e is Extract<Edit, { kind: 'insertRows' }> => e.kind === 'insertRows');
  const key = (f: Finding, row: number) => `${f.ruleId}|${f.sheet}|${row}|${f.col}`;
  const known = new Set<string>();
  for (const f of before) {
    let row = f.row;
    for (const e of inserts) if (e.sheet === f.sheet && row >= e.row) row += e.count;
    known.add(key(f, row));
  }
  return after.filter((f) => !known.has(key(f, f.row)));
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

