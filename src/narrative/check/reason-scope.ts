/**
 * 口径: a change explained by another budget subject. 「基本支出…减少1万元，减少的主要原因是项目支出
 * 减少」 explains 基本支出 by 项目支出, which is no part of it. Conservative on purpose (a warning,
 * and only when the 主要原因 names a subject that excludes the one that changed, and names neither
 * that subject nor one of its parts): 「基本支出增加，主要原因是人员经费增加」 is fine, and so is
 * anything explained by words that are not standard subjects.
 */
import type { Finding } from '../../findings';
import type { Claim } from './claims';
import { claimFinding } from './finding';
import { subjectsIn } from './subjects';

/**
 * DATA. Each group splits one figure into subjects that do not overlap: a subject's change is never
 * explained by another of its group. Each entry lists a subject with the names that mean the same
 * (fact names, src/narrative/check/subjects.ts).
 */
export const EXCLUSIVE_SUBJECTS: string[][][] = [
  [['基本支出', '一般公共预算基本支出'], ['项目支出', '一般公共预算项目支出']],
  [['人员经费'], ['公用经费']],
  [['因公出国费'], ['公务接待费'], ['公务用车购置及运行费', '公务用车购置费', '公务用车运行费']],
  [['公务用车购置费'], ['公务用车运行费']],
];

/** DATA. The parts a subject's change may be explained by (besides the subject itself). */
export const SUBJECT_PARTS: Record<string, string[]> = {
  基本支出: ['人员经费', '公用经费', '机关运行经费'],
  一般公共预算基本支出: ['人员经费', '公用经费', '机关运行经费'],
  公用经费: ['机关运行经费', '三公经费', '因公出国费', '公务接待费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '会议费', '培训费'],
  项目支出: ['三公经费', '因公出国费', '公务接待费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '会议费', '培训费'],
  三公经费: ['因公出国费', '公务接待费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费'],
  公务用车购置及运行费: ['公务用车购置费', '公务用车运行费'],
};

const REASON = /(主要原因|原因)(主要)?(是|为|在于|系|[：:])|主要(是由于|由于|系|是)/g;
const SENTENCE_END = /[。！？]/;

/** What changed: a change (or the change a rate belongs to) and the subject it is stated for. */
function changedSubject(anchor: Claim): { change: Claim; subject: string } | null {
  const change = anchor.kind === 'rate' ? anchor.of : anchor;
  if (!change || change.kind !== 'change') return null;
  if (change.subject && change.strong) return { change, subject: change.subject };
  const base = change.of;
  if (!base || !base.subject || !base.strong || base.para !== change.para || base.sentence !== change.sentence) return null;
  return { change, subject: base.subject };
}

/** The entry of a group a subject belongs to, and the other entries' names. */
function excluded(subject: string): { own: string[]; others: string[] }[] {
  return EXCLUSIVE_SUBJECTS.flatMap((group) => {
    const own = group.find((entry) => entry.includes(subject));
    return own ? [{ own, others: group.filter((e) => e !== own).flat() }] : [];
  });
}

export function reasonScopeFindings(claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  const paras = new Map<number, Claim[]>();
  for (const c of claims) paras.set(c.para, [...(paras.get(c.para) ?? []), c]);
  for (const inPara of paras.values()) {
    const text = inPara[0].text;
    REASON.lastIndex = 0;
    for (let m = REASON.exec(text); m; m = REASON.exec(text)) {
      const sentenceStart = Math.max(...['。', '！', '？'].map((p) => text.lastIndexOf(p, m!.index))) + 1;
      // the reason opens its own sentence (「…减少1万元。主要原因是…」): the change is in the one before
      const opensSentence = /^[^\d]{0,8}$/.test(text.slice(sentenceStart, m.index).trim());
      const from = opensSentence ? Math.max(...['。', '！', '？'].map((p) => text.lastIndexOf(p, sentenceStart - 2))) + 1 : sentenceStart;
      const anchor = [...inPara].reverse().find((c) => c.start >= from && c.end <= m!.index && (c.kind === 'change' || c.kind === 'rate'));
      const changed = anchor ? changedSubject(anchor) : null;
      if (!anchor || !changed) continue;
      const reasonEnd = text.slice(m.index).search(/[。！？；;]/);
      const reason = text.slice(m.index + m[0].length, reasonEnd < 0 ? text.length : m.index + reasonEnd);
      if (SENTENCE_END.test(reason)) continue;
      const named = subjectsIn(reason.replace(/\s+/g, '')).map((s) => s.fact);
      const ownAndParts = [changed.subject, ...(SUBJECT_PARTS[changed.subject] ?? [])];
      const groups = excluded(changed.subject);
      if (named.some((n) => ownAndParts.includes(n) || groups.some((g) => g.own.includes(n)))) continue;
      const other = named.find((n) => groups.some((g) => g.others.includes(n)));
      if (!other) continue;
      const parts = SUBJECT_PARTS[changed.subject];
      out.push(claimFinding('reason_scope', 'warning', anchor,
        `说明以${other}的变动解释${changed.subject}的增减（「${m[0]}${reason.trim().slice(0, 20)}」），口径不符：${other}不属于${changed.subject}${parts ? `，${changed.subject}的增减应从其构成（${parts.slice(0, 2).join('、')}等）说明` : ''}`,
        { expected: `以${changed.subject}${parts ? `（${parts.slice(0, 2).join('/')}）` : ''}的变动说明原因`, actual: `原因：${other}` }));
    }
  }
  return out;
}
