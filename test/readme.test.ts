import * as fs from 'fs';
import * as path from 'path';
import { withRulesTables } from '../scripts/rules-table';
import { ALL_RULES } from '../src/core/rules';
import { RULE_EXAMPLES } from '../src/core/rules/examples';
import { FILE_ERROR_CODES } from '../src/cli/check-file';
import { VERDICT_TEXT } from '../src/cli/verdict';
import { runMain } from './cli/run-main';

describe('README', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

  it('lists every rule, with the current description, in Chinese and English', () => {
    expect(withRulesTables(readme)).toBe(readme); // run `npx tsx scripts/rules-table.ts` when this fails
    for (const r of ALL_RULES) expect(readme.split(`\`${r.id}\``).length - 1).toBe(2);
  });

  it('has an example for every rule, in both languages', () => {
    for (const r of ALL_RULES) {
      expect([r.id, RULE_EXAMPLES[r.id]?.['zh-CN']?.length > 0, RULE_EXAMPLES[r.id]?.['en-US']?.length > 0]).toEqual([r.id, true, true]);
    }
  });

  it('documents every file error code and every verdict, in both languages', () => {
    const english = readme.slice(readme.indexOf('# budget-check (English)'));
    const chinese = readme.slice(0, readme.indexOf('# budget-check (English)'));
    for (const code of FILE_ERROR_CODES) expect([code, chinese.includes(`\`${code}\``), english.includes(`\`${code}\``)]).toEqual([code, true, true]);
    for (const [verdict, text] of Object.entries(VERDICT_TEXT)) {
      expect([verdict, chinese.includes(`| ${text['zh-CN']} | \`${verdict}\` |`), english.includes(`\`${verdict}\``)]).toEqual([verdict, true, true]);
    }
  });

  it('shows what the quick-start command prints, exactly', async () => {
    const m = /输出：\n\n```\n([\s\S]*?)```/.exec(readme);
    if (!m) throw new Error('no output block after the quick-start command');
    const cwd = process.cwd();
    process.chdir(path.join(__dirname, '..')); // the path as the README types it
    try {
      const r = await runMain('examples/004-干部教育培训经费.xlsx');
      expect(r.out).toBe(m[1]);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);

  it('shows the two commands of a fresh machine', () => {
    expect(readme).toContain('npm ci && npm run check -- examples/');
    expect(readme).toContain('npm test');
    const example = /npm run check -- (examples\/\S+\.xlsx)/.exec(readme)![1];
    expect(fs.existsSync(path.join(__dirname, '..', example))).toBe(true);
  });
});
