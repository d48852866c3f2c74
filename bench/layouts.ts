/**
 * Generated disclosure workbooks for the scale bench and its tests: every layout the rules must
 * stay linear on, balanced like a real package (合计 = 基本 + 项目, 基本 = 人员 + 公用 in every row;
 * every 款 = Σ项, 类 = Σ款, unit = Σ类, 合计 = Σ units), with invented figures in integer cents so
 * that nothing is rounded. Built as plain rows (a `SheetSpec`), turned into grids for in-process
 * timing or into an .xlsx at bench time (bench/xlsx-write.ts) — never committed as files.
 *
 * Layouts:
 * - consolidated: 部门支出总表 and 一般公共预算支出表, by unit with 类/款/项 inside (the 主管部门's
 *   workbook of issue 15): per unit a unit line coded with a 6-digit unit code, then its 功能分类 lines;
 * - flat: 项目支出表, one line per project under a 合计;
 * - subtotals: 一般公共预算支出表 with 类/款/项 subtotals, one table per sheet (a 部门 per sheet);
 * - grouped: by unit, each unit's 项 lines directly under it (no 类/款 subtotals);
 * - unitCodes: 'short' codes units 101, 201 … (3 digits, like 类 codes) — the name and the position
 *   still say what the line is.
 */
import type { CellRange, CellValue, SheetGrid } from '../src/grid/types';
import { allEntries } from '../src/catalog';

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  merges: CellRange[];
}

export type Layout = 'consolidated' | 'flat' | 'subtotals' | 'grouped';

export interface LayoutOptions {
  units: number;
  /** 功能分类 lines per unit (类, 款 and 项 lines together). */
  lines: number;
  unitCodes?: 'six' | 'short';
}

const HEADER_WIDTH = 7; // 科目编码 | 科目名称 | 合计 | 基本支出 | 人员经费 | 公用经费 | 项目支出

