/**
 * 逐级汇总 — the rows of a table add up along its own shape rather than named figures:
 * 合计 = Σ 单位 (department = Σ its units), 合计 = Σ top-level 科目 or items, 类 = Σ 款 = Σ 项 in
 * every amount column. (逐栏汇总, the columns, is ./columns.ts.)
 */
import type { Line, RecognizedTable, TableList } from '../../recognize/types';
import type { Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import { isBoundary, isOtherwise, summableColumns } from '../../model/resolve';
import { mergeRows } from '../evaluation/merge-rows';
import { amountVal, lineLabel, relationFailures, type Part } from '../evaluation/relation';
import { sumCents } from '../evaluation/fast';
import { groupedTops } from '../evaluation/hierarchy';
import Decimal from 'decimal.js';
import { tableKindOf } from '../../vocabulary/tables';
import { invalidCodes } from './invalid-codes';
import { continuedInAnotherList, isTwoBlockBasic } from './basic-closure';
import type { CheckPlugin } from './plugin';

function rowSums(rule: Rule, check: StructureCheck, ctx: Ctx): Failure[] {
  const t = ctx.pick.get(tableKindOf(check.tables[0])!)!;
  return t.lists.flatMap((list) => rowHierarchy(rule, t, list, ctx));
}

export const ROW_SUMS: CheckPlugin = { family: '逐级汇总', kinds: { 逐级汇总: { run: rowSums } } };

/** A line that carries data: a placeholder or note line with amounts in it counts too. */
function usable(l: Line): boolean {
  if (l.kind !== 'placeholder' && l.kind !== 'note') return true;
  return Object.values(l.amounts).some((a) => !a.value.isZero());
}

/** Unit lines at the top of the unit hierarchy: a 部门 line (130) over its units (130001). */
function unitTree(units: Line[]): { tops: Line[]; children: Map<Line, Line[]> } {
  const children = new Map<Line, Line[]>();
  const coded = units.every((u) => u.code);
  if (coded) {
    const tops = units.filter((u) => !units.some((p) => p !== u && u.code!.startsWith(p.code!) && u.code!.length > p.code!.length));
    for (const p of units) {
      const kids = units.filter((u) => u !== p && u.code!.startsWith(p.code!) && u.code!.length > p.code!.length);
      const direct = kids.filter((k) => !kids.some((m) => m !== k && k.code!.startsWith(m.code!) && k.code!.length > m.code!.length));
      if (direct.length) children.set(p, direct);
    }
    return { tops, children };
  }
  return { tops: units, children };
}

function rowHierarchy(rule: Rule, t: RecognizedTable, list: TableList, ctx: Ctx): Failure[] {
  const cols = summableColumns(list).map((c) => c.col);
  if (cols.length === 0) return [];
  // A line with an invalid 科目编码 is reported once and kept out of the sums (invalid-codes.ts).
  const invalid = invalidCodes(list);
  const warnings: Failure[] = invalid.map((v) => ({
    rule,
    outcome: 'error',
    severity: 'warning',
    message: `${t.title || t.sheet}第${v.line.row + 1}行「${v.line.name}」的科目编码「${v.code}」无效（不是有效的科目编码），未计入逐级汇总，请核对`,
    totals: v.cells,
    parts: [],
    tables: [t.id],
  }));
  const skip = new Set(invalid.map((v) => v.line));
  const lines = list.lines.filter((l) => usable(l) && !skip.has(l));
  const relations: { parent: Line; kids: Line[]; what: string; flat?: boolean }[] = [];
  const total = lines.find((l) => l.kind === 'total');
  const units = lines.filter((l) => l.kind === 'unit');
  // 「其中」 lines are parts of the line above, never summands of their siblings.
  const coded = lines.filter((l) => l.code && l.level && l.kind !== 'unit' && l.kind !== 'total' && !l.ofWhich && !isOtherwise(l));
  const codedSet = new Set(coded);
  const { tops, children } = unitTree(units);
  // A 部门 line without codes that repeats the total over its units (合计 / 部门 / 单位 rows).
  let unitTops = tops;
  if (total && tops.length > 1 && !units.every((u) => u.code) && cols.every((c) => (tops[0].amounts[c]?.value ?? 0).toString() === (total.amounts[c]?.value ?? 0).toString())) {
    unitTops = [tops[0]];
    // Everything with data below the 部门 line belongs to it (units, items, continuation lines);
    // items after a unit line are that unit's (unitMembers), never summed with it (西安 「245 某局 |
    // 245001 某局 | 项目… | 245002 某中心 | 项目…」).
    const below = lines.filter((l) => l !== total && l !== tops[0] && l.kind !== 'total' && l.kind !== 'subtotal' && !l.code);
    const firstUnit = below.findIndex((l) => l.kind === 'unit');
    children.set(tops[0], below.filter((l, i) => l.kind === 'unit' || firstUnit < 0 || i < firstUnit));
  }
  const topCoded = roots(coded);
  if (total) {
    if (unitTops.length) relations.push({ parent: total, kids: unitTops, what: `${lineLabel(total)}与各单位之和`, flat: !unitTops.every((u) => u.code) });
    else if (topCoded.length) relations.push({ parent: total, kids: topCoded, what: `${lineLabel(total)}与各科目之和` });
    else if (!lines.some((l) => l !== total && isBoundary(l))) {
      // (A list shaped by named figures — 本年收入合计, 上年结转, 收入合计 — is left to the figure rules.)
      const items = lines.filter((l) => l !== total && (l.kind === 'item' || l.kind === 'subtotal') && !isOtherwise(l));
      const subtotals = items.filter((l) => l.kind === 'subtotal');
      const kids = subtotals.length ? subtotals : items;
      if (kids.length) relations.push({ parent: total, kids, what: `${lineLabel(total)}与各项之和`, flat: true });
    }
  }
  for (const [p, kids] of children) relations.push({ parent: p, kids, what: `${lineLabel(p)}与所属单位之和` });
  relations.push(...unitMembers(lines, units, children));
  // Segments: the lines under each unit line (or the whole list when there are no units).
  const segments: { unit: Line | null; coded: Line[] }[] = [{ unit: null, coded: [] }];
  for (const l of lines) {
    if (l.kind === 'unit') segments.push({ unit: l, coded: [] });
    else if (codedSet.has(l)) segments[segments.length - 1].coded.push(l);
  }
  for (const seg of segments) {
    if (!seg.coded.length) continue;
    // Each unit over its top-level 科目 lines.
    if (seg.unit && !children.has(seg.unit) && topCoded.length) {
      relations.push({ parent: seg.unit, kids: roots(seg.coded), what: `${lineLabel(seg.unit)}与所属科目之和` });
    }
    // 类 = Σ 款, 款 = Σ 项: a line's parent is the nearest line above it whose code is a prefix.
    const kids = new Map<Line, Line[]>();
    const stack: Line[] = [];
    for (const l of seg.coded) {
      while (stack.length && !(l.code!.startsWith(stack[stack.length - 1].code!) && l.code!.length > stack[stack.length - 1].code!.length)) stack.pop();
      const p = stack[stack.length - 1];
      if (p) {
        const ks = kids.get(p);
        if (ks) ks.push(l);
        else kids.set(p, [l]);
      }
      stack.push(l);
    }
    for (const [p, ks] of kids) relations.push({ parent: p, kids: ks, what: `${lineLabel(p)}与下级科目之和` });
  }
  const out: Failure[] = [];
  for (const r of relations) {
    // 302 in one column block, its last 302xx items in the next: checked across blocks (basic-closure.ts)
    if (r.parent.code && continuedInAnotherList(t, list, r.parent.code)) continue;
    // a two-block 基本支出表's 合计 row sums both blocks, not this list: basic.closure checks it
    if (r.parent.kind === 'total' && isTwoBlockBasic(t)) continue;
    const bad = cols.filter((c) => {
      const t = sumCents([r.parent], c);
      const k = t === null ? null : sumCents(r.kids, c);
      return t === null || k === null || t !== k;
    });
    if (bad.length === 0) continue;
    // Uncoded lines may be groups and their members on one level (see hierarchy.ts).
    let kids = r.kids;
    let what = r.what;
    if (r.flat && r.kids.every(named)) {
      if (groupedTops(vector(r.parent, cols), r.kids.map((k) => vector(k, cols)), STEP)) continue;
      // One wrong group line breaks the grouping in its column only: read the groups from the
      // other columns, so that 合计 is compared with the groups, never with groups + members.
      const tops = groupsFromOtherColumns(r.parent, r.kids, cols);
      if (tops) {
        kids = tops;
        what = `${r.what}（按分组读法：${tops.length}个分组行）`;
      }
    }
    const failing = kids === r.kids ? bad : cols.filter((c) => {
      const a = sumCents([r.parent], c);
      const b = a === null ? null : sumCents(kids, c);
      return a === null || b === null || a !== b;
    });
    const parts: Part[] = failing.map((c) => ({
      label: columnName(list, c),
      total: amountVal(t, ctx, [r.parent], c),
      sum: amountVal(t, ctx, kids, c),
    }));
    out.push(...relationFailures(rule, what, parts, [t.id]));
  }
  return [...warnings, ...mergeRows(out.filter((f) => f.outcome === 'rounding')), ...out.filter((f) => f.outcome === 'error')];
}

const STEP = new Decimal('0.01');

/**
 * The top 科目 lines: those no other line's code is a prefix of. Usually the 类 lines; in a list
 * of leaf lines at mixed levels (北京 「2121401 … | 21298 超长期特别国债安排的支出」: a 款 printed
 * without 项 beside the 项 of other 款, no 类 lines) every line is a top line.
 */
function roots(coded: Line[]): Line[] {
  const codes = new Set(coded.map((l) => l.code!));
  return coded.filter((l) => {
    for (let k = l.code!.length - 1; k >= 3; k--) if (codes.has(l.code!.slice(0, k))) return false;
    return true;
  });
}

/** A line that can be a group or a member: named data (never a continuation or text row). */
function named(l: Line): boolean {
  return (l.kind === 'item' || l.kind === 'unit' || l.kind === 'subtotal') && l.name.trim() !== '';
}

/**
 * The group lines of a grouped reading that holds in every column but one (that one column is
 * where a group line is wrong), or null. At least two columns must remain: one column alone
 * groups by coincidence too easily.
 */
function groupsFromOtherColumns(parent: Line, kids: Line[], cols: number[]): Line[] | null {
  if (cols.length < 3) return null;
  for (const skip of cols) {
    const rest = cols.filter((c) => c !== skip);
    if (rest.every((c) => kids.every((k) => !k.amounts[c] || k.amounts[c].value.isZero()))) continue;
    const tops = groupedTops(vector(parent, rest), kids.map((k) => vector(k, rest)), STEP);
    if (tops) return tops.map((i) => kids[i]);
  }
  return null;
}

function vector(l: Line, cols: number[]): Decimal[] {
  return cols.map((c) => l.amounts[c]?.value ?? new Decimal(0));
}

/**
 * A unit line over uncoded lines (its projects, a continuation line with money): unit = Σ the
 * lines below it up to the next unit. Coded lines are left to the 科目 segments; lines without any
 * amount (a text row) are no members, and a unit without members is not checked.
 */
function unitMembers(lines: Line[], units: Line[], children: Map<Line, Line[]>): { parent: Line; kids: Line[]; what: string; flat: boolean }[] {
  const out: { parent: Line; kids: Line[]; what: string; flat: boolean }[] = [];
  const isUnit = new Set(units);
  for (let i = 0; i < lines.length; i++) {
    const u = lines[i];
    if (!isUnit.has(u) || u.code || children.has(u)) continue;
    const kids: Line[] = [];
    let coded = false;
    for (let j = i + 1; j < lines.length && !isUnit.has(lines[j]) && lines[j].kind !== 'total'; j++) {
      const l = lines[j];
      if (l.code) coded = true;
      else if (l.kind !== 'subtotal' && !isOtherwise(l) && !l.ofWhich && Object.values(l.amounts).some((a) => !a.blank)) kids.push(l);
    }
    if (kids.length && !coded) out.push({ parent: u, kids, what: `${lineLabel(u)}与所属各项之和`, flat: true });
  }
  return out;
}

export function columnName(list: TableList, col: number): string {
  const c = list.columns.find((x) => x.col === col);
  if (!c) return `第${col + 1}栏`;
  const path = c.path.filter((p, i) => p && p !== c.path[i - 1]);
  return path.length > 1 && /^(小计|合计)$/.test(path[path.length - 1]) ? path.slice(-2).join('') : path[path.length - 1] ?? c.role ?? '';
}
