/**
 * complete.empty_note asks an empty table to say why it is empty. Many packages say it in the 说明
 * instead (「本部门2025年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出表为空表」): when the
 * 说明 is checked with the tables, such a table's warning is dropped (issue 17 §5). A sentence
 * explains a table when it names the table's subject and says there is none of it.
 */
import type { Finding } from '../../findings';
import type { BudgetModel } from '../../model/types';
import type { TableKind } from '../../vocabulary/tables';

/** DATA: the words a 说明 names each table's subject by. */
const SUBJECT_WORDS: Partial<Record<TableKind, RegExp>> = {
  government_fund_expenditure: /政府性基金/,
  state_capital_expenditure: /国有资本经营/,
  three_public_expenses: /三公/,
  project_expenditure: /项目支出/,
  government_procurement: /政府采购/,
  agency_operating_expenses: /机关运行经费|运转经费/,
  transfer_payment: /转移支付/,
  carryover_expenditure: /上年结转/,
  performance_project: /绩效目标/,
  performance_overall: /绩效目标/,
};
/** Saying there is none (not 「无变化」, not a 0 that could be a misprint). */
const NONE = /空表|无数据|没有数据|不涉及|未安排|(无|没有)(使用|安排)?[^，,。；;]{0,24}?(收入|支出|收支|预算|拨款|经费|资金|项目|安排)/;

export function narrativeSaysEmpty(text: string, kind: TableKind): boolean {
  const words = SUBJECT_WORDS[kind];
  if (!words) return false;
  return text.split(/[。；;\n]/).some((s) => words.test(s) && NONE.test(s.replace(/无变化|无增减/g, '')));
}

/** The findings without the complete.empty_note warnings of tables the 说明 explains. */
export function withoutEmptyStated(findings: Finding[], text: string, model: BudgetModel): Finding[] {
  const kindOf = new Map(model.tables.map((t) => [t.id, t.kind]));
  return findings.filter((f) => f.rule !== 'complete.empty_note' || !(f.tables ?? []).some((id) => {
    const kind = kindOf.get(id);
    return !!kind && narrativeSaysEmpty(text, kind);
  }));
}
