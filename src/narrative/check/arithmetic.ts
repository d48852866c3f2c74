/**
 * The 说明's own arithmetic: a rate against its change and the prior year implied by it; a share
 * against its amount and the list total; parts of a 「其中」 list against their total; the changes
 * of parts against the change of their total; the same change printed with two precisions.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../findings';
import { fixed } from '../../grid/decimal';
import type { Claim } from './claims';
import { adjustedTo100 } from './shares-to-100';
import { claimFinding, doubtedFinding } from './finding';
import { percentAccepted, percentExplained, pointsDifference } from './percent';

/** Amount in 万元 as printed. */
export function wan(c: Claim): Decimal {
  if (c.unit === '元') return c.value.div(10000);
  if (c.unit === '亿元') return c.value.times(10000);
  return c.value;
}

export function signed(change: Claim): Decimal {
  return change.direction === 'down' ? wan(change).negated() : wan(change);
}

function rateFrom(rate: Claim, change: Claim, current: Claim): { prior: Decimal; exact: Decimal; fits: boolean } | null {
  const prior = wan(current).minus(signed(change));
  if (prior.lte(0)) return null;
  const exact = wan(change).div(prior).times(100);
  return { prior, exact, fits: percentAccepted(rate.value, rate.decimals, exact) };
}

/**
 * The amounts of the sentence before a change with no subject of its own: 「支出预算137.05万元，其中
 * 基本支出89.05万元，项目支出48万元，比上年增加10万元」 may change the total as well as the last item.
 */
export function otherBases(change: Claim, claims: Claim[]): Claim[] {
  if (change.subject && change.strong) return [];
  const values = new Set<string>();
  // 「4.研究调研活动166.02万元，主要包括：…49.72万元…。较上年增加28.46万元」: the item's own amount
  const sameBase = (c: Claim) => c.sentence === change.sentence || (!!change.leadItem && c.leadItem === change.leadItem && c.start < change.start && claims.indexOf(c) === claims.findIndex((x) => x.para === c.para));
  return claims.filter((c) => {
    const other = c !== change.of && c.kind === 'amount' && !c.baseline && c.para === change.para && sameBase(c) && c.start < change.start && !wan(c).eq(wan(change.of!)) && !values.has(wan(c).toString());
    if (other) values.add(wan(c).toString());
    return other;
  });
}

/** Half a unit of the last printed decimal of an amount, in 万元. */
export function halfUnit(c: Claim): Decimal {
  const half = new Decimal(10).pow(-c.decimals).div(2);
  return c.unit === '元' ? half.div(10000) : c.unit === '亿元' ? half.times(10000) : half;
}

/**
 * The 说明 computes a rate from the exact figures and prints them rounded: a rate within the range
 * the printed change and current amount allow (each ± half its last digit) is a 尾差 — for amounts
 * printed to the cent and a rate printed with decimals.
 */
function fitsRounding(rate: Claim, change: Claim, current: Claim): boolean {
  // amounts to the cent (万元 with 2 decimals) are rounded from 元; whole numbers are meant exact,
  // and a whole-number rate is judged as printed (verified truth: 113% for 8.96/7.97 is wrong)
  if (rate.decimals < 1 || change.decimals < 2 || current.decimals < 2) return false;
  const c = wan(change);
  const prior = wan(current).minus(signed(change));
  const spread = halfUnit(current).plus(halfUnit(change));
  const [cLo, cHi] = [c.minus(halfUnit(change)), c.plus(halfUnit(change))];
  const [pLo, pHi] = [prior.minus(spread), prior.plus(spread)];
  if (pLo.lte(0) || cLo.lt(0)) return false;
  const lo = cLo.div(pHi).times(100);
  const hi = cHi.div(pLo).times(100);
  // printed half-up (± half a digit) or truncated (up to one digit below the exact rate)
  const unit = new Decimal(10).pow(-rate.decimals);
  return hi.gte(rate.value.minus(unit.div(2))) && lo.lt(rate.value.plus(unit));
}

