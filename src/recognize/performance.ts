/**
 * Form-shaped 绩效目标表 (label | value pairs, not rows of a list) as lists the model can read:
 *  - 项目支出绩效目标表 (one project per form): one line per 「项目名称」, named with the project's
 *    full name, with its 资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金 amounts;
 *  - 整体支出绩效目标表: one line per named figure (部门预算总额, 基本支出, 人员经费 …).
 * Form amounts sit in different rows and columns, so the list's columns are *virtual* (numbered
 * after the table's last column, `virtual: true`); every amount keeps its real cell.
 */
import { CellAmount } from './amount';
import type { Column, Line, TableList } from './types';
import type { SheetView } from './sheet-view';
import { titleForm } from '../vocabulary/labels';
import { PERFORMANCE_FIGURES, PROJECT_FORM_AMOUNTS, canonicalName } from '../vocabulary/figures';
import { parseAmount } from '../grid/number';
import { formSheetLine } from './sheet-line';

interface Box {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** A form label as the 说明 and the rules name it: numbering, 「1、资金来源：」 and 「（万元）」 removed. */
export function formLabel(s: string): string {
  return titleForm(s)
    .replace(/^[(（]\d+[)）]|^\d+[、.．]/, '')
    .replace(/[:：]$/, '')
    .replace(/（万元）$|（元）$/, '')
    .replace(/^.*[:：]/, '')
    .replace(/^[(（]\d+[)）]/, '')
    .replace(/^其中[:：]?/, '');
}

function formLine(view: SheetView, row: number, name: string, figure: string | undefined, kind: Line['kind']): Line {
  const line = formSheetLine(view, row, name, {});
  line.kind = kind;
  if (figure) line.figure = figure;
  return line;
}

function virtualColumn(col: number, role: string): Column {
  return { col, path: [role], role, roles: [role], type: 'amount', virtual: true };
}

interface ValueAt {
  row: number;
  col: number;
  number: boolean;
  /** Why this cell is only a guess (a blank cell between the label and the number). */
  doubt?: string;
  /** The value is a list's total: the list's rows (tasks) are [first, last]. */
  listRows?: [number, number];
}

/** The first number right of a label cell on its row (its cell), else the first free cell there. */
function valueRightOf(view: SheetView, row: number, col: number, box: Box, skip?: Set<number>): ValueAt | null {
  let free: { row: number; col: number } | null = null;
  for (let c = col + 1; c <= box.c1; c++) {
    if (view.mergeOf(row, c) || skip?.has(c)) continue;
    const v = view.value(row, c);
    const p = parseAmount(v);
    if (p.kind === 'number') {
      // 「标签 | (空) | 50」: the blank next to the label may be its value and 50 another field's.
      const doubt = free ? `「${formLabel(view.text(row, col))}」右侧紧邻的单元格为空，数值取自隔开的单元格，系推定` : undefined;
      return { row, col: c, number: true, ...(doubt ? { doubt } : {}) };
    }
    if (p.kind === 'text') break; // the next label: this one has no value
    if (!free) free = { row, col: c };
  }
  return free ? { ...free, number: false } : null;
}

/** The amount at a form value cell, carrying the doubt of a guessed cell. */
function formAmount(view: SheetView, at: ValueAt): CellAmount {
  const a = new CellAmount(view.value(at.row, at.col), view.grid.name, at.row, at.col);
  const doubt = at.doubt ?? view.doubt(at.row, at.col);
  if (doubt) a.doubt = doubt;
  return a;
}

function textRightOf(view: SheetView, row: number, col: number, box: Box): string {
  for (let c = col + 1; c <= box.c1; c++) {
    const t = view.mergeOf(row, c) ? '' : view.text(row, c);
    if (t) return t.replace(/\s+/g, ' ').trim();
  }
  return '';
}

/** The 「一级指标 | 二级指标 | 三级指标」 row: the figures of a form end there. */
export function isIndicatorHeader(view: SheetView, row: number, box: Box): boolean {
  let n = 0;
  for (let c = box.c0; c <= box.c1; c++) if (/^(一级指标|二级指标|三级指标)$/.test(titleForm(view.text(row, c)))) n++;
  return n >= 2;
}

/**
 * The value of a form label: to its right, or — in a row of labels without numbers above a row of
 * numbers (「资金总额 | 财政拨款 | 其他资金」 over 「50 | 45 | 5」) — right below it.
 */
function valueNear(view: SheetView, row: number, col: number, box: Box, skip?: Set<number>): ValueAt | null {
  const info = view.info(row);
  const next = view.info(row + 1);
  if (row + 1 <= box.r1 && info && info.numeric === 0 && next && next.numeric > 0) {
    const m = view.mergeOf(row + 1, col);
    const at = m ? { row: m.r0, col: m.c0 } : { row: row + 1, col };
    const p = parseAmount(view.value(at.row, at.col));
    if (p.kind === 'number' || p.kind === 'blank') return listTotalBelow(view, { ...at, number: p.kind === 'number' }, formLabel(view.text(row, col)), box);
  }
  return groupTotalBelow(view, row, col, box) ?? valueRightOf(view, row, col, box, skip);
}

/**
 * A group label over 「合计 | 基本支出 | 项目支出」 over the figures (北京 整体支出绩效目标表:
 * 「预算支出总额 | 财政拨款 | 其他资金」, each over its own 合计 … columns): the group's figure is the
 * number under its 合计. A plain 「财政拨款」 there is the money by source, 上年结转 included, so
 * compared as 当年财政拨款 it is in doubt.
 */
function groupTotalBelow(view: SheetView, row: number, col: number, box: Box): ValueAt | null {
  const info = view.info(row);
  const sub = view.info(row + 1);
  const figures = view.info(row + 2);
  if (row + 2 > box.r1 || !info || info.numeric > 0 || !sub || sub.numeric > 0 || !figures || figures.numeric === 0) return null;
  const span = view.mergeOf(row, col) ?? { r0: row, c0: col, r1: row, c1: col };
  for (let c = span.c0; c <= span.c1; c++) {
    if (!/^(合计|小计)$/.test(titleForm(view.text(row + 1, c)))) continue;
    if (parseAmount(view.value(row + 2, c)).kind !== 'number') return null;
    const label = formLabel(view.text(row, col));
    const doubt = label === '财政拨款' ? '「财政拨款」栏按资金来源列示，未写明“当年”，可能含上年结转' : view.doubt(row + 2, c);
    return { row: row + 2, col: c, number: true, ...(doubt ? { doubt } : {}) };
  }
  return null;
}

const TOTAL_LABEL = /^(金额|资金|预算)?(合计|总计)$/;

/**
 * A header label over a list (西安 「年度主要任务」: 「总额 | 财政拨款 | 其他资金」 over one row per
 * task and a 「金额合计」 row): the figure is the total row's number in that column, not the first
 * task's — in doubt when compared with other tables (the tasks need not cover the whole budget). Several numbers below without a total row: the first is taken, in doubt. A column
 * holding one number only is a plain form: `at` itself.
 */
function listTotalBelow(view: SheetView, at: ValueAt, label: string, box: Box): ValueAt {
  let others = 0;
  for (let r = at.row + 1; r <= box.r1 && !isIndicatorHeader(view, r, box); r++) {
    if (view.mergeOf(r, at.col)?.r0 === at.row) continue;
    if (parseAmount(view.value(r, at.col)).kind !== 'number') continue;
    let total = false;
    for (let c = box.c0; c < at.col; c++) if (TOTAL_LABEL.test(titleForm(view.text(r, c)))) total = true;
    // the tasks are what the department chose to list, not an account of its budget: in the
    // corpus their total misses a project or the 上年结转 as often as it meets 财政拨款收支总表
    if (total) return { row: r, col: at.col, number: true, doubt: `「${label}」取自按任务列示的「金额合计」行，所列任务未必涵盖全部预算`, listRows: [at.row, r - 1] };
    others++;
  }
  if (others === 0) return at;
  return { ...at, doubt: `「${label}」下方列有${others + 1}行数值而没有合计行，取第一行，系推定` };
}

/**
 * 「实施期资金总额 | 其中：财政拨款」 beside 「年度资金总额 | 其中：财政拨款」 (西安 专项资金绩效目标表):
 * the 实施期 labels and the column under an 「实施期」 header are the whole period's money, not the
 * year's; read with the year's block they mixed (年度 总额 20000 with a blank 实施期 财政拨款).
 * 「实施期限」 (the dates) is no money block.
 */
const WHOLE_PERIOD = /^实施期$|实施期.{0,4}(资金|金额|预算|投资)/;

/** 项目支出绩效目标表 as a form: one line per project. Null when the form has no 「项目名称」. */
export function projectFormList(view: SheetView, box: Box): TableList | null {
  const columns = PROJECT_FORM_AMOUNTS.map((d, i) => virtualColumn(box.c1 + 1 + i, d.name));
  const lines: Line[] = [];
  let current: Line | null = null;
  // columns of the 实施期 block (the whole multi-year period): the form's figures are the year's;
  // the period's are taken only by a form that prints no year block
  const period = new Set<number>();
  let periodAmounts: Line['amounts'] = {};
  const finish = () => {
    if (current && Object.keys(current.amounts).length === 0) Object.assign(current.amounts, periodAmounts);
    period.clear();
    periodAmounts = {};
  };
  for (let r = box.r0; r <= box.r1; r++) {
    for (let c = box.c0; c <= box.c1; c++) {
      if (view.mergeOf(r, c)) continue;
      const label = formLabel(view.text(r, c));
      if (!label) continue;
      if (/^项目名称$/.test(label)) {
        finish();
        current = formLine(view, r, textRightOf(view, r, c, box) || '（未填写项目名称）', undefined, 'item');
        lines.push(current);
        break;
      }
      if (WHOLE_PERIOD.test(titleForm(view.text(r, c)))) period.add(c);
      const inPeriod = period.has(c);
      const role = canonicalName(PROJECT_FORM_AMOUNTS, inPeriod ? label.replace(/^实施期/, '') : label);
      if (!role || !current) continue;
      const col = columns.find((x) => x.role === role)!;
      const into = inPeriod ? periodAmounts : current.amounts;
      if (into[col.col]) continue;
      const at = valueNear(view, r, c, box, inPeriod ? undefined : period);
      if (at) into[col.col] = formAmount(view, at);
    }
  }
  finish();
  return lines.length ? { side: 'main', columns, lines } : null;
}

/**
 * 整体支出绩效目标表 as a form: every label followed by an amount is a line. 「合计」 takes the
 * group label before it in the row (基本支出 … 合计 → 基本支出合计, figure 基本支出).
 */
export function overallFormList(view: SheetView, box: Box): TableList | null {
  const col = virtualColumn(box.c1 + 1, '合计');
  const lines: Line[] = [];
  const seen = new Set<string>();
  // rows of a task list under 「总额 | 财政拨款 | 其他资金」: a task (「人员经费及单位运行经费」) names no figure
  const taskLists: [number, number][] = [];
  const inTaskList = (r: number) => taskLists.some(([a, b]) => r >= a && r <= b);
  for (let r = box.r0; r <= box.r1 && !isIndicatorHeader(view, r, box); r++) {
    let last: string | null = null;
    let group: string | null = null;
    for (let c = box.c0; c <= box.c1; c++) {
      const v = view.expanded(r, c);
      const p = parseAmount(v);
      if (p.kind === 'text') {
        const l = formLabel(p.text);
        if (l && l !== last) {
          if (last) group = last;
          last = l;
        }
        continue;
      }
      if (p.kind !== 'number' || !last || view.mergeOf(r, c) || /%/.test(String(v))) continue;
      const name = /^(合计|小计)$/.test(last) && group ? `${group}合计` : last;
      last = null;
      // a sentence (「人员经费及单位运转经费。」, a task's description) is no form label
      if (seen.has(name) || name.length > 20 || /[。；;]$/.test(name) || inTaskList(r)) continue;
      seen.add(name);
      const figure = canonicalName(PERFORMANCE_FIGURES, name);
      const line = formLine(view, r, name, figure && !lines.some((x) => x.figure === figure) ? figure : undefined, 'item');
      const amount = new CellAmount(view.value(r, c), view.grid.name, r, c);
      const doubt = view.doubt(r, c);
      if (doubt) amount.doubt = doubt;
      line.amounts[col.col] = amount;
      lines.push(line);
    }
    // known figures with their value below them, or left blank (「上年结转资金 | 」: a figure of 0
    // on the cell where it would be)
    for (let c = box.c0; c <= box.c1; c++) {
      const name = view.mergeOf(r, c) ? '' : formLabel(view.text(r, c));
      const figure = name ? canonicalName(PERFORMANCE_FIGURES, name) : undefined;
      if (!figure || seen.has(name) || lines.some((x) => x.figure === figure)) continue;
      const at = valueNear(view, r, c, box);
      if (at?.listRows) taskLists.push(at.listRows);
      if (!at || (at.number && at.row === r)) continue;
      seen.add(name);
      const line = formLine(view, r, name, figure, 'item');
      line.amounts[col.col] = formAmount(view, at);
      lines.push(line);
    }
  }
  return lines.length >= 2 ? { side: 'main', columns: [col], lines } : null;
}
