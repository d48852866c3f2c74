/**
 * Claim extraction: every figure of a 说明 with what it is (amount, change, share, rate, count),
 * its subject, its line, the sentence, and how it relates to the figures around it (the amount a
 * share or a change belongs to, the total of a 「其中：」 list). Pure text work; checks come after.
 */
import Decimal from 'decimal.js';
import type { Claim, ClaimKind } from './claim';
import { LIST_MARK, parenDepth, placeInList, type OpenList } from './lists';
import { itemLed, unitSections } from './sections';
import { fundSections } from './fund-sections';
import { findSubject } from './subjects';
import { lineAt, logicalLines, type LogicalLine } from './wrapped';

export type { Claim, ClaimKind } from './claim';

// 「2,328.79 万 元」: letter-spaced PDF text splits the unit too
const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万\s?元|亿\s?元|元|%|个|辆|套|台|名|人|项|家|张)/g;
const CHANGE_VERB = /(增加|减少|增长|下降|降低|上升|提高|压减|节约|增|减)了?\s*$/;
const RATE_VERB = /(增加|减少|增长|下降|降低|上升|提高|增幅|降幅|减幅|增长率|下降率)(为|了)?\s*$/;
const UP = /增|上升|提高/;
const BASELINE = /(比|较|同比|与)[^，,。；;比较]*(上年|去年|上一年|(19|20)\d{2}年|年初|预算数)[^，,。；;]*$/;
/** 「涉及一般公共预算当年拨款48万元」「上年结转项目支出10万元」: a part of the subject, or another figure of it. */
const NOT_THE_WHOLE = /涉及|覆盖|(结转|结余)的?$|追加$|调增$|调减$/;
const PER_UNIT = /人均|生均|户均|每人|每[年月天日次辆台个]|标准|定额|单价|限额/;
/** After 占: the 年初预算/全年预算/调整预算/计划 a 决算 is compared with (完成率). */
const COMPLETION = /年初|全年|调整|预算数|计划|任务/;

function sentenceStart(line: string, start: number): number {
  const before = line.slice(0, start);
  return Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
}

function sentenceAround(line: string, start: number, end: number): string {
  const s = sentenceStart(line, start);
  const rest = line.slice(end);
  const e = rest.search(/[。！？]/);
  return line.slice(s, e < 0 ? line.length : end + e + 1).trim().slice(0, 160);
}

/** The text of the 说明 as extractClaims reads it: wrapped lines joined (wrapped.ts). */
export function extractClaims(text: string): Claim[] {
  return claimsOf(logicalLines(text));
}

