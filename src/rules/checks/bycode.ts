/**
 * 逐科目 A = B (or ≤): every 科目 line of table A against the same 科目 in table B — B's line
 * of that code, or the sum of B's finer lines under it — in the principal column and in every
 * column both tables share by name. Lines of A without finer lines in A are compared, so that one
 * wrong 项 does not also report its 款 and 类.
 */
import type { Line, RecognizedTable, TableList } from '../../recognize/types';
import type { Rule, StructureCheck } from '../notation/ast';
import { CLASS_NUMBERING } from '../../vocabulary/function-classes';
import { classCodeOfName } from './class-names';
import { compareVals } from '../evaluation/compare';
import type { Ctx, Failure } from '../evaluation/context';
import { amountColumns, norm } from '../../model/resolve';
import { mainColumn } from '../../model/lines';
import { sumCents } from '../evaluation/fast';
import { amountVal, lineLabel } from '../evaluation/relation';
import { tableKindOf } from '../../vocabulary/tables';
import { show, zero } from '../evaluation/value';
import type { CheckPlugin } from './plugin';

interface Coded {
  list: TableList;
  line: Line;
  code: string;
}

function codedLines(t: RecognizedTable): Coded[] {
  const out: Coded[] = [];
  for (const list of t.lists) {
    if (list.side === 'income') continue;
    // Without codes, a 类 is known by its name; its 款 and 项 may repeat that name (深圳 「五、其他支出 /
    // 其他支出 / 其他支出」) or start with the same stem (「四、城乡社区支出 / 城乡社区环境卫生」). When the
    // list numbers some uncoded lines, the numbered ones are the 类 and the others are finer levels.
    // Without numbering, a 款 starting with its 类's stem right under the 类 (「国防支出 / 国防动员」,
    // 「金融支出 / 金融发展支出」) is a finer line of the 类 above, not that 类 again.
    const numbered = list.lines.some((l) => CLASS_NUMBERING.test(l.label) && classCodeOfName(l.name));
    let current: string | undefined;
    for (const line of list.lines) {
      if (line.kind === 'unit' || line.kind === 'total' || line.kind === 'placeholder' || line.kind === 'note') continue;
      if (line.code?.length === 3) current = line.code;
      let byName = list.side === 'expenditure' && !line.code && (!numbered || CLASS_NUMBERING.test(line.label)) ? classCodeOfName(line.name) : undefined;
      if (byName && byName === current) byName = undefined;
      else if (byName) current = byName;
      const code = line.code && line.classification !== 'economic' && line.classification !== 'gov_economic' ? line.code : byName;
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

/** Lines by code (a code repeated under several units is summed over them). */
function index(lines: Coded[]): Map<string, Coded[]> {
  const m = new Map<string, Coded[]>();
  for (const x of lines) {
    const xs = m.get(x.code);
    if (xs) xs.push(x);
    else m.set(x.code, [x]);
  }
  return m;
}

/**
 * B's lines for a code: that code's lines, else the topmost of its finer lines — each finer line
 * whose own 款 is not listed too. A detail table may list a 款 without 项 beside the 项 of other 款
 * (北京 「21298-超长期特别国债安排的支出」 beside 「2120399」, 「2120598」 …): all of them make the 类.
 */
function linesFor(code: string, b: Map<string, Coded[]>): Coded[] {
  const exact = b.get(code);
  if (exact) return exact;
  const under = [...b.keys()].filter((c) => c.length > code.length && c.startsWith(code));
  return under.filter((c) => !under.some((p) => p !== c && c.startsWith(p))).flatMap((c) => b.get(c)!);
}

export function byCode(rule: Rule, check: StructureCheck, ctx: Ctx): Failure[] {
  const a = ctx.pick.get(tableKindOf(check.tables[0])!)!;
  const b = ctx.pick.get(tableKindOf(check.tables[1])!)!;
  const la = index(codedLines(a));
  const lb = index(codedLines(b));
  if (!la.size || !lb.size) return [];
  const op = check.op ?? '=';
  const codes = [...la.keys()];
  const hasFiner = new Set<string>();
  for (const c of codes) for (const len of [3, 5]) if (c.length > len) hasFiner.add(c.slice(0, len));
  const out: Failure[] = [];
  for (const code of codes) {
    if (hasFiner.has(code)) continue;
    const xs = la.get(code)!;
    const kids = linesFor(code, lb);
    const aList = xs[0].list;
    const bList = kids[0]?.list ?? [...lb.values()][0][0].list;
    const pairs: [number, number][] = [];
    const ma = mainColumn(aList);
    const mb = mainColumn(bList);
    if (ma && mb) pairs.push([ma.col, mb.col]);
    for (const ca of amountColumns(aList)) {
      if (ca.col === ma?.col) continue;
      const cb = amountColumns(bList).filter((c) => c.col !== mb?.col && colLabel(bList, c.col) === colLabel(aList, ca.col));
      if (cb.length === 1) pairs.push([ca.col, cb[0].col]);
    }
    const bad: string[] = [];
    const fails: Failure[] = [];
    for (const [ca, cb] of pairs) {
      if (a.unit === b.unit) {
        const ka = sumCents(xs.map((x) => x.line), ca);
        const kb = ka === null ? null : sumCents(kids.map((k) => k.line), cb);
        if (ka !== null && kb !== null && (op === '<=' ? ka <= kb : op === '>=' ? ka >= kb : ka === kb)) continue;
      }
      const va = amountVal(a, ctx, xs.map((x) => x.line), ca);
      const vb = kids.length ? amountVal(b, ctx, kids.map((k) => k.line), cb) : { ...zero(va.unit), tables: [b.id] };
      const c = compareVals(va, op, vb);
      if (c.outcome === 'ok') continue;
      const u = va.unit;
      bad.push(`${colLabel(aList, ca)} ${show(va.yuan, u)} ≠ ${show(vb.yuan, u)}`);
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
    const detail = `${check.tables[0]}${lineLabel(xs[0].line)}与${check.tables[1]}同一科目不符：${bad.join('；')}（${unit}）`;
    // A 科目 with no line at all in B: a real omission, or a line the reading did not reach (a table
    // cut at a page, a name not matched). The totals rules still compare the tables' sums exactly;
    // this per-科目 finding is in doubt (src/rules/doubt.ts makes it a warning that says so).
    const doubts = kids.length === 0 ? [`${check.tables[1]}中没有读到科目${code}的行（可能未读到该行，也可能该表确实漏列此科目）`] : undefined;
    out.push({
      ...fails[0],
      outcome,
      message: `${rule.name}——${detail}${outcome === 'rounding' ? '；差额在四舍五入允许范围内，属尾差' : ''}`,
      detail,
      totals: fails.flatMap((f) => f.totals),
      ...(doubts ? { doubts } : {}),
    });
  }
  return out;
}

export const BY_CODE: CheckPlugin = { family: '逐科目', kinds: { 逐科目: { run: byCode } } };
