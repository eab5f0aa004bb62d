/**
 * The three things the adapter takes from Office: Excel.run, the requirement-set check and the
 * document settings (plus, for the self-test report, Office's diagnostics). Injected, so tests run
 * the adapter against test/excel/fake-excel.ts.
 */

export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Persists the settings in the document; resolves or rejects with Office's error (its code kept). */
  save(): Promise<void>;
}

export interface RunOptions {
  /** ExcelApi 1.20: all syncs of the batch are one entry on Excel's undo stack. */
  mergeUndoGroup?: boolean;
  /** Wait until the user leaves cell-edit mode instead of failing (docs "Delay execution while cell is being edited"). */
  delayForCellEdit?: boolean;
}

export interface OfficeDiagnostics {
  host: string;
  platform: string;
  version: string;
}

export interface OfficeEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettings;
  /** Office.context.diagnostics, when known. */
  diagnostics?: OfficeDiagnostics;
}

/** An Error carrying Office's error code (a Common API AsyncResult error has `code` and `name`). */
export class OfficeSettingsError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'OfficeSettingsError';
  }
}

/** The real thing, for the task pane running inside Excel (after Office.onReady). */
export function officeEnvironment(): OfficeEnvironment {
  const settings = Office.context.document.settings;
  const diagnostics = Office.context.diagnostics as Office.ContextInformation | undefined;
  return {
    run: (batch, options) =>
      options && (options.mergeUndoGroup || options.delayForCellEdit)
        ? Excel.run({ ...(options.mergeUndoGroup ? { mergeUndoGroup: true } : {}), ...(options.delayForCellEdit ? { delayForCellEdit: true } : {}) }, batch)
        : Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: {
      get: (name) => settings.get(name),
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      save: () =>
        new Promise<void>((resolve, reject) =>
          settings.saveAsync((result) =>
            result.status === Office.AsyncResultStatus.Succeeded
              ? resolve()
              : reject(new OfficeSettingsError(result.error?.message ?? 'saveAsync failed', String(result.error?.code ?? result.error?.name ?? 'Unknown'))),
          ),
        ),
    },
    diagnostics: diagnostics ? { host: String(diagnostics.host), platform: String(diagnostics.platform), version: diagnostics.version } : undefined,
  };
}
