/**
 * 年初预算 figures quoted in a 决算 说明, against every table that prints a 年初预算 beside the
 * 决算 (issue 14 §5): 「一般公共预算财政拨款支出年初预算为200万元，决算为190万元」 against the 预算数
 * column of the 一般公共预算财政拨款支出决算表 (or the 财政拨款收支决算总表, the 支出决算表 …, as
 * the package prints them) on the subject's line; in a 科目 paragraph (「…（类）…（款）…（项）。年初预算为
 * 12万元，支出决算为11万元」) on that 项's line. The “三公” table, whose columns are per item, stays
 * in final.ts (quotedBudgetFindings).
 *
 * Which column is the 年初预算: an amount column whose role is 预算数 in a list that also has a
 * 决算数 column, and whose header does not say 全年/调整 (a 全年预算数 or 调整预算数 is another
 * figure than the 年初预算). A warning: which amount of a sentence is the quoted 年初预算 is read
 * from the words before it.
 */
import Decimal from 'decimal.js';
import { resolvePath } from '../../../catalog';
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import type { TableKind } from '../../../vocabulary/tables';
import type { Amount, Line, RecognizedTable, TableList } from '../../../recognize/types';
import type { BudgetModel, Figure } from '../../../model/types';
import { FUNCTION_CLASSES } from '../../../vocabulary/function-classes';
import { toWan } from '../../facts';
import { FACT_SOURCES } from '../../fact-sources';
import { wan } from '../arithmetic';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';
import { THREE_FIGURES } from './final';

/** The clause before the amount says it is the 年初预算 (not 调整/全年预算, not the 决算). */
const QUOTES_BUDGET = /年初预算|预算数|预算为|预算安排/;
const OTHER_BUDGET = /调整|全年|决算/;
const CLASS_KINDS: TableKind[] = ['general_budget_expenditure', 'fiscal_appropriation_expenditure', 'expenditure_summary'];

function isBudgetColumn(list: TableList, col: number): boolean {
  const c = list.columns.find((x) => x.col === col);
  return !!c && !/全年|调整/.test(c.path.join(''));
}

export interface TableBudget {
  /** The 年初预算 on the line, its table, and the 决算 beside it (when one 决算数 column). */
  amount: Amount;
  t: RecognizedTable;
  final?: Amount;
}

/** The 年初预算 amount on a figure's line, when its list prints 预算数 beside 决算数. */
function budgetBeside(t: RecognizedTable, line: Line): TableBudget | null {
  // the list holding this very line (an income and an expenditure list share rows in a 收支总表)
  for (const list of t.lists) {
    if (!list.lines.includes(line)) continue;
    const amounts = list.columns.filter((c) => c.type === 'amount');
    if (!amounts.some((c) => c.role === '决算数' || c.roles?.includes('决算数'))) continue;
    const budget = amounts.filter((c) => (c.role === '预算数' || c.roles?.includes('预算数')) && !c.roles?.includes('决算数') && isBudgetColumn(list, c.col));
    // one 预算数 column only: with several (by fund) the line's own one is not certain
    if (budget.length !== 1) continue;
    const a = line.amounts[budget[0].col];
    const finals = amounts.filter((c) => (c.role === '决算数' || c.roles?.includes('决算数')) && !c.roles?.includes('预算数'));
    const final = finals.length === 1 ? line.amounts[finals[0].col] : undefined;
    if (a && !a.blank) return { amount: a, t, final: final && !final.blank ? final : undefined };
  }
  return null;
}

/** 「一般公共服务支出（类）人大事务（款）行政运行（项）」 — the last one before a figure. */
const ITEM = /([\u4e00-\u9fff（）()、]{2,30}?)\s*[（(]类[)）]\s*([^\s，。；、]{2,30}?)\s*[（(]款[)）]\s*([^\s，。；、]{2,30}?)\s*[（(]项[)）]/g;

/**
 * The 项 a figure of a 科目 paragraph is about (「1.一般公共服务支出（类）人大事务（款）行政运行（项）。
 * 年初预算为12万元，支出决算为11万元…」): the last 「类款项」 before it in its paragraph (or in the
 * heading line above), resolved to its code by the catalog; undefined when none or not certain.
 */
