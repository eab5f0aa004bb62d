/**
 * budget-check end to end on the shipped examples: the exact sheet and cell of each finding, the
 * JSON shape, exit codes, unreadable inputs, and that the inputs are never written.
 * Most tests call main() in-process; one spawns the compiled bin.
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { JsonOutput } from '../../src/cli/format-json';

// main() in-process reads real workbooks; one test compiles and spawns the bin (its own timeout below).
jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '..', '..');
const EX = (name: string) => path.join('examples', name);
const TRAINING = EX('004-干部教育培训经费.xlsx');
const ORGANISATION = EX('004-组织工作综合业务经费.xlsx');
const EXAMPLES = [
  EX('000-人才管理专项经费.xlsx'),
  EX('001-人才服务管理经费.xlsx'),
  EX('003-干部工作经费.xlsx'),
  EX('004-干部工作综合业务经费.xlsx'),
  TRAINING,
  ORGANISATION,
];

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const cwd = process.cwd();
  // paths as a user types them, relative to the repository (jest normally runs there already)
  if (cwd !== ROOT) process.chdir(ROOT);
  try {
    const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
    return { code, out, err };
  } finally {
    if (process.cwd() !== cwd) process.chdir(cwd);
  }
}

async function runJson(...argv: string[]): Promise<{ code: number; json: JsonOutput }> {
  const r = await run('--format', 'json', ...argv);
  return { code: r.code, json: JSON.parse(r.out) as JsonOutput };
}

const serious = (f: { severity: string }) => f.severity === 'error' || f.severity === 'warning';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-check-cli-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('findings on the examples', () => {
  test('004 干部教育培训经费: the real mistake 5期 × 12万元 ≠ 46万元 at 资金测算明细表!C5, and no other calc error or warning', async () => {
    const { code, json } = await runJson(TRAINING);
    expect(code).toBe(1);
    const calc = json.files[0].findings.filter((f) => f.ruleId.startsWith('calc/') && serious(f));
    expect(calc).toEqual([
      expect.objectContaining({
        ruleId: 'calc/text-arithmetic',
        severity: 'error',
        sheet: '资金测算明细表',
        cell: 'C5',
        expected: '60万元',
        actual: '46万元',
      }),
    ]);
    expect(calc[0].message).toContain('46');
    expect(json.files[0].errors).toEqual([]);
  });

  test.each(EXAMPLES.filter((f) => f !== TRAINING))('%s has no calc error or warning', async (file) => {
    const { json } = await runJson(file);
    expect(json.files[0].errors).toEqual([]);
    expect(json.files[0].findings.filter((f) => f.ruleId.startsWith('calc/') && serious(f))).toEqual([]);
  });

  test('all examples at once: files in the order given, paths as given', async () => {
    const { code, json } = await runJson(...EXAMPLES);
    expect(code).toBe(1);
    expect(json.files.map((f) => f.file)).toEqual(EXAMPLES);
    const calcSerious = json.files.flatMap((f) => f.findings.filter((x) => x.ruleId.startsWith('calc/') && serious(x)).map((x) => `${f.file}|${x.sheet}!${x.cell}|${x.ruleId}`));
    expect(calcSerious).toEqual([`${TRAINING}|资金测算明细表!C5|calc/text-arithmetic`]);
  });
});

describe('the seeds’ real indicator mistakes are reported at their cells', () => {
  test.each([
    ['004-干部工作综合业务经费.xlsx', 'E11', '数量指标 补充资料档案827本 vs 成本指标 900本'],
    ['001-人才服务管理经费.xlsx', 'E10', '= 4场 while one 5000元 review is budgeted'],
    ['003-干部工作经费.xlsx', 'G11', '20人 vs 未达到2000人的'],
    ['003-干部工作经费.xlsx', 'G25', '2023年1月至11月 vs 2022年11月30日前'],
    ['004-干部教育培训经费.xlsx', 'E15', '5期 × 12万元 ≠ 46万元 in the 成本指标 text'],
  ])('%s 绩效目标表!%s (%s)', async (name, cell) => {
    const { json } = await runJson(EX(name));
    const at = json.files[0].findings.filter((f) => f.sheet === '绩效目标表' && f.cell === cell && serious(f));
    expect(at.length).toBeGreaterThan(0);
  });
});

describe('--format json', () => {
  test('has exactly the documented shape', async () => {
    const { json } = await runJson(TRAINING, path.join(tmp, 'missing.xlsx'));
    expect(Object.keys(json).sort()).toEqual(['files', 'version']);
    expect(json.version).toBe(1);
    for (const file of json.files) {
      expect(Object.keys(file).sort()).toEqual(['errors', 'file', 'findings', 'verdict']);
      for (const f of file.findings) {
        expect(['error', 'warning', 'info']).toContain(f.severity);
        expect(typeof f.ruleId).toBe('string');
        expect(typeof f.sheet).toBe('string');
        expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/); // plain A1: no sheet prefix, no $
        expect(typeof f.message).toBe('string');
        for (const k of ['expected', 'actual'] as const) if (k in f) expect(typeof f[k]).toBe('string');
        if (f.fix) {
          expect(Object.keys(f.fix).sort()).toEqual(['edits', 'title']);
          for (const e of f.fix.edits) {
            expect(e.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
            expect(Object.keys(e).sort()).toEqual('formula' in e ? ['cell', 'formula', 'sheet'] : ['cell', 'sheet', 'value']);
          }
        }
      }
      for (const e of file.errors) expect(Object.keys(e)).toEqual(['message', 'code']);
    }
    expect(json.files[1].errors[0].message).toContain('找不到文件');
  });

  test('a finding the add-in can fix says how: 003 绩效目标表!D10 gets "≥" in its empty 指标性质 cell', async () => {
    const { json } = await runJson(EX('003-干部工作经费.xlsx'));
    const d10 = json.files[0].findings.find((f) => f.cell === 'D10')!;
    expect(d10.fix).toEqual({ title: '在指标性质中填写“≥”', edits: [{ sheet: '绩效目标表', cell: 'D10', value: '≥' }] });
  });

  test('check is the default command; --format=json and an explicit check are the same run', async () => {
    const a = await run('--format=json', TRAINING);
    const b = await run('check', '--format', 'json', TRAINING);
    expect(a.code).toBe(1);
    expect(JSON.parse(a.out)).toEqual(JSON.parse(b.out));
  });

  test('--lang en-US gives English messages', async () => {
    const { json } = await runJson('--lang', 'en-US', TRAINING);
    const f = json.files[0].findings.find((x) => x.cell === 'C5' && x.ruleId === 'calc/text-arithmetic');
    expect(f?.message).toMatch(/[a-z]{3,}/);
    expect(f?.message).not.toMatch(/有误/);
  });
});

describe('--format text', () => {
  test('grouped by file and sheet, Chinese messages, a summary line that matches the findings', async () => {
    const r = await run(TRAINING, ORGANISATION);
    const { json } = await runJson(TRAINING, ORGANISATION);
    const all = json.files.flatMap((f) => f.findings);
    const count = (s: string) => all.filter((f) => f.severity === s).length;
    expect(r.out).toContain(`文件：${TRAINING}`);
    expect(r.out).toContain('工作表「资金测算明细表」');
    expect(r.out).toMatch(/^ {4}C5 +错误 +.*\[calc\/text-arithmetic\]$/m);
    expect(r.out).toContain('应为：60万元；实为：46万元');
    const lines = r.out.trimEnd().split('\n');
    expect(lines[lines.length - 2]).toBe(`共 2 个文件：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`);
    // each file's verdict, then the count of files per verdict
    const verdicts = json.files.map((f) => f.verdict);
    expect(r.out).toContain(`结论：${verdicts[0] === 'fix' ? '需修改' : '请核实'}`);
    expect(lines[lines.length - 1]).toMatch(/^结论：(需修改|请核实|通过) \d/);
    // the training file's heading comes before the organisation file's
    expect(r.out.indexOf(TRAINING)).toBeLessThan(r.out.indexOf(ORGANISATION));
  });

  test('unreadable files are counted in the summary', async () => {
    const r = await run(path.join(tmp, 'nothere.xlsx'));
    expect(r.out).toContain('找不到文件');
    expect(r.out.trimEnd().split('\n').slice(-2)).toEqual(['共 1 个文件：错误 0，警告 0，提示 0，无法检查 1 个文件', '结论：无法读取 1']);
  });
});

describe('exit codes', () => {
  test('0 when no error findings (the clean 组织工作综合业务经费)', async () => {
    const { code, json } = await runJson(ORGANISATION);
    expect(json.files[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  test('1 with error findings', async () => {
    expect((await run(TRAINING)).code).toBe(1);
  });

  test.each([
    [[], '请指定至少一个 .xlsx 文件'],
    [['--format', 'xml', TRAINING], '不支持的输出格式：xml'],
    [['--lang', 'fr', TRAINING], '不支持的语言：fr'],
    [['--colour', TRAINING], '未知选项：--colour'],
    [['--format'], '选项 --format 缺少取值'],
  ])('2 on a usage error %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(r.err).toContain('budget-check --help');
  });

  test('usage errors in English with --lang en-US', async () => {
    const r = await run('--lang', 'en-US', '--format', 'xml', TRAINING);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unsupported format: xml');
  });
});

describe('unreadable inputs: an errors entry each, and the run goes on', () => {
  test('missing, a text file renamed .xlsx, an encrypted-looking file, between two good files', async () => {
    const missing = path.join(tmp, 'missing.xlsx');
    const text = path.join(tmp, '预算.xlsx');
    await fs.writeFile(text, '序号\t项目\t金额\n1\t培训费\t34\n');
    const locked = path.join(tmp, 'locked.xlsx');
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    await fs.writeFile(locked, cfb);

    const { code, json } = await runJson(ORGANISATION, missing, text, locked, TRAINING);
    expect(code).toBe(2);
    expect(json.files.map((f) => f.file)).toEqual([ORGANISATION, missing, text, locked, TRAINING]);
    const [org, miss, txt, enc, training] = json.files;
    expect(org.errors).toEqual([]);
    expect(miss.errors).toEqual([{ message: `找不到文件：${missing}`, code: 'missing' }]);
    expect(txt.errors).toEqual([{ message: `不是电子表格工作簿（.xlsx、.xlsm、.xls）：${text}`, code: 'notSpreadsheet' }]);
    expect(enc.errors).toHaveLength(1);
    // An OLE header with nothing readable behind it.
    expect(enc.errors[0]).toMatchObject({ code: 'unsupportedFormat' });
    expect(enc.errors[0].message).toContain('无法识别的旧版 Office 文件');
    expect(json.files.map((f) => f.verdict)).toEqual(['check', 'unreadable', 'unreadable', 'unreadable', 'fix'].map((v, i) => (i === 0 ? org.verdict : v)));
    for (const bad of [miss, txt, enc]) expect(bad.findings).toEqual([]);
    // the file after the unreadable ones was still checked
    expect(training.findings.some((f) => f.cell === 'C5' && f.ruleId === 'calc/text-arithmetic')).toBe(true);
  });
});

describe('inputs are never written', () => {
  test('bytes and modification time of every example are unchanged by a run', async () => {
    const before = await Promise.all(EXAMPLES.map(async (f) => ({ bytes: await fs.readFile(path.join(ROOT, f)), mtime: (await fs.stat(path.join(ROOT, f))).mtimeMs })));
    await run('--format', 'json', ...EXAMPLES);
    await run(...EXAMPLES);
    for (const [i, f] of EXAMPLES.entries()) {
      expect((await fs.readFile(path.join(ROOT, f))).equals(before[i].bytes)).toBe(true);
      expect((await fs.stat(path.join(ROOT, f))).mtimeMs).toBe(before[i].mtime);
    }
  });
});

describe('--help', () => {
  test('Chinese and English by default; one language with --lang', async () => {
    const both = await run('--help');
    expect(both.code).toBe(0);
    expect(both.out).toContain('用法：');
    expect(both.out).toContain('Usage:');
    const en = await run('--lang', 'en-US', '--help');
    expect(en.out).toContain('Usage:');
    expect(en.out).not.toContain('用法：');
  });
});

describe('the compiled bin', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
  }, 300_000);

  test('node lib/cli/main.js prints JSON and exits 1 on the training example', () => {
    const r = spawnSync(process.execPath, ['lib/cli/main.js', '--format', 'json', TRAINING], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as JsonOutput;
    expect(json.files[0].findings.some((f) => f.sheet === '资金测算明细表' && f.cell === 'C5' && f.ruleId === 'calc/text-arithmetic')).toBe(true);
  });

  test('exits 2 on an unreadable file', () => {
    const r = spawnSync(process.execPath, ['lib/cli/main.js', path.join(tmp, 'nothere.xlsx')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('找不到文件');
  });
});

describe('--standards: local expense standards', () => {
  let workbook: string;
  beforeAll(async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('资金测算明细表');
    ws.addRows([
      ['序号', '项目', '单价（元）', '人数', '天数', '金额（元）'],
      ['1.', '中青年干部培训班培训费', 600, 40, 2, 48000],
      ['合计', null, null, null, null, 48000],
    ]);
    workbook = path.join(tmp, '培训.xlsx');
    await wb.xlsx.writeFile(workbook);
  });
  const at = (json: JsonOutput) => json.files[0].findings.filter((f) => f.ruleId === 'calc/expense-standard').map((f) => `${f.severity}@${f.cell}`);

  test('central standards: 600元/人·天 is above class 3 (550) → a hint at C2', async () => {
    expect(at((await runJson(workbook)).json)).toEqual(['info@C2']);
  });

  test('a local table of 500元 makes it a warning; one of 700元 makes it pass', async () => {
    const strict = path.join(tmp, 'strict.json');
    await fs.writeFile(strict, JSON.stringify({ training: { 县级培训: 500 } }));
    const r = await runJson('--standards', strict, workbook);
    expect(at(r.json)).toEqual(['warning@C2']);
    expect(r.json.files[0].findings.find((f) => f.cell === 'C2')!.message).toBe('培训费标准 600元/人·天，超过县级培训上限 500元/人·天（用户标准）');
    const loose = path.join(tmp, 'loose.json');
    await fs.writeFile(loose, JSON.stringify({ training: { 县级培训: 700 } }));
    expect(at((await runJson(`--standards=${loose}`, workbook)).json)).toEqual([]);
  });

  test('a file that is missing, not JSON or not a table: exit 2 with the reason, nothing checked', async () => {
    const bad = path.join(tmp, 'bad.json');
    await fs.writeFile(bad, JSON.stringify({ training: { 县级培训: '五百' } }));
    const r = await run('--standards', bad, workbook);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`费用标准文件 ${bad} 中“training”的“县级培训”应为正数上限（元），如 500`);
    const notJson = path.join(tmp, 'not.json');
    await fs.writeFile(notJson, '{training');
    const e = await run('--lang', 'en-US', '--standards', notJson, workbook);
    expect(e.code).toBe(2);
    expect(e.err).toContain(`The standards file ${notJson} is not valid JSON: error near line 1, column 2`);
    expect((await run('--standards', path.join(tmp, 'none.json'), workbook)).err).toContain('无法读取费用标准文件');
  });
});

describe('--min-severity', () => {
  test('warning leaves out hints: 003 keeps its two scoring-text warnings and none of its 22 hints', async () => {
    const all = (await runJson(EX('003-干部工作经费.xlsx'))).json.files[0].findings;
    expect(all.filter((f) => f.severity === 'info').length).toBe(22);
    const { code, json } = await runJson('--min-severity', 'warning', EX('003-干部工作经费.xlsx'));
    expect(code).toBe(0);
    expect(json.files[0].findings.map((f) => `${f.severity}@${f.cell}`)).toEqual(['warning@G11', 'warning@G25']);
  });

  test('error keeps only errors, and the exit code still says there are some', async () => {
    const { code, json } = await runJson('--min-severity=error', TRAINING);
    expect(code).toBe(1);
    expect(json.files[0].findings.map((f) => `${f.severity}@${f.sheet}!${f.cell}`)).toEqual(['error@资金测算明细表!C5', 'error@绩效目标表!E15']);
  });

  test('an unknown level is a usage error', async () => {
    const r = await run('--min-severity', 'notice', TRAINING);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不支持的级别：notice（可选 error、warning、info）');
  });
});
