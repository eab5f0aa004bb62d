/**
 * The README's rules tables, generated from the rules' own metadata.
 *   npx tsx scripts/rules-table.ts          rewrite the tables in README.md
 *   npx tsx scripts/rules-table.ts --print  print them
 * test/readme.test.ts fails when the README's tables are stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../src/core/rules';
import { RULE_EXAMPLES } from '../src/core/rules/examples';
import type { Locale } from '../src/core/i18n';

const SEVERITY: Record<Locale, Record<string, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'error', warning: 'warning', info: 'info' },
};

export function rulesTable(locale: Locale): string {
  const head = locale === 'zh-CN' ? '| 规则 | 级别 | 检查什么 | 例子 |' : '| rule | severity | what it checks | example |';
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = ALL_RULES.map(
    (r) => `| \`${r.id}\` | ${SEVERITY[locale][r.severity]} | ${cell(r.description[locale])} | ${cell(RULE_EXAMPLES[r.id]?.[locale] ?? '')} |`,
  );
  return [head, '|---|---|---|---|', ...rows].join('\n');
}

/** README text with the tables between the markers replaced. */
export function withRulesTables(readme: string): string {
  let out = readme;
  for (const locale of ['zh-CN', 'en-US'] as Locale[]) {
    const start = `<!-- rules:${locale}:start -->`;
    const end = `<!-- rules:${locale}:end -->`;
    const re = new RegExp(`${start}[\\s\\S]*?${end}`);
    out = out.replace(re, `${start}\n${rulesTable(locale)}\n${end}`);
  }
  return out;
}

if (require.main === module) {
  const readmePath = path.join(__dirname, '..', 'README.md');
  if (process.argv.includes('--print')) {
    console.log(rulesTable('zh-CN') + '\n\n' + rulesTable('en-US'));
  } else {
    fs.writeFileSync(readmePath, withRulesTables(fs.readFileSync(readmePath, 'utf8')));
  }
}
