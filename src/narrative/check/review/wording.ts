/**
 * Change wording and text hygiene that need no prior-year workbook: wording that contradicts
 * itself (「增加持平」, a 增长 rate with a 减少 amount, 「0万元，比上年增加…」), doubled words and
 * punctuation, placeholder text, 元 and 万元 mixed about one figure, more decimals than the tables
 * print, negative amounts. All warnings: each is a defect a reader sees, none is a wrong balance.
 */
import type { Finding } from '../../../findings';
import type { BudgetModel } from '../../../model/types';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';
import { paraFinding, type Para } from './util';

interface TextRule {
  rule: string;
  pattern: RegExp;
  /** A match followed by this (from the match's second half on) is not the defect. */
  except?: RegExp;
  message: (m: RegExpExecArray) => string;
}

/** DATA: patterns a reviewer marks in the text. */
export const TEXT_RULES: TextRule[] = [
  { rule: 'doubled_word', pattern: /(增加|减少|增长|下降|持平|其中|主要|原因|万元|比上年|支出|收入|预算|决算|经费|的|是|了|和|及)\1(?!\1)/, message: (m) => `「${m[1]}」重复书写（「${m[0]}」）`, except: /^(预算|决算)(单位|数|表|执行|编制)/ },
  { rule: 'doubled_punctuation', pattern: /([，。；、：！？,;])\1+|[，,][。；]|[。；][，,]|[：:][，。]/, message: (m) => `标点重复或连用（「${m[0]}」）` },
  { rule: 'placeholder', pattern: /(?<![\d.,])12345(6(7(89?)?)?)?(?=\s*(万元|元|%|个|人|辆|台|套|项))|(＊{2,}|\*{2,})(?=\s*(万元|元|%|个|人|辆|台|套|年|月|日|项))|(?<=(为|是|共|计|达)\s*)(＊{2,}|\*{2,})|○○|〇〇|□□|△△|※※/, message: (m) => `文中留有占位内容「${m[0]}」，未替换为实际内容` },
  { rule: 'contradictory_change', pattern: /(增加|增长|减少|下降)\s*(持平)|(持平)\s*(增加|增长|减少|下降)(?![\d])/, message: (m) => `增减措辞自相矛盾（「${m[0]}」）` },
  { rule: 'unit_mixed', pattern: /万元元|元万元|万万元|亿万元/, message: (m) => `金额单位重复或混用（「${m[0]}」）` },
  { rule: 'negative_amount', pattern: /(?<![\d年月日\-－—~～至])[-－−]\s?\d[\d,]*(\.\d+)?\s*(万元|元)/, message: (m) => `金额写成负数（「${m[0]}」）；减少应写作「减少…万元」` },
];

export function textFindings(paras: Para[]): Finding[] {
  const out: Finding[] = [];
  for (const p of paras) {
    // markdown bold (「**财政拨款**：」 in an exported 说明) is formatting, not a placeholder; same length keeps offsets
    const text = p.text.replace(/\*\*([^*\n]+?)\*\*/g, (_m, inner: string) => `  ${inner}  `);
    for (const r of TEXT_RULES) {
      // a doubled word across joined title lines (「市级单位预算」+「预算单位：」) is not a typo: sentences only
      if (r.rule === 'doubled_word' && !/[。；]/.test(text)) continue;
      const re = new RegExp(r.pattern.source, 'g');
      const seen = new Set<string>();
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (seen.has(m[0])) continue;
        if (r.except && r.except.test(text.slice(m.index + m[0].length / 2))) continue;
        seen.add(m[0]);
        out.push(paraFinding(r.rule, 'warning', p, m.index, r.message(m), { actual: m[0] }));
      }
    }
  }
  return out;
}

