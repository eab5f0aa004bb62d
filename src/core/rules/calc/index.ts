import type { Rule } from '../../rule';
import { lineAmount } from './line-amount';
import { unitSlip } from './unit-slip';
import { subtotal } from './subtotal';
import { breakdownSum } from './breakdown';
import { sumRange } from './sum-range';
import { formulaRow } from './formula-row';
import { textArithmetic } from './text-arithmetic';
import { grandTotal } from './grand-total';
import { fundsSplit } from './funds-split';
import { expenseStandard } from './expense-standard';
import { fundParts } from './fund-parts';

/** Rules over the 资金测算明细表 and the declared project funds. */
export const CALC_RULES: Rule[] = [lineAmount, unitSlip, subtotal, breakdownSum, sumRange, formulaRow, textArithmetic, grandTotal, fundsSplit, fundParts, expenseStandard];
