/** Canonical table kind ids (../shared/fixtures/TABLE-KINDS.md) with their Chinese names. */
export const TABLE_KINDS = {
  income_expenditure_summary: '收支总表',
  income_summary: '收入总表',
  expenditure_summary: '支出总表',
  fiscal_appropriation_summary: '财政拨款收支总表',
  fiscal_appropriation_expenditure: '财政拨款支出表',
  general_budget_expenditure: '一般公共预算支出表',
  general_budget_economic_expenditure: '一般公共预算支出明细表（经济分类）',
  general_budget_basic_expenditure: '一般公共预算基本支出表',
  general_budget_basic_functional: '一般公共预算基本支出明细表（功能分类）',
  economic_classification_summary: '支出经济分类汇总表',
  three_public_expenses: '“三公”经费表',
  agency_operating_expenses: '机关运行经费表',
  government_fund_expenditure: '政府性基金预算支出表',
  state_capital_expenditure: '国有资本经营预算支出表',
  transfer_payment: '部门管理转移支付表',
  project_expenditure: '项目支出表',
  government_procurement: '政府采购预算表',
  carryover_expenditure: '财政拨款上年结转资金支出表',
  performance_overall: '整体支出绩效目标表',
  performance_project: '项目支出绩效目标表',
  table_of_contents: '公开报表目录',
  unknown: '未识别表格',
} as const;

export type TableKind = keyof typeof TABLE_KINDS;

export const ALL_TABLE_KINDS = Object.keys(TABLE_KINDS) as TableKind[];

export function kindName(kind: TableKind): string {
  return TABLE_KINDS[kind];
}

export function isTableKind(s: string): s is TableKind {
  return Object.prototype.hasOwnProperty.call(TABLE_KINDS, s);
}
