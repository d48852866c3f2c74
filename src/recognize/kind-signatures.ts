/**
 * Table kinds by header signature, as data: "a header (or row labels) containing all of these
 * words points to this kind". The title words are in src/vocabulary/tables.ts (TITLE_SIGNS).
 * The kind with the highest total (best title weight + sum of matching header signs) wins;
 * below MIN_SCORE it is unknown.
 */
import type { TableKind } from '../vocabulary/tables';

export interface HeaderSign {
  kind: TableKind;
  /** Every word must occur in the header texts or the first column labels. */
  all: string[];
  /** None of these may occur. */
  none?: string[];
  weight: number;
}

export const MIN_SCORE = 5;

export const HEADER_SIGNS: HeaderSign[] = [
  { kind: 'three_public_expenses', all: ['因公出国'], weight: 6 },
  { kind: 'three_public_expenses', all: ['公务接待'], weight: 4 },
  { kind: 'performance_overall', all: ['年度履职目标'], weight: 6 },
  { kind: 'performance_overall', all: ['绩效指标', '部门'], none: ['项目名称'], weight: 3 },
  { kind: 'performance_project', all: ['项目名称', '指标值'], weight: 6 },
  { kind: 'performance_project', all: ['三级指标'], weight: 2 },
  { kind: 'income_expenditure_summary', all: ['本年收入合计', '本年支出合计'], weight: 5 },
  { kind: 'income_expenditure_summary', all: ['收入总计', '支出总计', '事业收入'], weight: 4 },
  { kind: 'fiscal_appropriation_summary', all: ['收入', '支出', '一般公共预算', '政府性基金'], none: ['事业收入'], weight: 6 },
  { kind: 'income_summary', all: ['本年收入合计'], none: ['本年支出合计', '支出总计'], weight: 4 },
  { kind: 'income_summary', all: ['事业收入', '上年结转'], none: ['基本支出', '支出总计'], weight: 5 },
  { kind: 'income_summary', all: ['上年结转', '一般公共预算', '收入'], none: ['基本支出', '项目支出', '支出总计', '本年支出合计'], weight: 5 },
  { kind: 'expenditure_summary', all: ['基本支出', '项目支出', '上年结转'], weight: 3 },
  { kind: 'expenditure_summary', all: ['基本支出', '项目支出'], none: ['一般公共预算', '人员经费'], weight: 5 },
  { kind: 'expenditure_summary', all: ['基本支出', '项目支出', '经营支出'], weight: 2 },
  { kind: 'expenditure_summary', all: ['基本支出', '项目支出', '上缴上级支出'], weight: 2 },
  { kind: 'general_budget_expenditure', all: ['一般公共预算', '基本支出', '项目支出'], none: ['政府性基金'], weight: 3 },
  { kind: 'fiscal_appropriation_expenditure', all: ['单位', '一般公共预算', '政府性基金', '国有资本', '基本支出'], weight: 5 },
  { kind: 'general_budget_basic_expenditure', all: ['人员经费', '公用经费', '经济分类'], weight: 5 },
  { kind: 'general_budget_basic_expenditure', all: ['人员经费', '公用经费'], weight: 5 },
  { kind: 'general_budget_basic_functional', all: ['人员经费', '公用经费', '功能分类'], weight: 6 },
  { kind: 'economic_classification_summary', all: ['部门预算经济分类', '政府预算经济分类', '总计'], weight: 4 },
  { kind: 'project_expenditure', all: ['项目名称', '项目单位'], none: ['指标'], weight: 4 },
  { kind: 'project_expenditure', all: ['项目名称', '项目类型'], none: ['指标'], weight: 3 },
  { kind: 'transfer_payment', all: ['转移支付'], weight: 4 },
  { kind: 'government_procurement', all: ['采购'], weight: 5 },
  { kind: 'agency_operating_expenses', all: ['机关运行经费'], none: ['因公出国'], weight: 5 },
];
