import { evaluateFormula, shiftFormulaRows } from '../../src/demo/formula';
import type { CellValue } from '../../src/core/snapshot';

const grid: Record<string, CellValue> = { A1: 500, B1: 50, C1: 2, A2: '3', A3: '合计', A4: null, B2: '#DIV/0!' };
const lookup = (row: number, col: number): CellValue => grid[`${String.fromCharCode(65 + col)}${row + 1}`] ?? null;

describe('demo formula evaluator', () => {
  it('computes 单价 × 数量 × 次数 in 万元', () => {
    expect(evaluateFormula('=A1*B1*C1/10000', lookup)).toBe(5);
  });
  it('honours precedence, parentheses and unary minus', () => {
    expect(evaluateFormula('=1+2*3', lookup)).toBe(7);
    expect(evaluateFormula('=(1+2)*3', lookup)).toBe(9);
    expect(evaluateFormula('=-A1+$B$1', lookup)).toBe(-450);
  });
  it('drops binary noise the way Excel shows it', () => {
    expect(evaluateFormula('=0.1+0.2', lookup)).toBe(0.3);
  });
  it('sums ranges, skipping text and blanks, and lists', () => {
    expect(evaluateFormula('=SUM(A1:A4)', lookup)).toBe(500); // '3' as text and 合计 are ignored in ranges
    expect(evaluateFormula('=SUM(A1:C1, 10)', lookup)).toBe(562);
    expect(evaluateFormula('=sum()', lookup)).toBe(0);
  });
  it('reads numeric text in arithmetic, and reports Excel errors', () => {
    expect(evaluateFormula('=A2*2', lookup)).toBe(6);
    expect(evaluateFormula('=A3*2', lookup)).toBe('#VALUE!');
    expect(evaluateFormula('=A1/A4', lookup)).toBe('#DIV/0!');
    expect(evaluateFormula('=B2+1', lookup)).toBe('#DIV/0!');
    expect(evaluateFormula('=VLOOKUP(A1)', lookup)).toBe('#NAME?');
    expect(evaluateFormula('=1+', lookup)).toBe('#NAME?');
  });
});

describe('shiftFormulaRows', () => {
  it('moves references at or below an insertion and grows ranges that span it', () => {
    expect(shiftFormulaRows('=SUM(G5:G8)+G3', 7, 2)).toBe('=SUM(G5:G10)+G3');
    expect(shiftFormulaRows('=$C$9*D9', 4, 1)).toBe('=$C$10*D10');
  });
  it('shrinks ranges around deleted rows and turns lost single references into #REF!', () => {
    expect(shiftFormulaRows('=SUM(G5:G10)', 7, -2)).toBe('=SUM(G5:G8)');
    expect(shiftFormulaRows('=G8+G11', 7, -2)).toBe('=#REF!+G9');
  });
  it('is undone by the inverse deletion', () => {
    const f = '=SUM(G4:G12)+G13*C2';
    expect(shiftFormulaRows(shiftFormulaRows(f, 6, 3), 6, -3)).toBe(f);
  });
});
