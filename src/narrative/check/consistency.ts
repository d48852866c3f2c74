/**
 * The same figure stated twice: an amount of one subject printed with two values (checked only
 * where the tables cannot decide), and the same enumeration of counts
 * (「33个部门（单位）、15个乡镇、196个村（社区）」) repeated with other numbers.
 */
import type { Finding } from '../../findings';
import type { Claim } from './claims';
import { claimFinding } from './finding';
import { wan } from './arithmetic';

/** 决算 documents state the 年初预算 beside the 决算 of the same subject. */
const BUDGET_VS_FINAL = /年初预算|全年预算|调整预算|预算数为|决算数为|决算为/;

/** Amounts of a subject the model cannot check: a later different value is a warning. */
export function repeatedAmountFindings(claims: Claim[], checkable: (c: Claim) => boolean): Finding[] {
  const out: Finding[] = [];
  const amounts = claims.filter((c) => c.kind === 'amount' && c.subject && c.strong && !checkable(c) && !BUDGET_VS_FINAL.test(c.context));
  amounts.forEach((c, i) => {
    const earlier = amounts.slice(0, i).find((e) => e.subject === c.subject && e.line !== c.line && !wan(e).eq(wan(c)));
    if (!earlier) return;
    out.push(claimFinding('inconsistent_figure', 'warning', c,
      `同一数字前后不一致：第${earlier.line}行「${earlier.sentence.slice(0, 30)}…」为${earlier.printed}${earlier.unit}，本行为${c.printed}${c.unit}`,
      { expected: earlier.printed, actual: c.printed, difference: wan(c).minus(wan(earlier)).toString() }));
  });
  return out;
}

interface Enumeration {
  claims: Claim[];
  nouns: string;
}

function enumerations(claims: Claim[]): Enumeration[] {
  const out: Enumeration[] = [];
  let cur: Claim[] = [];
  const flush = () => {
    if (cur.length >= 2) out.push({ claims: cur, nouns: cur.map((c) => `${c.unit}${(c.noun ?? '').slice(0, 2)}`).join('、') });
    cur = [];
  };
  for (const c of claims) {
    if (c.kind !== 'count' || !c.noun) {
      flush();
      continue;
    }
    const prev = cur[cur.length - 1];
    const between = prev && prev.para === c.para ? c.text.slice(prev.end, c.start).replace(/\s+/g, '') : null;
    if (prev && between !== null && between === (prev.noun ?? '') + '、') cur.push(c);
    else {
      flush();
      cur = [c];
    }
  }
  flush();
  return out;
}

export function repeatedCountFindings(claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  const enums = enumerations(claims);
  enums.forEach((en, i) => {
    const earlier = enums.slice(0, i).find((e) => e.nouns === en.nouns && e.claims.some((c, k) => !c.value.eq(en.claims[k].value)) && e.claims.some((c, k) => c.value.eq(en.claims[k].value)));
    if (!earlier) return;
    const k = en.claims.findIndex((c, j) => !c.value.eq(earlier.claims[j].value));
    const a = earlier.claims[k];
    const b = en.claims[k];
    out.push(claimFinding('inconsistent_count', 'warning', b,
      `同一口径的数字前后不一：第${a.line}行为「${a.printed}${a.unit}${a.noun}」，本行为「${b.printed}${b.unit}${b.noun}」`,
      { expected: a.printed, actual: b.printed, difference: b.value.minus(a.value).toString() }));
  });
  return out;
}
