import * as fs from 'fs';
import * as path from 'path';
import { withRulesTables } from '../scripts/rules-table';
import { ALL_RULES } from '../src/core/rules';

describe('README', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

  it('lists every rule, with the current description, in Chinese and English', () => {
    expect(withRulesTables(readme)).toBe(readme); // run `npx tsx scripts/rules-table.ts` when this fails
    for (const r of ALL_RULES) expect(readme.split(`\`${r.id}\``).length - 1).toBe(2);
  });

  it('shows the two commands of a fresh machine', () => {
    expect(readme).toContain('npm ci && npm run check -- examples/');
    expect(readme).toContain('npm test');
    const example = /npm run check -- (examples\/\S+\.xlsx)/.exec(readme)![1];
    expect(fs.existsSync(path.join(__dirname, '..', example))).toBe(true);
  });
});