/** The 功能分类 entries in code order, parents before children (a real table's order). */
function functionEntries(): { code: string; name: string }[] {
  return allEntries()
    .filter((e) => e.classification === 'function')
    .map((e) => ({ code: e.code, name: e.name }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** A deterministic pseudo-random stream (no Math.random: the bench must be repeatable). */
function stream(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** [合计, 基本, 人员, 公用, 项目] in cents. */
type Cents = [number, number, number, number, number];

function leafCents(rnd: () => number): Cents {
  const person = Math.floor(rnd() * 5_000_000);
  const office = Math.floor(rnd() * 1_000_000);
  const project = rnd() < 0.4 ? 0 : Math.floor(rnd() * 8_000_000);
  return [person + office + project, person + office, person, office, project];
}

function add(a: Cents, b: Cents): void {
  for (let i = 0; i < 5; i++) a[i] += b[i];
}

/** Cents as the number a user's cell holds (2 decimals, 万元). */
function money(c: number): number {
  return c / 100;
}

interface CodedLine {
  code: string;
  name: string;
  cents: Cents;
}

/**
 * `count` 功能分类 lines (类, 款, 项 in code order) with their sums: leaves get figures, parents the
 * sum of their children. `scale` (0..1] derives a smaller table (一般公共预算 ⊂ 部门支出) leaf by leaf.
 */
function codedLines(count: number, rnd: () => number): CodedLine[] {
  const entries = functionEntries().slice(0, count);
  const lines = entries.map((e) => ({ code: e.code, name: e.name, cents: [0, 0, 0, 0, 0] as Cents }));
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    const hasChild = i + 1 < lines.length && lines[i + 1].code.startsWith(l.code) && lines[i + 1].code.length > l.code.length;
    if (!hasChild) l.cents = leafCents(rnd);
    else {
      for (let j = i + 1; j < lines.length && lines[j].code.startsWith(l.code); j++) {
        if (lines[j].code.length === l.code.length + 2) add(l.cents, lines[j].cents);
      }
    }
  }
  return lines;
}

function scaled(lines: CodedLine[], percent: number): CodedLine[] {
  const out = lines.map((l) => ({ ...l, cents: [0, 0, 0, 0, 0] as Cents }));
  for (let i = out.length - 1; i >= 0; i--) {
    const l = out[i];
    const hasChild = i + 1 < out.length && out[i + 1].code.startsWith(l.code) && out[i + 1].code.length > l.code.length;
    if (!hasChild) {
      const [, , p, o, pr] = lines[i].cents;
      const c: Cents = [0, 0, Math.floor((p * percent) / 100), Math.floor((o * percent) / 100), Math.floor((pr * percent) / 100)];
      c[1] = c[2] + c[3];
      c[0] = c[1] + c[4];
      l.cents = c;
    } else {
      for (let j = i + 1; j < out.length && out[j].code.startsWith(l.code); j++) if (out[j].code.length === l.code.length + 2) add(l.cents, out[j].cents);
    }
  }
  return out;
}

function amountRow(label: [CellValue, CellValue], c: Cents): CellValue[] {
  return [label[0], label[1], ...c.map(money)];
}

function header(title: string): { rows: CellValue[][]; merges: CellRange[] } {
  return {
    rows: [
      [title, null, null, null, null, null, null],
      ['部门：某某市教育局', null, null, null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出'],
      [null, null, null, '小计', '人员经费', '公用经费', null],
    ],
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: HEADER_WIDTH - 1 },
      { r0: 2, c0: 0, r1: 3, c1: 0 },
      { r0: 2, c0: 1, r1: 3, c1: 1 },
      { r0: 2, c0: 2, r1: 3, c1: 2 },
      { r0: 2, c0: 3, r1: 2, c1: 5 },
      { r0: 2, c0: 6, r1: 3, c1: 6 },
    ],
  };
}

export function unitCode(u: number, style: 'six' | 'short'): string {
  // short: 101, 201, 301 … 901, 102, 202 … — 201/205/208 are 功能分类 类 codes, 301/302 经济分类 类
  return style === 'short' ? String(100 * (1 + (u % 9)) + 1 + Math.floor(u / 9)) : String(130001 + u);
}

export function unitName(u: number): string {
  return `某某市第${u + 1}中学`;
}

/** A by-unit table: 合计, then per unit its line and its lines (`inner` per unit). */
function byUnit(name: string, title: string, o: LayoutOptions, perUnit: (u: number) => CodedLine[]): SheetSpec {
  const h = header(title);
  const total: Cents = [0, 0, 0, 0, 0];
  const body: CellValue[][] = [];
  for (let u = 0; u < o.units; u++) {
    const lines = perUnit(u);
    const unit: Cents = [0, 0, 0, 0, 0];
    for (const l of lines) if (l.code.length === 3) add(unit, l.cents);
    if (!lines.some((l) => l.code.length === 3)) for (const l of lines) add(unit, l.cents);
    add(total, unit);
    body.push(amountRow([unitCode(u, o.unitCodes ?? 'six'), unitName(u)], unit));
    for (const l of lines) body.push(amountRow([l.code, l.name], l.cents));
  }
  return { name, rows: [...h.rows, amountRow(['合计', null], total), ...body], merges: [...h.merges, { r0: 4, c0: 0, r1: 4, c1: 1 }] };
}

/** 部门支出总表 and 一般公共预算支出表 by unit, 类/款/项 inside each unit. */
export function consolidated(o: LayoutOptions): SheetSpec[] {
  const perUnit = Array.from({ length: o.units }, (_, u) => codedLines(o.lines, stream(u + 1)));
  return [
    byUnit('部门支出总表', '2025年部门支出总表', o, (u) => perUnit[u]),
    byUnit('一般公共预算支出表', '2025年一般公共预算支出表', o, (u) => scaled(perUnit[u], 80)),
  ];
}

/** By unit, the unit's 项 lines straight under it (a 7-digit code each, no 类/款 lines). */
export function grouped(o: LayoutOptions): SheetSpec[] {
  const items = functionEntries().filter((e) => e.code.length === 7);
  const perUnit = (u: number): CodedLine[] => {
    const rnd = stream(u + 7);
    return Array.from({ length: Math.min(o.lines, items.length) }, (_, i) => ({ ...items[i], cents: leafCents(rnd) }));
  };
  return [byUnit('部门支出总表', '2025年部门支出总表', o, perUnit)];
}

/** 一般公共预算支出表 with 类/款/项 subtotals, one department per sheet. */
export function subtotals(o: LayoutOptions): SheetSpec[] {
  return Array.from({ length: o.units }, (_, u) => {
    const h = header(`2025年一般公共预算支出表（${unitName(u)}）`);
    const lines = codedLines(o.lines, stream(u + 11));
    const total: Cents = [0, 0, 0, 0, 0];
    for (const l of lines) if (l.code.length === 3) add(total, l.cents);
    return {
      name: `表${u + 1}`,
      rows: [...h.rows, amountRow(['合计', null], total), ...lines.map((l) => amountRow([l.code, l.name], l.cents))],
      merges: [...h.merges, { r0: 4, c0: 0, r1: 4, c1: 1 }],
    };
  });
}

/** 项目支出表: one line per project under a 合计 (units × lines projects). */
export function flat(o: LayoutOptions): SheetSpec[] {
  const rows: CellValue[][] = [
    ['2025年项目支出表', null, null, null, null, null],
    ['部门：某某市教育局', null, null, null, null, '单位：万元'],
    ['项目名称', '项目单位', '合计', '一般公共预算', '政府性基金预算', '其他资金'],
  ];
  const rnd = stream(5);
  const body: CellValue[][] = [];
  const total = [0, 0, 0, 0];
  for (let u = 0; u < o.units; u++) {
    for (let i = 0; i < o.lines; i++) {
      const parts = [Math.floor(rnd() * 9_000_000), Math.floor(rnd() * 500_000), rnd() < 0.7 ? 0 : Math.floor(rnd() * 300_000)];
      const c = [parts[0] + parts[1] + parts[2], ...parts];
      c.forEach((x, k) => (total[k] += x));
      body.push([`${unitName(u)}教学设备购置项目${i + 1}`, unitName(u), ...c.map(money)]);
    }
  }
  return [{ name: '项目支出表', rows: [...rows, ['合计', null, ...total.map(money)], ...body], merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }] }];
}

export function layout(kind: Layout, o: LayoutOptions): SheetSpec[] {
  return { consolidated, flat, subtotals, grouped }[kind](o);
}

/** The specs as the grids a workbook source would give (merged slave cells already blank). */
export function toGrids(specs: SheetSpec[]): SheetGrid[] {
  return specs.map((s, index) => ({ name: s.name, index, top: 0, left: 0, values: s.rows.map((r) => r.slice()), merges: s.merges.slice(), hiddenRows: [], hiddenCols: [] }));
}

export function cellCount(specs: SheetSpec[]): number {
  return specs.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
}
