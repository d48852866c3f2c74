/**
 * Scope of a stated figure: is it the whole department's, as the tables are? A 说明 also states
 * figures of one unit (「三、深圳市社会保险基金管理局直属分局」 sections), of one project
 * (「1.技工教育管理12,406.53万元，主要包括：…上年结转1,443.44万元」), of one fund or transfer
 * (「上级专项转移支付支出预算393.23万元」, 「污水处理费预算总额…其中：一般公共预算117,921.68万元」) or
 * of one part (「②公用经费：商品和服务支出(502)126.00万元」). Such a figure compared with the
 * department's table figure is no ground for an error: `scopeDoubt` says why the scope is in doubt,
 * and the mismatch is reported as a warning carrying that doubt (docs/narrative.md) — unless the
 * part is larger than the whole, which is wrong for sure (against-model.ts).
 */
import type { Claim } from './claims';
import { otherBody } from './other-body';

/** Words before a subject that leave it the department's (years, 本部门, 当年 …). */
const NEUTRAL = /^(((19|20)\d{2}年度?)|本部门|本单位|部门|单位|本级|[本我全](?:局|委|办|院|厅|中心|单位|部门|部|校|所|站|队|馆|会|委员会|办公室)|机关|本年度?|当年|全年|年初|年度|预算|决算|安排的?|共|合计|总|其中|包括|主要|的|为|是|中|用于|全部|总额|总计|总数|[一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|[①-⑳])*$/;

/** 「上级专项转移支付支出预算」: a generic word (支出预算) qualified by a name — the part it names, not the whole. */
export function qualifiedGeneric(qualifier: string, department?: string | null, bodyNeutral = false): boolean {
  let q = qualifier.replace(/\s+/g, '').replace(/^.*[，,；;：:。]/, '');
  if (department) q = q.split(department.replace(/\s+/g, '')).join('');
  // 「2024年某县某某中心支出预算」: a body's name (the department's, spelt otherwise) leaves the total whole
  if (bodyNeutral) q = q.replace(BODY_NAME, '$1');
  return /[\u4e00-\u9fff]$/.test(q) && !NEUTRAL.test(q);
}

const BODY_NAME = /^((?:(?:19|20)\d{2}年度?)?)[\u4e00-\u9fff()（）]{2,30}?(局|委|院|中心|办公室|委员会|厅|所|站|队|馆|校|学院|医院)([(（]本级[)）]|本级)?(?=(?:(?:19|20)\d{2}年度?)?$)/;

/** Subjects named by a generic word (支出预算, 本年收入): any qualifier before them narrows them. */
const GENERIC_FACTS = new Set(['支出合计', '收入合计', '支出总计', '收入总计']);

/** Budget parts an 经济分类 list may break down (「①人员经费：工资福利支出(301)…」). */
const PART_HEAD = /(人员经费|公用经费|专项业务经费|专项经费|基本支出|项目支出|机关运行经费|三公经费)(支出)?[:：]/;

/** Parts of the budget by use: a 科目 is split into them too. */
const BUDGET_PARTS = new Set(['人员经费', '公用经费', '基本支出', '项目支出', '一般公共预算基本支出', '一般公共预算项目支出']);

/**
 * A section named by the department's own name, or by it with the province/city before it
 * (「一、甘肃省永登县政务服务中心」 for 永登县政务服务中心): the whole, not a unit. 「（本级）」 stays a unit.
 */
function wholeDepartment(section: string, dept: string | undefined): boolean {
  const name = section.replace(/\s+/g, '');
  return !!dept && (name === dept || (name.endsWith(dept) && /^[\u4e00-\u9fff]{2,12}?[省市县区州盟旗]$/.test(name.slice(0, -dept.length))));
}

/**
 * 「（3）行政事业单位养老支出（20805）705.90万元，…。具体为：人员经费675.90万元，…；公用经费0.00万元」:
 * a sentence opened by 具体为/具体包括 breaks down the 科目 stated last before it in its paragraph; a
 * paragraph led by a 科目 with its code is about that 科目.
 */
function breakdownHead(c: Claim, claims: Claim[], isItem: (x: Claim) => boolean): Claim | undefined {
  const opener = claims.find((x) => x.para === c.para && x.sentence === c.sentence && x.id <= c.id && /具体(为|包括|是|如下)[:：]/.test(x.context.replace(/\s+/g, '')));
  if (!opener) {
    // 「②机关商品和服务支出（502）996.33万元，…。2022年…日常公用经费109.15万元」: a paragraph led by a
    // 科目 with its code explains that 科目 — the budget parts stated in it are the 科目's
    const lead = claims.find((x) => x.para === c.para);
    return lead && lead !== c && lead.kind === 'amount' && /[(（]\d{3,7}[)）]\s*$/.test(lead.context) ? lead : undefined;
  }
  return claims.filter((x) => x.para === c.para && x.id < opener.id && x.sentence !== c.sentence).reverse().find(isItem);
}

/** Why the figure may not be the department's whole figure the table holds, or null. */
export function scopeDoubt(c: Claim, opts: { department?: string | null; claims?: Claim[] } = {}): string | null {
  const dept = opts.department?.replace(/\s+/g, '');
  if (/该项目|本项目|此项目|该项资金/.test(c.before)) return '该句说明的是某一项目的资金，不是整个部门的数';
  if (c.fundSection && c.subject?.startsWith('class:')) return `该数字位于「${c.fundSection}」一节，是该项资金的科目数，表中对照的可能是另一本预算的同一科目`;
  if (c.section && !wholeDepartment(c.section, dept)) return `该数字位于「${c.section}」一节，说明的是该单位的数，而表中为整个部门的数`;
  const clause = c.before.replace(/\s+/g, '');
  // 「2.“农林水支出”科目83万元，主要用于人员经费18万元、公用经费58万元」: the 科目's parts
  const isItem = (x: Claim) => x.kind === 'amount' && (/科目|[(（][类款项][)）]|[(（]\d{3,7}[)）]\s*$/.test(x.context) || !!x.subject?.startsWith('class:'));
  const head = opts.claims?.find((x) => x.para === c.para && x.sentence === c.sentence && x.start < c.start && isItem(x)) ?? breakdownHead(c, opts.claims ?? [], isItem);
  if (head && c.subject && BUDGET_PARTS.has(c.subject)) return `该数字列在科目「${head.context.replace(/\s+/g, '').replace(/^.*[，,；;。]/, '').replace(/^[\d.、()（）]+/, '')}」之下，是该科目中的${c.subject}，而表中为全部的${c.subject}`;
  if (c.subject?.startsWith('econ:') || c.subject?.startsWith('class:')) {
    const part = PART_HEAD.exec(clause);
    if (part) return `该数字列在「${part[1]}」之下，是${part[1]}中的该科目数，而表中为全部支出的该科目数`;
  }
  // 「其中：XX中心支出预算80万元」: a figure of another body than the department
  const body = c.qualifier ? otherBody(c.qualifier, opts.department) : null;
  if (body) return `该数字的主语为「${body}」，是该单位的数，而表中为整个部门的数`;
  // 「上级专项转移支付支出预算393.23万元」: a generic word qualified by a name
  if (c.subject && GENERIC_FACTS.has(c.subject) && c.qualifier && qualifiedGeneric(c.qualifier, opts.department, true)) {
    return `该数字的主语「${c.qualifier}」+「${c.subject}」带有限定，是其中一部分（某项资金、项目或单位）的数，不是整个部门的${c.subject}`;
  }
  // 「本部门财政拨款收入预算总计…。支出预算总计…」: a bare total after a qualified one carries its qualifier
  const prev = c.subject && GENERIC_FACTS.has(c.subject) && !c.qualifier ? [...(opts.claims ?? [])].reverse().find((x) => x.para === c.para && x.start < c.start && x.kind === 'amount') : undefined;
  if (prev?.subject && GENERIC_FACTS.has(prev.subject) && prev.qualifier && qualifiedGeneric(prev.qualifier, opts.department, true)) {
    return `该句主语「${c.subject}」未加限定，承接上文「${prev.qualifier.replace(/^.*[，,；;。]/, '')}${prev.subject}」，可能同样是其中一部分的数，不是整个部门的${c.subject}`;
  }
  // 「1.上级下达资金——政府性基金预算482万元」: the subject names a part of a named item
  if (c.qualifier && /[—–]/.test(c.qualifier)) {
    return '该数字的主语前有「——」限定（某项资金或项目的一部分），不是整个部门的数';
  }
  // a numbered project line: 「2.口岸管理业务40,000.70万元，主要包括：…上年结转122.31万元」
  const lead = c.leadItem;
  if (lead) return `该数字位于项目「${lead.name}」的说明中，是该项目的数，而表中为整个部门的数`;
  // an item of a list whose total is a named figure other than the department's
  const total = c.listTotal;
  if (total && total !== c && total.kind === 'amount' && !total.subject && total.namedAs && qualifiedGeneric(total.namedAs, opts.department)) {
    return `该数字是「${total.namedAs}${total.printed}${total.unit}」的组成部分，不是整个部门的数`;
  }
  // an item of a list whose total is another body's (「XX馆预算80万元，其中：基本支出50万元」)
  const totalBody = total && total !== c && total.qualifier ? otherBody(total.qualifier, opts.department) : null;
  if (totalBody) return `该数字是「${totalBody}」${total!.printed}${total!.unit}的组成部分，是该单位的数，而表中为整个部门的数`;
  return null;
}