function checkRate(rate: Claim, claims: Claim[], fitsTable: (rate: Claim) => boolean): Finding | null {
  const change = rate.of;
  const current = change?.of;
  if (!change || !current || rate.direction !== change.direction) return null;
  const r = rateFrom(rate, change, current);
  if (!r || r.fits || fitsTable(rate)) return null;
  const others = otherBases(change, claims);
  if (others.some((o) => rateFrom(rate, change, o)?.fits)) return null;
  if (fitsRounding(rate, change, current)) {
    return claimFinding('rate_mismatch', 'warning', rate,
      `说明中增减率${rate.printed}%与按所列金额计算的${fixed(r.exact, rate.decimals)}%略有出入（${change.printed}/${fixed(r.prior, 2)}），在金额四舍五入的尾差范围内，请核对`,
      { expected: percentExplained(r.exact, rate.decimals, wan(change), r.prior), actual: `${rate.printed}%`, difference: pointsDifference(rate.value, r.exact, rate.decimals), rounding: true });
  }
  const { prior, exact } = r;
  // 「支出11,762.52万元，与上元，与上年相比增加1,170.36万元」: a unit without figure — two pieces of
  // text spliced (a line of another item read into this one), so which amount changed is unsure
  const between = change.para === current.para ? change.text.slice(current.end, change.start) : '';
  const spliced = /(^|[^\d\s万亿美欧日港单多公])\s*元\s*[，,。；;]/.test(between);
  if (spliced) {
    return doubtedFinding('rate_mismatch', rate, `「${between.trim().slice(0, 20)}」中有不带数字的「元」，疑为两处文字拼接（读取顺序有误），增减额所属的金额不能确定`,
      `说明中增减率${rate.printed}%与增减额不符：上年=${fixed(prior, 2)}万元（${current.printed}${change.direction === 'down' ? '+' : '−'}${change.printed}），${change.printed}/${fixed(prior, 2)}=${fixed(exact, 4)}%`,
      { expected: percentExplained(exact, rate.decimals, wan(change), prior), actual: `${rate.printed}%`, difference: pointsDifference(rate.value, exact, rate.decimals) });
  }
  // which amount the change belongs to is not certain: a warning
  const unsure = others.length > 0;
  return claimFinding('rate_mismatch', unsure ? 'warning' : 'error', rate,
    `说明中增减率${rate.printed}%与增减额不符：上年=${fixed(prior, 2)}万元（${current.printed}${change.direction === 'down' ? '+' : '−'}${change.printed}），${change.printed}/${fixed(prior, 2)}=${fixed(exact, 4)}%，应为${fixed(exact, rate.decimals)}%${unsure ? `（按同句其他金额${others.map((o) => o.printed).join('、')}万元计算亦不符，请核对增减额所指）` : ''}`,
    { expected: percentExplained(exact, rate.decimals, wan(change), prior), actual: `${rate.printed}%`, difference: pointsDifference(rate.value, exact, rate.decimals) });
}

function checkShare(share: Claim, claims: Claim[] = []): Finding | null {
  const part = share.of;
  const total = part?.listTotal;
  if (!part || !total || total.kind !== 'amount' || wan(total).isZero()) return null;
  // 「其中：基本支出89.05万元，占本年收入的65%」: a share of another figure than the list's total
  if (share.denominator && total.subject && share.denominator !== total.subject) return null;
  const exact = wan(part).div(wan(total)).times(100);
  if (percentAccepted(share.value, share.decimals, exact)) return null;
  if (adjustedTo100(share, exact, claims)) {
    return claimFinding('share_mismatch', 'warning', share, `说明中占比${share.printed}%与${part.printed}/${total.printed}=${fixed(exact, 4)}%相差末位1个单位，而各项占比之和恰为100%：疑为凑足100%的尾差调整，请核对`,
      { expected: percentExplained(exact, share.decimals, wan(part), wan(total)), actual: `${share.printed}%`, difference: pointsDifference(share.value, exact, share.decimals), rounding: true });
  }
  return claimFinding('share_mismatch', part.listUnsure ? 'warning' : 'error', share,
    `说明中占比${share.printed}%有误：${part.printed}/${total.printed}=${fixed(exact, 4)}%，应为${fixed(exact, share.decimals)}%${part.listUnsure ? '（「其中」所指的总数不够明确，请核对）' : ''}`,
    { expected: percentExplained(exact, share.decimals, wan(part), wan(total)), actual: `${share.printed}%`, difference: pointsDifference(share.value, exact, share.decimals) });
}

