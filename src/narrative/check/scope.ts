/**
 * Scope of a stated figure: is it the whole department's, as the tables are? A 说明 also states
 * figures of one unit (「三、深圳市社会保险基金管理局直属分局」 sections), of one project
 * (「1.技工教育管理12,406.53万元，主要包括：…上年结转1,443.44万元」), of one fund or transfer
 * (「上级专项转移支付支出预算393.23万元」, 「污水处理费预算总额…其中：一般公共预算117,921.68万元」) or
 * of one part (「②公用经费：商品和服务支出(502)126.00万元」). Such a figure compared with the
 * department's table figure is no ground for an error: `scopeDoubt` says why the scope is in doubt,
 * and the mismatch is reported as a warning carrying that doubt (docs/narrative.md).
 */
import type { Claim } from './claims';

/** Ends like the name of a government body (department.ts BODY, plus 本级). */
const BODY = /(局|委|办|院|中心|所|站|队|会|室|部|厅|处|社|馆|校|园|团|府|署|庭|宫|场|台|馆|学院|学校|医院|本级|分局|支队|大队|办公室|委员会)$/;
const NUMBERED = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))\s*/;
const AMOUNT = /\d\s*(万元|亿元|元)/;

export interface Heading {
  /** 0 第X部分, 1 一、, 2 （一）, 3 1. */
  level: number;
  text: string;
  /** The body the heading names (parentheticals like （本级）（深圳） kept), or null. */
  unit: string | null;
}

/** A numbered heading line of the 说明 (short, no figure, no sentence punctuation), or null. */
export function headingOf(line: string): Heading | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  const text = line.slice(m[0].length).trim();
  if (text.length === 0 || text.length > 40 || AMOUNT.test(text) || /[，,。；;：:]/.test(text)) return null;
  const mark = m[1];
  const level = mark.startsWith('第') ? 0 : /^[一二三四五六七八九十]/.test(mark) ? 1 : /^[(（]/.test(mark) ? 2 : 3;
  const bare = text.replace(/\s+/g, '').replace(/([(（][^()（）]*[)）])+$/, '');
  const unit = level > 0 && BODY.test(bare) && !/(情况|说明|解释|目标|部分|预算|支出|收入|经费)$/.test(bare) ? text.replace(/\s+/g, '') : null;
  return { level, text, unit };
}

/**
 * The unit section each logical line is in: a heading naming a body opens it, the next heading of
 * its level or above closes it. The department's own name without 「本级」 is the whole package.
 */
/** 「深圳市公安局(本级)预算204,397.58万元，包括…」: a paragraph opening with a unit's budget. */
const UNIT_SENTENCE = /^\s*([\u4e00-\u9fff][^\s，,。；;：:、]{1,38}?)\s*(?:20\d{2}年(?:度)?)?(?:部门)?预算\s*[\d,.]+\s*万\s?元/;

function unitSentence(line: string): string | null {
  const m = UNIT_SENTENCE.exec(line);
  if (!m) return null;
  const bare = m[1].replace(/([(（][^()（）]*[)）])+$/, '');
  return BODY.test(bare) || /本级/.test(m[1]) ? m[1] : null;
}

export function unitSections(lines: string[]): (string | null)[] {
  const out: (string | null)[] = [];
  let open: Heading | null = null;
  // units' budgets paragraph by paragraph count only where the 说明 goes through several units
  const byUnit = lines.filter((l) => unitSentence(l)).length >= 2;
  for (const line of lines) {
    const h = headingOf(line);
    if (h && open && h.level <= open.level) open = null;
    if (h && h.unit) open = h;
    // 「XX局(本级)预算…」 names the department's own level, without its subordinate units
    const named = !h ? unitSentence(line) : null;
    const u = named && (byUnit || /本级/.test(named)) ? named : null;
    if (u && (!open || open.unit !== u)) open = { level: 1, text: u, unit: u };
    out.push(open ? open.unit : null);
  }
  return out;
}

