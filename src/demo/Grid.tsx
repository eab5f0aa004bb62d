/**
 * The demo's spreadsheet view: column letters and row numbers (sticky), merged cells, fills,
 * a red note indicator, the selected-cell outline that follows host.select, a formula bar and
 * the sheet tabs. Read-only apart from selecting: the workbook changes through the task pane.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetters, toA1 } from '../core/address';
import type { Locale } from '../core/i18n';
import type { DemoHost } from './demo-host';
import { getCell, sheetSize, type DemoCell, type DemoSheet } from './workbook';
import { displayValue } from './format';
import { translator } from '../taskpane/messages';

const ROW_HEADER_WIDTH = 40;
const DEFAULT_COL_WIDTH = 72;
const ROW_HEIGHT = 22;
const EXCEL_GREEN = '#107C41';
const GRID_LINE = '#E1E1E1';

const useStyles = makeStyles({
  // The sheet stays a white Excel sheet in either theme: its text colours are its own, not the
  // theme's (in ?theme=dark the inherited foreground is near-white and would vanish on white).
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, height: '100%', backgroundColor: '#FFFFFF', color: '#201F1E', colorScheme: 'light' },
  formulaBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '8px',
    height: '30px',
    padding: '0 8px',
    borderBottom: `1px solid ${GRID_LINE}`,
    backgroundColor: '#FFFFFF',
    color: '#201F1E',
    fontSize: '13px',
  },
  nameBox: {
    width: '120px',
    flexShrink: 0,
    height: '22px',
    lineHeight: '22px',
    padding: '0 6px',
    border: `1px solid ${GRID_LINE}`,
    borderRadius: '2px',
    backgroundColor: '#FFFFFF',
    color: '#201F1E',
    fontFamily: tokens.fontFamilyBase,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
  fx: { color: '#605E5C', fontStyle: 'italic', fontFamily: 'Cambria, "Times New Roman", serif', padding: '0 4px', borderRight: `1px solid ${GRID_LINE}` },
  formula: { flexGrow: 1, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontFamily: tokens.fontFamilyBase, color: '#201F1E' },
  scroller: { flexGrow: 1, overflow: 'auto', position: 'relative', minHeight: 0 },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: '13px', fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif', color: '#000' },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: '#F3F2F1', borderRight: `1px solid #C8C6C4`, borderBottom: `1px solid #C8C6C4` },
  colHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: '#F3F2F1',
    color: '#3B3A39',
    fontWeight: 400,
    fontSize: '12px',
    textAlign: 'center',
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid #C8C6C4`,
    padding: 0,
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: `${ROW_HEADER_WIDTH}px`,
    backgroundColor: '#F3F2F1',
    color: '#3B3A39',
    fontSize: '12px',
    textAlign: 'center',
    borderRight: `1px solid #C8C6C4`,
    borderBottom: `1px solid ${GRID_LINE}`,
    padding: 0,
  },
  headerActive: { backgroundColor: '#D2D0CE', color: EXCEL_GREEN, fontWeight: 600, borderBottom: `2px solid ${EXCEL_GREEN}` },
  rowHeaderActive: { backgroundColor: '#D2D0CE', color: EXCEL_GREEN, fontWeight: 600, borderRight: `2px solid ${EXCEL_GREEN}` },
  cell: {
    position: 'relative',
    height: `${ROW_HEIGHT}px`,
    padding: '0 4px',
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
    verticalAlign: 'middle',
  },
  selected: { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: '-2px', zIndex: 1 },
  noteMark: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderLeft: '7px solid transparent',
    borderTop: '7px solid #D13438',
  },
  tabs: {
    display: 'flex',
    alignItems: 'stretch',
    height: '30px',
    borderTop: `1px solid #C8C6C4`,
    backgroundColor: '#F3F2F1',
    paddingLeft: '12px',
    columnGap: '2px',
    flexShrink: 0,
  },
  tab: {
    border: 'none',
    background: 'transparent',
    padding: '0 16px',
    fontSize: '13px',
    color: '#3B3A39',
    cursor: 'pointer',
    fontFamily: 'inherit',
    ':hover': { backgroundColor: '#E1DFDD' },
    ':focus-visible': { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: '-2px' },
  },
  tabActive: { backgroundColor: '#FFFFFF', color: EXCEL_GREEN, fontWeight: 600, borderBottom: `3px solid ${EXCEL_GREEN}`, ':hover': { backgroundColor: '#FFFFFF' } },
});

/** Which cells a merged area hides, and the spans of each area's top-left cell. */
function mergeLayout(sheet: DemoSheet): { hidden: Set<string>; spans: Map<string, { rowSpan: number; colSpan: number }> } {
  const hidden = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
  }
  return { hidden, spans };
}

function isBlank(sheet: DemoSheet, hidden: Set<string>, row: number, col: number): boolean {
  const v = getCell(sheet, row, col)?.value;
  return !hidden.has(`${row},${col}`) && (v === null || v === undefined || v === '');
}

