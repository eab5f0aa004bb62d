/** Fill (插入指标模板): templates, generators from the 资金测算明细表, and the insertion planner. */
export * from './model';
export { BUILT_IN_TEMPLATES, builtInTemplate } from './templates';
export { parseTemplateFile, validateTemplates, natureOf } from './schema';
export { proposeFromCalc, proposeFromTemplate, reconcile, budgetYearOf } from './generate';
export { planInsertion, localValueText } from './plan';
export { planNewSheet, spreadScores } from './new-sheet';
export { applyEditsToSnapshot } from './snapshot-edits';
export { proposeFill, planFill, newFindings, templateLibrary, type FillRequest, type FillProposal } from './fill';
