/**
 * CLI hygiene (issue 12 item 7): a mistyped --annotate, --report or --standards is refused before
 * any workbook is read, with one sentence in words — no stack, no temporary file names, no English
 * system text in the zh-CN message — and exit 2; nothing is written.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from './run-main';

jest.setTimeout(30_000);

const EXAMPLE = path.join(__dirname, '../../examples/004-干部教育培训经费.xlsx');
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-setup-'));
  await fs.copyFile(EXAMPLE, path.join(dir, 'a.xlsx'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const run = runMain;

const at = (name: string) => path.join(dir, name);
/** No Node or library internals in what a user reads. */
const INTERNALS = /ENOENT|EEXIST|EISDIR|no such file|\.tmp\b|at .*\.[jt]s:\d+|Error:|Unexpected token|Expected property/;

async function refused(argv: string[], expected: string): Promise<void> {
  const before = (await fs.readdir(dir)).sort();
  const r = await run(...argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe(''); // no workbook was checked
  expect(r.err.trim()).toBe(expected);
  expect(r.err).not.toMatch(INTERNALS);
  expect((await fs.readdir(dir)).sort()).toEqual(before);
}

describe('output paths', () => {
  test('--annotate given a file', async () => {
    await refused(['--annotate', at('a.xlsx'), at('a.xlsx')], `--annotate 需要一个文件夹（标注副本写在其中），${at('a.xlsx')} 是一个文件`);
  });

  test('--report into a folder that does not exist', async () => {
    await refused(['--report', at('没有/汇总.xlsx'), at('a.xlsx')], `无法写入汇总表 ${at('没有/汇总.xlsx')}：文件夹 ${at('没有')} 不存在，请先创建它或换一个位置`);
  });

  test('--report naming a folder, and a folder path through a file', async () => {
    await fs.mkdir(at('out'));
    const r = await run('--report', at('out'), at('a.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`--report 需要一个 .xlsx 文件名，${at('out')} 是一个文件夹`);
    await refused(['--report', at('a.xlsx/汇总.xlsx'), at('a.xlsx')], `无法写入汇总表 ${at('a.xlsx/汇总.xlsx')}：${at('a.xlsx')} 是一个文件，不是文件夹`);
  });

  test('a missing --annotate folder is created and the copy written there', async () => {
    const r = await run('--annotate', at('标注/区县'), at('a.xlsx'));
    expect(r.code).toBe(1); // the example has errors
    expect(await fs.readdir(at('标注/区县'))).toHaveLength(1);
  });
});

describe('--standards', () => {
  const write = (name: string, text: string) => fs.writeFile(at(name), text);

  test('a missing file', async () => {
    await refused(['--standards', at('无.json'), at('a.xlsx')], `无法读取费用标准文件 ${at('无.json')}：文件不存在`);
  });

  test('not JSON: the line and column, in words', async () => {
    await write('q.json', '{\n  "training": {“三类”: 500}\n}');
    await refused(['--standards', at('q.json'), at('a.xlsx')], `费用标准文件 ${at('q.json')} 不是有效的 JSON：第 2 行第 16 列附近有误（常见原因：中文引号、结尾多余的逗号、漏写引号）`);
  });

  test('a misspelt kind gets the kind it most likely meant', async () => {
    await write('t.json', '{"trainng": {"三类": 500}}');
    await refused(
      ['--standards', at('t.json'), at('a.xlsx')],
      `费用标准文件 ${at('t.json')} 中的种类“trainng”无法识别，是否应为“training”？可用的种类：training, trainingLodging, trainingMeals, meeting, meetingLodging, meetingMeals, lecture, consultation, travelMeals, travelTransport`,
    );
    await write('u.json', '{"差旅费": {"三类": 500}}');
    const r = await run('--standards', at('u.json'), at('a.xlsx'));
    expect(r.err).toContain('中的种类“差旅费”无法识别；可用的种类：training');
  });

  test('a cap that is not a positive number, a kind without classes, not an object', async () => {
    await write('c.json', '{"meeting": {"二类": "550"}}');
    await refused(['--standards', at('c.json'), at('a.xlsx')], `费用标准文件 ${at('c.json')} 中“meeting”的“二类”应为正数上限（元），如 500`);
    await write('e.json', '{"meeting": {}}');
    await refused(['--standards', at('e.json'), at('a.xlsx')], `费用标准文件 ${at('e.json')} 中“meeting”应列出各类别的上限，如 {"三类": 500, "二类": 600}`);
    await write('a.json', '[500]');
    const r = await run('--standards', at('a.json'), at('a.xlsx'));
    expect(r.err).toMatch(/^费用标准文件 .* 应为一个对象，如 \{"training"/);
  });

  test('the same in English', async () => {
    await write('t.json', '{"Meeting": {"二类": 550}}');
    const r = await run('--lang', 'en', '--standards', at('t.json'), at('a.xlsx'));
    expect(r.err).toContain('names an unknown kind "Meeting" — did you mean "meeting"?');
  });
});
