/**
 * Where a name becomes lines and columns of a recognized table beyond the named figures: a column
 * by name (role or header path), a figure line by name, and line sets (收入项, 类, 单位, 项目 …).
 * The one resolver (./resolver.ts) asks model.figure first and these label patterns after. The main column is
 * ./lines.ts `mainColumn` (the one rule for everyone).
 */
import type { Column, Line, RecognizedTable, TableList } from '../recognize/types';
import { isBoundary, isOtherwise, norm } from './line-labels';
export { isBoundary, isOtherwise, norm };
import { CARRYOVER_ITEMS, EXPENDITURE_ITEMS, INCOME_ITEMS, itemSet, type ItemSet, type ItemSpec } from './items';

const TOTAL_COLUMN = /^(合计|总计|小计|资金总额|年度资金总额|支出合计|收入合计|.*经费合计|金额合计)$/;

export function amountColumns(list: TableList): Column[] {
  return list.columns.filter((c) => c.type === 'amount');
}

/** A percentage / rate column (增长率, 占比 %): its lines never add up to its total line. */
const RATIO_COLUMN = /%|％|率|占比|比重|百分比/;

/** The amount columns whose lines may be added up (rates and percentages left out). */
export function summableColumns(list: TableList): Column[] {
  return amountColumns(list).filter((c) => !RATIO_COLUMN.test(c.path.join('')));
}

/**
 * The column(s) a name means: its role or header cell; a header group of that name gives the
 * group's 小计/合计 column, or all its columns (其中 excluded) to be summed.
 */
export function findColumns(list: TableList, name: string): Column[] | undefined {
  const n = norm(name);
  const cols = amountColumns(list);
  const last = (c: Column) => norm(c.path[c.path.length - 1] ?? '');
  const byRole = cols.filter((c) => c.role && norm(c.role) === n);
  if (byRole.length === 1) return byRole;
  const byLast = cols.filter((c) => last(c) === n);
  if (byLast.length === 1) return byLast;
  const inGroup = cols.filter((c) => c.path.slice(0, -1).some((p) => norm(p) === n));
  if (inGroup.length) {
    const groupTotal = inGroup.filter((c) => TOTAL_COLUMN.test(last(c)));
    if (groupTotal.length) return groupTotal.slice(0, 1);
    const parts = inGroup.filter((c) => !/^其中/.test(last(c)));
    if (parts.length) return parts;
  }
  const loose = cols.filter((c) => c.path.some((p) => norm(p).includes(n)));
  return loose.length === 1 ? loose : undefined;
}

export function findColumn(list: TableList, name: string): Column | undefined {
  const cs = findColumns(list, name);
  return cs && cs.length === 1 ? cs[0] : undefined;
}

export function isTotalColumnName(s: string): boolean {
  return TOTAL_COLUMN.test(norm(s));
}

/** Label patterns for the figures of the standard tables (fallback when the model lacks them). */
const FIGURE_PATTERNS: Record<string, RegExp> = {
  收入总计: /^(收入总计|收入合计|收入总合计)$/,
  支出总计: /^(支出总计|支出合计|支出总合计)$/,
  本年收入合计: /^本年收入(合计|小计)?$/,
  本年支出合计: /^本年支出(合计|小计)?$/,
  上年结转: /^(上年结转(结余)?|年初结转和?结余|上年结转资金|结转结余|财政拨款结转结余)$/,
  上年结余: /^上年结余$/,
  结转下年: /^(结转下年|年终结转结余|年末结转和?结余|结转下年资金|年末结转结余)$/,
};

function usable(line: Line): boolean {
  return line.kind !== 'placeholder' && line.kind !== 'note';
}

/** Lines of a table that carry a figure, by model name, figure field or label. */
export function figureLines(t: RecognizedTable, name: string, side?: TableList['side']): { list: TableList; lines: Line[] } | undefined {
  const n = norm(name);
  const pattern = FIGURE_PATTERNS[n];
  const lists = side ? t.lists.filter((l) => l.side === side) : t.lists;
  for (const list of lists) {
    const byFigure = list.lines.filter((l) => l.figure && norm(l.figure) === n);
    if (byFigure.length) return { list, lines: byFigure };
  }
  for (const list of lists) {
    const matches = list.lines.filter((l) => usable(l) && (pattern ? pattern.test(norm(l.name)) : norm(l.name) === n));
    if (matches.length) return { list, lines: matches.slice(0, 1) };
  }
  if (n === '合计' || n === '总计') {
    for (const list of lists) {
      const tot = list.lines.find((l) => l.kind === 'total');
      if (tot) return { list, lines: [tot] };
    }
  }
  for (const list of lists) {
    // a line already named as another figure (「上年结余、结转」 = 上年结转) is not this one by prefix
    const starts = list.lines.filter((l) => usable(l) && norm(l.name).startsWith(n) && !isOtherwise(l) && !(l.figure && norm(l.figure) !== n));
    if (starts.length === 1) return { list, lines: starts };
  }
  return undefined;
}

/**
 * The lines a set name means. 收入项 / 上年结转项 / 支出项 are the items of a two-sided list (see
 * items.ts): a list without the closing figure line has no such set (an empty set).
 */
export function lineSet(t: RecognizedTable, set: string): ItemSet[] {
  const n = norm(set);
  const pick = (side: TableList['side'][]) => t.lists.filter((l) => side.includes(l.side));
  const items = (list: TableList, spec: ItemSpec): ItemSet => itemSet(list, spec) ?? { list, lines: [] };
  if (n === '收入项' || n === '本年收入项') return pick(['income', 'main']).slice(0, 1).map((list) => items(list, INCOME_ITEMS));
  if (n === '上年结转项') return pick(['income', 'main']).slice(0, 1).map((list) => items(list, CARRYOVER_ITEMS));
  // Every expenditure block (功能分类 / 经济分类 side by side) is a set of its own.
  if (n === '支出项' || n === '功能分类' || n === '本年支出项') return pick(['expenditure']).map((list) => items(list, EXPENDITURE_ITEMS));
  const lists = t.lists.filter((l) => l.side !== 'income' || t.lists.length === 1);
  return lists.map((list) => {
    const lines = list.lines.filter((l) => usable(l));
    if (n === '单位') return { list, lines: lines.filter((l) => l.kind === 'unit') };
    if (n === '类') return { list, lines: lines.filter((l) => l.level === 3) };
    if (n === '款') return { list, lines: lines.filter((l) => l.level === 5) };
    if (n === '项') return { list, lines: lines.filter((l) => l.level === 7) };
    if (/^\d+$/.test(n)) {
      const under = lines.filter((l) => l.code && l.code.startsWith(n) && l.code.length > n.length);
      const lvl = Math.min(...under.map((l) => l.code!.length));
      return { list, lines: under.filter((l) => l.code!.length === lvl) };
    }
    if (n === '项目' || n === '明细' || n === '各项') return { list, lines: lines.filter((l) => l.kind === 'item' && !isOtherwise(l)) };
    return { list, lines: lines.filter((l) => norm(l.name).startsWith(n)) };
  });
}