/** Claims whose wording contradicts itself or the tables' printing. */
export function claimWordingFindings(claims: Claim[], model: Pick<BudgetModel, 'tables'>): Finding[] {
  const out: Finding[] = [];
  const tablesInYuan = model.tables.some((t) => t.unit === '元');
  for (const c of claims) {
    if (c.kind === 'rate' && c.of && c.direction && c.of.direction && c.direction !== c.of.direction && c.of.para === c.para) {
      out.push(claimFinding('direction_conflict', 'warning', c,
        `增减方向前后矛盾：金额为${c.of.direction === 'up' ? '增加' : '减少'}${c.of.printed}${c.of.unit}，增减率却写作${c.direction === 'up' ? '增长' : '下降'}${c.printed}%`,
        { actual: `${c.of.direction === 'up' ? '增加' : '减少'}…${c.direction === 'up' ? '增长' : '下降'}` }));
    }
    // only 「…0万元，比上年增加5万元」: the zero right before the change, nothing but the comparison between
    if (c.kind === 'change' && c.direction === 'up' && c.of && c.of.value.isZero() && c.of.id === c.id - 1 && c.of.para === c.para && /^[\s，,]*(比|较|与|同比)[^\d，,。；;]{0,12}$/.test(c.context) && !c.value.isZero()) {
      out.push(claimFinding('change_from_zero', 'warning', c,
        `本年数为0${c.of.unit}，却写「比上年增加${c.printed}${c.unit}」（上年数将为负数），增减方向或金额有误`, { actual: `0${c.of.unit}，增加${c.printed}${c.unit}` }));
    }
    // 万元 against 元 about the figure right before (亿元 for a large change is a legitimate rounding)
    if (c.kind === 'change' && c.of && c.of.id === c.id - 1 && c.of.para === c.para && ['元', '万元'].includes(c.unit) && ['元', '万元'].includes(c.of.unit) && c.unit !== c.of.unit) {
      out.push(claimFinding('unit_mixed', 'warning', c,
        `同一事项的金额单位不一致：${c.of.printed}${c.of.unit}，增减额却以${c.unit}表示（${c.printed}${c.unit}）`, { actual: `${c.of.unit}/${c.unit}` }));
    }
    // a 成本指标 value (「≤ 9.3804万元」) or a table row is not a 说明 sentence
    const inSentence = /[。；]/.test(c.text) && !/[≤≥<>＜＞]|指标/.test(c.before);
    if ((c.kind === 'amount' || c.kind === 'change') && c.decimals > 2 && inSentence && (c.unit === '元' || (c.unit === '万元' && !tablesInYuan))) {
      out.push(claimFinding('precision_excess', 'warning', c,
        `金额${c.printed}${c.unit}有${c.decimals}位小数，表中金额只列到两位小数，应保留两位`, { actual: c.printed }));
    }
  }
  return out;
}

/**
 * 收入总计 and 支出总计 are equal in every 收支总表 (预算 and 决算), this year and last: their changes
 * must be the same. 「收入总计增加10万元…支出总计减少10万元」 cannot both be true. (本年收入合计 and
 * 本年支出合计 may well move apart with carry-over: not compared.)
 */
export function oppositeTotalsFindings(claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  // the subject of a change: its own, else the amount it changes in the same sentence
  const subjectOf = (c: Claim) => (c.subject && c.strong ? c.subject : c.of && c.of.para === c.para && c.of.sentence === c.sentence && c.of.strong ? c.of.subject : null);
  const changes = claims.filter((c) => c.kind === 'change' && (subjectOf(c) === '收入总计' || subjectOf(c) === '支出总计'));
  for (const inc of changes.filter((c) => subjectOf(c) === '收入总计')) {
    const exp = changes.find((c) => subjectOf(c) === '支出总计' && Math.abs(c.para - inc.para) <= 1);
    if (!exp || !inc.direction || !exp.direction) continue;
    if (inc.direction === exp.direction && inc.value.eq(exp.value)) continue;
    out.push(claimFinding('totals_change_differ', 'warning', exp,
      `收入总计与支出总计相等，其增减也应相同；说明却写收入总计${inc.direction === 'up' ? '增加' : '减少'}${inc.printed}${inc.unit}、支出总计${exp.direction === 'up' ? '增加' : '减少'}${exp.printed}${exp.unit}`,
      { expected: `${inc.direction === 'up' ? '增加' : '减少'}${inc.printed}${inc.unit}`, actual: `${exp.direction === 'up' ? '增加' : '减少'}${exp.printed}${exp.unit}` }));
  }
  return out;
}
