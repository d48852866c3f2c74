/**
 * Reasons for changes: a reviewer expects every stated 增加/减少 of the figures the public reads
 * first — “三公”经费 and each of its items, 收入, 支出, 机关运行经费 — to say why (「主要原因是…」
 * 「主要用于…」「由于…」). 持平 needs none (it has no amount). A reason left as a placeholder
 * (「主要原因是XX」「主要原因是……」) is a warning too; 「主要原因是。」 is leftovers.ts's empty_reason and
 * 「主要原因是____」 its `blank` (info: the generator's marked blank, still to be filled).
 * Lenient on purpose: a reason anywhere after the change in its paragraph, or opening the next
 * paragraph, counts (the 三公 paragraph often lists the items first and explains them at the end).
 */
import type { Finding } from '../../../findings';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';
import { subjectName } from '../against-model';
import { paraFinding, type Para } from './util';

/** DATA: the subjects whose changes need a reason, in the reviewer's order. */
export const REASON_SUBJECTS = [
  '三公经费', '因公出国费', '公务接待费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费',
  '收入总计', '收入合计', '收支总计', '财政拨款收支总计', '支出总计', '支出合计', '机关运行经费',
];

/** DATA: words that give a reason. 「因」 but not 「因公出国」. */
export const REASON_WORDS = /原因|由于|因为|因(?!公出国)|主要用于|用于|主要是|主要系|系|在于|所致|导致|致使|受.{0,12}影响|为保障|为落实|根据|按照/;

/** DATA: a reason left as a placeholder. */
const PLACEHOLDER_REASON = /(主要原因|原因)(主要)?(是|为|在于)?\s*[:：]?\s*(XX|ＸＸ|××|＊＊|\*\*|…{1,}|\.{3,}|（\s*）|\(\s*\))/;

function changedSubject(c: Claim): string | null {
  if (c.subject && c.strong) return c.subject;
  const base = c.of;
  return base && base.subject && base.para === c.para ? base.subject : c.subject;
}

export function reasonFindings(claims: Claim[], paras: Para[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claims) {
    if (c.kind !== 'change' || c.value.isZero()) continue;
    const subject = changedSubject(c);
    if (!subject || !REASON_SUBJECTS.includes(subject)) continue;
    const after = c.text.slice(c.end);
    // the reason may open the next paragraph (a broken line: 「…下降27.78%。公\n\n务接待费支出减少的主要原因是…」)
    const next = paras[c.para + 1]?.text.trim().slice(0, 80) ?? '';
    if (REASON_WORDS.test(after) || /原因|由于|主要(是|用于)/.test(next)) continue;
    // a total whose 「其中：」 items follow on their own lines, each with its reason
    // a total whose items follow (「其中：」「具体如下」, or 三公 items on their own lines), each with its reason
    const items = /(其中|具体如下|如下|具体情况(如下)?)\s*[:：]/.test(`${after} ${next}`) || subject === '三公经费';
    if (items && paras.slice(c.para + 1, c.para + 7).some((x) => REASON_WORDS.test(x.text.replace(/因公出国/g, '')))) continue;
    // 「增长0.8%，与上年基本持平」: the author calls it unchanged
    const rest = `${after}${/[。！？]/.test(after) ? '' : next.split(/[。！？]/)[0]}`;
    if (/基本持平|变化不大|基本一致/.test(c.sentence + rest)) continue;
    // a reason stated before the figures (「因机构改革，…减少…」) in the same sentence
    if (REASON_WORDS.test(c.before.replace(/因公出国/g, ''))) continue;
    out.push(claimFinding('reason_missing', 'warning', c,
      `说明写明${subjectName(subject)}${c.direction === 'up' ? '增加' : '减少'}${c.printed}${c.unit}，但没有说明增减原因（如「主要原因是…」「主要用于…」）`,
      { actual: `${c.direction === 'up' ? '增加' : '减少'}${c.printed}${c.unit}` }));
  }
  for (const p of paras) {
    const m = PLACEHOLDER_REASON.exec(p.text);
    if (m) out.push(paraFinding('reason_placeholder', 'warning', p, m.index, `增减原因没有填写（「${m[0]}」），应写明实际原因`, { actual: m[0] }));
  }
  return out;
}
