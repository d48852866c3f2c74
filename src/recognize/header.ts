/**
 * Header structure: which rows after the title block form the header, the 栏次 row
 * (「**」/「栏次」, 1, 2, 3 …) that is recognized and skipped, and each column's path read
 * top-down through merged cells (支出 › 一般公共预算 › 小计).
 */
import { titleForm } from '../vocabulary/labels';
import { toHalfWidth } from '../vocabulary/fold';
import type { SheetView } from './sheet-view';

import { unitFromText, yearFromText, departmentFromText, isDepartmentLabel } from './title-block';

export interface HeaderInfo {
  /** Rows of the title block below the title (unit/department/year lines). */
  metaRows: number[];
  /** Header rows (including the 栏次 row), empty when the table has no header. */
  rows: number[];
  /** The 栏次 row, if any. */
  ordinalRow: number | null;
  /** First row of the body. */
  bodyStart: number;
  /** Column paths by absolute column. */
  paths: Map<number, string[]>;
}

const HEADER_WORD = /项目|科目|编码|代码|名称|合计|总计|小计|支出|收入|经费|金额|预算|决算|数$|费|类|款|项|单位|资金|拨款|结转|结余|指标|目标|序号|栏次|行次|分类|基金|资本|备注|说明|收|支|补助|福利|服务|其他|人员|公用|基本|计/;

/** A row of the title block that is not the header: unit, department, year, date lines. */
function isMetaRow(view: SheetView, row: number, c0: number, c1: number): boolean {
  const info = view.info(row);
  if (!info || info.filled === 0) return true;
  if (info.numeric > 0) return false;
  let meta = 0;
  let other = 0;
  let labelled = false; // the cell after 「部门名称：」 is its value
  const texts: string[] = [];
  for (let c = c0; c <= c1; c++) {
    const t = view.text(row, c);
    if (t) texts.push(t);
  }
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (labelled) {
      labelled = false;
      continue;
    }
    // 「编制单位」「：某某室」: a PDF may cut the line at the colon
    if (isDepartmentLabel(t) || (isDepartmentLabel(`${t}：`) && /^\s*[:：]/.test(texts[i + 1] ?? ''))) {
      labelled = true;
      meta++;
    } else if (unitFromText(t) || departmentFromText(t) || /^[（(]?\s*(20|19)\d{2}\s*年度?\s*[)）]?$/.test(t) || (yearFromText(t) !== null && t.length <= 12) || /^(填报|编制|报送)日期|^日期[:：]/.test(t)) meta++;
    else other++;
  }
  if (meta > 0 && other <= 1 && info.filled <= 3) return true;
  // a 「预算单位：西安市民政局 … 单位：元」 line cut into pieces at the column borders below it (西安
  // PDF: 「预算单 | 位：西安 | 市民政局 | 单位：元」): read whole, it is the department line
  let joined = '';
  for (let c = c0; c <= c1; c++) joined += view.text(row, c) ?? '';
  return /^(预算单位|部门名称|编制单位|编制部门|单位名称|填报单位|部门（单位）名称)[:：]/.test(joined.replace(/\s+/g, ''));
}

/** Is this the 栏次 row: 「**」/「栏次」/「甲」… and consecutive integers 1, 2, 3 …? */
export function isOrdinalRow(view: SheetView, row: number, c0: number, c1: number): boolean {
  let ints = 0;
  let expected = -1;
  let marks = 0;
  for (let c = c0; c <= c1; c++) {
    const raw = view.value(row, c);
    if (raw === null || raw === '') continue;
    // 「3=4+5」: the column number with the formula it satisfies
    const t = toHalfWidth(String(typeof raw === 'object' ? '' : raw)).trim().replace(/^(\d{1,2})\s*=\s*[\d+\-—－、,，\s栏]+$/, '$1');
    if (/^\d{1,2}$/.test(t)) {
      const n = Number(t);
      if (expected >= 0 && n !== expected) return false;
      expected = n + 1;
      ints++;
    } else if (/^(\*+|栏次|行次|甲|乙|丙|丁|—|-|[A-Z])$/.test(t.replace(/\s+/g, ''))) marks++;
    else return false;
  }
  return ints >= 2 || (ints >= 1 && marks >= 1);
}

/** A group header: one short label merged across most of the table, above a real header row. */
function isGroupRow(view: SheetView, row: number, c0: number, c1: number): boolean {
  const info = view.info(row);
  if (!info || info.numeric > 0 || info.texts.length !== 1 || c1 - c0 < 2) return false;
  const t = titleForm(info.texts[0]);
  if (t.length > 20 || !HEADER_WORD.test(t)) return false;
  let covered = 0;
  for (let c = c0; c <= c1; c++) if (view.expandedText(row, c)) covered++;
  return covered >= (c1 - c0 + 1) / 2 && isHeaderRow(view, row + 1, c0, c1);
}

/**
 * A sparse group row without merges (「收入 | | 支出 | | |」 over 「项目 | 预算数 | 项目 | 合计 | …」):
 * a few short header words, each above a label of the real header row below.
 */
function isSparseGroupRow(view: SheetView, row: number, c0: number, c1: number): boolean {
  const info = view.info(row);
  if (!info || info.numeric > 0 || info.filled < 2 || !isHeaderRow(view, row + 1, c0, c1)) return false;
  for (let c = c0; c <= c1; c++) {
    const t = titleForm(view.text(row, c));
    if (t && (t.length > 12 || !HEADER_WORD.test(t) || !view.expandedText(row + 1, c))) return false;
  }
  return true;
}

