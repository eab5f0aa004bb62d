/**
 * Rules, the way linters do it: declarative metadata and one check function. The engine
 * (check.ts) runs them and collects findings; fixes are data, applied by a host.
 */
import type { WorkbookSnapshot } from './snapshot';
import type { Localized } from './i18n';
import type { Severity, Fix } from './report';
import type { CalcSheet, DeclaredFunds } from './calc/model';
import type { IndicatorSheet } from './indicators/model';
import type { ExpenseStandardsConfig } from './standards/expense';
import type { Project, PairingDoubt } from './projects';

export interface CheckOptions {
  /** Severity overrides per rule id; 'off' disables a rule. */
  severities?: Record<string, Severity | 'off'>;
  /** 满意度 threshold in percent (default 90). */
  satisfactionThreshold?: number;
  /** Budget year when the workbook does not say (default: from the workbook, else none). */
  budgetYear?: number;
  /** Per-sheet column-role overrides chosen by the user: sheet → role → 0-based column. */
  columnOverrides?: Record<string, Record<string, number>>;
  /** Force which sheets are read as calc / indicator sheets (names); default: detected. */
  calcSheets?: string[];
  indicatorSheets?: string[];
  /** Local expense standards replacing the central ones per kind (calc/expense-standard). */
  expenseStandards?: ExpenseStandardsConfig;
}

export interface RuleContext {
  snapshot: WorkbookSnapshot;
  calc: CalcSheet[];
  funds: DeclaredFunds[];
  indicators: IndicatorSheet[];
  /** calc sheets, forms and funds blocks grouped by project (one project in a single-project workbook);
   *  cross-sheet rules compare only within a project. */
  projects: Project[];
  /** Sheets that could not be paired with certainty (their cross-sheet checks are skipped). */
  pairingDoubts: PairingDoubt[];
  options: CheckOptions;
}

/** What a rule reports; the engine adds ruleId, severity and the A1 address. */
export interface FindingInput {
  sheet: string;
  row: number;
  col: number;
  message: Localized;
  expected?: string;
  actual?: string;
  fix?: Fix;
  /** Overrides the rule's default severity for this finding (e.g. a unit slip is still an error). */
  severity?: Severity;
}

export interface Rule {
  id: string;
  severity: Severity;
  title: Localized;
  /** One sentence on what it checks, for the README table and the pane's help. */
  description: Localized;
  check(ctx: RuleContext, report: (f: FindingInput) => void): void;
}
