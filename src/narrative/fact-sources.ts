/**
 * Where each fact the 说明 talks about lives in the model: fact name → candidate figures, in
 * order of preference (model.figure(kind, name), names from src/vocabulary/figures.ts). DATA, so a
 * finance officer can read which table a sentence of the 说明 is checked against. The generator
 * takes the first candidate present; the checker accepts a stated figure matching any candidate
 * (the same 基本支出 appears in 支出总表, 一般公共预算支出表, 基本支出表 …).
 */
import type { TableKind } from '../vocabulary/tables';

export type FactSource = [TableKind, string];

const SUMMARY: TableKind = 'income_expenditure_summary';
const FISCAL: TableKind = 'fiscal_appropriation_summary';
const GENERAL: TableKind = 'general_budget_expenditure';
const BASIC: TableKind = 'general_budget_basic_expenditure';
const THREE: TableKind = 'three_public_expenses';

export const FACT_SOURCES: Record<string, FactSource[]> = {
  收入总计: [[SUMMARY, '收入总计'], ['income_summary', '收入总计'], ['income_summary', '合计']],
  支出总计: [[SUMMARY, '支出总计'], ['expenditure_summary', '合计']],
  收支总计: [[SUMMARY, '收入总计'], [SUMMARY, '支出总计']],
  // a body's 预算 (subjects.ts): the department's is its 收支总计; a unit's is not compared (against-model.ts)
  预算总额: [[SUMMARY, '收入总计'], [SUMMARY, '支出总计']],
  收入合计: [[SUMMARY, '本年收入合计'], [SUMMARY, '收入总计'], ['income_summary', '本年收入合计'], ['income_summary', '收入总计']],
  本年收入合计: [[SUMMARY, '本年收入合计'], ['income_summary', '本年收入合计'], ['income_summary', '本年收入']],
  本年支出合计: [[SUMMARY, '本年支出合计'], ['expenditure_summary', '合计']],
  上年结转: [[SUMMARY, '上年结转'], ['income_summary', '上年结转'], ['expenditure_summary', '上年结转']],
  结转下年: [[SUMMARY, '结转下年']],
  一般公共预算拨款收入: [[SUMMARY, '一般公共预算财政拨款收入'], ['income_summary', '一般公共预算财政拨款收入'], ['income_summary', '一般公共预算'], [FISCAL, '一般公共预算财政拨款收入']],
  政府性基金预算拨款收入: [[SUMMARY, '政府性基金预算财政拨款收入'], ['income_summary', '政府性基金'], [FISCAL, '政府性基金预算财政拨款收入']],
  国有资本经营预算拨款收入: [[SUMMARY, '国有资本经营预算财政拨款收入'], ['income_summary', '国有资本经营'], [FISCAL, '国有资本经营预算财政拨款收入']],
  财政专户管理资金收入: [[SUMMARY, '财政专户管理资金收入'], ['income_summary', '财政专户管理资金']],
  事业收入: [[SUMMARY, '事业收入'], ['income_summary', '事业收入']],
  事业单位经营收入: [[SUMMARY, '事业单位经营收入'], ['income_summary', '事业单位经营收入']],
  上级补助收入: [[SUMMARY, '上级补助收入']],
  附属单位上缴收入: [[SUMMARY, '附属单位上缴收入']],
  其他收入: [[SUMMARY, '其他收入'], ['income_summary', '其他收入']],
  单位资金: [[SUMMARY, '单位资金'], ['income_summary', '单位资金']],
  支出合计: [['expenditure_summary', '合计'], [SUMMARY, '本年支出合计'], [SUMMARY, '支出总计']],
  基本支出: [['expenditure_summary', '基本支出'], [GENERAL, '基本支出'], [BASIC, '合计'], ['fiscal_appropriation_expenditure', '基本支出']],
  项目支出: [['expenditure_summary', '项目支出'], [GENERAL, '项目支出'], ['project_expenditure', '合计'], ['fiscal_appropriation_expenditure', '项目支出']],
  财政拨款收支总计: [[FISCAL, '收入总计'], [FISCAL, '支出总计']],
  财政拨款本年收入: [[FISCAL, '本年收入合计']],
  财政拨款收入: [[SUMMARY, '财政拨款收入'], [FISCAL, '本年收入合计'], [FISCAL, '收入总计']],
  财政拨款支出: [[FISCAL, '本年支出合计'], [FISCAL, '支出总计'], ['fiscal_appropriation_expenditure', '合计'], [SUMMARY, '财政拨款收入']],
  一般公共预算收支: [[FISCAL, '本年支出合计[一般公共预算]'], [FISCAL, '一般公共预算财政拨款收入'], [FISCAL, '支出总计[一般公共预算]'], [FISCAL, '收入总计'], [GENERAL, '合计']],
  政府性基金收支: [[FISCAL, '本年支出合计[政府性基金]'], [FISCAL, '政府性基金预算财政拨款收入'], ['government_fund_expenditure', '合计']],
  国有资本经营收支: [[FISCAL, '本年支出合计[国有资本经营]'], [FISCAL, '国有资本经营预算财政拨款收入'], ['state_capital_expenditure', '合计']],
  一般公共预算支出: [[GENERAL, '合计'], [FISCAL, '本年支出合计[一般公共预算]']],
  一般公共预算基本支出: [[BASIC, '合计'], [GENERAL, '基本支出']],
  一般公共预算项目支出: [[GENERAL, '项目支出'], ['project_expenditure', '合计']],
  人员经费: [[BASIC, '人员经费'], ['general_budget_basic_functional', '人员经费']],
  公用经费: [[BASIC, '公用经费'], ['general_budget_basic_functional', '公用经费']],
  三公经费: [[THREE, '三公经费合计']],
  因公出国费: [[THREE, '因公出国（境）费用']],
  公务接待费: [[THREE, '公务接待费']],
  公务用车购置及运行费: [[THREE, '公务用车购置及运行费']],
  公务用车购置费: [[THREE, '公务用车购置费']],
  公务用车运行费: [[THREE, '公务用车运行费']],
  会议费: [[THREE, '会议费']],
  培训费: [[THREE, '培训费']],
  机关运行经费: [['agency_operating_expenses', '机关运行经费'], ['agency_operating_expenses', '合计'], [THREE, '机关运行经费']],
  政府性基金支出: [['government_fund_expenditure', '合计'], [FISCAL, '本年支出合计[政府性基金]']],
  国有资本经营支出: [['state_capital_expenditure', '合计'], [FISCAL, '本年支出合计[国有资本经营]']],
  转移支付: [['transfer_payment', '合计']],
  政府采购: [['government_procurement', '合计']],
};
