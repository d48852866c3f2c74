/**
 * Counting the indicators of a 绩效目标表 the way a 说明 counts them (「设置一级指标3个、二级指标
 * 11个、三级指标11个」): every filled 三级指标 is one; consecutive rows with the same 一级 (and 二级)
 * label are one 一级 (二级) indicator. Input: model.indicators(table).
 */
import type { CellRef } from '../grid/types';
import type { PerformanceIndicator } from '../recognize/types';

export interface IndicatorLevelCount {
  count: number;
  /** The first cell of each counted indicator. */
  cells: CellRef[];
}

export interface IndicatorCounts {
  level1: IndicatorLevelCount;
  level2: IndicatorLevelCount;
  level3: IndicatorLevelCount;
}

export function countIndicators(indicators: PerformanceIndicator[]): IndicatorCounts {
  const out: IndicatorCounts = { level1: { count: 0, cells: [] }, level2: { count: 0, cells: [] }, level3: { count: 0, cells: [] } };
  let prev1: string | null = null;
  let prev2: string | null = null;
  let project: string | undefined;
  for (const ind of indicators) {
    if (ind.project !== project) {
      // each project counts its own indicators from scratch
      project = ind.project;
      prev1 = prev2 = null;
    }
    if (ind.level1 && ind.level1 !== prev1) {
      out.level1.count++;
      out.level1.cells.push(ind.cells.level1 ?? ind.cells.level3);
    }
    prev1 = ind.level1;
    const key2 = `${ind.level1}|${ind.level2}`;
    if (ind.level2 && key2 !== prev2) {
      out.level2.count++;
      out.level2.cells.push(ind.cells.level2 ?? ind.cells.level3);
    }
    prev2 = key2;
    if (ind.level3) {
      out.level3.count++;
      out.level3.cells.push(ind.cells.level3);
    }
  }
  return out;
}
