/**
 * Where a 说明 line sits: the unit section it is in (a heading naming a body, or a paragraph opening
 * with a unit's budget) and the named item a numbered line is led by. Text only; scope.ts decides
 * what that means for a figure.
 */

/** Ends like the name of a government body (department.ts BODY, plus 本级). */
const BODY = /(局|委|办|院|中心|所|站|队|会|室|部|厅|处|社|馆|校|园|团|府|署|庭|宫|场|台|学院|学校|医院|本级|分局|支队|大队|办公室|委员会)$/;
/** A part of the department named by what it is (「一、XX中心下属事业单位」, 「（二）所属单位」): a scope too. */
const PART_OF_BODY = /(下属|所属|直属|二级|基层)(事业|行政)?单位$|^(事业|行政|参公)单位$/;
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
  const unit = level > 0 && (BODY.test(bare) || PART_OF_BODY.test(bare)) && !/(情况|说明|解释|目标|部分|预算|支出|收入|经费)$/.test(bare) ? text.replace(/\s+/g, '') : null;
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
export function itemLed(line: string, first: { kind: string; subject: string | null; start: number }): { name: string } | undefined {
  const m = ITEM_NUMBER.exec(line);
  if (!m || first.kind !== 'amount' || first.subject) return undefined;
  const name = line.slice(m[0].length, first.start).replace(/\s+/g, '');
  if (!/^[\u4e00-\u9fff“”"()（）A-Za-z0-9—-]{2,40}$/.test(name) || !/[\u4e00-\u9fff]{2}/.test(name) || OVERVIEW.test(name)) return undefined;
  return { name };
}
