/**
 * Years and names in the 说明: a statement about this budget names the budget year or the year
 * before; any other year is a template left over from another year. Such an amount is still
 * compared with the tables here (the amount checks leave another period's figures alone, so a wrong
 * year must not silently switch the comparison off). The department's name in the 说明 should be
 * the tables' name, and a 部门 package should not call itself 单位 throughout (nor the reverse).
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import type { BudgetModel } from '../../../model/types';
import type { Facts } from '../../facts';
import { wan } from '../arithmetic';
import { candidatesFor, subjectName } from '../against-model';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';
import { paraFinding, type Para } from './util';

/** A year naming the budget itself: 「2022年部门预算」「2022年收入…」, not 「2021—2025年规划」 or a law's date. */
const BUDGET_YEAR = /((?:19|20)\d{2})\s*年度?\s*(?=(部门|单位)?(预算|决算|收入|支出|收支|[“"]?三公|财政拨款|一般公共预算|政府性基金|国有资本|机关运行|政府采购|基本支出|项目支出))/g;

export function yearFindings(paras: Para[], claims: Claim[], year: number | null, facts: Facts, model: BudgetModel): Finding[] {
  if (!year) return [];
  const ok = new Set([year, year - 1]);
  const out: Finding[] = [];
  for (const p of paras) {
    BUDGET_YEAR.lastIndex = 0;
    for (let m = BUDGET_YEAR.exec(p.text); m; m = BUDGET_YEAR.exec(p.text)) {
      const y = Number(m[1]);
      if (ok.has(y)) continue;
      // 「2021—2025年」: a range of years, not one budget
      if (/[—\-－~～至到]\s*$/.test(p.text.slice(Math.max(0, m.index - 2), m.index))) continue;
      // the amounts of this sentence that the year governs, compared with this year's tables anyway
      const inSentence = claims.filter((c) => c.para === p.index && c.kind === 'amount' && c.start > m!.index && c.sentence === claims.find((d) => d.para === p.index && d.start > m!.index)?.sentence);
      const compared = inSentence.map((c) => compareAnyway(c, facts, model)).filter((s): s is string => !!s);
      out.push(paraFinding('stale_year', 'warning', p, m.index,
        `说明写的是${y}年，既不是${year}年（本年度）也不是${year - 1}年（上年），疑为其他年度的模板残留${compared.length ? `；该句金额按本年度表格核对：${compared.join('；')}` : ''}`,
        { expected: `${year}年或${year - 1}年`, actual: `${y}年` }));
    }
  }
  return out;
}

function compareAnyway(c: Claim, facts: Facts, model: BudgetModel): string | null {
  if (!c.subject) return null;
  const cands = candidatesFor(c.subject, facts, model);
  if (cands.length === 0) return null;
  const shown = wan(c).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP);
  const hit = cands.find((f) => f.value.toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP).eq(shown));
  return hit ? `${subjectName(c.subject)}${c.printed}${c.unit}与表中相同` : `${subjectName(c.subject)}${c.printed}${c.unit}与表中${fixed(cands[0].value, 2)}万元不符`;
}

/** The name of a body (a unit or a department), as opposed to a phrase read by mistake. */
const BODY = /(局|委|委员会|办|办公室|中心|院|所|站|处|队|部|会|厅|馆|校|室|社|司|署|府|支队|大队|分局|街道|镇|乡|党校)$/;

/** 「中国共产党…委员会…部」 and 「中共…委…部」 name the same body; 「（本级）」「本级」 are not part of it. */
function bodyName(s: string): string {
  return s.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '').replace(/本级$/, '').replace(/中国共产党/g, '中共').replace(/委员会/g, '委');
}

/** A title like 「某某县林业局2025年部门预算」: the body it names. */
const TITLE_BODY = /^(?:[一二三四五六七八九十]+、)?(.{3,30}?)(?:20\d{2}|19\d{2})\s*年度?\s*(部门|单位)?(预算|决算)/;

/**
 * The department's name: the 说明's title names a body (「某某县水利局2025年部门预算」) that is not
 * the tables' 编制单位 (nor contains it, nor is contained in it) — a 说明 of another department.
 * Both names must read as names of bodies (a department read by mistake is a reading doubt).
 */
export function nameFindings(paras: Para[], model: BudgetModel): Finding[] {
  const dept = model.department ? bodyName(model.department) : '';
  if (!BODY.test(dept)) return [];
  for (const p of paras.filter((x) => x.text.trim()).slice(0, 5)) {
    const m = TITLE_BODY.exec(p.text.replace(/\s+/g, ''));
    if (!m) continue;
    const named = bodyName(m[1]);
    if (!BODY.test(named) || named.includes(dept) || dept.includes(named)) return [];
    // a region prefix left out on either side (「林业局」 for 「某某县林业局」)
    const core = (s: string) => s.replace(/^.{1,10}?(省|市|区|县|州|盟|旗)/, '');
    if (core(named).includes(core(dept)) || core(dept).includes(core(named))) return [];
    return [paraFinding('department_name', 'warning', p, 0, `说明标题中的单位为「${m[1]}」，表格的编制单位为「${model.department}」，请核对说明是否为本部门（单位）的`, { expected: model.department ?? undefined, actual: m[1] })];
  }
  return [];
}

/**
 * 部门 vs 单位: a package whose table titles say 「部门预算/决算」 is a department's (its units
 * consolidated), 「单位预算/决算」 one unit's. The 说明's title (its first lines) should say the same.
 */
export function scopeWordingFindings(paras: Para[], model: BudgetModel): Finding[] {
  const count = (re: RegExp) => model.tables.filter((t) => re.test(t.title.replace(/\s+/g, ''))).length;
  // 「部门预算经济分类」 names a classification, not the package's scope
  const dept = count(/部门(预算|决算)(?!(支出)?经济分类)/);
  const unit = count(/单位(预算|决算)/);
  if (dept === unit) return [];
  const tables = dept > unit ? '部门' : '单位';
  const other = tables === '部门' ? '单位' : '部门';
  const head = paras.filter((p) => p.text.trim()).slice(0, 5);
  const own = new RegExp(`${tables}(预算|决算)`);
  const wrong = new RegExp(`(?<!部门[（(]?)${other}(预算|决算)(?![）)])`);
  const p = head.find((x) => wrong.test(x.text.replace(/\s+/g, '')) && !own.test(x.text.replace(/\s+/g, '')));
  if (!p) return [];
  return [paraFinding('scope_wording', 'warning', p, 0, `表格标题称「${tables}预算（决算）」，说明标题却称「${other}预算（决算）」，部门与单位的口径应一致`, { expected: tables, actual: other })];
}
