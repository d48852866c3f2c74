/**
 * 决算 wording: 「决算数大于/小于/等于年初预算数」 and 「完成年初预算的xx%」 must agree with the
 * figures stated beside them; a 年初预算 of a “三公” item quoted in the 说明 must agree with the
 * 预算数 column of the “三公”经费决算表. Warnings: which of a sentence's amounts is the 决算 and which
 * the 预算 is read from the words around them, and that reading can be unsure.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import type { BudgetModel } from '../../../model/types';
import { toWan } from '../../facts';
import { wan } from '../arithmetic';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';
import { paraFinding, sentenceAt, type Para } from './util';

export const BUDGET_WORDS = /年初预算|预算数|全年预算|调整预算|调整后预算/;
export const COMPARISON = /决算数?\s*(大于|高于|超过|多于|小于|低于|少于|等于|持平于?|与)\s*(年初)?(预算|调整预算|全年预算)数?(持平|相等|一致)?/g;
export const COMPLETION = /完成(了)?(年初|全年|调整)?(预算)(数)?的?\s*(\d+(?:\.\d+)?)\s*%/g;

/** The 决算 and 预算 amounts of the sentence around an offset (budget: an amount after 预算 words). */
export function pair(claims: Claim[], p: Para, offset: number): { actual: Claim; budget: Claim } | null {
  const { start, end } = sentenceAt(p.text, offset);
  const sentence = claims.filter((c) => c.para === p.index && c.kind === 'amount' && c.unit.endsWith('元') && c.start >= start && c.end <= end);
  const budget = sentence.filter((c) => BUDGET_WORDS.test(c.context.replace(/\s+/g, '').replace(/^.*[，,；;]/, '')));
  const actual = sentence.filter((c) => !budget.includes(c));
  return budget.length === 1 && actual.length === 1 && actual[0].unit === budget[0].unit ? { actual: actual[0], budget: budget[0] } : null;
}

export function percentFits(printed: string, actual: Decimal, budget: Decimal): boolean {
  if (budget.isZero()) return false;
  const exact = actual.div(budget).times(100);
  const d = printed.includes('.') ? printed.split('.')[1].length : 0;
  const p = new Decimal(printed);
  return exact.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).eq(p) || exact.toDecimalPlaces(d, Decimal.ROUND_DOWN).eq(p);
}

export function finalWordingFindings(paras: Para[], claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  for (const p of paras) {
    COMPARISON.lastIndex = 0;
    for (let m = COMPARISON.exec(p.text); m; m = COMPARISON.exec(p.text)) {
      const pr = pair(claims, p, m.index);
      if (!pr) continue;
      const a = pr.actual.value;
      const b = pr.budget.value;
      const said = /大于|高于|超过|多于/.test(m[1]) ? 1 : /小于|低于|少于/.test(m[1]) ? -1 : 0;
      const is = a.comparedTo(b);
      if (said !== is) {
        const word = is > 0 ? '大于' : is < 0 ? '小于' : '等于';
        out.push(paraFinding('final_comparison', 'warning', p, m.index, `说明写「${m[0]}」，但所列决算数${pr.actual.printed}${pr.actual.unit}${word}年初预算数${pr.budget.printed}${pr.budget.unit}`, { expected: `决算数${word}预算数`, actual: m[0] }));
      }
    }
    COMPLETION.lastIndex = 0;
    for (let m = COMPLETION.exec(p.text); m; m = COMPLETION.exec(p.text)) {
      const pr = pair(claims, p, m.index);
      if (!pr || percentFits(m[5], pr.actual.value, pr.budget.value)) continue;
      const exact = pr.budget.value.isZero() ? null : pr.actual.value.div(pr.budget.value).times(100);
      out.push(paraFinding('completion_rate', 'warning', p, m.index, `说明写「${m[0]}」，按所列决算数${pr.actual.printed}${pr.actual.unit}、年初预算数${pr.budget.printed}${pr.budget.unit}计算${exact ? `应为${fixed(exact, 2)}%` : '无法计算（预算数为0）'}`, { expected: exact ? `${fixed(exact, 2)}%` : undefined, actual: `${m[5]}%` }));
    }
  }
  return out;
}

/** DATA: 说明 subjects → the “三公”经费决算表 figure whose 预算数 column a quoted 年初预算 is checked against. */
export const THREE_FIGURES: Record<string, string> = {
  三公经费: '三公经费合计', 因公出国费: '因公出国（境）费用', 公务接待费: '公务接待费',
  公务用车购置及运行费: '公务用车购置及运行费', 公务用车购置费: '公务用车购置费', 公务用车运行费: '公务用车运行费',
};

export function quotedBudgetFindings(claims: Claim[], model: BudgetModel): Finding[] {
  if (model.stage !== '决算') return [];
  const out: Finding[] = [];
  for (const c of claims) {
    if (c.kind !== 'amount' || !c.subject || !THREE_FIGURES[c.subject]) continue;
    const clause = c.context.replace(/\s+/g, '').replace(/^.*[，,；;。]/, '');
    if (!/年初预算|预算数|预算为|预算安排/.test(clause) || /调整|全年/.test(clause)) continue;
    const f = model.figure('three_public_expenses', `${THREE_FIGURES[c.subject]}/预算数`);
    if (!f) continue;
    const table = toWan(f.value, f.unit);
    if (table.toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP).eq(wan(c).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP))) continue;
    out.push(claimFinding('final_budget_quoted', 'warning', c, `说明中${c.subject}年初预算${c.printed}${c.unit}与“三公”经费决算表的预算数${fixed(table, 2)}万元不符`, { expected: fixed(table, 2), actual: c.printed, cells: f.cells }));
  }
  return out;
}
