/**
 * 逐科目 A = B (or ≤): every 科目 line of table A against the same 科目 in table B — B's line
 * of that code, or the sum of B's finer lines under it — in the principal column and in every
 * column both tables share by name. Lines of A without finer lines in A are compared, so that one
 * wrong 项 does not also report its 款 and 类.
 */
import type { Line, RecognizedTable, TableList } from '../recognize/types';
import type { Rule, StructureCheck } from './ast';
import { classCodeOfName } from './class-names';
import { compareVals } from './compare';
import type { Ctx, Failure } from './context';
import { amountColumns, mainColumn, norm } from './lines';
import { amountVal, lineLabel } from './relation';
import { tableKindOf } from './tables';
import { show, zero } from './value';

interface Coded {
  list: TableList;
  line: Line;
  code: string;
}

function codedLines(t: RecognizedTable): Coded[] {
  const out: Coded[] = [];
  for (const list of t.lists) {
    if (list.side === 'income') continue;
    for (const line of list.lines) {
      if (line.kind === 'unit' || line.kind === 'total' || line.kind === 'placeholder' || line.kind === 'note') continue;
      const code = line.code && line.classification !== 'economic' && line.classification !== 'gov_economic' ? line.code : list.side === 'expenditure' ? classCodeOfName(line.name) : undefined;
      if (code && /^2\d{2}(\d{2}){0,2}$/.test(code)) out.push({ list, line, code });
    }
    if (out.length) break; // the first (功能分类) block only
  }
  return out;
}

function colLabel(list: TableList, col: number): string {
  const c = list.columns.find((x) => x.col === col)!;
  return norm(c.role ?? c.path[c.path.length - 1] ?? '');
}

export function byCode(rule: Rule, check: StructureCheck, ctx: Ctx): Failure[] {
  const a = ctx.pick.get(tableKindOf(check.tables[0])!)!;
  const b = ctx.pick.get(tableKindOf(check.tables[1])!)!;
  const la = codedLines(a);
  const lb = codedLines(b);
  if (!la.length || !lb.length) return [];
  const op = check.op ?? '=';
  const out: Failure[] = [];
  for (const x of la) {
    if (la.some((y) => y !== x && y.code.startsWith(x.code) && y.code.length > x.code.length)) continue;
    const exact = lb.filter((y) => y.code === x.code);
    let kids = exact;
    if (!kids.length) {
      const under = lb.filter((y) => y.code.startsWith(x.code));
      const lvl = Math.min(...under.map((y) => y.code.length));
      kids = under.filter((y) => y.code.length === lvl);
    }
    const pairs: [number, number][] = [];
    const ma = mainColumn(x.list);
    const mb = mainColumn(kids[0]?.list ?? lb[0].list);
    if (ma && mb) pairs.push([ma.col, mb.col]);
    const bList = kids[0]?.list ?? lb[0].list;
    for (const ca of amountColumns(x.list)) {
      if (ca.col === ma?.col) continue;
      const cb = amountColumns(bList).filter((c) => c.col !== mb?.col && colLabel(bList, c.col) === colLabel(x.list, ca.col));
      if (cb.length === 1) pairs.push([ca.col, cb[0].col]);
    }
    const bad: string[] = [];
    const fails: Failure[] = [];
    for (const [ca, cb] of pairs) {
      const va = amountVal(a, ctx, [x.line], ca);
      const vb = kids.length ? amountVal(b, ctx, kids.map((k) => k.line), cb) : { ...zero(va.unit), tables: [b.id] };
      const c = compareVals(va, op, vb);
      if (c.outcome === 'ok') continue;
      const u = va.unit;
      bad.push(`${colLabel(x.list, ca)} ${show(va.yuan, u)} ≠ ${show(vb.yuan, u)}`);
      fails.push({
        rule,
        outcome: c.outcome,
        message: '',
        totals: [...va.cells, ...vb.cells],
        parts: [],
        expected: show(vb.yuan, u),
        actual: show(va.yuan, u),
        difference: show(c.diff, u),
        tables: [a.id, b.id],
      });
    }
    if (!fails.length) continue;
    const outcome = fails.some((f) => f.outcome === 'error') ? 'error' : 'rounding';
    const unit = a.unit ?? ctx.defaultUnit;
    const detail = `${check.tables[0]}${lineLabel(x.line)}与${check.tables[1]}同一科目不符：${bad.join('；')}（${unit}）`;
    out.push({
      ...fails[0],
      outcome,
      message: `${rule.name}——${detail}${outcome === 'rounding' ? '；差额在四舍五入允许范围内，属尾差' : ''}`,
      detail,
      totals: fails.flatMap((f) => f.totals),
    });
  }
  return out;
}
