/**
 * 一级 / 二级 indicator names → kinds, and which 二级 may sit under which 一级
 * (财预〔2021〕101号 as used in practice; 成本指标 under 产出/项目完成 is the accepted older layout).
 */
import type { Level1Kind, Level2Kind } from './model';

function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** 产出指标 (项目完成), 效益指标 (项目效益), 满意度指标, 成本指标; null when the text names none. */
export function level1KindOf(text: string): Level1Kind | null {
  const t = squash(text);
  if (!t) return null;
  if (/满意/.test(t)) return 'satisfaction';
  if (/成本/.test(t)) return 'cost';
  if (/效益|效果/.test(t)) return 'benefit';
  if (/产出|项目完成|完成情况/.test(t)) return 'output';
  return null;
}

export function level2KindOf(text: string): Level2Kind | null {
  const t = squash(text);
  if (!t) return null;
  if (/经济成本/.test(t)) return 'economicCost';
  if (/社会成本/.test(t)) return 'socialCost';
  if (/生态(环境)?成本/.test(t)) return 'ecologicalCost';
  if (/成本/.test(t)) return 'cost';
  if (/经济效益/.test(t)) return 'economic';
  if (/社会效益/.test(t)) return 'social';
  if (/生态效益/.test(t)) return 'ecological';
  if (/可持续/.test(t)) return 'sustainable';
  if (/满意/.test(t)) return 'satisfaction';
  if (/数量/.test(t)) return 'quantity';
  if (/质量/.test(t)) return 'quality';
  if (/时效|进度/.test(t)) return 'timeliness';
  return null;
}

const COST_KINDS: Level2Kind[] = ['cost', 'economicCost', 'socialCost', 'ecologicalCost'];

/** Which 二级 kinds belong under each 一级. */
export const ALLOWED_LEVEL2: Record<Level1Kind, Level2Kind[]> = {
  output: ['quantity', 'quality', 'timeliness', ...COST_KINDS],
  benefit: ['economic', 'social', 'ecological', 'sustainable'],
  satisfaction: ['satisfaction'],
  cost: COST_KINDS,
};

/** The 一级 a 二级 kind normally belongs to (for messages). */
export function homeOfLevel2(kind: Level2Kind): Level1Kind {
  if (COST_KINDS.includes(kind)) return kind === 'cost' ? 'output' : 'cost';
  if (kind === 'satisfaction') return 'satisfaction';
  if (kind === 'economic' || kind === 'social' || kind === 'ecological' || kind === 'sustainable') return 'benefit';
  return 'output';
}

export function isCostLevel2(kind: Level2Kind | null | undefined): boolean {
  return !!kind && COST_KINDS.includes(kind);
}