const ITEM_NUMBER = /^\s*(\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*/;
/** Words of the budget's own structure: a line led by them is no project's. */
const OVERVIEW = /收入|支出|预算|决算|情况|合计|总计|部门|单位|本级|其中|包括/;

/**
 * A numbered line led by the amount of a named item (「2.口岸管理业务40,000.70万元，主要包括：…」):
 * the item, whose figures the rest of the line states.
 */
export function itemLed(line: string, first: Pick<Claim, 'kind' | 'subject' | 'start'>): { name: string } | undefined {
  const m = ITEM_NUMBER.exec(line);
  if (!m || first.kind !== 'amount' || first.subject) return undefined;
  const name = line.slice(m[0].length, first.start).replace(/\s+/g, '');
  if (!/^[\u4e00-\u9fff“”"()（）A-Za-z0-9—-]{2,40}$/.test(name) || !/[\u4e00-\u9fff]{2}/.test(name) || OVERVIEW.test(name)) return undefined;
  return { name };
}

/** Words before a subject that leave it the department's (years, 本部门, 当年 …). */
const NEUTRAL = /^(((19|20)\d{2}年度?)|本部门|本单位|部门|单位|本级|本局|全局|我局|我部|机关|本年度?|当年|全年|年初|年度|预算|决算|安排的?|共|合计|总|其中|包括|主要|的|为|是|中|用于|全部|总额|总计|总数|[一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|[①-⑳])*$/;

/** 「上级专项转移支付支出预算」: a generic word (支出预算) qualified by a name — the part it names, not the whole. */
export function qualifiedGeneric(qualifier: string, department?: string | null): boolean {
  let q = qualifier.replace(/\s+/g, '').replace(/^.*[，,；;：:。]/, '');
  if (department) q = q.split(department.replace(/\s+/g, '')).join('');
  return /[\u4e00-\u9fff]$/.test(q) && !NEUTRAL.test(q);
}

/** Subjects named by a generic word (支出预算, 本年收入): any qualifier before them narrows them. */
const GENERIC_FACTS = new Set(['支出合计', '收入合计', '支出总计', '收入总计']);

/** Budget parts an 经济分类 list may break down (「①人员经费：工资福利支出(301)…」). */
const PART_HEAD = /(人员经费|公用经费|专项业务经费|专项经费|基本支出|项目支出|机关运行经费|三公经费)(支出)?[:：]/;

/** Why the figure may not be the department's whole figure the table holds, or null. */
/** Parts of the budget by use: a 科目 is split into them too. */
const BUDGET_PARTS = new Set(['人员经费', '公用经费', '基本支出', '项目支出', '一般公共预算基本支出', '一般公共预算项目支出']);

export function scopeDoubt(c: Claim, opts: { department?: string | null; claims?: Claim[] } = {}): string | null {
  const dept = opts.department?.replace(/\s+/g, '');
  if (/该项目|本项目|此项目|该项资金/.test(c.before)) return '该句说明的是某一项目的资金，不是整个部门的数';
  if (c.section && c.section !== dept) return `该数字位于「${c.section}」一节，说明的是该单位的数，而表中为整个部门的数`;
  const clause = c.before.replace(/\s+/g, '');
  // 「2.“农林水支出”科目83万元，主要用于人员经费18万元、公用经费58万元」: the 科目's parts
  const head = opts.claims?.find((x) => x.para === c.para && x.sentence === c.sentence && x.start < c.start && x.kind === 'amount' && (/科目|[(（][类款项][)）]/.test(x.context) || !!x.subject?.startsWith('class:')));
  if (head && c.subject && BUDGET_PARTS.has(c.subject)) return `该数字列在科目「${head.context.replace(/\s+/g, '').replace(/^.*[，,；;。]/, '').replace(/^[\d.、()（）]+/, '')}」之下，是该科目中的${c.subject}，而表中为全部的${c.subject}`;
  if (c.subject?.startsWith('econ:') || c.subject?.startsWith('class:')) {
    const part = PART_HEAD.exec(clause);
    if (part) return `该数字列在「${part[1]}」之下，是${part[1]}中的该科目数，而表中为全部支出的该科目数`;
  }
  // 「上级专项转移支付支出预算393.23万元」: a generic word qualified by a name
  if (c.subject && GENERIC_FACTS.has(c.subject) && c.qualifier && qualifiedGeneric(c.qualifier, opts.department)) {
    return `该数字的主语「${c.qualifier}」+「${c.subject}」带有限定，是其中一部分（某项资金、项目或单位）的数，不是整个部门的${c.subject}`;
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
  return null;
}