/** A header row: text only, several distinct short labels that read like column names. */
function isHeaderRow(view: SheetView, row: number, c0: number, c1: number): boolean {
  const info = view.info(row);
  if (!info || info.numeric > 0) return false;
  const distinct = new Set<string>();
  let words = 0;
  let cells = 0;
  for (let c = c0; c <= c1; c++) {
    const t = titleForm(view.expandedText(row, c));
    if (!t) continue;
    cells++;
    if (t.length > 30 || /[。；]/.test(t)) return false;
    if (distinct.has(t)) continue;
    distinct.add(t);
    if (HEADER_WORD.test(t)) words++;
  }
  if (distinct.size < 2) return c1 === c0 && distinct.size === 1;
  if (cells < Math.min(3, c1 - c0 + 1) && cells < (c1 - c0 + 1) / 2) return false;
  return words / distinct.size >= 0.5;
}

/** One free text, no numbers: a subtitle 「（按支出功能分类科目）」 or a working note above the header. */
function isLoneText(view: SheetView, row: number): boolean {
  const info = view.info(row);
  return !!info && info.filled > 0 && info.numeric === 0 && info.texts.length === 1;
}

/**
 * A sparse label row between the header and the 栏次 row (西安: 「小计 | 其中：专项资金列入部门预算项目」
 * under 「一般公共预算拨款」, the other columns' labels spanning down from above without a merge):
 * text only, right above the 栏次 row, is still the header.
 */
function isLastLabelRow(view: SheetView, row: number, rows: number[], c0: number, c1: number): boolean {
  const info = view.info(row);
  if (rows.length === 0 || !info || info.numeric > 0 || info.filled === 0) return false;
  if (info.texts.some((t) => titleForm(t).length > 30 || /[。；]/.test(t))) return false;
  return isOrdinalRow(view, row + 1, c0, c1);
}

export function readHeader(view: SheetView, start: number, end: number, c0: number, c1: number): HeaderInfo {
  const metaRows: number[] = [];
  let r = start;
  while (r <= end && isMetaRow(view, r, c0, c1) && r - start < 4) {
    if (view.info(r)?.filled) metaRows.push(r);
    r++;
  }
  // subtitles and notes between the title block and the header belong to the title block, but
  // only when a header really follows them (else the lone text is the body of a form-like table)
  let probe = r;
  const skipped: number[] = [];
  while (probe <= end && probe - r < 5 && (isLoneText(view, probe) || isMetaRow(view, probe, c0, c1))) {
    if (view.info(probe)?.filled) skipped.push(probe);
    probe++;
  }
  if (skipped.length && probe <= end && (isHeaderRow(view, probe, c0, c1) || isGroupRow(view, probe, c0, c1) || isSparseGroupRow(view, probe, c0, c1))) {
    metaRows.push(...skipped);
    r = probe;
  }
  const rows: number[] = [];
  let ordinalRow: number | null = null;
  while (r <= end && rows.length < 7) {
    if (isOrdinalRow(view, r, c0, c1)) {
      ordinalRow = r;
      rows.push(r);
      r++;
      break;
    }
    if (!isHeaderRow(view, r, c0, c1) && !(rows.length === 0 && (isGroupRow(view, r, c0, c1) || isSparseGroupRow(view, r, c0, c1))) && !isLastLabelRow(view, r, rows, c0, c1)) break;
    rows.push(r);
    r++;
  }
  const labelRows = rows.filter((x) => x !== ordinalRow);
  const cells = carryGroupLabels(view, labelRows, c0, c1);
  const paths = new Map<number, string[]>();
  for (let c = c0; c <= c1; c++) {
    const path: string[] = [];
    for (let i = 0; i < labelRows.length; i++) {
      const t = cells[i][c - c0];
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    paths.set(c, path);
  }
  return { metaRows, rows, ordinalRow, bodyStart: r, paths };
}

/**
 * Header texts by row and column, merged cells read through their master. A group label written
 * WITHOUT a merge (「基本支出」 over 「小计 | 人员经费 | 公用经费」, the cells to its right left
 * empty) is carried right over the empty cells that have labels below them, as a merge would.
 * A label with nothing below it (「合计」 spanning the header rows) is a column of its own.
 */
function carryGroupLabels(view: SheetView, rows: number[], c0: number, c1: number): string[][] {
  const cells = rows.map((hr) => {
    const out: string[] = [];
    for (let c = c0; c <= c1; c++) out.push(view.expandedText(hr, c).replace(/\s+/g, ' ').trim());
    return out;
  });
  for (let i = 0; i + 1 < rows.length; i++) {
    const cur = cells[i];
    const below = cells[i + 1];
    let origin = -1;
    for (let j = 0; j < cur.length; j++) {
      if (cur[j]) {
        if (view.mergeOf(rows[i], c0 + j) === undefined || j === 0 || cur[j] !== cur[j - 1]) origin = j;
        continue;
      }
      const sameGroupAbove = i === 0 || cells[i - 1][j] === cells[i - 1][j - 1];
      if (origin >= 0 && j > 0 && cur[j - 1] && below[j] && below[origin] && sameGroupAbove && view.mergeOf(rows[i], c0 + j) === undefined) cur[j] = cur[j - 1];
      else origin = -1;
    }
  }
  return cells;
}
