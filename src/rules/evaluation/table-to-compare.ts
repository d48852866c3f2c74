/**
 * The table of a kind that a rule across kinds compares: the first one with an amount column. A
 * heading of the 说明 read as a title on a mixed page (「（二）财政拨款收支情况」, its prose below)
 * becomes a table of that kind with no amount column; it must not stand in for the real table.
 */
export function tableToCompare<T extends { lists: { columns: { type: string }[] }[] }>(tables: T[]): T | undefined {
  return tables.find((t) => t.lists.some((l) => l.columns.some((c) => c.type === 'amount'))) ?? tables[0];
}
