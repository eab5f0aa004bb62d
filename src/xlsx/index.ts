export { readWorkbookFile, readWorkbookBuffer, snapshotOfWorkbook, snapshotOfWorksheet, XlsxReadError } from './read';
export type { XlsxReadErrorKind } from './read';
