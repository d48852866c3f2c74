/** Helpers over recognized lists: columns by role, amounts by role. */
import type { Amount, Column, Line, TableList } from '../recognize/types';

const PRIOR_ROLES = new Set(['上年预算数', '上年决算数']);
const CHANGE = /增减|变化|比上年|变动/;

/** The first column of a list with this role (also matched along the column's path roles). */
export function columnOf(list: TableList, role: string): Column | undefined {
  const amountCols = list.columns.filter((c) => c.type === 'amount');
  if (role.includes('/')) {
    // 「公务接待费/预算数」: the column carrying every named role
    const parts = role.split('/');
    return amountCols.find((c) => parts.every((p) => c.role === p || c.roles?.includes(p)));
  }
  const exact = amountCols.filter((c) => c.role === role);
  if (exact.length > 1) {
    // year blocks (西安 三公: 「2021年 | 2022年 | 增减变化情况」, each with its 会议费): the
    // budget year's block, never the prior year's or the change
    const current = exact.filter((c) => !c.roles?.some((r) => PRIOR_ROLES.has(r)) && !c.path.some((p) => CHANGE.test(p)));
    const pool = current.length ? current : exact;
    // a 决算 table shows 预算数 | 决算数 under one heading: the 决算数 is the figure
    return pool.find((c) => c.roles?.includes('决算数')) ?? pool[0];
  }
  if (exact.length === 1) return exact[0];
  // a parent role (公务用车购置及运行费 over 购置费 | 运行费) names a column only when it is alone
  const under = amountCols.filter((c) => c.roles?.includes(role));
  return under.length === 1 ? under[0] : undefined;
}

/**
 * The list's main amount column: 合计, else 决算数 (a 决算 table printing 预算数 | 决算数 is about
 * the 决算), else 预算数, else the first amount column.
 */
export function mainColumn(list: TableList): Column | undefined {
  const amountCols = list.columns.filter((c) => c.type === 'amount');
  for (const role of ['合计', '决算数', '预算数', '本年收入']) {
    const c = amountCols.find((x) => x.role === role && x.path.length <= 1) ?? amountCols.find((x) => x.role === role);
    if (c) return c;
  }
  return amountCols[0];
}

/** A line's amount in the column of a role (main column when role is omitted). */
export function amountIn(list: TableList, line: Line, role?: string): Amount | undefined {
  const col = role ? columnOf(list, role) : mainColumn(list);
  return col ? line.amounts[col.col] : undefined;
}
