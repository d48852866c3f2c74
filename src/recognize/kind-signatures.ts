/**
 * Table kinds by title AND header signature, as data. A finance officer can read this table:
 * each row says "a title matching this pattern points to this kind, with this weight", or "a
 * header (or row labels) containing all of these words points to this kind".
 *
 * Titles are compared after cleanTitle() (no spaces, no 表号). The kind with the highest
 * total (best title weight + sum of matching header signs) wins; below MIN_SCORE it is unknown.
 */
import type { TableKind } from './kinds';

export interface TitleSign {
  kind: TableKind;
  pattern: RegExp;
  weight: number;
}

export interface HeaderSign {
  kind: TableKind;
  /** Every word must occur in the header texts or the first column labels. */
  all: string[];
  /** None of these may occur. */
  none?: string[];
  weight: number;
}

export const MIN_SCORE = 5;

export const TITLE_SIGNS: TitleSign[] = [
  { kind: 'table_of_contents', pattern: /目录$|^目录|报表目录|公开目录/, weight: 12 },
  { kind: 'performance_overall', pattern: /整体(支出)?绩效|部门绩效目标表|单位绩效目标表/, weight: 15 },
  { kind: 'performance_project', pattern: /(项目|专项业务经费|专项资金|专项)(支出)?绩效目标|项目绩效/, weight: 15 },
  { kind: 'performance_project', pattern: /绩效目标/, weight: 10 },
  { kind: 'three_public_expenses', pattern: /三公/, weight: 14 },
  { kind: 'agency_operating_expenses', pattern: /机关运行经费|机构运转经费|运转经费/, weight: 13 },
  { kind: 'government_procurement', pattern: /政府采购/, weight: 13 },
  { kind: 'transfer_payment', pattern: /转移支付/, weight: 13 },
  { kind: 'carryover_expenditure', pattern: /上年结转(结余)?(资金)?(支出|安排)/, weight: 13 },
  { kind: 'government_fund_expenditure', pattern: /政府性基金/, weight: 13 },
  { kind: 'state_capital_expenditure', pattern: /国有资本经营/, weight: 13 },
  { kind: 'general_budget_basic_functional', pattern: /基本支出.*功能(分类|科目)/, weight: 14 },
  { kind: 'general_budget_basic_expenditure', pattern: /一般公共预算(财政拨款)?基本支出|基本支出.*经济分类|基本支出(预算|决算)?(明细|总)?表/, weight: 13 },
  { kind: 'general_budget_economic_expenditure', pattern: /一般公共预算(财政拨款)?支出.*经济(分类|科目)/, weight: 13 },
  { kind: 'general_budget_expenditure', pattern: /一般公共预算(财政拨款)?(支出|拨款支出)/, weight: 12 },
  { kind: 'economic_classification_summary', pattern: /经济分类.*汇总|支出经济分类/, weight: 12 },
  { kind: 'project_expenditure', pattern: /项目支出|专项业务经费|项目(预算|决算)?表|项目明细/, weight: 12 },
  { kind: 'fiscal_appropriation_summary', pattern: /财政拨款收(入)?(支|入支出)/, weight: 12 },
  { kind: 'fiscal_appropriation_expenditure', pattern: /财政拨款(支出|预算支出)/, weight: 11 },
  { kind: 'income_expenditure_summary', pattern: /收(入)?支(出)?(总体|总|预算总|决算总|预算|决算)?(情况)?表|财务收支/, weight: 10 },
  { kind: 'income_summary', pattern: /收入(总体|总|预算|决算|预算总|决算总)(情况)?表|收入(情况)?表/, weight: 10 },
  { kind: 'expenditure_summary', pattern: /支出(总体|总|预算|决算|预算总|决算总)(情况)?表|支出(情况)?表/, weight: 9 },
  // 西安 「部门综合预算支出总表」 lists its columns by source of funds (事业收入, 上年结转 …), which
  // alone looks like a 收入总表: the title naming the department's 支出总表 outweighs them
  { kind: 'expenditure_summary', pattern: /(部门|单位)(综合)?(预算|决算)?支出总表/, weight: 12 },
];

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
