/**
 * 逐栏汇总: the header read as a tree (merged header cells are groups). In every row, a group's
 * total column (合计/小计/总计/资金总额 …) equals the sum of its other sub-columns; 其中 columns are
 * parts of a sibling and never summed; ratio and change columns (%, 增减, 上年数) are left out.
 */
import Decimal from 'decimal.js';
import type { Column, Line, RecognizedTable, TableList } from '../../recognize/types';
import type { Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import { lineCents } from '../evaluation/fast';
import { amountColumns, isTotalColumnName, norm } from '../../model/resolve';
import { mergeRows } from '../evaluation/merge-rows';
import { amountVal, lineLabel, relationFailures } from '../evaluation/relation';
import { combine, type Val } from '../evaluation/value';
import { groupedTops } from '../evaluation/hierarchy';
import { Missing } from '../evaluation/evaluate';
import { tableKindOf } from '../../vocabulary/tables';
import type { CheckPlugin } from './plugin';

interface Node {
  label: string;
  /** Header path of the group (for leaves: of the column). */
  path: string[];
  children: Node[];
  column?: Column;
  shape?: { total?: Node; summands: Node[] };
}

// 「扣除基建项目后预算数」 beside 「项目支出总数」 restates part of its neighbour, like a 其中 column
// 备注/说明 columns hold remarks, never amounts (西安: 「合计 = 人员经费支出 + … + 备注」).
const NOT_A_SUMMAND = /(其中|%|％|增减|比上年|上年(预算|决算)?数|率$|变动|差额|占比|^(扣除|剔除|不含).*后|^(备注|说明|附注)$)/;

function cleanPath(c: Column): string[] {
  return c.path.filter((p, i) => p && p !== c.path[i - 1]);
}

function buildTree(cols: Column[]): Node {
  const root: Node = { label: '', path: [], children: [] };
  for (const c of cols) {
    let node = root;
    const path = cleanPath(c);
    path.forEach((seg, i) => {
      if (i === path.length - 1) {
        // A group's own column written under its merged title (「一般公共预算」 over an empty cell
        // and 「其中：财政拨款」) is the group's value, not a sibling of it.
        const group = node.children.find((n) => !n.column && n.label === seg);
        (group ?? node).children.push({ label: seg, path, children: [], column: c });
        return;
      }
      let next = node.children.find((n) => !n.column && n.label === seg);
      if (!next) {
        next = { label: seg, path: path.slice(0, i + 1), children: [] };
        const own = node.children.findIndex((n) => n.column && n.label === seg);
        if (own >= 0) next.children.push(...node.children.splice(own, 1));
        node.children.push(next);
      }
      node = next;
    });
  }
  return root;
}

interface Relation {
  total: Column;
  parts: Node[];
  text: string;
}

/** 「本年支出合计」 heads its level when no 合计/总计 does; it never includes carry-overs. */
const THIS_YEAR_TOTAL = /^本年(收入|支出)合计$/;
const CARRYOVER = /(结转|结余|年初|年末)/;

/**
 * A total that names what it totals leaves out the columns printed beside it that are not of
 * that kind: 「“三公”经费合计」 next to 会议费 and 培训费 (苏州, 无锡, 西安 三公 tables).
 */
const NAMED_TOTAL_EXCLUDES: [RegExp, RegExp][] = [[/三公/, /会议费|培训费/]];

function relations(node: Node, out: Relation[]): void {
  let totals = node.children.filter((n) => n.column && isTotalColumnName(n.label));
  let thisYear = false;
  if (totals.length === 0) {
    totals = node.children.filter((n) => n.column && THIS_YEAR_TOTAL.test(norm(n.label)));
    thisYear = totals.length === 1;
  }
  const outside = totals.length === 1 ? NAMED_TOTAL_EXCLUDES.find(([t]) => t.test(norm(totals[0].label)))?.[1] : undefined;
  const parts = node.children.filter((n) => !totals.includes(n) && !NOT_A_SUMMAND.test(norm(n.label)) && !(thisYear && CARRYOVER.test(norm(n.label))) && !outside?.test(norm(n.label)));
  if (totals.length === 1 && parts.length >= 1 && !(parts.length === 1 && parts[0].column)) {
    out.push({ total: totals[0].column!, parts, text: `${node.label ? `${node.label}` : ''}${totals[0].label} = ${parts.map((p) => p.label).join(' + ')}` });
  } else if (totals.length === 1 && parts.length === 1) {
    out.push({ total: totals[0].column!, parts, text: `${totals[0].label} = ${parts[0].label}` });
  }
  for (const n of node.children) if (!n.column) relations(n, out);
}

function addOrNull(a: number, b: number | null): number | null {
  return b === null ? null : a + b;
}

/** A group's own total column, or the sub-columns it is the sum of (computed once per node: hot loop). */
function shapeOf(node: Node): { total?: Node; summands: Node[] } {
  if (!node.shape) {
    const total = node.children.find((n) => n.column && isTotalColumnName(n.label));
    node.shape = { total, summands: node.children.filter((n) => !NOT_A_SUMMAND.test(norm(n.label))) };
  }
  return node.shape;
}

function rawCents(node: Node, line: Line): number | null {
  if (node.column) return lineCents(line, node.column.col);
  const { total, summands } = shapeOf(node);
  if (total) return rawCents(total, line);
  let s = 0;
  for (const p of summands) {
    const c = rawCents(p, line);
    if (c === null) return null;
    s += c;
  }
  return s;
}

function rawValue(node: Node, line: Line): Decimal {
  if (node.column) return line.amounts[node.column.col]?.value ?? new Decimal(0);
  const { total, summands } = shapeOf(node);
  if (total) return rawValue(total, line);
  return summands.reduce((acc, p) => acc.plus(rawValue(p, line)), new Decimal(0));
}

/**
 * Whether a header group has a value at all: a group holding only 「其中」 columns (its own column
 * empty or not read as amounts) has none, and a relation using it is not applicable.
 */
function hasValue(node: Node): boolean {
  if (node.column) return true;
  const { total, summands } = shapeOf(node);
  return total !== undefined || (summands.length > 0 && summands.every(hasValue));
}

/** The value of a header group in a row: its own total column, else the sum of its parts. */
function groupValue(node: Node, t: RecognizedTable, ctx: Ctx, line: Line): Val | Missing {
  if (node.column) return amountVal(t, ctx, [line], node.column.col);
  const { total, summands } = shapeOf(node);
  if (total) return groupValue(total, t, ctx, line);
  return sumValues(summands.map((p) => groupValue(p, t, ctx, line)), node.label);
}

function sumValues(vals: (Val | Missing)[], label: string): Val | Missing {
  let acc: Val | null = null;
  for (const v of vals) {
    if (v instanceof Missing) return v;
    acc = acc ? combine(acc, v, '+') : v;
  }
  return acc ?? new Missing(`栏「${label}」没有可读的金额栏`);
}

export function columnRelations(rule: Rule, t: RecognizedTable, list: TableList, ctx: Ctx): Failure[] {
  const cols = amountColumns(list);
  if (cols.length < 2) return [];
  const rels: Relation[] = [];
  relations(buildTree(cols), rels);
  // A group holding a column that is not read as amounts (a code, a text) cannot be summed safely.
  const others = list.columns.filter((c) => c.type !== 'amount').map(cleanPath);
  const under = (prefix: string[]) => others.some((p) => p.length > prefix.length && prefix.every((g, i) => p[i] === g));
  const safe = rels.filter((r) => {
    const group = cleanPath(r.total).slice(0, -1);
    if (group.length > 0 && under(group)) return false;
    return !r.parts.some((n) => !n.column && under(n.path));
  });
  rels.splice(0, rels.length, ...safe.filter((r) => r.parts.every(hasValue)));
  const out: Failure[] = [];
  for (const rel of rels) {
    const rows: Failure[] = [];
    const failing: Line[] = [];
    for (const line of list.lines) {
      if (line.kind === 'placeholder' || line.kind === 'note') continue;
      // Fast path: most rows balance exactly.
      const quickTotal = lineCents(line, rel.total.col);
      const quickSum = quickTotal === null ? null : rel.parts.reduce<number | null>((acc, p) => (acc === null ? null : addOrNull(acc, rawCents(p, line))), 0);
      if (quickTotal !== null && quickSum !== null && quickTotal === quickSum) continue;
      if (quickTotal === null || quickSum === null) {
        const exactTotal = line.amounts[rel.total.col]?.value ?? new Decimal(0);
        const exactSum = rel.parts.reduce((acc, p) => acc.plus(rawValue(p, line)), new Decimal(0));
        if (exactTotal.eq(exactSum)) continue;
      }
      const total = amountVal(t, ctx, [line], rel.total.col);
      const sum = sumValues(rel.parts.map((p) => groupValue(p, t, ctx, line)), rel.text);
      if (sum instanceof Missing) continue;
      rows.push(...relationFailures(rule, lineLabel(line), [{ label: rel.text.split(' = ')[0], total, sum }], [t.id]));
      failing.push(line);
    }
    // A grouping that holds on every line holds on the failing ones: try those few first, so a real
    // error in a huge table does not cost a search over every line.
    if (rows.length && flatGrouping(rel, failing) && flatGrouping(rel, list.lines)) continue;
    for (const f of mergeRows(rows)) out.push({ ...f, message: f.message.replace(rule.name, `${rule.name}（${rel.text}）`) });
  }
  return out;
}

/**
 * Sub-columns written side by side without merged group headers (合计 | 基本支出 | 人员经费 |
 * 公用经费 | 项目支出): when a column equals the sum of the columns right after it in every row,
 * it is their group and the relation holds read that way (hierarchy.ts).
 */
function flatGrouping(rel: Relation, candidates: Line[]): boolean {
  if (rel.parts.length < 3 || rel.parts.some((p) => !p.column)) return false;
  const lines = candidates.filter((l) => l.kind !== 'placeholder' && l.kind !== 'note');
  const vec = (col: number) => lines.map((l) => l.amounts[col]?.value ?? new Decimal(0));
  return groupedTops(vec(rel.total.col), rel.parts.map((p) => vec(p.column!.col)), new Decimal('0.01')) !== null;
}

function columnSums(rule: Rule, check: StructureCheck, ctx: Ctx): Failure[] {
  const t = ctx.pick.get(tableKindOf(check.tables[0])!)!;
  return t.lists.flatMap((list) => columnRelations(rule, t, list, ctx));
}

export const COLUMN_SUMS: CheckPlugin = { family: '逐栏汇总', kinds: { 逐栏汇总: { run: columnSums } } };