function checkParts(claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  const byTotal = new Map<Claim, Claim[]>();
  // counts add up only in the total's unit: 「车辆2辆，其中……；设备21台(套)」 is not a part of the cars
  const sameUnit = (c: Claim, t: Claim) => c.kind === 'amount' || c.unit === t.unit;
  for (const c of claims) if (c.listTotal && c.kind === c.listTotal.kind && sameUnit(c, c.listTotal)) byTotal.set(c.listTotal, [...(byTotal.get(c.listTotal) ?? []), c]);
  for (const [total, parts] of byTotal) {
    // 「一级指标3个、二级指标11个、三级指标11个」: levels nest, they do not add up
    if (parts.some((p) => /[一二三四]级/.test(p.context))) continue;
    const isMoney = total.kind === 'amount';
    const sum = parts.reduce((s, p) => s.plus(isMoney ? wan(p) : p.value), new Decimal(0));
    const tot = isMoney ? wan(total) : total.value;
    const over = sum.minus(tot);
    if (over.lte(0)) continue;
    // each part and the total rounded to its printed decimals (「3,017万元」 ± 0.5): a 尾差
    const spread = parts.reduce((a, p) => a.plus(halfUnit(p)), halfUnit(total));
    const rounding = isMoney && (over.lte(new Decimal('0.01').times(parts.length)) || over.lte(spread));
    const unsure = parts.some((p) => p.listUnsure);
    const unit = isMoney ? '万元' : total.unit;
    const last = parts[parts.length - 1];
    // 「污染防治项目18,686.86元，主要包括：…3,953.30万元…」: the total's unit misprinted
    const unitSlip = isMoney && total.unit !== '万元' && parts.every((p) => p.unit === '万元') && sum.minus(total.value).abs().lte(spread);
    const stated = unitSlip ? `${total.printed}${total.unit}（疑为${total.printed}万元之误）` : `${total.printed}${unit}`;
    out.push(claimFinding('parts_exceed_total', rounding || unsure ? 'warning' : 'error', last,
      `说明中分项之和${sum.toString()}${unit}大于总数${stated}（${parts.map((p) => p.printed).join('+')}=${sum.toString()}）${rounding ? '，差额在四舍五入尾差以内' : ''}${unsure ? '（「其中」所指的总数不够明确，请核对）' : ''}`,
      { expected: `≤${total.printed}`, actual: sum.toString(), difference: over.toString(), rounding }));
  }
  return out;
}

/**
 * Parts whose current amounts add up to an earlier total: the total's change cannot be larger
 * than the parts' changes together (the other sources are 0 now, so they can only have fallen).
 */
/** What a change is measured from: last year, or this year's 年初/调整预算 (决算 documents), or an 执行数. */
function comparedWith(change: Claim): string {
  const words = change.before.replace(/\s+/g, '').match(/年初|调整|执行|上年|去年|上一年|(19|20)\d{2}年/g) ?? [];
  const last = words[words.length - 1] ?? '';
  return /年初|调整/.test(last) ? 'budget' : /执行/.test(last) ? 'execution' : 'prior';
}

