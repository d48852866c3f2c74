/** One segment of a sheet → one RecognizedTable (title block, header, lists, kind, emptiness). */
import type { SheetView } from './sheet-view';
import type { Segment } from './segment';
import type { RecognizedTable, TableList } from './types';
import { readTitleBlock, unitFromText, unitInLabel, type TitleCellText } from './title-block';
import { readHeader } from './header';
import { readColumns, splitLists } from './columns';
import { readLines, type LinesResult } from './lines';
import { bestTitle, classify } from './classify';
import { isTableNumber } from './segment';
import { titleForm } from '../vocabulary/labels';
import { a1 } from '../grid/address';
import { overallFormList, projectFormList } from './performance';
import { readIndicators } from './indicators';
import { departmentInBody, formHasNumbers, markPriorYearColumns, moveTotalsAcrossBlocks } from './table-passes';

/** Tables whose stage was read only from a header cell (「预算数」): the package's stage may override it. */
export const stageFromHeader = new WeakSet<RecognizedTable>();

const NOTE_START = /^(注|备注|说明|附注|数据来源|填报说明|本表|此表|本部门|本单位)/;
const EMPTY_NOTE = /空表|为空|无数据|没有数据|无此|无相关|无.{0,20}(收入|支出|预算|经费|资金|安排)|未安排|不涉及|未发生/;

function rowTexts(view: SheetView, row: number, c0: number, c1: number): TitleCellText[] {
  const out: TitleCellText[] = [];
  for (let c = c0; c <= c1; c++) {
    const t = view.text(row, c);
    if (t) out.push({ text: t, cell: { sheet: view.grid.name, row, col: c } });
  }
  return out;
}

/** A note row: one distinct text, no numbers, reading like a note. */
function noteOf(view: SheetView, row: number): string | null {
  const info = view.info(row);
  if (!info || info.numeric > 0 || info.texts.length !== 1) return null;
  const t = info.texts[0];
  const c = titleForm(t);
  return NOTE_START.test(c) || c.length > 25 || EMPTY_NOTE.test(c) ? t : null;
}

