/**
 * The documented template format: the README's example file validates against
 * schemas/templates.schema.json and the loader accepts it with every row and 分值; the schema and
 * the loader refuse the same broken file; the README documents every field the loader reads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseTemplateFile } from '../../../src/core/fill/schema';
import { EXPENSE_KINDS } from '../../../src/core/standards/expense';

const ROOT = path.resolve(__dirname, '../../..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/templates.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

/** The first ```json block after the heading of the template section. */
function readmeExample(): string {
  const at = readme.indexOf('#### 自定义模板文件');
  expect(at).toBeGreaterThan(0);
  const m = /```json\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!m) throw new Error('no json block in the README template section');
  return m[1];
}

describe('the --templates format', () => {
  it('the README example validates against the schema', () => {
    const json = JSON.parse(readmeExample());
    expect(validate(json) ? [] : validate.errors).toEqual([]);
  });

  it('the loader accepts the README example with every row, its 分值 and the expense standard', () => {
    const parsed = parseTemplateFile(readmeExample());
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e['zh-CN']).join('\n'));
    expect(parsed.sets.map((s) => s.type)).toEqual(['我的培训项目']);
    const rows = parsed.sets[0].rows;
    expect(rows.map((r) => `${r.name} ${r.score}`)).toEqual(['培训人数 10', '结业考核通过率 10', '培训完成时间 5', '人均培训成本 5', '干部履职能力 30', '参训人员满意度 10']);
    expect(rows[3].fromCalc).toEqual({ measure: 'price', unit: '元/人·天', keywords: ['培训'], standard: 'training' });
  });

  it('schema and loader both refuse a row without a 指标性质 and an unknown expense standard', () => {
    const bad = { templates: [{ type: 'x', rows: [{ level1: '产出指标', level2: '数量指标', name: '场次', value: 3, unit: '场', fromCalc: { measure: 'price', unit: '元/场', standard: 'travel' } }] }] };
    expect(validate(bad)).toBe(false);
    const parsed = parseTemplateFile(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e['zh-CN'])).toEqual([
      '第 1 个模板（x）第 1 行：字段“nature”缺失或为空',
      '第 1 个模板（x）第 1 行：字段“fromCalc.standard”应为以下费用标准之一：training, trainingLodging, trainingMeals, meeting, meetingLodging, meetingMeals, lecture, consultation, travelMeals, travelTransport',
    ]);
  });

  it('the schema lists exactly the expense standards the loader knows', () => {
    const enumOf = (node: unknown): string[] | undefined => {
      if (!node || typeof node !== 'object') return undefined;
      const o = node as Record<string, unknown>;
      if (o.standard && typeof o.standard === 'object' && Array.isArray((o.standard as { enum?: unknown }).enum)) return (o.standard as { enum: string[] }).enum;
      for (const v of Object.values(o)) { const e = enumOf(v); if (e) return e; }
      return undefined;
    };
    expect(enumOf(schema)).toEqual([...EXPENSE_KINDS]);
  });

  it('the README names every field of a row and of fromCalc', () => {
    const section = readme.slice(readme.indexOf('#### 自定义模板文件'), readme.indexOf('## 校验规则'));
    for (const field of ['level1', 'level2', 'name', 'nature', 'value', 'unit', 'score', 'scoring', 'basis', 'fromCalc', 'measure', 'keywords', 'standard']) {
      expect(section).toContain(`\`${field}\``);
    }
  });
});
