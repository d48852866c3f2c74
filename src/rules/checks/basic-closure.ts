/**
 * 内置 基本支出闭合: the national template's two-block 基本支出表 (预算 and 决算) — a 人员经费 block
 * (301 工资福利支出, 303 对个人和家庭的补助) beside a 公用经费 block (302 商品和服务支出, 310 资本性支出,
 * 399 其他支出) split over two or three column blocks, each closed by its own 合计 line.
 *
 * The notation cannot say "the 类 lines of this block": a block's 合计 line and its lines sit in
 * separate lists, and the 公用经费合计 amount is printed in the last sub-block only. So:
 *  - 人员经费合计 = Σ the top-level economic lines of the 人员经费 block (301 + 303 in the national
 *    template; a province that lists a 302 item under 人员经费 still balances by its block);
 *  - 公用经费合计 = Σ the top-level lines of the 公用经费 sub-blocks (302 + 310 + 399);
 *  - 人员经费合计 + 公用经费合计 = 一般公共预算支出表.基本支出 — only when the table has no 合计 of its
 *    own (a one-block table is compared by cross.basic).
 * Single-block tables (人员经费/公用经费 as columns) are left to basic.columns and cross.basic.
 */
import Decimal from 'decimal.js';
import type { Line, RecognizedTable, TableList } from '../../recognize/types';
import type { Rule, StructureCheck } from '../notation/ast';
import { compareVals, failure } from '../evaluation/compare';
import { unitOf, type Ctx, type Failure } from '../evaluation/context';
import { mainColumn } from '../../model/lines';
import { cellOf } from '../evaluation/relation';
import { combine, fromAmount, type Val } from '../evaluation/value';
import { builtinKinds, type CheckPlugin } from './plugin';

type Block = '人员经费' | '公用经费';

function blockOf(list: TableList): Block | null {
  // the block's header may sit under a 「基本支出」 group: any level of the column paths
  const head = list.columns.map((c) => c.path.join('/')).join('|');
  if (/人员经费|人员支出/.test(head) && !/公用/.test(head)) return '人员经费';
  if (/公用经费|公用支出/.test(head) && !/人员/.test(head)) return '公用经费';
  return null;
}

/** The block's own total: 「人员经费合计」「公用经费合计」 or 「小计」; a bare 合计/总计 may be the whole table's. */
const TOTAL_LINE = /^((人员经费|公用经费|人员支出|公用支出)(合计|小计|总计)|小计)$/;

interface BlockRead {
  total: Val | null;
  items: Val | null;
  names: string[];
}

/** A coded economic line whose parent code is not itself listed in the block: a summand. */
function topLevel(lines: Line[]): Line[] {
  const codes = new Set(lines.map((l) => l.code).filter(Boolean) as string[]);
  return lines.filter((l) => l.code && /^3\d{2,4}$/.test(l.code) && !l.ofWhich && ![3, 5].some((n) => n < l.code!.length && codes.has(l.code!.slice(0, n))));
}

function readBlock(t: RecognizedTable, ctx: Ctx, lists: TableList[]): BlockRead {
  let total: Val | null = null;
  const coded: { line: Line; col: number }[] = [];
  for (const list of lists) {
    const col = mainColumn(list);
    if (!col) continue;
    for (const line of list.lines) {
      if (line.code) coded.push({ line, col: col.col });
      if (line.code || !TOTAL_LINE.test(line.name.replace(/\s+/g, ''))) continue;
      const a = line.amounts[col.col];
      // the national template prints the 公用经费合计 in the last sub-block only
      if (a && !a.blank) total = fromAmount(a.value, unitOf(t, ctx), [cellOf(t, line, col.col)], t.id);
    }
  }
  // a 302 line in one sub-block may carry on with its 302xx items in the next: one code set per block
  const top = topLevel(coded.map((c) => c.line));
  const tops = coded.filter((c) => top.includes(c.line));
  if (tops.length === 0) return { total, items: null, names: [] };
  let sum = new Decimal(0);
  for (const { line, col } of tops) sum = sum.plus(line.amounts[col]?.value ?? 0);
  const items = fromAmount(sum, unitOf(t, ctx), tops.map(({ line, col }) => cellOf(t, line, col)), t.id, tops.length);
  return { total, items, names: tops.map((c) => c.line.code!) };
}

/** The lines of a code's subtree sit partly in another list of the table that does not list the code itself. */
export function continuedInAnotherList(t: RecognizedTable, list: TableList, code: string): boolean {
  if (t.lists.length < 2) return false;
  return t.lists.some((other) => other !== list && !other.lines.some((l) => l.code === code) && other.lines.some((l) => l.code && l.code.length > code.length && l.code.startsWith(code)));
}