export function recognizeSegment(view: SheetView, seg: Segment, ordinal: number): RecognizedTable {
  const sheet = view.grid.name;
  let c0 = Number.MAX_SAFE_INTEGER;
  let c1 = -1;
  for (let r = seg.r0; r <= seg.r1; r++) {
    const i = view.info(r);
    if (i && i.filled) {
      if (i.first < c0) c0 = i.first;
      if (i.last > c1) c1 = i.last;
    }
  }
  c1 = Math.max(c1, view.mergeRight(seg.r0, seg.r1));
  // a document heading above the title (「某某局2024年度部门决算表」) is not part of the table
  let titleRows = seg.titleRows;
  const named = titleRows.findIndex((r) => bestTitle(rowTexts(view, r, c0, c1).map((t) => t.text).join('')) !== null);
  if (named > 0 && titleRows.slice(0, named).every((r) => !isTableNumber(view.info(r)?.texts[0] ?? ''))) titleRows = titleRows.slice(named);
  const r0 = titleRows.length ? titleRows[0] : seg.r0;
  // the title is the first title row that names a kind (not a 目录 entry below it); else all of them
  const first = titleRows.findIndex((r) => bestTitle(rowTexts(view, r, c0, c1).map((t) => t.text).join('')) !== null);
  const titleTexts = (first >= 0 ? [titleRows[first]] : titleRows).flatMap((r) => rowTexts(view, r, c0, c1));
  const afterTitle = titleRows.length ? titleRows[titleRows.length - 1] + 1 : seg.r0;
  let header = readHeader(view, afterTitle, seg.r1, c0, c1);
  // trailing notes
  const notes: string[] = [];
  let bodyEnd = seg.r1;
  while (bodyEnd >= header.bodyStart) {
    const i = view.info(bodyEnd);
    if (i && i.filled) {
      const n = noteOf(view, bodyEnd);
      if (!n) break;
      notes.unshift(n);
    }
    bodyEnd--;
  }
  // a dropped document heading still tells the year and the department
  const headingTexts = seg.titleRows.filter((r) => r < r0).flatMap((r) => rowTexts(view, r, c0, c1));
  const metaTexts = header.metaRows.flatMap((r) => rowTexts(view, r, c0, c1)).concat(headingTexts);
  const headerTexts = header.rows.flatMap((r) => rowTexts(view, r, c0, c1));
  const blockTexts = [...metaTexts, ...headerTexts];
  const tb = readTitleBlock(titleTexts, metaTexts, headerTexts);
  let read: LinesResult[] = [];
  const build = () => {
    const cols = readColumns(view, header.paths, c0, c1, header.bodyStart, bodyEnd);
    const ls = splitLists(cols);
    read = ls.map((l) => readLines(view, l, header.bodyStart, bodyEnd));
    return ls;
  };
  let lists: TableList[] = build();
  const headerWords = [...header.paths.values()].flat().map(titleForm);
  const labels = lists.flatMap((l) => l.lines.slice(0, 120).map((x) => titleForm(x.label)));
  const bag = [...headerWords, ...labels, ...blockTexts.map((t) => titleForm(t.text))].join('|').replace(/[“”"‘’'「」]/g, '');
  const choice = classify(tb.title, sheet, bag);
  if (choice.kind.startsWith('performance') && header.rows.length) {
    const first = header.rows[0];
    const distinct = new Set(rowTexts(view, first, c0, c1).map((t) => titleForm(t.text)));
    if (distinct.size < 3) {
      header = { ...header, rows: [], ordinalRow: null, bodyStart: first, paths: new Map() };
      lists = build();
    }
  }
  markPriorYearColumns(lists, tb.year);
  moveTotalsAcrossBlocks(lists);
  let unit = tb.unit;
  let unitCell = tb.unitCell;
  let unitLabel = tb.unitLabel;
  if (!unit) {
    for (const t of [...blockTexts, ...titleTexts]) {
      const u = unitFromText(t.text)?.unit ?? unitInLabel(t.text);
      if (u) {
        unit = u;
        unitCell = t.cell;
        unitLabel = t.text.trim();
        break;
      }
    }
  }
  if (!unit) {
    // a unit written in a body label (绩效目标表: 「项目资金（万元）」)
    for (let r = header.bodyStart; r <= Math.min(bodyEnd, header.bodyStart + 30) && !unit; r++) {
      for (const t of rowTexts(view, r, c0, Math.min(c1, c0 + 3))) {
        const u = unitInLabel(t.text);
        if (u) {
          unit = u;
          unitCell = t.cell;
          unitLabel = t.text.trim();
          break;
        }
      }
    }
  }
  let hasValue = read.some((x) => x.hasValue);
  if (choice.kind.startsWith('performance')) {
    const box = { r0: afterTitle, r1: bodyEnd, c0, c1 };
    // a 「项目名称」 in the header names a column (a list of projects), not a form field
    const form = choice.kind === 'performance_project' ? projectFormList(view, { ...box, r0: header.bodyStart }) : overallFormList(view, box);
    if (form) {
      lists = [form];
      hasValue = form.lines.some((l) => Object.values(l.amounts).some((a) => !a.value.isZero()));
    }
  }
  const problems = choice.kind.startsWith('performance') ? [] : read.flatMap((x) => x.problems).slice(0, 5).map((a) => `${a1(a.cell.row, a.cell.col)}：${a.problem}`);
  if (!hasValue) hasValue = formHasNumbers(view, lists, header.bodyStart, bodyEnd);
  const warnings: string[] = [];
  if (tb.unitUnreadable && !tb.unit) warnings.push(`「${tb.unitUnreadable}」未写明金额单位`);
  const hidden = view.grid.hiddenRows.filter((r) => r >= seg.r0 && r <= seg.r1);
  if (hidden.length) warnings.push(`表中有 ${hidden.length} 个隐藏行（第 ${hidden.slice(0, 5).map((r) => r + 1).join('、')}${hidden.length > 5 ? ' 等' : ''} 行），已照常读取`);
  const hiddenCols = view.grid.hiddenCols.filter((c) => c >= c0 && c <= c1);
  if (hiddenCols.length) warnings.push(`表中有 ${hiddenCols.length} 个隐藏列，已照常读取`);
  warnings.push(...problems);
  const allNotes = [...notes, ...lists.flatMap((l) => l.lines.filter((x) => x.kind === 'note').map((x) => x.label))];
  const noteSaysEmpty = allNotes.find((n) => EMPTY_NOTE.test(titleForm(n)));
  // all blank → empty; explicit zeros state 「0」 unless a note says the table is empty
  // cells holding #REF! or an uncalculated formula are content the check cannot read, never 「空表」
  const unreadable = read.some((x) => x.hasUnreadable);
  const empty = !hasValue && !unreadable && (!read.some((x) => x.hasZeros) || noteSaysEmpty !== undefined);
  const emptyNote = empty ? noteSaysEmpty : undefined;
  const indicators = choice.kind.startsWith('performance') ? readIndicators(view, lists, { r0: afterTitle, r1: bodyEnd, c0, c1 }, { r0: header.bodyStart, r1: bodyEnd, c0, c1 }) : [];
  const t: RecognizedTable = {
    id: `${sheet}#${ordinal}`,
    sheet,
    kind: choice.kind,
    confidence: choice.confidence,
    reasons: choice.reasons,
    stage: tb.stage,
    title: tb.title,
    titleCell: tb.titleCell,
    unit,
    unitCell,
    year: tb.year,
    department: tb.department,
    range: { r0, c0, r1: seg.r1, c1 },
    headerRange: header.rows.length ? { r0: header.rows[0], c0, r1: header.rows[header.rows.length - 1], c1 } : null,
    dataRange: header.bodyStart <= bodyEnd ? { r0: header.bodyStart, c0, r1: bodyEnd, c1 } : null,
    empty,
    lists,
    notes: allNotes,
    warnings,
  };
  if (emptyNote) t.emptyNote = emptyNote;
  if (unitLabel) t.unitLabel = unitLabel;
  if (indicators.length) t.indicators = indicators;
  if (!t.department) t.department = departmentInBody(view, t);
  if (tb.stageFromHeader) stageFromHeader.add(t);
  return t;
}

