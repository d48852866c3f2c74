/**
 * Table kinds: the canonical ids (../shared/fixtures/TABLE-KINDS.md) with their Chinese names, the
 * names a finance officer writes for them (rules, YS.*), the title words recognition scores a
 * sheet title with, the words a bare title in a list (目录) is read by, and which kinds stand in
 * for each other. The one place a table's name becomes a kind.
 */
import { normalizeLabel } from './labels';

/** Canonical table kind ids with their Chinese names. */
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

/** Names a finance officer writes for a table (rules, 必备 lists, messages), with the kind ids and full names. */
const TABLE_NAMES: Record<string, TableKind> = {
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

for (const [kind, name] of Object.entries(TABLE_KINDS)) TABLE_NAMES[name] = kind as TableKind;

/** The kind a table name stands for (exact name, spaces ignored), or null when the name is unknown. */
export function tableKindOf(name: string): TableKind | null {
  const n = name.replace(/\s+/g, '');
  if (isTableKind(n)) return n;
  return TABLE_NAMES[n] ?? null;
}

/** The short name used in messages: 收支总表 rather than the full title. */
export function tableShortName(kind: TableKind): string {
  for (const [alias, k] of Object.entries(TABLE_NAMES)) if (k === kind) return alias;
  return TABLE_KINDS[kind];
}

/** A written table name as a key: normalized, no 部门/单位 prefix, no trailing 表. */
function writtenKey(s: string): string {
  return normalizeLabel(s).replace(/^(?:部门|单位)/, '').replace(/表$/, '');
}

let byWrittenKey: Map<string, TableKind> | undefined;

/**
 * The kind a table name written loosely stands for (YS.AMOUNT: 「部门收入总表」, 「收支总」): the kind
 * id, or a full or short name compared as a key (writtenKey). Null when none.
 */
export function kindOfWrittenName(name: string): TableKind | null {
  if (isTableKind(name)) return name === 'unknown' ? null : name;
  if (!byWrittenKey) {
    byWrittenKey = new Map();
    for (const k of ALL_TABLE_KINDS) if (k !== 'unknown') byWrittenKey.set(writtenKey(kindName(k)), k);
    for (const [alias, k] of Object.entries(TABLE_NAMES)) if (!byWrittenKey.has(writtenKey(alias))) byWrittenKey.set(writtenKey(alias), k);
  }
  return byWrittenKey.get(writtenKey(name)) ?? null;
}

/**
 * Title words recognition scores a sheet title with (src/recognize/classify.ts): a title matching
 * the pattern points to the kind with this weight; the best weight wins. Titles are compared after
 * cleanTitle() (no spaces, no 表号).
 */
export interface TitleSign {
  kind: TableKind;
  pattern: RegExp;
  weight: number;
}

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

/**
 * Title words a bare title in a list (a 目录, the 说明's 附件 list) is read by, most specific first.
 * A sheet title is scored with TITLE_SIGNS together with its header; a listed title has no header.
 */
const LISTED_TITLES: [RegExp, TableKind][] = [
  [/三公/, 'three_public_expenses'],
  [/机关运行经费|机构运[转行]经费/, 'agency_operating_expenses'],
  [/政府性基金/, 'government_fund_expenditure'],
  [/国有资本经营/, 'state_capital_expenditure'],
  [/转移支付/, 'transfer_payment'],
  [/政府采购/, 'government_procurement'],
  [/整体.*绩效/, 'performance_overall'],
  [/项目.*绩效|绩效目标/, 'performance_project'],
  [/项目支出/, 'project_expenditure'],
  [/经济分类汇总/, 'economic_classification_summary'],
  [/基本支出/, 'general_budget_basic_expenditure'],
  [/一般公共预算.*支出/, 'general_budget_expenditure'],
  [/财政拨款收支/, 'fiscal_appropriation_summary'],
  [/财政拨款支出/, 'fiscal_appropriation_expenditure'],
  [/收支(总|预算|总体)/, 'income_expenditure_summary'],
  [/收入(总|预算|总体)/, 'income_summary'],
  [/支出(总|预算|总体)/, 'expenditure_summary'],
];

/** The kind a listed title (目录 entry, 附件 line) names, or null. */
export function listedTitleKind(title: string): TableKind | null {
  for (const [re, kind] of LISTED_TITLES) if (re.test(title)) return kind;
  return null;
}

/**
 * Kinds that stand in for each other when a list names a table (a 基本支出 table may be titled
 * either way; a 绩效目标表 listed generically may be the 整体 one).
 */
const STANDS_IN_FOR: Partial<Record<TableKind, TableKind[]>> = {
  general_budget_basic_expenditure: ['general_budget_basic_functional', 'general_budget_economic_expenditure'],
  general_budget_expenditure: ['general_budget_economic_expenditure'],
  fiscal_appropriation_summary: ['fiscal_appropriation_expenditure'],
  performance_project: ['performance_overall'],
};

/** The kinds a listed kind may be present as (itself first). */
export function standInsFor(kind: TableKind): TableKind[] {
  return [kind, ...(STANDS_IN_FOR[kind] ?? [])];
}