/** 类 = Σ its 款 across the sub-blocks of one block (the per-list 逐级汇总 leaves these out). */
function continuedParents(rule: Rule, t: RecognizedTable, ctx: Ctx, lists: TableList[]): Failure[] {
  const out: Failure[] = [];
  for (const list of lists) {
    const col = mainColumn(list);
    if (!col) continue;
    for (const parent of list.lines) {
      if (!parent.code || !continuedInAnotherList(t, list, parent.code)) continue;
      const kids: { line: Line; col: number }[] = [];
      for (const l2 of lists) {
        const c2 = mainColumn(l2);
        if (!c2) continue;
        for (const l of l2.lines) if (l.code && l.code.length === parent.code.length + 2 && l.code.startsWith(parent.code) && !l.ofWhich) kids.push({ line: l, col: c2.col });
      }
      if (kids.length === 0) continue;
      let sum = new Decimal(0);
      for (const k of kids) sum = sum.plus(k.line.amounts[k.col]?.value ?? 0);
      const total = fromAmount(parent.amounts[col.col]?.value ?? new Decimal(0), unitOf(t, ctx), [cellOf(t, parent, col.col)], t.id);
      const items = fromAmount(sum, unitOf(t, ctx), kids.map((k) => cellOf(t, k.line, k.col)), t.id, kids.length);
      const f = failure(rule, `基本支出表「${parent.code} ${parent.name}」`, total, '=', '其分列两块的下级科目之和', items, compareVals(total, '=', items));
      if (f) out.push(f);
    }
  }
  return out;
}

/** A 基本支出表 printed as a 人员经费 block beside a 公用经费 block (its totals are checked here). */
export function isTwoBlockBasic(t: RecognizedTable): boolean {
  if (t.kind !== 'general_budget_basic_expenditure') return false;
  const blocks = new Set(t.lists.map(blockOf));
  return blocks.has('人员经费') && blocks.has('公用经费');
}

export function basicClosure(rule: Rule, _check: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  for (const t of ctx.model.tablesOf('general_budget_basic_expenditure')) {
    if (t.empty) continue;
    const byBlock = new Map<Block, TableList[]>();
    for (const list of t.lists) {
      const b = blockOf(list);
      if (b) byBlock.set(b, [...(byBlock.get(b) ?? []), list]);
    }
    if (!byBlock.has('人员经费') || !byBlock.has('公用经费')) continue;
    const read = new Map<Block, BlockRead>();
    for (const [b, lists] of byBlock) {
      out.push(...continuedParents(rule, t, ctx, lists));
      const r = readBlock(t, ctx, lists);
      read.set(b, r);
      if (!r.total || !r.items) continue;
      const c = compareVals(r.total, '=', r.items);
      const f = failure(rule, `基本支出表${b}合计`, r.total, '=', `${r.names.join('、')}之和`, r.items, c);
      if (f) out.push(f);
    }
    const staff = read.get('人员经费')?.total;
    const office = read.get('公用经费')?.total;
    // a whole-table 合计 row under the blocks = 人员经费合计 + 公用经费合计
    const grand = ctx.model.figure('general_budget_basic_expenditure', '合计', t);
    if (grand && staff && office) {
      const g = fromAmount(grand.value, unitOf(t, ctx), grand.cells, t.id);
      const parts = combine(staff, office, '+');
      const f = failure(rule, '基本支出表合计', g, '=', '人员经费合计 + 公用经费合计', parts, compareVals(g, '=', parts));
      if (f) out.push(f);
    }
    const gbe = ctx.model.figure('general_budget_expenditure', '基本支出');
    const gbeTable = ctx.model.tablesOf('general_budget_expenditure')[0];
    if (!staff || !office || !gbe || !gbeTable || ctx.model.figure('general_budget_basic_expenditure', '合计', t)) continue;
    // the same 预算/决算 figures only: a 决算 package's 一般公共预算支出表 may print 年初预算 and 决算 side by side
    if (gbeTable.stage !== t.stage) continue;
    const right = fromAmount(gbe.value, unitOf(gbeTable, ctx), gbe.cells, gbeTable.id);
    const left = combine(staff, office, '+');
    const f = failure(rule, '基本支出表人员经费合计 + 公用经费合计', left, '=', '一般公共预算支出表基本支出', right, compareVals(left, '=', right));
    if (f) out.push(f);
  }
  return out;
}

export const BASIC_CLOSURE: CheckPlugin = { family: '基本支出闭合', kinds: builtinKinds({ 基本支出闭合: basicClosure }) };
