/**
 * The 说明's list of attached tables (目录 / 附件) against the workbook: a table listed there but
 * recognized nowhere in the workbook is reported. Only when recognition found the package's
 * tables (otherwise every entry would look missing).
 */
import type { Finding } from '../../findings';
import type { BudgetModel } from '../../model/types';
import type { TableKind } from '../../recognize/kinds';
import { kindName } from '../../recognize/kinds';
import { claimFinding } from './finding';

/** Title words → kind, most specific first. DATA. */
const TITLE_KINDS: [RegExp, TableKind][] = [
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

/** Kinds that stand in for each other (a 基本支出 table may be titled either way). */
const EQUIVALENT: Partial<Record<TableKind, TableKind[]>> = {
  general_budget_basic_expenditure: ['general_budget_basic_functional', 'general_budget_economic_expenditure'],
  performance_project: ['performance_overall'],
  fiscal_appropriation_summary: ['fiscal_appropriation_expenditure'],
};

export function titleKind(title: string): TableKind | null {
  for (const [re, kind] of TITLE_KINDS) if (re.test(title)) return kind;
  return null;
}

export function tocFindings(text: string, model: BudgetModel): Finding[] {
  const present = new Set<TableKind>(model.tables.map((t) => t.kind).filter((k) => k !== "unknown" && k !== "table_of_contents"));
  if (present.size < 3) return [];
  const out: Finding[] = [];
  const lines = text.split(/\r?\n/);
  let inToc = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/[#*\s]/g, '');
    if (/^目录$|^目\s*录|附件[:：]?.*表$|预算表$/.test(raw.replace(/[#*\s]/g, '')) && /目录|附件/.test(line)) {
      inToc = true;
      return;
    }
    if (!inToc) return;
    if (/^第[一二三四五六七八九十]+部分/.test(line) && !/表$/.test(line)) return;
    const m = /^[-•·]?([一二三四五六七八九十]+[、.．]|\d+[、.．]|表[一二三四五六七八九十\d]+)?(.{4,40}表)$/.exec(line);
    if (!m) {
      if (line.length > 40) inToc = false;
      return;
    }
    const kind = titleKind(m[2]);
    if (!kind || present.has(kind) || (EQUIVALENT[kind] ?? []).some((k) => present.has(k))) return;
    out.push(claimFinding('toc_table_missing', 'warning', { line: i + 1, sentence: raw.trim() },
      `说明目录列示「${m[2]}」，但工作簿中没有识别到${kindName(kind)}`, { expected: m[2], actual: '工作簿中无此表' }));
  });
  return out;
}
