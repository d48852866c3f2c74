/**
 * Column types and roles, and the split of a table into lists: one-sided tables have one list;
 * two-sided tables (收 入 | 支 出) two; 陕西-style 收支总表 one income and several expenditure blocks.
 */
import type { Column, TableList } from './types';
import type { SheetView } from './sheet-view';
import { rolesOfPath } from './roles';
import { titleForm } from '../vocabulary/labels';
import { isIndicatorValuePath } from './indicator-value';

const CODE_ROLES = new Set(['科目编码', '单位代码']);
const LABEL_ROLES = new Set(['科目名称', '单位名称']);
const SAMPLE_HEAD = 400;
const SAMPLE_TAIL = 100;
const AMOUNT_HEADER = /金额|资金|拨款|经费|预算数|决算数|合计|小计|收入|支出|（万元）|（元）/;
const SUBJECT_CODE = /^(?:2\d{2}(?:\d{2}){0,2}|[35]\d{2}(?:\d{2})?)$/;

interface ColStats {
  numeric: number;
  decimals: number;
  text: number;
  codeLike: number;
  shortDigits: number;
  seq: boolean;
}

function stats(view: SheetView, col: number, r0: number, r1: number): ColStats {
  const s: ColStats = { numeric: 0, decimals: 0, text: 0, codeLike: 0, shortDigits: 0, seq: true };
  let expect = 1;
  // a sample is enough to type a column: the first rows and the last ones (keeps huge sheets linear)
  const head = Math.min(r1, r0 + SAMPLE_HEAD);
  const tailStart = Math.max(head + 1, r1 - SAMPLE_TAIL);
  for (let r = r0; r <= r1; r = r === head ? tailStart : r + 1) {
    const v = view.value(r, col);
    if (v === null || v === '') continue;
    if (typeof v === 'number') {
      s.numeric++;
      if (!Number.isInteger(v)) s.decimals++;
      else if (v >= 100 && v < 1e7 && SUBJECT_CODE.test(String(v))) s.codeLike++;
      if (v !== expect) s.seq = false;
      else if (v < 100) s.shortDigits++;
      expect++;
      continue;
    }
    if (typeof v === 'object') {
      s.numeric++; // an error value sits where an amount should be
      s.seq = false;
      continue;
    }
    const t = typeof v === 'number' ? String(v) : typeof v === 'string' ? titleForm(v) : '#';
    if (/^\d{1,2}$/.test(t)) s.shortDigits++;
    if (t !== String(expect)) s.seq = false;
    expect++;
    if (SUBJECT_CODE.test(t) || /^\d{8,}$/.test(t) || (typeof v === 'string' && /^\d{3,}$/.test(t))) s.codeLike++;
    if (/^[-+(]?[\d,]+(\.\d+)?\)?%?$/.test(t)) {
      s.numeric++;
      if (t.includes('.')) s.decimals++;
    } else if (!/^(—|-|－|…+|\.+|\*+|\/)$/.test(t)) s.text++;
  }
  return s;
}

/** Type and role of every column of the table. */
export function readColumns(view: SheetView, paths: Map<number, string[]>, c0: number, c1: number, r0: number, r1: number): Column[] {
  const cols: Column[] = [];
  const hiddenCols = new Set(view.grid.hiddenCols);
  for (let c = c0; c <= c1; c++) {
    const path = paths.get(c) ?? [];
    const { role, roles } = rolesOfPath(path);
    const s = stats(view, c, r0, r1);
    const filled = s.numeric + s.text;
    let type: Column['type'];
    const headerSaysCode = role !== null && CODE_ROLES.has(role);
    const split = path.some((p) => /^(类|款|项|目)$/.test(titleForm(p)));
    // integers under 「项目金额 › 政府预算资金」 are amounts even when they look like codes (236, 207)
    const amountHeader = role === null && AMOUNT_HEADER.test(path.join('|'));
    // an indicator's target (指标值 95, 12 …) is never money, whatever its cells look like
    if (role === '序号' || isIndicatorValuePath(path) || (s.seq && filled >= 3 && path.length <= 1 && !roles.length)) type = 'text';
    else if (headerSaysCode || split || (!amountHeader && filled > 0 && s.codeLike >= Math.max(1, (filled - s.text) * 0.6) && s.decimals === 0 && (role === null || LABEL_ROLES.has(role)))) type = 'code';
    else if (role !== null && LABEL_ROLES.has(role)) type = 'name';
    else if (s.text > s.numeric) type = 'name';
    else if (filled === 0 && role === null && path.length === 0) type = 'text';
    else type = 'amount';
    const col: Column = { col: c, path, role, roles, type };
    if (hiddenCols.has(c)) col.hidden = true;
    cols.push(col);
  }
  return cols;
}

/**
 * The side a block's headers name. Code columns do not count: 「部门预算支出经济科目编码」 in the
 * middle of a 政府采购表 (西安) names a classification, not an expenditure side.
 */
function sideOf(cols: Column[]): 'income' | 'expenditure' | null {
  const top = titleForm(cols.filter((c) => c.type !== 'code').map((c) => c.path[0] ?? '').join('|'));
  const inc = /收入|^收/.test(top);
  const exp = /支出|^支/.test(top);
  if (inc && !exp) return 'income';
  if (exp && !inc) return 'expenditure';
  return null;
}

/** Split columns into lists at each label column that follows an amount column. */
export function splitLists(cols: Column[]): TableList[] {
  const blocks: Column[][] = [];
  let cur: Column[] = [];
  let seenAmount = false;
  for (const c of cols) {
    const isLabel = c.type === 'code' || c.type === 'name';
    if (isLabel && seenAmount) {
      blocks.push(cur);
      cur = [];
      seenAmount = false;
    }
    cur.push(c);
    if (c.type === 'amount') seenAmount = true;
  }
  blocks.push(cur);
  // blocks without amounts (trailing text columns) rejoin the block before them
  const merged: Column[][] = [];
  for (const b of blocks) {
    if (merged.length && !b.some((c) => c.type === 'amount')) merged[merged.length - 1].push(...b);
    else merged.push(b);
  }
  if (merged.length === 1) return [{ side: 'main', columns: merged[0], lines: [] }];
  // only a real two-sided table splits: each block's label column names the same kind of thing
  const labelRole = (b: Column[]) => b.find((c) => c.type === 'name' || c.type === 'code')?.role ?? null;
  const firstRole = labelRole(merged[0]);
  const sides = merged.map(sideOf);
  const twoSided = sides.includes('income') || sides.includes('expenditure') || merged.every((b) => labelRole(b) === firstRole);
  if (!twoSided) return [{ side: 'main', columns: merged.flat(), lines: [] }];
  const known = sides.some((x) => x !== null);
  return merged.map((b, i) => {
    // blocks without 收/支 words (基本支出决算表: 人员经费 | 公用经费 side by side) stay 'main'
    const side = sides[i] ?? (!known ? 'main' : i === 0 ? 'income' : 'expenditure');
    const list: TableList = { side, columns: b, lines: [] };
    if ((merged.length > 2 && side === 'expenditure') || side === 'main') {
      const label = b.find((c) => c.type !== 'amount')?.path ?? [];
      list.block = label.find((p) => !/^(支\s*出|项\s*目|科目名称)$/.test(p.trim())) ?? `第${i}栏`;
    }
    return list;
  });
}
