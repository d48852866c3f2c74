/**
 * The item lines of a two-sided list that add up to a named subtotal: Σ收入项 = 本年收入合计,
 * Σ支出项 = 本年支出合计, Σ上年结转项 = 上年结转.
 *
 * The items are every line between the previous figure line (or the list start) and the closing
 * line (本年收入合计 under its items), or — when the closing figure heads its items
 * (「一、本年收入 137.05」 followed by its sources) — every line after it up to the next figure line.
 * Whatever the lines are called: an income source the vocabulary does not know (单位自筹资金) is
 * an item like any other. Left out: 其中 lines, 小计 lines, unit lines, text and placeholder rows
 * without amounts, and lines whose 科目编码 extends another item's code (款 under its 类).
 *
 * Labels sometimes show a hierarchy the recognition cannot be sure of (「一、财政拨款收入」 over
 * 「1.一般公共预算」, a 「其中」 list continued without the prefix). Then the set has alternative
 * readings; a check that fails under the primary reading but holds under an alternative one is a
 * warning, not an error (src/rules/run.ts).
 */
import type { Line, TableList } from '../recognize/types';
import { isBoundary, isOtherwise, norm } from './line-labels';

export interface ItemSet {
  list: TableList;
  lines: Line[];
  /** Other plausible readings of the same lines (by numbering level, 其中 continuations). */
  alternatives?: Line[][];
}

export interface ItemSpec {
  /** The model's figure name of the line the items add up to. */
  figure: string;
  /** Label pattern of that line (normalized) when recognition gave it no figure. */
  label: RegExp;
  /** Items may only follow the figure line (上年结转 over its sources), never precede it. */
  after?: boolean;
}

export const INCOME_ITEMS: ItemSpec = { figure: '本年收入合计', label: /^(本年收入(合计|小计)?|收入小计)$/ };
export const EXPENDITURE_ITEMS: ItemSpec = { figure: '本年支出合计', label: /^(本年支出(合计|小计)?|支出小计)$/ };
export const CARRYOVER_ITEMS: ItemSpec = { figure: '上年结转', label: /^(上年结转(结余|和结余)?|年初结转和?结余)$/, after: true };

function hasData(l: Line): boolean {
  for (const a of Object.values(l.amounts)) if (!a.blank) return true;
  return false;
}

function nonZero(l: Line): boolean {
  for (const a of Object.values(l.amounts)) if (!a.value.isZero()) return true;
  return false;
}

function isOfWhich(l: Line): boolean {
  return !!l.ofWhich || isOtherwise(l);
}

/** A line that can be one of the items (before the hierarchy is read). */
function eligible(l: Line): boolean {
  if (isOfWhich(l) || l.kind === 'unit' || l.kind === 'total') return false;
  if (/^(小计|合计|总计)$/.test(norm(l.name))) return false;
  // A text or placeholder row counts only when it holds money (then it is data to check).
  if (l.kind === 'placeholder' || l.kind === 'note') return nonZero(l);
  return l.name.trim() !== '' || nonZero(l);
}

/** The line that closes (or heads) the items. */
function closingIndex(lines: Line[], spec: ItemSpec): number {
  const k = lines.findIndex((l) => l.figure === spec.figure);
  return k >= 0 ? k : lines.findIndex((l) => !isOfWhich(l) && spec.label.test(norm(l.name)));
}

/** Lines of the run [from, to) with their 其中 lines kept (the readings need them). */
function run(lines: Line[], from: number, to: number): Line[] {
  return lines.slice(from, to).filter((l) => !isBoundary(l));
}

/** The items of a list for a spec, or undefined when the list has no such closing line. */
export function itemSet(list: TableList, spec: ItemSpec): ItemSet | undefined {
  const lines = list.lines;
  const k = closingIndex(lines, spec);
  if (k < 0) return undefined;
  let raw: Line[] = [];
  if (!spec.after) {
    let a = k;
    while (a > 0 && !isBoundary(lines[a - 1])) a--;
    raw = run(lines, a, k);
  }
  if (!raw.some((l) => eligible(l) && hasData(l))) {
    let b = k + 1;
    while (b < lines.length && !isBoundary(lines[b])) b++;
    raw = run(lines, k + 1, b);
  }
  return readings(list, raw);
}

/** 「一、」 1 · 「（一）」 2 · 「1.」 3 · 「（1）」 4 · 「①」 5 · none 0. */
export function numberingLevel(label: string): number {
  const s = label.trim();
  if (/^[一二三四五六七八九十]+\s*[、.．]/.test(s)) return 1;
  if (/^[（(]\s*[一二三四五六七八九十]+\s*[）)]/.test(s)) return 2;
  if (/^\d+\s*[、.．](?!\d)/.test(s)) return 3;
  if (/^[（(]\s*\d+\s*[）)]/.test(s)) return 4;
  if (/^[①-⑳]/.test(s)) return 5;
  return 0;
}

/** Drop lines whose code extends the code of another item (款 under its 类). */
function topCoded(lines: Line[]): Line[] {
  const codes = lines.filter((l) => l.code).map((l) => l.code!);
  return lines.filter((l) => !l.code || !codes.some((c) => c !== l.code && l.code!.startsWith(c)));
}

function same(a: Line[], b: Line[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

function readings(list: TableList, raw: Line[]): ItemSet {
  const flat = topCoded(raw.filter(eligible));
  const levels = flat.map((l) => numberingLevel(l.label));
  const numbered = levels.filter((v) => v > 0);
  const candidates: Line[][] = [];
  let primary = flat;
  if (numbered.length) {
    // an outer level whose lines print no amount is a heading (西安 「一、部门预算」 over 「1、财政拨款」
    // …), not the items: the next level is
    let min = Math.min(...numbered);
    const deeper = (m: number) => numbered.filter((v) => v > m);
    while (deeper(min).length && flat.every((l, i) => levels[i] !== min || !hasData(l))) min = Math.min(...deeper(min));
    const top = flat.filter((_, i) => levels[i] === min);
    // Two numbering levels: the outer one is the list of items (「一、」 over 「1.」).
    if (new Set(numbered).size >= 2) primary = top;
    candidates.push(top);
  }
  // A 「其中」 list continued on the next lines without the prefix.
  const afterOfWhich = new Set<Line>();
  let inOfWhich = false;
  for (const l of raw) {
    if (isOfWhich(l)) inOfWhich = true;
    else if (inOfWhich && numberingLevel(l.label) === 0 && !l.figure) afterOfWhich.add(l);
    else inOfWhich = false;
  }
  if (afterOfWhich.size) candidates.push(flat.filter((l) => !afterOfWhich.has(l)));
  candidates.push(flat);
  const alternatives: Line[][] = [];
  for (const c of candidates) if (c.length && !same(c, primary) && !alternatives.some((x) => same(x, c))) alternatives.push(c);
  return alternatives.length ? { list, lines: primary, alternatives } : { list, lines: primary };
}