export function claimsOf(lines: LogicalLine[]): Claim[] {
  const claims: Claim[] = [];
  const sections = unitSections(lines.map((l) => l.text));
  const funds = fundSections(lines.map((l) => l.text));
  let prevLineText = '';
  let pendingListTotal: Claim | undefined; // a 「包括：」 line: items follow on the next lines
  let pendingUnsure = false;
  let carried: OpenList[] = []; // lists open at the end of the previous line
  lines.forEach((ll, i) => {
    const line = ll.text;
    const inLine: Claim[] = [];
    // the heading a figure-first line sits under (「1. 交通运输支出(类)…(项)」 / 「2024 年预算数为 0 万元」)
    const lead = prevLineText && !/[。！？；;]\s*$/.test(prevLineText) && prevLineText.length <= 80 ? prevLineText.trim() : undefined;
    // a line that starts with a figure continues the previous line's sentence (and its lists)
    const openLists: OpenList[] = /^\s*\d[\d,]*(\.\d+)?\s*(万元|亿元|元|%|个|辆|套|台|名|人|项|家|张)/.test(line) ? [...carried] : [];
    if (/^[\s#*]*(其中|包括)[:：]?\s*$/.test(line)) {
      ({ total: pendingListTotal, unsure: pendingUnsure } = totalAbove(claims));
      return;
    }
    if (/^\s*$/.test(line)) return;
    NUMBER.lastIndex = 0;
    let lastEnd = 0;
    for (let m = NUMBER.exec(line); m; m = NUMBER.exec(line)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = line.slice(0, start);
      if (/[第《〔\[]\s*$/.test(before) || /^\s*(以上|以下|及以上|以内)/.test(line.slice(end))) continue;
      let context = line.slice(lastEnd, start);
      if (inLine.length === 0 && !/[\u4e00-\u9fff]/.test(before)) context = prevLineText.slice(-40) + context;
      const printed = m[1].replace(/,/g, '');
      const unit = m[2].replace(/\s+/g, '');
      const decimals = printed.includes('.') ? printed.split('.')[1].length : 0;
      let kind: ClaimKind;
      let direction: 'up' | 'down' | undefined;
      let denominator: string | null | undefined;
      if (unit === '%') {
        const verb = RATE_VERB.exec(context);
        const share = /占([^占]*)$/.exec(context);
        if (share && (COMPLETION.test(share[1]) || RATE_VERB.test(share[1]))) {
          lastEnd = end;
          continue; // 「占年初预算的98.5%」: a 完成率; 「占比较上年提高2%」: a share's change — not a share
        }
        if (share) {
          kind = 'share';
          denominator = findSubject(share[1].replace(/\s+/g, ''))?.fact ?? null;
        }
        else if (verb) {
          kind = 'rate';
          direction = UP.test(verb[1]) ? 'up' : 'down';
        } else if (/^\s*[（(]\s*$/.test(context) && inLine[inLine.length - 1]?.kind === 'change') {
          // 「较上年减少3万元（7.50%）」: the rate in brackets right after its change, no 增/降 word
          kind = 'rate';
          direction = inLine[inLine.length - 1].direction;
        } else {
          lastEnd = end;
          continue; // 完成率, 公开率 …: not checked
        }
      } else if (/元$/.test(unit)) {
        const verb = CHANGE_VERB.exec(context);
        if (verb && !/[（(]\s*(减少|增加)\s*[)）]\s*$/.test(context) && !/(增加|减少)\s*[（(]\s*(减少|增加)\s*[)）]/.test(context.slice(-10))) {
          kind = 'change';
          direction = UP.test(verb[1]) ? 'up' : 'down';
        } else kind = 'amount';
      } else kind = 'count';
      // the subject is named in the figure's own sentence, never in the one before
      const compact = context.replace(/\s+/g, '').replace(/^.*[。！？]/, '');
      const found = findSubject(compact);
      // 「人均公用经费5000元」「按每人每年6000元标准」: a rate per head or a standard, not the subject's amount
      const subj = found && (PER_UNIT.test(compact.slice(Math.max(0, found.start - 3))) || /^\s*[/／每]/.test(line.slice(end)) || NOT_THE_WHOLE.test(compact.slice(0, found.start).replace(/^.*[，,；;：:]/, ''))) ? null : found;
      const strong = subj !== null && !/[，,；;。]/.test(compact.slice(subj.end));
      const claim: Claim = {
        id: claims.length,
        kind,
        line: lineAt(ll, sentenceStart(line, start)),
        para: i,
        start,
        end,
        printed,
        value: new Decimal(printed),
        decimals,
        unit,
        direction,
        denominator,
        subject: subj?.fact ?? null,
        strong,
        sentence: sentenceAround(line, start, end),
        context,
        before: line.slice(sentenceStart(line, start), start),
        text: line,
      };
      if (inLine.length === 0 && lead) claim.lead = lead;
      if (sections[i]) claim.section = sections[i]!;
      if (funds[i]) claim.fundSection = funds[i]!;
      if (subj) claim.qualifier = compact.slice(0, subj.start).replace(/^.*[，,；;：:]/, '');
      else if (kind === 'amount') claim.namedAs = compact.replace(/^.*[，,；;：:]/, '').replace(/^([一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])/, '');
      const leadItem = inLine.length === 0 ? itemLed(line, claim) : inLine[0].leadItem;
      if (leadItem) claim.leadItem = leadItem;
      if (kind === 'amount' && BASELINE.test(compact)) claim.baseline = true;
      if (kind === 'count') claim.noun = /^[^、，,。；;\s]{0,12}/.exec(line.slice(end))?.[0];
      relate(claim, inLine, claims);
      // lists: a figure followed by 其中/包括 opens a list at the current parenthesis depth
      const depth = parenDepth(line.slice(0, start));
      while (openLists.length && openLists[openLists.length - 1].depth > depth) openLists.pop();
      // a list ends with its sentence (joined lines hold whole paragraphs)
      if (/[。！？]/.test(line.slice(lastEnd, start))) openLists.length = 0;
      // a mark opens a list only in the figure's own sentence (「…分别为办公室、…处。下设直属事业单位6个」)
      const ownSentence = context.replace(/^.*[。！？]/, '');
      // counts: 「共7个处室，派出机构包括福田、罗湖…」 lists another thing than the count before the comma
      const otherThing = kind === 'count' && /[，,；;][^，,；;]*[\u4e00-\u9fff]{2}[^，,；;]*$/.test(ownSentence.split(LIST_MARK)[0]);
      placeInList(claim, { line, para: i, depth, opens: LIST_MARK.test(ownSentence) && !otherThing, inLine, claims }, openLists);
      if (kind === 'amount' && !openLists.some((l) => l.depth === depth) && pendingListTotal && inLine.length === 0) {
        claim.listTotal = pendingListTotal;
        if (pendingUnsure) claim.listUnsure = true;
      }
      inLine.push(claim);
      claims.push(claim);
      lastEnd = end;
    }
    carried = openLists;
    if (pendingListTotal && !(inLine.length === 1 && line.trim().length < 60)) pendingListTotal = undefined;
    prevLineText = line;
  });
  return claims;
}

/** Words of a clause that states another figure than a total: a reason, another year. */
const NO_TOTAL_HERE = /原因|由于|去年|上年(?!结转|结余)|上一年|预算数为/;

/**
 * The total a 「其中：」 line on its own breaks down: the last figure of the paragraph above that can
 * be one — not in brackets, not in a reason or another year's clause (「（去年预算数为0万元）」) —
 * unsure when that paragraph holds other such figures of another value.
 */
function totalAbove(claims: Claim[]): { total: Claim | undefined; unsure: boolean } {
  const last = claims[claims.length - 1];
  if (!last) return { total: undefined, unsure: false };
  const para = claims.filter((c) => c.para === last.para && (c.kind === 'amount' || c.kind === 'count'));
  const fit = para.filter((c) => !c.baseline && parenDepth(c.text.slice(0, c.start)) === 0 && !NO_TOTAL_HERE.test(c.before.replace(/\s+/g, '')));
  const total = fit[fit.length - 1] ?? para[para.length - 1];
  const others = fit.filter((c) => c !== total && c.kind === total?.kind && !c.value.eq(total.value));
  return { total, unsure: fit.length === 0 || others.length > 0 };
}

/** Attach a share to its amount, a rate to its change, a change to the amount it changes. */
function relate(claim: Claim, inLine: Claim[], all: Claim[]): void {
  const last = inLine[inLine.length - 1];
  if (claim.kind === 'share') claim.of = [...inLine].reverse().find((c) => c.kind === 'amount');
  else if (claim.kind === 'rate') claim.of = last && last.kind === 'change' ? last : undefined;
  else if (claim.kind === 'change') {
    const amounts = (xs: Claim[]) => [...xs].reverse().filter((c) => c.kind === 'amount' && !c.baseline);
    const named = claim.subject ? amounts(inLine).find((c) => c.subject === claim.subject) : undefined;
    claim.of = named ?? (claim.strong ? amounts(all).find((c) => c.subject === claim.subject) : undefined) ?? amounts(inLine)[0];
  }
}
