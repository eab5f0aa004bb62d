/** The built-in template library against its schema, and users' template files with clear errors. */
import { BUILT_IN_TEMPLATES, parseTemplateFile, validateTemplates } from '../../../src/core/fill';

describe('built-in library', () => {
  it('covers the six project types of domain.md and passes the schema users’ files pass', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.type)).toEqual(['通用', '培训类', '会议类', '补贴补助类', '人才引进/活动类', '信息化/设备购置类']);
    const result = validateTemplates(JSON.parse(JSON.stringify({ templates: BUILT_IN_TEMPLATES })), true);
    if (!result.ok) throw new Error(result.errors.map((e) => e['zh-CN']).join('\n'));
    expect(result.sets.map((s) => s.rows.length)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.rows.length));
  });

  it('holds the standard rows with their comparator, value and unit', () => {
    const training = BUILT_IN_TEMPLATES.find((t) => t.type === '培训类')!;
    const row = (name: string) => training.rows.find((r) => r.name === name)!;
    expect([row('培训出勤率').nature, row('培训出勤率').value, row('培训出勤率').unit]).toEqual(['≥', 95, '%']);
    expect([row('人均培训成本').nature, row('人均培训成本').unit, row('人均培训成本').fromCalc?.measure]).toEqual(['≤', '元/人·天', 'price']);
    expect(row('培训班次').fromCalc).toEqual({ measure: 'quantity', unit: '期', keywords: ['培训'] });
    const general = BUILT_IN_TEMPLATES[0];
    expect(general.rows.find((r) => r.name === '目标任务完成时限')?.value).toBe('{year}年12月31日');
  });
});

describe('user template files', () => {
  const good = {
    templates: [
      {
        type: '我的培训',
        rows: [{ level1: '产出指标', level2: '质量指标', name: '结业率', nature: '>=', value: 98, unit: '%', score: 5, scoring: '达到{value}{unit}得满分' }],
      },
    ],
  };

  it('reads a valid file, normalising 指标性质', () => {
    const r = parseTemplateFile(JSON.stringify(good));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.sets[0].type).toBe('我的培训');
      expect(r.sets[0].rows[0].nature).toBe('≥');
      expect(r.sets[0].builtIn).toBe(false);
    }
  });

  it('names the template, the row and the field of each mistake, in both languages', () => {
    const bad = {
      templates: [
        {
          type: '我的培训',
          rows: [
            good.templates[0].rows[0],
            { level1: '产出指标', level2: '满意度指标', name: '满意度', nature: '≥', value: 90, unit: '%' },
            { level1: '产出指标', level2: '数量指标', name: '', nature: '约等于', value: 3, unit: '期' },
            { level1: '效益指标', level2: '社会效益指标', name: '效益', nature: '定性', value: 5, unit: '' },
          ],
        },
      ],
    };
    const r = parseTemplateFile(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e['zh-CN'])).toEqual([
      '第 1 个模板（我的培训）第 2 行：字段“level2”二级指标“满意度指标”不属于一级指标“产出指标”',
      '第 1 个模板（我的培训）第 3 行：字段“name”缺失或为空',
      '第 1 个模板（我的培训）第 3 行：字段“nature”应为 ＝、≥、≤、＞、＜ 或 定性 之一，实为“约等于”',
      '第 1 个模板（我的培训）第 4 行：字段“value”指标性质为“定性”时指标值不能是数字（5）',
    ]);
    expect(r.errors[1]['en-US']).toBe('Template 1 (我的培训), row 3: field "name" is missing or empty');
  });

  it('says so when the file is not JSON or has no templates', () => {
    const notJson = parseTemplateFile('{"templates": [');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]['zh-CN']).toMatch(/^模板文件不是有效的 JSON：/);
    const empty = parseTemplateFile('{"templates": []}');
    expect(empty.ok ? [] : empty.errors.map((e) => e['en-US'])).toEqual(['The template file holds no templates']);
    const shape = parseTemplateFile('{"rows": []}');
    expect(shape.ok ? [] : shape.errors.map((e) => e['zh-CN'])).toEqual(['模板文件应为 {"templates": [...]} 格式的对象（或模板数组）']);
  });
});
