import { parseIndicatorValue, isPlaceholderText, dateMentions } from '../../../src/core/indicators/value';

const q = (s: string | number, fmt?: string) => {
  const v = parseIndicatorValue(s, fmt);
  return { kind: v.kind, comparator: v.comparator, number: v.number?.toFixed() ?? null, unit: v.unit, label: v.label };
};

describe('parseIndicatorValue', () => {
  it.each([
    ['≥95%', { kind: 'quantity', comparator: '>=', number: '95', unit: '%', label: '' }],
    ['>=95', { kind: 'quantity', comparator: '>=', number: '95', unit: '', label: '' }],
    ['＝100%', { kind: 'quantity', comparator: '=', number: '100', unit: '%', label: '' }],
    ['100%', { kind: 'quantity', comparator: null, number: '100', unit: '%', label: '' }],
    ['>= 95%以上', { kind: 'quantity', comparator: '>=', number: '95', unit: '%', label: '' }],
    ['95%以上', { kind: 'quantity', comparator: '>=', number: '95', unit: '%', label: '' }],
    ['人才点位2个', { kind: 'quantity', comparator: null, number: '2', unit: '个', label: '人才点位' }],
    ['≥3年', { kind: 'quantity', comparator: '>=', number: '3', unit: '年', label: '' }],
    ['≤1000万元', { kind: 'quantity', comparator: '<=', number: '1000', unit: '万元', label: '' }],
    ['≤1,000.00万元', { kind: 'quantity', comparator: '<=', number: '1000', unit: '万元', label: '' }],
    ['预计需34万元', { kind: 'quantity', comparator: null, number: '34', unit: '万元', label: '预计需' }],
    ['２０人', { kind: 'quantity', comparator: null, number: '20', unit: '人', label: '' }],
    ['不少于3场', { kind: 'quantity', comparator: '>=', number: '3', unit: '场', label: '' }],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected);
  });

  it('reads dates and periods', () => {
    const deadline = parseIndicatorValue('≤2026年12月31日');
    expect(deadline.kind).toBe('date');
    expect(deadline.comparator).toBe('<=');
    expect(deadline.dates).toEqual([{ year: 2026, month: 12, day: 31, toMonth: null }]);
    const period = parseIndicatorValue('2026年1—12月');
    expect(period.kind).toBe('date');
    expect(period.dates).toEqual([{ year: 2026, month: 1, day: null, toMonth: 12 }]);
    expect(parseIndicatorValue('2023年1月至11月').dates).toEqual([{ year: 2023, month: 1, day: null, toMonth: 11 }]);
    const before = parseIndicatorValue('11月份以前');
    expect(before.kind).toBe('date');
    expect(before.comparator).toBe('<=');
    expect(before.dates[0]).toMatchObject({ year: null, month: 11 });
  });

  it('reads descriptions with arithmetic as text that holds numbers', () => {
    const v = parseIndicatorValue('专家、人才走访慰问30人*1000元/人=3万元');
    expect(v.kind).toBe('text');
    expect(v.qualitative).toBe(false);
    expect(parseIndicatorValue('＝“合规”')).toMatchObject({ kind: 'text', comparator: '=', qualitative: true });
    expect(parseIndicatorValue('明显提升')).toMatchObject({ kind: 'text', comparator: null, qualitative: true });
  });

  it.each(['空', '待定', 'XX', 'xx', '——', '—', '/', '／', '≥XX%', ' 空 '])('%s is a placeholder', (text) => {
    expect(parseIndicatorValue(text).kind).toBe('placeholder');
    expect(isPlaceholderText(text)).toBe(true);
  });

  it('treats blank as empty and keeps real values that merely contain dashes', () => {
    expect(parseIndicatorValue(null).kind).toBe('empty');
    expect(parseIndicatorValue('  ').kind).toBe('empty');
    expect(parseIndicatorValue('2026年1—12月').kind).toBe('date');
  });

  it('reads number cells: percentage formats and date serials', () => {
    expect(q(0.95, '0%')).toMatchObject({ kind: 'quantity', number: '95', unit: '%' });
    expect(q(95)).toMatchObject({ kind: 'quantity', number: '95', unit: '' });
    const d = parseIndicatorValue(46387, 'yyyy"年"m"月"d"日"'); // 2026-12-31
    expect(d.kind).toBe('date');
    expect(d.dates[0]).toEqual({ year: 2026, month: 12, day: 31, toMonth: null });
  });
});

describe('dateMentions without lookbehind (the WPS build targets Chromium without it)', () => {
  test('a bare month right after 年 or a digit is not a month of its own', () => {
    expect(dateMentions('当年3月')).toEqual([]);
    expect(dateMentions('第123月')).toEqual([]);
  });
  test('months one after another are each found', () => {
    expect(dateMentions('1月2月').map((d) => d.month)).toEqual([1, 2]);
    expect(dateMentions('于10月底前完成，11月验收').map((d) => d.month)).toEqual([10, 11]);
  });
  test('a full date still wins over the bare month inside it', () => {
    expect(dateMentions('2026年3月完成')).toEqual([{ year: 2026, month: 3, day: null, toMonth: null }]);
  });
});
