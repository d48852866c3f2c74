/**
 * 收入 and 支出 of one scope stated to change in opposite directions (issue 14 §9), beyond
 * 收入总计/支出总计 (wording.ts, always equal): 「财政拨款收入…比上年增加20万元…财政拨款支出…比上年
 * 减少10万元」.
 *
 * When is it sound? Per scope, 收入总计 = 支出总计 always; but 本年收入 and 本年支出 differ by the
 * carry-over (上年结转 in, 年末结转 out). In a 预算 without carry-over this year the two are equal
 * this year — so their changes are the same unless LAST year had carry-over, which the 说明 does
 * not show. Hence, compared only:
 * - in a 预算 (a 决算 has 年末结转和结余 nearly always: never compared);
 * - when this year's 收入 and 支出 of the scope are equal — in the tables (财政拨款收支总表: 本年收入
 *   合计 = 本年支出合计, resp. 一般公共预算财政拨款收入 = its 本年支出) when the workbook has them,
 *   else in the amounts the 说明 states;
 * - only opposite directions (different amounts in the same direction can come from last year's
 *   carry-over); and a warning that says last year's carry-over is the one legitimate cause.
 * The same holds for 本年收入合计/本年支出合计 of the 收支总表 (单位资金 spent from earlier balances
 * shows as 上年结转, i.e. as 收入 ≠ 支出 in the tables: not compared then). (docs/review-checks.md,
 * «Where 收入 and 支出 must move together».)
 */
import type Decimal from 'decimal.js';
import type { Finding } from '../../../findings';
import type { BudgetModel } from '../../../model/types';
import type { TableKind } from '../../../vocabulary/tables';
import { toWan } from '../../facts';
import { wan } from '../arithmetic';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';

interface Pair {
  /** How the message names the two sides. */
  incomeName: string;
  expenditureName: string;
  income: RegExp;
  expenditure: RegExp;
  /** This year's 收入 and 支出 of the scope in the tables: [kind, figure name]. */
  incomeFigure: [TableKind, string];
  expenditureFigures: [TableKind, string][];
}

/** DATA: scopes whose 收入 and 支出 are equal in a 预算 without carry-over. The phrase ends the clause before the amount. */
const PAIRS: Pair[] = [
  {
    incomeName: '财政拨款收入',
    expenditureName: '财政拨款支出',
    income: /(?<!一般公共预算|政府性基金预算?|国有资本经营预算)财政拨款(预算)?收入(预算|总额|合计)?(共计|合计|为|是)?$/,
    expenditure: /(?<!一般公共预算|政府性基金预算?|国有资本经营预算)财政拨款(预算)?支出(预算|总额|合计)?(共计|合计|为|是)?$/,
    incomeFigure: ['fiscal_appropriation_summary', '本年收入合计'],
    expenditureFigures: [['fiscal_appropriation_summary', '本年支出合计']],
  },
  {
    incomeName: '一般公共预算收入',
    expenditureName: '一般公共预算支出',
    income: /一般公共预算(财政)?(拨款)?收入(预算)?(共计|合计|为|是)?$/,
    expenditure: /一般公共预算(财政)?(拨款)?支出(预算)?(共计|合计|为|是)?$/,
    incomeFigure: ['fiscal_appropriation_summary', '一般公共预算财政拨款收入'],
    expenditureFigures: [['fiscal_appropriation_summary', '本年支出合计[一般公共预算]'], ['general_budget_expenditure', '合计']],
  },
  {
    incomeName: '收入合计',
    expenditureName: '支出合计',
    income: /(?<!财政拨款|一般公共预算|政府性基金|国有资本经营|事业|经营|其他|补助|上缴|专户管理资金)(本年)?收入(预算)?(合计)?(共计|为|是)?$/,
    expenditure: /(?<!财政拨款|一般公共预算|政府性基金|国有资本经营|基本|项目|事业单位经营|其他|拨款)(本年)?支出(预算)?(合计)?(共计|为|是)?$/,
    incomeFigure: ['income_expenditure_summary', '本年收入合计'],
    expenditureFigures: [['income_expenditure_summary', '本年支出合计']],
  },
];

/** The clause right before an amount (after the last comma/stop), without spaces and quotes. */
const clause = (c: Claim) => c.context.replace(/[\s“”"]/g, '').replace(/^.*[，,；;。：:]/, '').replace(/^\d{4}年(度)?/, '');

interface Stated { amount: Claim; change: Claim }

function statedChanges(claims: Claim[], side: RegExp): Stated[] {
  const out: Stated[] = [];
  for (const c of claims) {
    if (c.kind !== 'change' || !c.direction || !c.of || c.of.para !== c.para || c.of.sentence !== c.sentence) continue;
    // 「比上年」 only: a change against 年初预算/执行数 is another comparison
    if (!/(比|较|同比|与)[^，,。；;]{0,6}(上年|去年|上一年)/.test(c.context) && !/^[\s，,]*(增加|减少|增长|下降)/.test(c.context)) continue;
    if (c.of.kind === 'amount' && side.test(clause(c.of))) out.push({ amount: c.of, change: c });
  }
  return out;
}

function tableValue(model: BudgetModel, [kind, name]: [TableKind, string]): Decimal | undefined {
  const f = model.figure(kind, name);
  return f && !f.blank ? toWan(f.value, f.unit) : undefined;
}

const word = (c: Claim) => `${c.direction === 'up' ? '增加' : '减少'}${c.printed}${c.unit}`;

export function oppositePairFindings(claims: Claim[], model: BudgetModel, stage: '预算' | '决算'): Finding[] {
  if (stage !== '预算') return [];
  const out: Finding[] = [];
  for (const pair of PAIRS) {
    const incomes = statedChanges(claims, pair.income);
    const spendings = statedChanges(claims, pair.expenditure);
    const inTable = tableValue(model, pair.incomeFigure);
    const outTable = pair.expenditureFigures.map((f) => tableValue(model, f)).find((v) => v !== undefined);
    // carry-over this year (the tables' 收入 ≠ 支出): the changes may differ — not compared
    if (inTable && outTable && !inTable.eq(outTable)) continue;
    const used = new Set<Claim>();
    for (const inc of incomes) {
      // the 支出 stated nearest (same paragraph first), each reported once
      const near = spendings.filter((s) => !used.has(s.change) && Math.abs(s.change.para - inc.change.para) <= 1).sort((a, b) => Math.abs(a.change.para - inc.change.para) - Math.abs(b.change.para - inc.change.para));
      const exp = near[0];
      if (!exp || exp.change.direction === inc.change.direction) continue;
      used.add(exp.change);
      // without both table figures, the amounts the 说明 states must be equal
      if (!(inTable && outTable) && !wan(inc.amount).eq(wan(exp.amount))) continue;
      out.push(claimFinding('income_expenditure_opposite', 'warning', exp.change,
        `本年${pair.incomeName}与${pair.expenditureName}相等（没有上年结转），二者比上年的增减方向应一致；说明却写${pair.incomeName}${word(inc.change)}、${pair.expenditureName}${word(exp.change)}。除非上年预算含上年结转，请核对增减方向`,
        { expected: `${pair.expenditureName}${inc.change.direction === 'up' ? '增加' : '减少'}`, actual: word(exp.change) }));
    }
  }
  return out;
}
