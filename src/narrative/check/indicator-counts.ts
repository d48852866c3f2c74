/**
 * 「整体支出绩效目标…设置二级指标12个、三级指标12个」 against the 绩效目标表: the stated number of
 * 一级/二级/三级指标 must be the number the table lists. Which table a count speaks of comes from the
 * nearest 「整体」 or 「项目」 before it in the sentence; a count is checked only when exactly one
 * table of that kind is in the workbook (a 说明 sums over projects whose tables may not all be
 * published).
 */
import type { Finding } from '../../findings';
import { rangeA1 } from '../../grid/address';
import type { BudgetModel } from '../../model/types';
import type { TableKind } from '../../vocabulary/tables';
import { kindName } from '../../vocabulary/tables';
import { countIndicators } from '../../model/indicators';
import type { RecognizedTable } from '../../recognize/types';
import type { IndicatorLevel, IndicatorLevels } from '../../recognize/types';

/** The indicator levels of one table, with the table they were counted in. */
interface TableIndicators extends IndicatorLevels {
  table: RecognizedTable;
}
import type { Claim } from './claims';
import { claimFinding } from './finding';

const LEVEL_BEFORE = /([一二三])级(绩效)?指标(数量?|共|数)?(为|有)?$/;
const LEVEL_AFTER = /^([一二三])级(绩效)?指标/;
const LEVELS = { 一: 'level1', 二: 'level2', 三: 'level3' } as const;

/** Which level a count names, from the words right before or right after it. */
function levelOf(c: Claim): keyof typeof LEVELS | null {
  const before = LEVEL_BEFORE.exec(c.context.replace(/\s+/g, ''));
  if (before) return before[1] as keyof typeof LEVELS;
  const after = LEVEL_AFTER.exec((c.noun ?? '').replace(/\s+/g, ''));
  return after ? (after[1] as keyof typeof LEVELS) : null;
}

/** 整体 or 项目: the later of the two words before the count in its sentence. */
function scopeOf(c: Claim): TableKind | null {
  const text = c.before.replace(/\s+/g, '');
  const overall = text.lastIndexOf('整体');
  const project = text.lastIndexOf('项目');
  if (overall < 0 && project < 0) return null;
  return overall > project ? 'performance_overall' : 'performance_project';
}

function span(level: IndicatorLevel): string {
  const first = level.cells[0];
  const last = level.cells[level.cells.length - 1];
  return `${first.sheet}!${rangeA1({ r0: first.row, c0: first.col, r1: last.row, c1: last.col })}`;
}

/**
 * The indicator rows recognition gives (model.indicators), when they form 一级/二级/三级 levels;
 * a summary table without 二级 (项目绩效目标汇总表) is left to the grid reading, which skips it.
 */
function fromModel(model: BudgetModel, table: RecognizedTable): TableIndicators | null {
  const counted = countIndicators(model.indicators?.(table) ?? []);
  return counted.level2.count > 0 && counted.level3.count > 0 ? { table, ...counted } : null;
}

/** The indicator block as recognition counted it on the sheet (for tables whose rows it does not give). */
function asPrinted(table: RecognizedTable): TableIndicators | null {
  return table.indicatorLevels ? { table, ...table.indicatorLevels } : null;
}

export function indicatorCountFindings(claims: Claim[], model: BudgetModel): Finding[] {
  const out: Finding[] = [];
  const cache = new Map<TableKind, TableIndicators | null>();
  const indicators = (kind: TableKind) => {
    if (!cache.has(kind)) {
      const tables = model.tablesOf(kind);
      cache.set(kind, tables.length === 1 ? fromModel(model, tables[0]) ?? asPrinted(tables[0]) : null);
    }
    return cache.get(kind)!;
  };
  for (const c of claims) {
    if (c.kind !== 'count' || c.unit !== '个') continue;
    const level = levelOf(c);
    const kind = level ? scopeOf(c) : null;
    const found = kind ? indicators(kind) : null;
    if (!level || !found) continue;
    const listed = found[LEVELS[level]];
    if (listed.count === 0 || c.value.eq(listed.count)) continue;
    const name = found.table.title || kindName(kind!);
    out.push(claimFinding('indicator_count', 'warning', c,
      `说明称${kind === 'performance_overall' ? '整体支出' : '项目支出'}绩效目标设置${level}级指标${c.printed}个，${name}列示${level}级指标${listed.count}个（${span(listed)}）`,
      { expected: String(listed.count), actual: c.printed, difference: c.value.minus(listed.count).toString(), cells: listed.cells }));
  }
  return out;
}
