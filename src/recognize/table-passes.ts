/**
 * Passes over an assembled table: prior-year columns, totals written in another block, the
 * department from the body, numbers in form-shaped tables.
 */
import type { SheetView } from './sheet-view';
import type { RecognizedTable, TableList } from './types';
import { titleForm } from '../vocabulary/labels';

const DEPT_LABEL = /^(部门（单位）名称|部门名称|单位名称|预算单位|编制单位|填报单位|单位（部门）名称)[:：]?$/;
// 主管部门 of a 项目支出绩效目标表 form is the department the project belongs to (a form of another
// department mixed into the package names that department there: review.project_performance).
// Its value is often merged over several cells; only a name ending like a body is taken.
const HEAD_LABEL = /^(主管部门(（单位）|及代码)?|主管单位)[:：]?$/;
const BODY_NAME = /(局|委|办|院|中心|所|站|队|会|室|部|厅|处|社|馆|校|府|署)$/;

/**
 * The department when the title block does not name it: a 「部门（单位）名称 | 某某中心」 row of a
 * form (绩效目标表), else the one unit a by-unit table lists (财政拨款支出表 of a one-unit 部门).
 */
export function departmentInBody(view: SheetView, t: RecognizedTable): string | null {
  if (t.kind.startsWith('performance') && t.dataRange) {
    for (let r = t.dataRange.r0; r <= Math.min(t.dataRange.r1, t.dataRange.r0 + 8); r++) {
      for (let c = t.range.c0; c < t.range.c1; c++) {
        const label = titleForm(view.text(r, c));
        if (HEAD_LABEL.test(label)) {
          const v = view.text(r, c + 1);
          if (v && BODY_NAME.test(titleForm(v))) return titleForm(v);
          continue;
        }
        if (!DEPT_LABEL.test(label)) continue;
        for (let d = c + 1; d <= t.range.c1; d++) {
          const v = view.text(r, d);
          if (v && !view.mergeOf(r, d)) return titleForm(v);
        }
      }
    }
  }
  const units = new Set(t.lists.flatMap((l) => l.lines.filter((x) => x.kind === 'unit' && x.name).map((x) => x.name)));
  return units.size === 1 ? [...units][0] : null;
}

/** Form-style tables (绩效目标表) keep figures in label columns: any non-zero number counts. */
export function formHasNumbers(view: SheetView, lists: TableList[], r0: number, r1: number): boolean {
  const cols = lists.flatMap((l) => l.columns).filter((c) => c.type === 'name' || c.type === 'amount');
  for (let r = r0; r <= r1; r++) {
    for (const c of cols) {
      const v = view.value(r, c.col);
      if (typeof v === 'number' && v !== 0) return true;
    }
  }
  return false;
}

/** 「2023年预算数 | 2024年预算数」: the column of an earlier year is 上年预算数/上年决算数. */
export function markPriorYearColumns(lists: TableList[], year: number | null): void {
  const cols = lists.flatMap((l) => l.columns).filter((c) => c.type === 'amount');
  const yearOf = (c: { path: string[] }) => {
    const m = /(19|20)\d{2}(?=\s*年)/.exec(c.path.join('|')); // 「2021 年」 printed with a space too
    return m ? Number(m[0]) : null;
  };
  const years = cols.map(yearOf).filter((y): y is number => y !== null);
  if (years.length === 0) return;
  const current = year ?? Math.max(...years);
  for (const c of cols) {
    const y = yearOf(c);
    if (y === null || y >= current) continue;
    const role = c.path.some((p) => p.includes('决算')) ? '上年决算数' : '上年预算数';
    c.roles = [...(c.roles ?? []), role];
    if (c.role === '预算数' || c.role === '决算数' || c.role === '合计' || c.role === null) c.role = role;
  }
}

/**
 * 基本支出决算表: 「公用经费合计」 is written in the first block of the 公用经费 group while its
 * amount sits in the group's last 决算数 column, on a line of the next block that has no label:
 * that line takes the label and the figure.
 */
export function moveTotalsAcrossBlocks(lists: TableList[]): void {
  const group = (l: TableList) => l.columns.find((c) => c.type === 'amount')?.path[0];
  for (let i = 0; i + 1 < lists.length; i++) {
    const a = lists[i];
    if (a.side !== 'main') continue;
    for (const line of a.lines) {
      if (!line.figure || Object.values(line.amounts).some((x) => !x.blank)) continue;
      for (const b of lists.slice(i + 1).filter((x) => x.side === 'main' && group(x) === group(a))) {
        const m = b.lines.find((x) => x.row === line.row && !x.label && !x.code && Object.values(x.amounts).some((y) => !y.blank));
        if (!m) continue;
        Object.assign(m, { label: line.label, name: line.name, figure: line.figure, kind: line.kind });
        line.figure = undefined;
        break;
      }
    }
  }
}
