/**
 * Table names as a finance officer writes them in rules (收支总表, 三公经费表 …) → table kinds.
 * Several spellings per kind; the kind id itself and its full Chinese name also work.
 */
import { TABLE_KINDS, isTableKind, type TableKind } from '../recognize/kinds';

const ALIASES: Record<string, TableKind> = {
  收支总表: 'income_expenditure_summary',
  部门收支总表: 'income_expenditure_summary',
  收入总表: 'income_summary',
  部门收入总表: 'income_summary',
  支出总表: 'expenditure_summary',
  部门支出总表: 'expenditure_summary',
  财政拨款收支总表: 'fiscal_appropriation_summary',
  财政拨款支出表: 'fiscal_appropriation_expenditure',
  一般公共预算支出表: 'general_budget_expenditure',
  一般公共预算经济分类支出表: 'general_budget_economic_expenditure',
  基本支出表: 'general_budget_basic_expenditure',
  一般公共预算基本支出表: 'general_budget_basic_expenditure',
  基本支出功能分类表: 'general_budget_basic_functional',
  经济分类汇总表: 'economic_classification_summary',
  支出经济分类汇总表: 'economic_classification_summary',
  三公经费表: 'three_public_expenses',
  '“三公”经费表': 'three_public_expenses',
  机关运行经费表: 'agency_operating_expenses',
  政府性基金支出表: 'government_fund_expenditure',
  政府性基金预算支出表: 'government_fund_expenditure',
  国有资本经营支出表: 'state_capital_expenditure',
  国有资本经营预算支出表: 'state_capital_expenditure',
  转移支付表: 'transfer_payment',
  部门管理转移支付表: 'transfer_payment',
  项目支出表: 'project_expenditure',
  政府采购表: 'government_procurement',
  政府采购预算表: 'government_procurement',
  上年结转支出表: 'carryover_expenditure',
  整体绩效目标表: 'performance_overall',
  项目绩效目标表: 'performance_project',
  目录: 'table_of_contents',
  // 决算 names (the completeness list of a 决算 package speaks them)
  收入支出决算总表: 'income_expenditure_summary',
  收入决算表: 'income_summary',
  支出决算表: 'expenditure_summary',
  财政拨款收入支出决算总表: 'fiscal_appropriation_summary',
  一般公共预算财政拨款支出决算表: 'general_budget_expenditure',
  一般公共预算财政拨款基本支出决算表: 'general_budget_basic_expenditure',
  '“三公”经费决算表': 'three_public_expenses',
  三公经费决算表: 'three_public_expenses',
  '一般公共预算财政拨款“三公”经费支出决算表': 'three_public_expenses',
  政府性基金预算财政拨款收入支出决算表: 'government_fund_expenditure',
  国有资本经营预算财政拨款支出决算表: 'state_capital_expenditure',
};

for (const [kind, name] of Object.entries(TABLE_KINDS)) ALIASES[name] = kind as TableKind;

/** The kind a table name stands for, or null when the name is unknown. */
export function tableKindOf(name: string): TableKind | null {
  const n = name.replace(/\s+/g, '');
  if (isTableKind(n)) return n;
  return ALIASES[n] ?? null;
}

/** The short name used in messages: 收支总表 rather than the full title. */
export function tableShortName(kind: TableKind): string {
  for (const [alias, k] of Object.entries(ALIASES)) if (k === kind) return alias;
  return TABLE_KINDS[kind];
}

export function knownTableNames(): string[] {
  return Object.keys(ALIASES);
}

/**
 * The table of a kind that a rule across kinds compares: the first one with an amount column. A
 * heading of the 说明 read as a title on a mixed page (「（二）财政拨款收支情况」, its prose below)
 * becomes a table of that kind with no amount column; it must not stand in for the real table.
 */
export function tableToCompare<T extends { lists: { columns: { type: string }[] }[] }>(tables: T[]): T | undefined {
  return tables.find((t) => t.lists.some((l) => l.columns.some((c) => c.type === 'amount'))) ?? tables[0];
}
