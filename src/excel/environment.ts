/**
 * The three things the adapter takes from Office: Excel.run, the requirement-set check and the
 * document settings. Injected, so tests run the adapter against test/excel/fake-excel.ts.
 */

export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Persists the settings in the document; resolves or rejects with Office's message. */
  save(): Promise<void>;
}

export interface OfficeEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettings;
}

/** The real thing, for the task pane running inside Excel (after Office.onReady). */
export function officeEnvironment(): OfficeEnvironment {
  const settings = Office.context.document.settings;
  return {
    run: (batch, options) => (options?.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: {
      get: (name) => settings.get(name),
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      save: () =>
        new Promise<void>((resolve, reject) =>
          settings.saveAsync((result) =>
            result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message ?? 'saveAsync failed')),
          ),
        ),
    },
  };
}
