/**
 * Segmentation: split a sheet into table segments. A table starts at a title row (one short
 * text, usually merged across, that reads like a table title); tables stacked on one sheet
 * (a PDF converted to Excel) therefore become several segments. A sheet without any title row
 * is one segment.
 */
import { titleForm } from '../vocabulary/labels';
import { bestTitle } from './classify';
import type { RowInfo, SheetView } from './sheet-view';

export interface Segment {
  /** First and last absolute rows (inclusive). */
  r0: number;
  r1: number;
  /** Rows of the title block that hold the title itself (may be empty). */
  titleRows: number[];
}

const NOTE_START = /^(注|备注|说明|附注|数据来源|填报|制表|审核|单位负责人|财务负责人|本表|此表)/;
// 表一, 表1-2, 附表3, and the 财政部 forms' 公开01表 / 预算公开表5 / 01表
const TABLE_NO = /^(?:(?:部门)?(?:预算|决算)?公开)?(?:附?表[一二三四五六七八九十百零〇\d]+(?:[-—－之][一二三四五六七八九十\d]+)?|[一二三四五六七八九十\d]+(?:[-—－之][\d]+)?表)[、.．:：\s]*$/;
const TITLE_WORDS = /(表|目录|情况|明细|清单)(?:[（(][^）)]*[）)])?$/;

/** Is this text a table number alone ("表一", "表1-2", "附表3")? */
export function isTableNumber(s: string): boolean {
  return TABLE_NO.test(titleForm(s));
}

const CONTINUED = /[（(]续(表)?[)）]$|续表$|[（(]续[一二三四五六七八九十\d]*[)）]$/;

/** A title marking the continuation of the table above: 「一般公共预算支出表（续）」, 「续表」. */
export function isContinuation(text: string): boolean {
  return CONTINUED.test(titleForm(text));
}

/** Does a single-text row read like a table title? */
export function looksLikeTitle(text: string): boolean {
  const t = titleForm(text);
  if (t.length < 2 || t.length > 60) return false;
  if (NOTE_START.test(t)) return false;
  if (/[。；;]/.test(t) || /，.*，/.test(t)) return false;
  if (/^(单位|金额单位|编制单位|编制部门|填报部门|部门|部门名称|单位名称)[:：]/.test(t)) return false;
  if (isTableNumber(t)) return true;
  if (TITLE_WORDS.test(t) || /表[（(]/.test(t)) return true;
  // 「一般公共预算支出表-按功能分类」: a 表 title with a suffix; numbered body labels are not titles
  return /表/.test(t) && !/^[(（]?[一二三四五六七八九十\d]+[)）、.．]/.test(t) && bestTitle(t) !== null;
}

/** A unit / department line (not a title that merely mentions its unit: 「…表（单位：万元）」). */
function isMeta(t: string): boolean {
  const c = titleForm(t);
  return /^[（(]?(金额)?单位[:：]/.test(c) || /^(部门名称|编制单位|编制部门|填报部门|部门|单位名称|填报单位|预算单位|部门（单位）名称)[:：]/.test(c);
}

function titleText(info: RowInfo): string | null {
  if (info.filled === 0 || info.numeric > 0) return null;
  // 「单位：万元」 or 「部门名称：…」 beside the title does not make it a body row
  const meaningful = info.texts.filter((x) => !isMeta(x));
  const texts = meaningful.filter((x) => !isTableNumber(x));
  if (texts.length === 0) return meaningful.length === 1 ? meaningful[0] : null;
  if (texts.length !== 1 || meaningful.length > 2) return null;
  // a title row holds one text (possibly merged across); two cells only with a 表号 or a unit beside it
  if (info.filled > info.texts.length && info.filled > 3) return null;
  return texts[0];
}

export function segmentSheet(view: SheetView): Segment[] {
  const segs: Segment[] = [];
  let cur: Segment | null = null;
  let bodyRows = 0; // multi-cell rows seen since the current segment's title
  for (const info of view.rows) {
    if (info.filled === 0) continue;
    const t = titleText(info);
    // 「…表（续）」 continues the table above (a page break): it does not start a new one
    // a 目录 lists the tables, one 「表4 | 部门综合预算财政拨款收支总表」 a row: entries, not titles
    const tocEntry = t !== null && tocTitled(view, cur) && info.texts.some(isTableNumber);
    const isTitle = t !== null && !tocEntry && looksLikeTitle(t) && !(cur && cur.titleRows.length > 0 && isContinuation(t));
    if (isTitle) {
      // a title block has at most three title-like rows (表号, heading, title); more is a list (目录)
      if (cur && bodyRows === 0 && info.row - lastTitleRow(cur) <= 2 && cur.titleRows.length < 3) {
        cur.titleRows.push(info.row);
        cur.r1 = info.row;
        continue;
      }
      if (!cur || bodyRows > 0) {
        cur = { r0: info.row, r1: info.row, titleRows: [info.row] };
        segs.push(cur);
        bodyRows = 0;
        continue;
      }
    }
    if (!cur) {
      cur = { r0: info.row, r1: info.row, titleRows: [] };
      segs.push(cur);
    }
    cur.r1 = info.row;
    if (info.filled >= 2) bodyRows++;
  }
  // a title-less lead segment that is only a line or two of text (附件1, a heading) joins the next
  if (segs.length > 1 && segs[0].titleRows.length === 0 && segs[0].r1 - segs[0].r0 < 2) {
    const lead = view.rows.slice(segs[0].r0 - view.top, segs[0].r1 - view.top + 1);
    if (lead.every((r) => r.filled <= 1)) segs.shift();
  }
  return segs;
}

const TOC_TITLE = /目录$|^目录|报表目录|公开目录/;

/** Whether the segment is titled as a 目录 (list of the package's tables). */
function tocTitled(view: SheetView, s: Segment | null): boolean {
  if (!s || s.titleRows.length === 0) return false;
  return s.titleRows.some((r) => view.rows[r - view.top]?.texts.some((x) => TOC_TITLE.test(titleForm(x))));
}

function lastTitleRow(s: Segment): number {
  return s.titleRows.length ? s.titleRows[s.titleRows.length - 1] : s.r0;
}