function itemCodeBefore(c: Claim): string | undefined {
  const before = c.text.slice(0, c.start);
  const inPara = [...before.matchAll(ITEM)];
  const hits = inPara.length ? inPara : c.lead ? [...c.lead.matchAll(ITEM)] : [];
  const m = hits[hits.length - 1];
  if (!m) return undefined;
  // a figure of the 科目 itself: no other 科目 heading and no other (类) between it and the figure
  if (inPara.length && /[（(]类[)）]/.test(before.slice((m.index ?? 0) + m[0].length))) return undefined;
  for (let i = 0; i < m[1].length - 1; i++) {
    const code = resolvePath([m[1].slice(i), m[2], m[3]]);
    if (code) return code;
  }
  return undefined;
}

function sourcesOf(subject: string): [TableKind, string][] {
  const cls = /^class:(\d{3})$/.exec(subject);
  if (cls) {
    const name = FUNCTION_CLASSES.find((c) => c.code === cls[1])?.name;
    return name ? CLASS_KINDS.map((k) => [k, name]) : [];
  }
  return (FACT_SOURCES[subject] ?? []).filter(([kind, name]) => kind !== 'three_public_expenses' && !name.includes('['));
}

/**
 * The 年初预算 the tables print for what a stated amount is about: its subject's line (named in
 * its own clause), or the 项 of the 科目 paragraph it stands in; every table printing one.
 */
export function tableBudgets(c: Claim, model: BudgetModel): TableBudget[] {
  const found: TableBudget[] = [];
  const three = c.subject && c.strong ? THREE_FIGURES[c.subject] : undefined;
  if (three) {
    // the “三公” table: one column pair per item (「公务接待费/预算数」「公务接待费/决算数」)
    const amount = (f: Figure | undefined): Amount | undefined => (f && !f.blank && f.cells[0] ? { value: f.value, cell: f.cells[0], blank: false } : undefined);
    const budget = model.figure('three_public_expenses', `${three}/预算数`);
    const a = amount(budget);
    if (a && budget) found.push({ amount: a, t: budget.table, final: amount(model.figure('three_public_expenses', `${three}/决算数`)) });
  } else if (c.subject && c.strong) {
    for (const [kind, name] of sourcesOf(c.subject)) {
      for (const t of model.tablesOf(kind)) {
        const f = model.figure(kind, name, t);
        const b = f?.line ? budgetBeside(t, f.line) : null;
        if (b) found.push(b);
      }
    }
  } else if (!c.subject) {
    // a 科目 paragraph: the 项 line of that code in any table printing 年初预算 beside 决算
    const code = itemCodeBefore(c);
    if (!code) return found;
    for (const t of CLASS_KINDS.flatMap((k) => model.tablesOf(k))) {
      const line = t.lists.flatMap((l) => l.lines).find((l) => l.code === code);
      const b = line ? budgetBeside(t, line) : null;
      if (b) found.push(b);
    }
  }
  return found;
}

/** The stated amount's clause quotes a 年初预算 (not 调整/全年预算, not the 决算). */
export function quotesBudget(c: Claim): boolean {
  const clause = c.context.replace(/\s+/g, '').replace(/^.*[，,；;。]/, '');
  return QUOTES_BUDGET.test(clause) && !OTHER_BUDGET.test(clause);
}

export function quotedLineBudgetFindings(claims: Claim[], model: BudgetModel): Finding[] {
  if (model.stage !== '决算') return [];
  const out: Finding[] = [];
  for (const c of claims) {
    // the “三公” quotes are final.ts's (quotedBudgetFindings)
    if (c.kind !== 'amount' || !c.unit.endsWith('元') || !quotesBudget(c) || (c.subject && THREE_FIGURES[c.subject])) continue;
    const found = tableBudgets(c, model);
    if (found.length === 0) continue;
    const shown = wan(c).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP);
    if (found.some((b) => toWan(b.amount.value, b.t.unit).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP).eq(shown))) continue;
    const first = found[0];
    const table = toWan(first.amount.value, first.t.unit);
    out.push(claimFinding('final_budget_quoted', 'warning', c,
      `说明中年初预算${c.printed}${c.unit}与${first.t.title || first.t.sheet}的年初预算数${fixed(table, 2)}万元不符`,
      { expected: fixed(table, 2), actual: c.printed, difference: fixed(wan(c).minus(table), 2), cells: found.map((b) => b.amount.cell) }));
  }
  return out;
}
