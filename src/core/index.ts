/** Public API of the host-independent core. */
export * from './snapshot';
export * from './address';
export * from './i18n';
export * from './money';
export * from './numbers';
export * from './report';
export type { Rule, RuleContext, CheckOptions, FindingInput } from './rule';
export { checkWorkbook, buildContext } from './check';
export { ALL_RULES } from './rules';
