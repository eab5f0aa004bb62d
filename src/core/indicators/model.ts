/**
 * The 绩效目标表 as the core understands it. (Placeholder until the indicator reader lands.)
 */
export interface IndicatorSheet {
  sheet: string;
  layout: '2021' | 'local';
  headerRow: number;
}
