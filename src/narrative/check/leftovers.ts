/**
 * Template leftovers: wording a 说明 template leaves for the author to fill or choose. DATA — one
 * line per pattern, with the Chinese message shown to the user.
 */
import type { Finding, Severity } from '../../findings';
import { toHalfWidth } from '../../vocabulary/fold';
import { claimFinding } from './finding';

interface LeftoverRule {
  rule: string;
  severity: Severity;
  pattern: RegExp;
  message: string;
}

export const LEFTOVERS: LeftoverRule[] = [
  { rule: 'empty_reason', severity: 'warning', pattern: /主要原因(是|为)?\s*[:：]?\s*[。；;]/, message: '「主要原因」后没有内容，疑为模板残留' },
  { rule: 'unchosen_wording', severity: 'warning', pattern: /(增加|增长|上升)\s*[(（/／]\s*(减少|下降|降低)\s*[)）]?|(减少|下降)\s*[(（/／]\s*(增加|增长)\s*[)）]?/, message: '模板措辞「增加(减少)」未按实际取舍' },
  { rule: 'placeholder', severity: 'warning', pattern: /XX|ＸＸ|××|[Xx]{2}年|某某|\?\?|？？/, message: '文中留有占位符（XX/某某），未替换为实际内容' },
  { rule: 'instruction_left', severity: 'warning', pattern: /请(根据|按照|按|据实|填写|写成|删除|补充|选择|注意|在此)|(如果|如无|如有|若无|若).{0,40}[，,]\s*请|此处(填写|删除|说明)|填报说明|模板说明|（注[:：].{0,30}(删除|填写)）/, message: '文中保留了模板的填写提示' },
  { rule: 'blank', severity: 'info', pattern: /_{3,}|＿{2,}/, message: '文中有待填写的空白（____）' },
];

export function leftoverFindings(text: string): Finding[] {
  const out: Finding[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = toHalfWidth(raw);
    for (const r of LEFTOVERS) {
      const m = r.pattern.exec(line);
      if (!m) continue;
      const s = Math.max(0, line.lastIndexOf('。', m.index - 1) + 1);
      const e = line.indexOf('。', m.index + m[0].length);
      const sentence = line.slice(s, e < 0 ? undefined : e + 1).trim().slice(0, 160);
      out.push(claimFinding(r.rule, r.severity, { line: i + 1, sentence }, r.message, { actual: m[0] }));
    }
  });
  return out;
}
