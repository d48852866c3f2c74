/**
 * The indicator rows of a 绩效目标表, read once at recognition so that nobody reads the sheet again:
 *  - forms with a 「一级指标 | 二级指标 | 三级指标 | 指标值」 header: one indicator per 三级指标 cell
 *    (merged 一级/二级 cells and blanks under a filled cell repeat the label above);
 *  - summary tables with 「成本指标 › 三级指标 | 指标值」 column pairs per 一级指标: one indicator per
 *    filled 三级指标 cell, belonging to the project line above it.
 */
import type { CellRef } from '../grid/types';
import type { Line, PerformanceIndicator, TableList } from './types';
import type { SheetView } from './sheet-view';
import { titleForm } from '../vocabulary/labels';
import { INDICATOR_VALUE, isIndicatorValuePath } from './indicator-value';

interface Box {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

const LEVEL = [/^一级指标$/, /^二级指标$/, /^(三级指标|指标内容|具体指标|三级指标名称|指标名称)$/];

function master(view: SheetView, row: number, col: number): CellRef {
  const m = view.mergeOf(row, col);
  return { sheet: view.grid.name, row: m ? m.r0 : row, col: m ? m.c0 : col };
}

function textAt(view: SheetView, row: number, col: number): string {
  return view.expandedText(row, col).replace(/\s+/g, ' ').trim();
}

const FORM_FIELD = /^(项目名称|项目资金|年度资金总额|资金总额|主管部门|实施单位|总体目标|年度目标)/;

/** A row of form fields (「项目名称 | …」) rather than an indicator. */
function startsForm(view: SheetView, row: number, box: Box): boolean {
  for (let c = box.c0; c <= box.c1; c++) {
    const t = titleForm(view.text(row, c));
    if (t) return FORM_FIELD.test(t);
  }
  return false;
}

function formIndicators(view: SheetView, box: Box, projects: Line[]): PerformanceIndicator[] {
  const out: PerformanceIndicator[] = [];
  let cols: (number | null)[] | null = null;
  let valueCol: number | null = null;
  let projectCol: number | null = null;
  let prev: [string, string] = ['', ''];
  for (let r = box.r0; r <= box.r1; r++) {
    const found: (number | null)[] = [null, null, null];
    let value: number | null = null;
    let rowProject: number | null = null;
    for (let c = box.c0; c <= box.c1; c++) {
      const t = titleForm(view.text(r, c));
      LEVEL.forEach((re, i) => {
        if (found[i] === null && re.test(t)) found[i] = c;
      });
      if (value === null && INDICATOR_VALUE.test(t)) value = c;
      if (/^项目名称$/.test(t) && rowProject === null) rowProject = c;
    }
    if (found[1] !== null && found[2] !== null) {
      // a header (again): a new indicator block starts
      cols = found;
      valueCol = value;
      // a 「项目名称」 column in the indicator header: every row names its project
      projectCol = rowProject;
      prev = ['', ''];
      continue;
    }
    if (!cols) continue;
    if (startsForm(view, r, box)) {
      cols = null; // the next project's form fields: this indicator block has ended
      continue;
    }
    const l3 = textAt(view, r, cols[2]!);
    const l2 = textAt(view, r, cols[1]!) || (l3 ? prev[1] : '');
    const l1 = (cols[0] !== null ? textAt(view, r, cols[0]) : '') || (l3 || l2 ? prev[0] : '');
    if (!l3 && !l2) continue;
    prev = [l1, l2];
    const m3 = master(view, r, cols[2]!);
    if (l3 && m3.row !== r) continue; // the lower rows of a merged 三级指标 cell
    const ind: PerformanceIndicator = { level1: l1, level2: l2, level3: l3, value: valueCol !== null ? textAt(view, r, valueCol) : '', cells: { level3: m3, level2: master(view, r, cols[1]!) } };
    if (cols[0] !== null) ind.cells.level1 = master(view, r, cols[0]);
    if (valueCol !== null) ind.cells.value = master(view, r, valueCol);
    // the project: a 「项目名称」 column of the indicator rows, else the form's 「项目名称」 above
    const named = projectCol !== null ? textAt(view, r, projectCol) : '';
    const project = named || lastAtOrAbove(projects, r)?.name;
    if (project) ind.project = project;
    out.push(ind);
  }
  return out;
}

/** Column pairs 「X指标 › 三级指标 | X指标 › 指标值」 of a summary table. */
function summaryIndicators(view: SheetView, lists: TableList[], box: Box): PerformanceIndicator[] {
  const cols = lists.flatMap((l) => l.columns);
  const pairs: { level1: string; text: number; value: number | null }[] = [];
  for (const c of cols) {
    const leaf = titleForm(c.path[c.path.length - 1] ?? '');
    if (!/^三级指标$|^指标$|^指标名称$/.test(leaf) || c.path.length < 2) continue;
    const group = c.path[c.path.length - 2];
    const v = cols.find((x) => x.col > c.col && x.path[x.path.length - 2] === group && isIndicatorValuePath(x.path));
    pairs.push({ level1: group.replace(/\s+/g, ''), text: c.col, value: v ? v.col : null });
  }
  if (!pairs.length) return [];
  const projects = lists.flatMap((l) => l.lines).filter((l) => l.kind === 'item' && l.name);
  const out: PerformanceIndicator[] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const project = lastAtOrAbove(projects, r)?.name;
    for (const p of pairs) {
      const l3 = view.text(r, p.text).replace(/\s+/g, ' ').trim();
      if (!l3) continue;
      const ind: PerformanceIndicator = { level1: p.level1, level2: '', level3: l3, value: p.value !== null ? view.text(r, p.value).trim() : '', cells: { level3: { sheet: view.grid.name, row: r, col: p.text } } };
      if (p.value !== null) ind.cells.value = { sheet: view.grid.name, row: r, col: p.value };
      if (project) ind.project = project;
      out.push(ind);
    }
  }
  return out;
}

/** The line with the greatest row at or above `row`. */
function lastAtOrAbove(lines: Line[], row: number): Line | undefined {
  let best: Line | undefined;
  for (const l of lines) if (l.row <= row && (!best || l.row > best.row)) best = l;
  return best;
}

/** Every indicator of a performance table (form or summary), in sheet order. */
export function readIndicators(view: SheetView, lists: TableList[], box: Box, body: Box): PerformanceIndicator[] {
  const summary = summaryIndicators(view, lists, body);
  if (summary.length) return summary;
  const isProjectForm = lists.length === 1 && lists[0].columns.length > 1 && lists[0].columns.every((c) => c.virtual);
  return formIndicators(view, box, isProjectForm ? lists[0].lines : []);
}
