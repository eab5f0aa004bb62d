import { nameCoverage, nameSimilarity, uniqueBest, uniqueCovering } from '../../../src/core/rules/indicators/similarity';

describe('name matching between indicators and calc lines', () => {
  it('Dice over bigrams after generic words; containment 0.8', () => {
    expect(nameSimilarity('试用期满考核人数', '试用期满考核')).toBe(1);
    expect(nameSimilarity('省内培训期次', '省内培训')).toBe(0.8);
    expect(nameSimilarity('干部考察', '开展干部考察次数')).toBe(0.8);
    expect(nameSimilarity('慰问及体检专家总数', '区委联系专家、产业发展顾问春节慰问')).toBe(0.2);
  });

  it('coverage: the share of the indicator core (慰问体检专家) repeated by the line (慰问, 专家)', () => {
    expect(nameCoverage('慰问及体检专家总数', '区委联系专家、产业发展顾问春节慰问')).toBeCloseTo(4 / 6, 10);
    expect(nameCoverage('慰问及体检专家总数', '产业发展顾问春节慰问')).toBeCloseTo(2 / 6, 10);
    expect(nameCoverage('总数', '区委联系专家')).toBe(0);
  });

  type Line = { name: string; parent: Line | null };
  const group: Line = { name: '区委联系专家、产业发展顾问春节慰问', parent: null };
  const lines: Line[] = [
    group,
    { name: '区委联系专家春节慰问', parent: group },
    { name: '产业发展顾问春节慰问', parent: group },
    { name: '人才工作站(室)评审考核专家费', parent: null },
  ];
  const within = (outer: Line, inner: Line) => {
    for (let l: Line | null = inner; l; l = l.parent) if (l === outer) return true;
    return false;
  };

  it('a group and one of its lines cover the name equally: the group is meant', () => {
    expect(uniqueBest('慰问及体检专家总数', lines, (l) => l.name)).toBeNull();
    expect(uniqueCovering('慰问及体检专家总数', lines, (l) => l.name, within)).toBe(group);
  });

  it('two unrelated lines that cover the name equally: no match', () => {
    const other: Line = { name: '专家春节慰问', parent: null };
    expect(uniqueCovering('慰问及体检专家总数', [...lines, other], (l) => l.name, within)).toBeNull();
  });

  it('below 0.6 of the name covered: no match', () => {
    expect(uniqueCovering('慰问及体检专家总数', lines.slice(2), (l) => l.name, within)).toBeNull();
  });
});