function checkChangeParts(claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  const changes = claims.filter((c) => c.kind === 'change' && c.of && c.strong);
  const lines = new Set(changes.map((c) => c.line));
  for (const line of lines) {
    const parts = changes.filter((c) => c.line === line);
    const bases = new Set(parts.map((p) => p.of!));
    if (parts.length < 2 || bases.size !== parts.length) continue;
    const baseSum = [...bases].reduce((s, b) => s.plus(wan(b)), new Decimal(0));
    const changeSum = parts.reduce((s, p) => s.plus(signed(p)), new Decimal(0));
    const total = changes.find((c) => c.line < line && !bases.has(c.of!) && wan(c.of!).eq(baseSum) && !baseSum.isZero() && parts.every((p) => comparedWith(p) === comparedWith(c)));
    if (!total || signed(total).lte(changeSum)) continue;
    out.push(claimFinding('change_parts', 'error', parts[0],
      `说明前后增减额矛盾：第${total.line}行总计${total.direction === 'down' ? '减少' : '增加'}${total.printed}万元，而本行各分项（合计${fixed(baseSum, 2)}万元，与总计相等）增减额合计为${fixed(changeSum, 2)}万元`,
      { expected: `总计增减≤${fixed(changeSum, 2)}`, actual: fixed(signed(total), 2), difference: fixed(signed(total).minus(changeSum), 2) }));
  }
  return out;
}

/** 「增加206.67万元」 and later 「增加206.7万元」 for the same amount: one figure, two precisions. */
function checkPrecision(claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  const changes = claims.filter((c) => c.kind === 'change' && c.of);
  for (const later of changes) {
    const earlier = changes.find((c) => c.line < later.line && c.direction === later.direction && c.decimals > later.decimals && wan(c.of!).eq(wan(later.of!)) && wan(c).toDecimalPlaces(later.decimals, Decimal.ROUND_HALF_UP).eq(wan(later)) && !wan(c).eq(wan(later)));
    if (!earlier) continue;
    out.push(claimFinding('precision', 'warning', later,
      `同一增减额前后表述精度不一：第${earlier.line}行为${earlier.printed}万元，本行为${later.printed}万元`,
      { expected: earlier.printed, actual: later.printed, difference: wan(later).minus(wan(earlier)).toString(), rounding: true }));
  }
  return out;
}

/**
 * 「支出222.67万元，较上年180.5万元增加42.17万元」: the prior figure stated must give the change
 * (this year − stated prior), within the 尾差 of the printed decimals.
 */
function checkStatedPrior(change: Claim, claims: Claim[]): Finding | null {
  const current = change.of;
  if (!current) return null;
  const base = claims.find((c) => c.kind === 'amount' && c.baseline && c.para === change.para && c.sentence === change.sentence && c.start > current.start && c.start < change.start);
  if (!base) return null;
  const implied = wan(current).minus(wan(base));
  const stated = signed(change);
  const diff = stated.minus(implied).abs();
  if (diff.isZero()) return null;
  const step = new Decimal(10).pow(-Math.max(current.decimals, base.decimals, change.decimals, 0));
  const rounding = diff.lte(step.times(2));
  const word = implied.isNegative() ? '减少' : '增加';
  return claimFinding('prior_stated_mismatch', rounding ? 'warning' : 'error', change,
    `说明中的增减额与所述上年数不符：${current.printed}−${base.printed}=${fixed(implied, 2)}万元，应为${word}${fixed(implied.abs(), 2)}万元，而说明为${change.direction === 'down' ? '减少' : '增加'}${change.printed}万元${rounding ? '（差额在四舍五入允许范围内，属尾差）' : ''}`,
    { expected: fixed(implied, 2), actual: fixed(stated, 2), difference: fixed(stated.minus(implied), 2), rounding });
}

/** `fitsTable`: the rate is right for the table's figure of its amount (the amount is the error then). */
export function arithmeticFindings(claims: Claim[], fitsTable: (rate: Claim) => boolean = () => false): Finding[] {
  const out: Finding[] = [];
  for (const c of claims) {
    const f = c.kind === 'rate' ? checkRate(c, claims, fitsTable) : c.kind === 'share' ? checkShare(c, claims) : c.kind === 'change' ? checkStatedPrior(c, claims) : null;
    if (f) out.push(f);
  }
  return [...out, ...checkParts(claims), ...checkChangeParts(claims), ...checkPrecision(claims)];
}
