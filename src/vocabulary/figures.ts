/**
 * Figure names: canonical row figures, column roles and form figures, as DATA. Everyone
 * (recognition, model, rules, narrative, YS.* functions, task pane) names figures with these strings.
 * The 功能分类 类 are in function-classes.ts.
 *
 * A row label or header text is matched after normalizeLabel() (./labels.ts):
 * spaces removed, full-width → half-width, numbering ("一、", "（一）", "1.") and a "其中：" prefix
 * stripped. `aliases` are exact normalized labels; `patterns` are regular expressions tried after.
 */
import { normalizeLabel } from './labels';
import type { TableKind } from './tables';

export interface NameDef {
  /** Canonical name, as used in model.figure(kind, name) and in rules. */
  name: string;
  aliases: string[];
  patterns?: RegExp[];
}

/**
 * Row figures: labels of lines that carry a named amount (totals, carry-overs, income sources).
 * Order matters: the first definition whose alias/pattern matches wins.
 */
export const LINE_FIGURES: NameDef[] = [
  // totals of two-sided tables (收支总表, 财政拨款收支总表) and of 收入总表
  { name: '收入总计', aliases: ['收入总计', '收入合计', '收入总额', '收入预算总计', '收入决算总计'], patterns: [/^收入.{0,4}总计$/] },
  { name: '支出总计', aliases: ['支出总计', '支出合计', '支出总额', '支出预算总计', '支出决算总计'], patterns: [/^支出.{0,4}总计$/] },
  { name: '本年收入合计', aliases: ['本年收入合计', '本年收入', '本年收入小计', '本年收入总计', '收入小计'] },
  { name: '本年支出合计', aliases: ['本年支出合计', '本年支出', '本年支出小计', '本年支出总计', '支出小计'] },
  { name: '上年结转', aliases: ['上年结转', '上年结转结余', '上年结转和结余', '上年结转资金', '年初结转和结余', '年初结转结余', '上年财政拨款结转', '上年结转结余合计', '年初财政拨款结转和结余', '年初财政拨款结转结余', '上年财政拨款资金结转', '上年结转资金收入', '上年结余、结转', '上年结余结转'] },
  { name: '上年结余', aliases: ['上年结余'] },
  { name: '用事业基金弥补收支差额', aliases: ['用事业基金弥补收支差额'] },
  { name: '使用非财政拨款结余', aliases: ['使用非财政拨款结余', '使用非财政拨款结余（含专用结余）', '使用非财政拨款结余和专用结余'] },
  // 西安: the balance of a unit's own bank account brought forward, beside 上年结转 in the 收入总计
  { name: '上年实户资金余额', aliases: ['上年实户资金余额'] },
  { name: '结转下年', aliases: ['结转下年', '年终结转结余', '年末结转和结余', '年末结转结余', '结转下年度', '年终结转', '结转下年支出', '年末财政拨款结转和结余', '年末财政拨款结转结余'] },
  { name: '结余分配', aliases: ['结余分配'] },
  // 西安: the unit's own bank-account funds left unspent, the 支出 side's match of 上年实户资金余额
  { name: '未安排支出的实户资金', aliases: ['未安排支出的实户资金'] },
  // income sources (收入来源)
  { name: '财政拨款收入', aliases: ['财政拨款收入', '财政拨款', '财政拨款收入合计'] },
  { name: '一般公共预算财政拨款收入', aliases: ['一般公共预算财政拨款收入', '一般公共预算拨款收入', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算', '一般公共预算资金', '一般公共预算收入', '一般公共预算财政拨款（补助）收入'] },
  { name: '政府性基金预算财政拨款收入', aliases: ['政府性基金预算财政拨款收入', '政府性基金预算拨款收入', '政府性基金预算拨款', '政府性基金预算财政拨款', '政府性基金', '政府性基金预算', '政府性基金收入', '政府性基金预算收入', '政府性基金预算资金'] },
  { name: '国有资本经营预算财政拨款收入', aliases: ['国有资本经营预算财政拨款收入', '国有资本经营预算拨款收入', '国有资本经营预算拨款', '国有资本经营预算财政拨款', '国有资本经营预算', '国有资本经营预算收入', '国有资本经营收入', '国有资本经营预算资金', '国有资本经营'] },
  { name: '财政专户管理资金收入', aliases: ['财政专户管理资金收入', '财政专户管理资金', '教育专户核算', '财政专户核算', '教育收费', '纳入专户管理的非税收入', '纳入财政专户管理的非税收入', '财政专户管理资金拨款收入'] },
  { name: '事业收入', aliases: ['事业收入'] },
  { name: '事业单位经营收入', aliases: ['事业单位经营收入', '经营收入'] },
  { name: '上级补助收入', aliases: ['上级补助收入'] },
  { name: '附属单位上缴收入', aliases: ['附属单位上缴收入'] },
  { name: '其他收入', aliases: ['其他收入'] },
  { name: '单位资金', aliases: ['单位资金', '单位资金收入', '单位自有资金', '自有资金', '单位自筹资金'] },
  // "三公" items when they are rows (Shanghai 决算 lists them as lines)
  { name: '三公经费合计', aliases: ['三公经费合计', '“三公”经费合计', '"三公"经费合计', '三公经费', '“三公”经费'] },
  { name: '因公出国（境）费用', aliases: ['因公出国（境）费用', '因公出国（境）费', '因公出国境费用', '因公出国（境）经费'] },
  { name: '公务接待费', aliases: ['公务接待费'] },
  { name: '公务用车购置及运行费', aliases: ['公务用车购置及运行费', '公务用车购置和运行费', '公务用车购置及运行维护费', '公务用车购置及运行维护费'] },
  { name: '公务用车购置费', aliases: ['公务用车购置费', '购置费'] },
  { name: '公务用车运行费', aliases: ['公务用车运行费', '公务用车运行维护费', '运行费', '运行维护费'] },
  { name: '会议费', aliases: ['会议费'] },
  { name: '培训费', aliases: ['培训费'] },
  { name: '机关运行经费', aliases: ['机关运行经费', '机关运行经费预算数', '机关运行经费合计', '机构运转经费'] },
  // totals of the two blocks of a 基本支出决算表 (人员经费 | 公用经费 side by side)
  { name: '人员经费', aliases: ['人员经费合计', '人员经费'] },
  { name: '公用经费', aliases: ['公用经费合计', '公用经费'] },
  // the total line of a one-sided table
  { name: '合计', aliases: ['合计', '总计', '支出合计', '收入合计', '合计数'] },
];

/** Row figures that belong to one side of a two-sided table (a label on the other side is not one). */
export const FIGURE_SIDE: Record<string, 'income' | 'expenditure'> = {
  收入总计: 'income', 本年收入合计: 'income', 上年结转: 'income', 上年结余: 'income', 用事业基金弥补收支差额: 'income', 使用非财政拨款结余: 'income', 上年实户资金余额: 'income',
  财政拨款收入: 'income', 一般公共预算财政拨款收入: 'income', 政府性基金预算财政拨款收入: 'income',
  国有资本经营预算财政拨款收入: 'income', 财政专户管理资金收入: 'income', 事业收入: 'income', 事业单位经营收入: 'income',
  上级补助收入: 'income', 附属单位上缴收入: 'income', 其他收入: 'income', 单位资金: 'income',
  支出总计: 'expenditure', 本年支出合计: 'expenditure', 结转下年: 'expenditure', 结余分配: 'expenditure', 未安排支出的实户资金: 'expenditure',
};

/**
 * Column roles: what an amount (or label) column means, from its header path. The most specific
 * recognized element of the path wins (基本支出 › 人员经费 › 工资福利支出 → 工资福利支出); generic
 * leaves (小计, 合计 under a role) take the parent's role.
 */
export const COLUMN_ROLES: NameDef[] = [
  { name: '科目编码', aliases: ['科目编码', '功能分类科目编码', '经济分类科目编码', '编码', '类', '款', '项', '科目代码', '支出功能分类科目编码'] },
  { name: '科目名称', aliases: ['科目名称', '功能分类科目名称', '经济分类科目名称', '项目', '项目名称', '科目', '功能分类科目', '经济分类科目', '单位（科目名称）', '支出功能分类科目名称'] },
  { name: '单位代码', aliases: ['单位代码', '单位编码', '部门（单位）代码', '部门代码', '单位编码（项目编码）'] },
  { name: '单位名称', aliases: ['单位名称', '部门（单位）名称', '部门名称', '项目单位', '单位'] },
  { name: '序号', aliases: ['序号', '行次', '栏次'] },
  { name: '合计', aliases: ['合计', '总计', '支出合计', '收入合计', '小计', '金额', '支出预算', '收入预算', '资金总额', '预算金额', '本年支出合计', '本年支出'] },
  { name: '预算数', aliases: ['预算数', '本年预算数', '年初预算数', '全年预算数', '预算'] },
  { name: '决算数', aliases: ['决算数', '本年决算数', '全年决算数', '决算', '支出决算', '收入决算'] },
  { name: '上年预算数', aliases: ['上年预算数', '上年数', '上年预算'] },
  { name: '上年决算数', aliases: ['上年决算数'] },
  { name: '增减', aliases: ['增减', '增减额', '比上年增减', '增减金额'] },
  { name: '增减率', aliases: ['增减率', '增长率', '增减幅度', '增减率（%）', '增长率（%）', '增减%', '增减比例'] },
  { name: '基本支出', aliases: ['基本支出'] },
  { name: '项目支出', aliases: ['项目支出'] },
  { name: '人员经费', aliases: ['人员经费', '人员支出'] },
  { name: '公用经费', aliases: ['公用经费', '日常公用经费', '公用支出', '日常公用支出'] },
  { name: '工资福利支出', aliases: ['工资福利支出'] },
  { name: '商品和服务支出', aliases: ['商品和服务支出'] },
  { name: '对个人和家庭的补助', aliases: ['对个人和家庭的补助', '对个人和家庭补助'] },
  { name: '资本性支出', aliases: ['资本性支出'] },
  { name: '上缴上级支出', aliases: ['上缴上级支出'] },
  { name: '经营支出', aliases: ['经营支出', '事业单位经营支出'] },
  { name: '对附属单位补助支出', aliases: ['对附属单位补助支出'] },
  { name: '结转下年', aliases: ['年末结转和结余', '年终结转结余', '结转下年', '年末结转结余'] },
  { name: '其他运转类', aliases: ['其他运转类', '其他运转类项目'] },
  { name: '特定目标类', aliases: ['特定目标类', '特定目标类项目'] },
  { name: '本年收入', aliases: ['本年收入', '本年收入合计', '本年拨款'] },
  { name: '上年结转', aliases: ['上年结转', '上年结转结余', '上年结转结余合计', '财政拨款结转结余', '上年结转和结余', '年初结转和结余', '上年结转资金'] },
  { name: '财政拨款', aliases: ['财政拨款', '财政拨款收入', '其中财政拨款', '财政拨款小计', '政府预算资金', '当年财政拨款', '本年财政拨款'] },
  { name: '其他资金', aliases: ['其他资金'] },
  // 政府采购预算表: what is bought
  { name: '货物', aliases: ['货物', '货物类', '货物采购', '采购货物', '货物类采购'] },
  { name: '工程', aliases: ['工程', '工程类', '工程采购', '采购工程', '工程类采购'] },
  { name: '服务', aliases: ['服务', '服务类', '服务采购', '采购服务', '服务类采购', '政府购买服务'] },
  { name: '一般公共预算', aliases: ['一般公共预算', '一般公共预算支出', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算资金', '一般公共预算项目支出', '一般公共预算拨款收入', '一般公共预算财政拨款收入', '一般公共预算收入'] },
  { name: '政府性基金', aliases: ['政府性基金', '政府性基金预算', '政府性基金预算支出', '政府性基金预算拨款', '政府性基金预算项目支出', '政府性基金预算拨款收入', '政府性基金预算财政拨款收入', '政府性基金收入'] },
  { name: '国有资本经营', aliases: ['国有资本经营', '国有资本经营预算', '国有资本经营预算支出', '国有资本经营收入', '国有资本经营预算项目支出', '国有资本经营预算拨款收入', '国有资本经营预算财政拨款收入'] },
  { name: '财政专户管理资金', aliases: ['财政专户管理资金', '财政专户管理资金收入'] },
  { name: '事业收入', aliases: ['事业收入'] },
  { name: '事业单位经营收入', aliases: ['事业单位经营收入', '经营收入'] },
  { name: '上级补助收入', aliases: ['上级补助收入'] },
  { name: '附属单位上缴收入', aliases: ['附属单位上缴收入'] },
  { name: '其他收入', aliases: ['其他收入'] },
  { name: '单位资金', aliases: ['单位资金'] },
  { name: '三公经费合计', aliases: ['三公经费合计', '“三公”经费合计', '"三公"经费合计', '“三公”经费预算数', '“三公”经费', '三公经费'], patterns: [/三公经费(合计|预算数|决算数|支出)?$/] },
  { name: '因公出国（境）费用', aliases: ['因公出国（境）费用', '因公出国（境）费', '因公出国境费用'] },
  { name: '公务接待费', aliases: ['公务接待费'] },
  { name: '公务用车购置及运行费', aliases: ['公务用车购置及运行费', '公务用车购置和运行费', '公务用车购置及运行维护费'] },
  { name: '公务用车购置费', aliases: ['公务用车购置费', '购置费'] },
  { name: '公务用车运行费', aliases: ['公务用车运行费', '公务用车运行维护费', '运行费', '运行维护费'] },
  { name: '会议费', aliases: ['会议费'] },
  { name: '培训费', aliases: ['培训费'] },
  { name: '机关运行经费', aliases: ['机关运行经费', '机关运行经费预算数', '机关运行经费预算', '机关运行经费决算数'] },
];

/** The amounts of a 项目支出绩效目标表 form, as column roles of its one line per project. */
export const PROJECT_FORM_AMOUNTS: NameDef[] = [
  { name: '合计', aliases: ['年度资金总额', '资金总额', '项目资金总额', '年度资金', '项目总金额', '总额'] },
  { name: '财政拨款', aliases: ['当年财政拨款', '财政拨款', '本年财政拨款', '政府预算资金', '财政资金'] },
  { name: '上年结转', aliases: ['上年结转资金', '上年结转', '上年结转结余'] },
  { name: '其他资金', aliases: ['其他资金', '单位资金', '自筹资金'] },
];

/**
 * Named figures of a 整体支出绩效目标表 form. The line keeps the label as written (基本支出合计);
 * its figure is the canonical name below.
 */
export const PERFORMANCE_FIGURES: NameDef[] = [
  { name: '部门预算总额', aliases: ['预算总额', '年度预算总额', '部门年度预算总额', '部门预算总额', '年度资金总额', '资金总额'] },
  { name: '收入预算合计', aliases: ['收入预算合计', '收入合计', '收入预算总额'] },
  { name: '支出预算合计', aliases: ['支出预算合计', '支出合计', '支出预算总额'] },
  { name: '基本支出', aliases: ['基本支出', '基本支出合计'] },
  { name: '人员经费', aliases: ['人员经费', '人员经费合计'] },
  { name: '公用经费', aliases: ['公用经费', '公用经费合计'] },
  { name: '项目支出', aliases: ['项目支出', '项目支出合计'] },
  { name: '当年财政拨款', aliases: ['当年财政拨款', '财政拨款', '本年财政拨款'] },
  { name: '上年结转资金', aliases: ['上年结转资金', '上年结转', '上年结转结余'] },
  { name: '其他资金', aliases: ['其他资金'] },
  { name: '政府预算资金', aliases: ['政府预算资金'] },
  { name: '财政专户管理资金', aliases: ['财政专户管理资金', '财政专户'] },
  { name: '单位资金', aliases: ['单位资金'] },
];

/** Other names of a kind's total line: model.figure('agency_operating_expenses', '机关运行经费') is its 合计. */
export const TOTAL_NAMES_BY_KIND: Partial<Record<TableKind, string[]>> = {
  agency_operating_expenses: ['机关运行经费'],
  expenditure_summary: ['支出合计', '支出总计'],
  income_summary: ['收入合计'],
  project_expenditure: ['项目支出'],
  transfer_payment: ['转移支付'],
  government_procurement: ['政府采购'],
};

/**
 * The canonical name a label stands for in `defs` (its name or one of its aliases), compared as
 * written ('exact', recognition's labels are normalized already) or after normalizeLabel (a name a
 * user typed: 「收入合计」 → 收入总计). Undefined when none.
 */
export function canonicalName(defs: { name: string; aliases: string[] }[], label: string, compare: 'exact' | 'normalized' = 'exact'): string | undefined {
  if (compare === 'exact') return defs.find((d) => d.name === label || d.aliases.includes(label))?.name;
  const key = normalizeLabel(label);
  return defs.find((d) => normalizeLabel(d.name) === key || d.aliases.some((a) => normalizeLabel(a) === key))?.name;
}
