/**
 * `budget-check fill` end to end on every shipped example: writes a new file through the ExcelJS
 * writer, the output's 成本/数量 rows agree with the calc sheet and its check has no finding the
 * input did not have; refuses to overwrite the input or an existing file without --force; a bad
 * template file gives a clear error naming the row and field.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import { readIndicatorSheets } from '../../src/core/indicators/reader';
import { readWorkbookFile } from '../../src/xlsx/read';

// Each test reads, fills, writes and re-reads workbooks through main().
jest.setTimeout(60_000);

const EXAMPLES = [
  '000-人才管理专项经费.xlsx',
  '001-人才服务管理经费.xlsx',
  '003-干部工作经费.xlsx',
  '004-干部工作综合业务经费.xlsx',
  '004-干部教育培训经费.xlsx',
  '004-组织工作综合业务经费.xlsx',
].map((n) => path.join('examples', n));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const sha = async (f: string) => createHash('sha256').update(await fs.readFile(f)).digest('hex');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fill-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(EXAMPLES)('fill --from-calc %s', (input) => {
  it('writes a new file whose check has no new finding, leaving the input untouched', async () => {
    const out = path.join(dir, `from-calc-${path.basename(input)}`);
    const before = await sha(input);
    const r = await run(['fill', input, '-o', out, '--from-calc']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('复核输出文件：没有输入文件之外的新问题');
    expect(await sha(input)).toBe(before);
    // Independently of the command's own summary: per rule, the output has no more findings than the input.
    const count = (fs: { ruleId: string }[]) => fs.reduce((m, f) => m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1), new Map<string, number>());
    const inCount = count(checkWorkbook(await readWorkbookFile(input)).findings);
    const outCount = count(checkWorkbook(await readWorkbookFile(out)).findings);
    const grown = [...outCount].filter(([rule, n]) => n > (inCount.get(rule) ?? 0)).map(([rule]) => rule);
    expect(grown).toEqual([]);
  });
});

describe('values agree with the calc sheet', () => {
  it('001: one 成本指标 per calc category, valued from its 金额 in 万元', async () => {
    const out = path.join(dir, '001-costs.xlsx');
    expect((await run(['fill', EXAMPLES[1], '-o', out])).code).toBe(0);
    const table = readIndicatorSheets(await readWorkbookFile(out))[0];
    const costs = table.rows.filter((r) => r.level1?.kind === 'cost').map((r) => `${r.name} ${r.nature?.text}${r.value.number?.toFixed()}${r.unit}`);
    // 资金测算明细表 F4 = 650000元, F7 = 10000元.
    expect(costs).toEqual(['辅助性岗位人员年度考核绩效奖经费 ≤65万元', '人才管理经费 ≤1万元']);
  });

  it('003 --type 培训类: no 培训班次 repeating 27 + 45 期, and 人均培训成本 at the 二类 cap covering the calc rate (600 → 650元/人·天)', async () => {
    const out = path.join(dir, '003-training.xlsx');
    const r = await run(['fill', EXAMPLES[2], '-o', out, '--type', '培训类', '--from-calc']);
    expect(r.code).toBe(0);
    const table = readIndicatorSheets(await readWorkbookFile(out))[0];
    const row = (name: string) => table.rows.find((x) => x.name === name);
    // 培训班次 would repeat 省内培训期次 27 + 异地培训期次 45: not inserted.
    expect(row('培训班次')).toBeUndefined();
    expect(row('省内培训期次')?.value.number?.toFixed()).toBe('27');
    // 600元/人·天 in the calc sheet: the 二类 cap (650) is the ceiling the expense-standard check accepts.
    expect(row('人均培训成本')?.value.number?.toFixed()).toBe('650');
    expect(row('人均培训成本')?.unit).toBe('元/人·天');
  });

  it('running fill on its own output inserts nothing', async () => {
    const first = path.join(dir, '000-once.xlsx');
    const second = path.join(dir, '000-twice.xlsx');
    expect((await run(['fill', EXAMPLES[0], '-o', first, '--type', '通用', '--from-calc'])).code).toBe(0);
    const r = await run(['fill', first, '-o', second, '--type', '通用', '--from-calc']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('插入 0 行（绩效目标表）');
    const a = await readWorkbookFile(first);
    const b = await readWorkbookFile(second);
    expect(b.sheets.map((s) => s.values.map((row) => row.map((v) => v ?? null)))).toEqual(a.sheets.map((s) => s.values.map((row) => row.map((v) => v ?? null))));
  });
});

describe('--templates without --type', () => {
  it('uses every type of the file: its rows are inserted with their 分值', async () => {
    const file = path.join(dir, 'all-types.json');
    await fs.writeFile(
      file,
      JSON.stringify({
        templates: [
          { type: '甲', rows: [{ level1: '产出指标', level2: '质量指标', name: '档案整理合格率', nature: '≥', value: 98, unit: '%', score: 4, scoring: '达到{value}{unit}得满分' }] },
          { type: '乙', rows: [{ level1: '产出指标', level2: '质量指标', name: '资料归档及时率', nature: '＝', value: 100, unit: '%', score: 3, scoring: '达到{value}{unit}得满分' }] },
        ],
      }),
    );
    const out = path.join(dir, 'all-types.xlsx');
    const r = await run(['fill', EXAMPLES[0], '-o', out, '--templates', file]);
    // The given 分值 are written as they are, so the form's total (90) becomes 97, and the check says so.
    expect(r.out).toContain('绩效目标表!G9 [indicators/score-total] 分值合计为 97');
    expect(r.code).toBe(1);
    const table = readIndicatorSheets(await readWorkbookFile(out))[0];
    expect(table.rows.find((x) => x.name === '档案整理合格率')?.score?.value.toNumber()).toBe(4);
    expect(table.rows.find((x) => x.name === '资料归档及时率')?.score?.value.toNumber()).toBe(3);
  });
});

describe('refusals and errors', () => {
  it('refuses an existing output without --force and leaves it untouched', async () => {
    const out = path.join(dir, 'exists.xlsx');
    await fs.writeFile(out, 'keep me');
    const r = await run(['fill', EXAMPLES[0], '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`输出文件已存在：${out}（如需覆盖请加 --force）`);
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
    expect((await run(['fill', EXAMPLES[0], '-o', out, '--force'])).code).toBe(0);
  });

  it('refuses to write over the input even with --force', async () => {
    const copy = path.join(dir, 'input.xlsx');
    await fs.copyFile(EXAMPLES[0], copy);
    const before = await sha(copy);
    const r = await run(['fill', copy, '-o', copy, '--force', '--lang', 'en-US']);
    expect(r.code).toBe(2);
    expect(await sha(copy)).toBe(before);
  });

  it('names the row and field of a bad template file', async () => {
    const file = path.join(dir, 'bad.json');
    await fs.writeFile(file, JSON.stringify({ templates: [{ type: '自定义', rows: [{ level1: '产出指标', level2: '数量指标', name: '场次', nature: '大约', value: 3, unit: '场' }] }] }));
    const r = await run(['fill', EXAMPLES[0], '-o', path.join(dir, 'never.xlsx'), '--templates', file, '--type', '自定义', '--lang', 'en-US']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Template 1 (自定义), row 1: field "nature" must be one of ＝ ≥ ≤ ＞ ＜ 定性, got "大约"');
    await expect(fs.stat(path.join(dir, 'never.xlsx'))).rejects.toThrow();
  });

  it('inserts a user template row', async () => {
    const file = path.join(dir, 'good.json');
    await fs.writeFile(file, JSON.stringify({ templates: [{ type: '自定义', rows: [{ level1: '产出指标', level2: '质量指标', name: '档案整理合格率', nature: '≥', value: 98, unit: '%', scoring: '达到{value}{unit}得满分，每降1%扣1分' }] }] }));
    const out = path.join(dir, 'user.xlsx');
    const r = await run(['fill', EXAMPLES[3], '-o', out, '--templates', file, '--type', '自定义']);
    expect(r.code).toBe(0);
    const table = readIndicatorSheets(await readWorkbookFile(out))[0];
    const row = table.rows.find((x) => x.name === '档案整理合格率')!;
    expect(row.value.raw).toBe('≥98%');
    expect(row.level2?.kind).toBe('quality');
  });

  it('names the available types for an unknown one', async () => {
    const r = await run(['fill', EXAMPLES[0], '-o', path.join(dir, 'x.xlsx'), '--type', '基建类']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有“基建类”类型的模板；可用：通用、培训类、会议类、补贴补助类、人才引进/活动类、信息化/设备购置类');
  });
});