function cellStyle(cell: DemoCell | undefined): React.CSSProperties {
  if (!cell) return {};
  const numeric = typeof cell.value === 'number';
  return {
    backgroundColor: cell.fill ?? undefined,
    fontWeight: cell.bold ? 600 : undefined,
    textAlign: cell.align ?? (numeric ? 'right' : 'left'),
    color: typeof cell.value === 'string' && cell.value.startsWith('#') && cell.formula ? '#A4262C' : undefined,
  };
}

export function Grid({ host, locale }: { host: DemoHost; locale: Locale }): React.JSX.Element {
  const styles = useStyles();
  const t = translator(locale);
  React.useSyncExternalStore(host.subscribe, host.changeVersion);
  const wb = host.workbook();
  const selection = host.currentSelection();
  const sheet = wb.sheets.find((s) => s.name === wb.active) ?? wb.sheets[0];
  const size = sheetSize(sheet);
  const rows = Math.max(size.rows + 6, 30);
  const cols = Math.max(size.cols + 2, 10);
  const { hidden, spans } = mergeLayout(sheet);
  const selectedHere = selection.sheet === sheet.name;
  const selectedCell = selectedHere ? getCell(sheet, selection.row, selection.col) : undefined;
  const scroller = React.useRef<HTMLDivElement>(null);

  // Bring the selected cell into view, as Excel does after a selection from the pane.
  // Only scrolls when the cell's top-left corner is hidden (under the sticky headers or outside).
  React.useEffect(() => {
    const box = scroller.current;
    const el = box?.querySelector<HTMLElement>('[data-selected="true"]');
    if (!box || !el) return;
    const left = el.offsetLeft - ROW_HEADER_WIDTH;
    const top = el.offsetTop - ROW_HEIGHT;
    if (left < box.scrollLeft || el.offsetLeft + Math.min(el.offsetWidth, box.clientWidth - ROW_HEADER_WIDTH) > box.scrollLeft + box.clientWidth) box.scrollLeft = Math.max(0, left);
    if (top < box.scrollTop || el.offsetTop + el.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - ROW_HEIGHT * 2);
  }, [selection.sheet, selection.row, selection.col, sheet.name]);

  const widths = Array.from({ length: cols }, (_v, c) => sheet.colWidths?.[c] ?? DEFAULT_COL_WIDTH);
  const tableWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);

  return (
    <div className={styles.root} data-testid="grid" data-sheet={sheet.name}>
      <div className={styles.formulaBar} role="group" aria-label={t('demoFormulaBar')}>
        <div className={styles.nameBox} data-testid="name-box">
          {selectedHere ? toA1(selection.row, selection.col) : ''}
        </div>
        <span className={styles.fx} aria-hidden>
          fx
        </span>
        <div className={styles.formula} data-testid="formula-bar">
          {selectedCell?.formula ?? displayValue(selectedCell?.value ?? null)}
        </div>
      </div>
      <div className={styles.scroller} ref={scroller}>
        <table className={styles.table} style={{ width: tableWidth }} role="grid" aria-label={t('demoGridAria', { sheet: sheet.name })}>
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.corner} aria-hidden />
              {widths.map((_w, c) => (
                <th key={c} scope="col" className={mergeClasses(styles.colHeader, selectedHere && selection.col === c && styles.headerActive)}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_v, r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(styles.rowHeader, selectedHere && selection.row === r && styles.rowHeaderActive)}>
                  {r + 1}
                </th>
                {widths.map((_w, c) => {
                  const key = `${r},${c}`;
                  if (hidden.has(key)) return null;
                  const cell = getCell(sheet, r, c);
                  const span = spans.get(key);
                  const isSelected = selectedHere && selection.row === r && selection.col === c;
                  // Text runs on into empty cells to its right, as in Excel.
                  const spills = !span && typeof cell?.value === 'string' && cell.align !== 'center' && cell.align !== 'right' && isBlank(sheet, hidden, r, c + 1);
                  const address = toA1(r, c);
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      className={mergeClasses(styles.cell, isSelected && styles.selected)}
                      style={spills ? { ...cellStyle(cell), overflow: 'visible', textOverflow: 'clip', zIndex: 1 } : cellStyle(cell)}
                      data-cell={address}
                      data-fill={cell?.fill ?? ''}
                      data-selected={isSelected ? 'true' : undefined}
                      aria-selected={isSelected}
                      title={cell?.note ?? undefined}
                      onClick={() => host.setSelection({ sheet: sheet.name, row: r, col: c })}
                    >
                      {displayValue(cell?.value ?? null, cell?.numberFormat)}
                      {cell?.note && <span className={styles.noteMark} data-note="true" aria-label={`${t('demoNote')}: ${cell.note}`} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist" aria-label={t('demoSheetTabs')}>
        {wb.sheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheet.name}
            aria-label={s.name}
            className={mergeClasses(styles.tab, s.name === sheet.name && styles.tabActive)}
            onClick={() => host.setSelection({ sheet: s.name, row: 0, col: 0 })}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
