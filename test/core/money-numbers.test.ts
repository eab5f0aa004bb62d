import { Money, decimalFromNumber, formatDecimal } from '../../src/core/money';
import { cellNumber, normalizeText, numberMentions, parsePlainNumber, formatDecimals } from '../../src/core/numbers';

describe('money', () => {
  it('compares at the precision the document shows: 34.85万元 agrees with 348,499.99元', () => {
    expect(Money.of('34.85', '万元').agreesWith(Money.of('348499.99', '元'))).toBe(true);
    expect(Money.of('34.85', '万元').agreesWith(Money.of('348440', '元'))).toBe(false);
  });
  it('reads money to at least two decimals, so 18万元 does not agree with 18.5万元', () => {
    expect(Money.of(18, '万元').agreesWith(Money.exact(decimalFromNumber(185000)))).toBe(false);
  });
  it('is exact where binary floating point is not', () => {
    const sum = Money.of(0.1, '元').plus(Money.of(0.2, '元'));
    expect(sum.yuan.toFixed()).toBe('0.3');
    expect(decimalFromNumber(0.1 + 0.2).toFixed()).toBe('0.3');
  });
  it('converts between 元, 千元, 万元 and 亿元', () => {
    expect(Money.of('1,230.85'.replace(/,/g, ''), '万元').in('元').toFixed()).toBe('12308500');
    expect(Money.of(1, '亿元').in('万元').toFixed()).toBe('10000');
    expect(Money.of(3, '千元').format('元')).toBe('3,000元');
  });
  it('formats with thousands separators and trims zeros', () => {
    expect(formatDecimal(decimalFromNumber(1234567.5))).toBe('1,234,567.5');
    expect(formatDecimal(decimalFromNumber(-0.25))).toBe('-0.25');
  });
});

describe('numbers out of cells and text', () => {
  it('normalises full-width digits and symbols', () => {
    expect(normalizeText('３０人＊１０００元／人＝３万元')).toBe('30人*1000元/人=3万元');
    expect(normalizeText('200份×25元')).toBe('200份*25元');
    expect(normalizeText('5ｘ6')).toBe('5*6');
    expect(normalizeText('3·4')).toBe('3*4');
    expect(normalizeText('760元/人·天')).toBe('760元/人·天');
  });
  it('reads numbers stored as text, with thousands separators and a unit', () => {
    expect(cellNumber('1,230.85万元')).toMatchObject({ unit: '万元', decimals: 2 });
    expect(cellNumber('1,230.85万元')!.value.toFixed()).toBe('1230.85');
    expect(cellNumber(' 660000 ')!.value.toFixed()).toBe('660000');
    expect(cellNumber('１２３')!.value.toFixed()).toBe('123');
    expect(cellNumber('37人')).toMatchObject({ unit: '人' });
    expect(cellNumber('2026年1—12月')).toBeNull();
    expect(cellNumber('#REF!')).toBeNull();
    expect(cellNumber('合计')).toBeNull();
    expect(parsePlainNumber('1,5')).toBeNull();
  });
  it('takes decimals from the number format', () => {
    expect(formatDecimals('0.00')).toBe(2);
    expect(formatDecimals('#,##0.0_ ')).toBe(1);
    expect(formatDecimals('General')).toBeNull();
    expect(cellNumber(34.85, '0.000')!.decimals).toBe(3);
  });
  it('finds numbers with units in text', () => {
    const m = numberMentions('驻村干部37人，工作经费0.5万元/人/年，预计需18.5万元');
    expect(m.map((x) => `${x.value.toFixed()}${x.unit}`)).toEqual(['37人', '0.5万元/人/年', '18.5万元']);
  });
});
