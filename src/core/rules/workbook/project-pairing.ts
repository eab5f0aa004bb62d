import { localize } from '../../i18n';
import type { Rule } from '../../rule';
import { PROJECT_MESSAGES as M } from '../../messages/projects';

/**
 * Several projects in one workbook: the calc sheets and forms that could not be paired with their
 * project, said once (a hint at the first of them), since their cross-sheet checks were skipped.
 */
export const projectPairing: Rule = {
  id: 'workbook/project-pairing',
  severity: 'info',
  title: M.pairingTitle,
  description: M.pairingDesc,
  check({ pairingDoubts }, report) {
    if (pairingDoubts.length === 0) return;
    const first = pairingDoubts[0];
    const sheets = [...new Set(pairingDoubts.map((d) => d.sheet))].map((s) => `「${s}」`).join('、');
    report({ sheet: first.sheet, row: first.row, col: first.col, message: localize(M.pairingDoubt, { sheets }) });
  },
};
