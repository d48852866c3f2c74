/**
 * 「其中/包括」 lists of the 说明: which figure is a list's total, which figures are its items, and
 * whether that is certain. A list opens at the figure after its mark, at the parenthesis depth of
 * that figure, and ends with its sentence. Its total is the figure before the mark — unsure when the
 * mark opens a new sentence after one with several figures (「基本支出89.05万元，项目支出48万元。其中：
 * 人员经费…」 may list either) or when a second mark opens a list inside the list; the checks report
 * an unsure list as a warning, never an error.
 */
import type { Claim } from './claim';
import { findSubject } from './subjects';

export interface OpenList {
  depth: number;
  total: Claim;
  unsure: boolean;
  /**
   * Opened after 「；」 inside another list (「…；履职工作经费4,754.51万元，其中结转结余390.00万元，…；
   * 装备经费523.08万元」): past the next 「；」 an item may be the outer list's again — unsure there.
   */
  clauseOnly?: boolean;
}

export const LIST_MARK = /其中|包括|分别为|具体为|主要有/;

export function parenDepth(text: string): number {
  let d = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') d++;
    else if ((ch === '）' || ch === ')') && d > 0) d--;
  }
  return d;
}

/** A figure named a total (not an item) even inside a list, or set apart from it (另有…). */
// 「…共188人」 at the end of a clause: that clause states a total of its own (「实有人员303人，其中行政71人，
// 事业232人；单位管理的离退休人员共188人」), not an item of the list
const TOTAL_WORD = /合计|总计|共计|总额|总数|实有|现有|共有|^共|共$|另有|另外|此外|^另/;

const listable = (c: Claim) => c.kind === 'amount' || c.kind === 'count';

/** More than one figure of the total's kind in its sentence: which one a later 其中 lists is unsure. */
function crowded(total: Claim, claims: Claim[]): boolean {
  return claims.filter((c) => c.para === total.para && c.sentence === total.sentence && c.kind === total.kind).length > 1;
}

export interface ListPlace {
  line: string;
  para: number;
  depth: number;
  /** The figure's context carries a list mark (and may open a list). */
  opens: boolean;
  inLine: Claim[];
  /** Every claim before this one (this line's included). */
  claims: Claim[];
}

/** Open a list at `claim` when its mark is before it, and make it an item of the list open at its depth. */
export function placeInList(claim: Claim, at: ListPlace, openLists: OpenList[]): void {
  if (!listable(claim)) return;
  const open = openLists.find((l) => l.depth === at.depth);
  // with a list open, only a mark in the figure's own clause opens another (「…，包括基本工资…；公用经费」 does not)
  const clauseMark = LIST_MARK.test(claim.context.slice(Math.max(claim.context.lastIndexOf('；'), claim.context.lastIndexOf(';')) + 1));
  if (at.opens && (!open || clauseMark)) {
    const total =
      [...at.inLine].reverse().find((c) => listable(c) && parenDepth(at.line.slice(0, c.start)) <= at.depth) ??
      (at.inLine.length === 0 ? [...at.claims].reverse().find((c) => c.para >= at.para - 3 && listable(c)) : undefined);
    if (total && (!open || open.total !== total)) {
      const across = total.para !== at.para || /[。！？]/.test(at.line.slice(total.end, claim.start));
      // 「财政拨款支出200万元，一般公共预算支出包括：…」: the list names another subject than its total
      const named = findSubject(at.line.slice(total.end, claim.start).replace(/\s+/g, '').split(LIST_MARK)[0]);
      let unsure = (across && crowded(total, at.claims)) || (!!named && named.fact !== total.subject);
      let clauseOnly = false;
      if (open) {
        openLists.splice(openLists.indexOf(open), 1);
        // 「…占100%；支出137.05万元，其中…」: a new total after 「；」 leaves the old list; else a list inside the list
        const before = at.inLine[at.inLine.indexOf(total) - 1];
        const restart = total.para !== at.para || /[；;。！？]/.test(at.line.slice(before?.end ?? 0, total.start));
        if (restart && total.listTotal === open.total) {
          delete total.listTotal;
          clauseOnly = true;
        } else unsure = true;
      }
      openLists.push({ depth: at.depth, total, unsure, clauseOnly });
    }
  }
  const list = openLists.find((l) => l.depth === at.depth);
  // 「编制12人，其中行政编制10人，实有人员15人」「…服务类5万元，合计10万元」: a new total ends the list
  if (list && !at.opens && TOTAL_WORD.test(claim.context.split(/[，,、；;]/).pop() ?? '')) {
    openLists.splice(openLists.indexOf(list), 1);
    return;
  }
  // 「…增加1,210.00万元，主要原因包括：1.下达转移支付资金1,100.00万元」: a reason's figures are no items
  if (list && list.total !== claim && list.total.para === at.para && /原因|由于/.test(at.line.slice(list.total.end, claim.start))) return;
  if (list && list.total !== claim) {
    claim.listTotal = list.total;
    const pastClause = list.clauseOnly && (list.total.para !== at.para || /[；;]/.test(at.line.slice(list.total.end, claim.start)));
    if (list.unsure || pastClause || notItsPart(list.total, claim) || pastSemicolon(list.total, claim, at)) claim.listUnsure = true;
  }
}

/** Subjects a 说明 lists under 「其中」 that are no parts of the total (西安 「“三公”经费…0.27万元，其中会议费0.24万元，…培训费0.71万元」). */
const NOT_PARTS_OF: Record<string, string[]> = { 三公经费: ['会议费', '培训费'], 三公经费合计: ['会议费', '培训费'] };

function notItsPart(total: Claim, item: Claim): boolean {
  return !!total.subject && !!item.subject && (NOT_PARTS_OF[total.subject] ?? []).includes(item.subject);
}

/**
 * 「在职人员380人，其中行政89人，事业291人；单位管理的离退休人员203人」: the counts of a 「其中」 list,
 * then a 「；」 — the clause after it may count something else; unsure there.
 */
function pastSemicolon(total: Claim, item: Claim, at: ListPlace): boolean {
  // counts only: amount lists part their items by 「；」 too (「其中，因公出国（境）费…，占…；公务接待费…」)
  if (item.kind !== 'count' || total.para !== at.para || !/其中/.test(at.line.slice(total.end, item.start))) return false;
  const prev = [...at.claims].reverse().find((c) => c !== item && c.listTotal === total && c.para === at.para);
  return !!prev && /[；;]/.test(at.line.slice(prev.end, item.start));
}
