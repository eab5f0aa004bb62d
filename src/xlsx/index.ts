export { readWorkbookFile, readWorkbookBuffer, snapshotOfWorkbook, snapshotOfWorksheet, XlsxReadError } from './read';
export type { XlsxReadErrorKind } from './read';
export { applyEdits, writeWorkbookAtomically, refuseInputAsOutput, XlsxWriteError } from './write';
export type { WriteOptions } from './write';
