/**
 * A 「其中」 list that names every part of its total must add up to it, not only stay below it
 * (parts_exceed_total covers "more"): 「政府采购预算261万元，其中：货物236万元、工程0万元、服务0万元」
 * is short of its total. Only complete sets the budget defines (data below); a list naming fewer
 * parts, or a part outside the set, proves nothing (「其中」 lists are usually partial).
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../findings';
import type { Claim } from './claims';
import { halfUnit, wan } from './arithmetic';
import { claimFinding } from './finding';

/** Total subject → the words naming its parts (each part's subject contains exactly one). */
const COMPLETE_SETS: { total: RegExp; parts: string[] }[] = [
  { total: /^政府采购$/, parts: ['货物', '工程', '服务'] },
];

/** Whether the parts name every part of a complete set of their total, each once. */
export function namesCompleteSet(total: Claim, parts: Claim[]): boolean {
  const set = COMPLETE_SETS.find((s) => total.subject && s.total.test(total.subject));
  if (!set || parts.some((p) => p.listUnsure) || parts.length !== set.parts.length) return false;
  return set.parts.every((word) => parts.filter((p) => p.subject?.includes(word)).length === 1);
}

export function partitionFindings(claims: Claim[]): Finding[] {
  const byTotal = new Map<Claim, Claim[]>();
  for (const c of claims) if (c.kind === 'amount' && c.listTotal?.kind === 'amount') byTotal.set(c.listTotal, [...(byTotal.get(c.listTotal) ?? []), c]);
  const out: Finding[] = [];
  for (const [total, parts] of byTotal) {
    if (!namesCompleteSet(total, parts)) continue;
    const sum = parts.reduce((s, p) => s.plus(wan(p)), new Decimal(0));
    const short = wan(total).minus(sum);
    if (short.lte(0)) continue; // more than the total: parts_exceed_total
    const rounding = short.lte(parts.reduce((a, p) => a.plus(halfUnit(p)), halfUnit(total)));
    out.push(claimFinding('parts_short_of_total', rounding ? 'warning' : 'error', parts[parts.length - 1],
      `说明中${total.subject}总数${total.printed}${total.unit}与其全部分项之和${sum.toString()}万元不符（${parts.map((p) => p.printed).join('+')}=${sum.toString()}）${rounding ? '，差额在四舍五入尾差以内' : ''}`,
      { expected: sum.toString(), actual: total.printed, difference: short.toString(), rounding }));
  }
  return out;
}
