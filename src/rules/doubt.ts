/**
 * Read certainty: the one place where a failed check's severity is tempered by doubt about the
 * reading. An error needs readings the engine is sure of; when an input was read uncertainly, or
 * the failure itself looks like a misreading rather than a published mistake, the failure stays
 * a finding but as a warning that says what was read and why it is in doubt
 * (「未能确认…的读数：…」). Signs of a misreading (docs/rules.md, "Read certainty"):
 *  - an input cell read uncertainly (a guessed form value cell, a cell that is not a number, a
 *    column without header) — Val.doubts and the cells' readings (src/model/reading.ts);
 *  - a total read as 0 or blank while its parts are not — unless the total's whole line is blank
 *    or 0 (a total line left unfilled is read for sure, and is a published mistake);
 *  - parts summing to exactly 2×, 3× or 4× the total (subtotals counted with their items);
 *  - a difference equal to one whole summand line or column that may not be a summand at all
 *    (a 其中/小计 line, a line equal to the sum of its neighbours, a 其中/%/增减/上年 column);
 *  - two figures exactly 10000× apart (a unit 元/万元 misread or mislabelled).
 */
import Decimal from 'decimal.js';
import { refToString } from '../grid/address';
import type { CellRef } from '../grid/types';
import type { BudgetModel } from '../model/types';
import { locate, type Located } from '../model/reading';
import type { Unit } from '../recognize/types';
import type { Failure } from './evaluation/context';

const NOT_A_SUMMAND_LINE = /其中|^含|小计|合计|总计|包括/;
const NOT_A_SUMMAND_COLUMN = /其中|小计|合计|总计|%|％|率|增减|比上年|上年|同比/;

function dec(s: string | undefined): Decimal | null {
  if (s === undefined) return null;
  try {
    return new Decimal(s);
  } catch {
    return null;
  }
}

function inUnit(l: Located, unit: Unit | undefined): Decimal {
  const v = l.amount.value;
  if (!unit || !l.table.unit || l.table.unit === unit) return v;
  return l.table.unit === '万元' ? v.times(10000) : v.div(10000);
}

function where(l: Located): string {
  return `${l.reading.title}${l.reading.line ?? ''}${l.reading.column ? `「${l.reading.column}」栏` : ''}`;
}

/** A total line left unfilled: every amount blank or 0 (some export blanks as 0), none unreadable. */
function wholeLineBlank(l: Located): boolean {
  return Object.values(l.line.amounts).every((a) => a.value.isZero() && !a.problem);
}

/** One doubt: what was read (table, line, column) and why it is in doubt. */
export interface Doubt {
  what: string;
  why: string;
  /** The total cells read as 0/blank in doubt (in doubt in every other check too). */
  zeroCells?: CellRef[];
}

/** The doubts about a failure's readings (none: the failure rests on sure readings). */
export function doubtsOf(f: Failure, model: BudgetModel): Doubt[] {
  const out: Doubt[] = [];
  const seen = new Set<string>();
  const add = (what: string, why: string, zeroCells?: CellRef[]) => {
    if (seen.has(why)) return;
    seen.add(why);
    out.push({ what, why, ...(zeroCells ? { zeroCells } : {}) });
  };
  const cap = (cs: CellRef[]) => cs.slice(0, 200);
  const totals = cap(f.totals).map((c) => locate(model.tables, c));
  const parts = cap(f.parts).map((c) => locate(model.tables, c));
  const label = (cs: CellRef[], ls: (Located | undefined)[]) => (ls[0] ? where(ls[0]) : cs[0] ? refToString(cs[0]) : '有关数字');
  for (const d of f.doubts ?? []) add(label(f.totals, totals), d);
  for (const l of [...totals, ...parts]) if (l && !l.reading.sure) add(where(l), l.reading.reason!);

  const actual = dec(f.actual);
  const expected = dec(f.expected);
  const difference = dec(f.difference);
  // Two figures exactly 10000× apart: one table's unit (元/万元) misread or mislabelled.
  if (actual && expected && !actual.isZero() && !expected.isZero()) {
    const ratio = expected.div(actual).abs();
    if (ratio.minus(10000).abs().lte(1) || new Decimal(1).div(ratio).minus(10000).abs().lte(1)) {
      add(label(f.totals, totals), `两数恰相差一万倍（${actual.toString()}与${expected.toString()}），可能有一张表的金额单位（元/万元）读错或标错`);
    }
  }
  // The signs are about a figure against the sum of its parts, not two single figures compared.
  if (actual && expected && f.totals.length > 0 && f.parts.length > 0) {
    const step = new Decimal('0.01');
    // A total read as 0/blank while its parts are not — unless its whole line is blank (sure).
    if (actual.isZero() && !expected.isZero()) {
      const zeros = totals.filter((l): l is Located => !!l && l.amount.value.isZero());
      const unfilledLine = zeros.length > 0 && zeros.every(wholeLineBlank);
      if (!unfilledLine) add(zeros[0] ? where(zeros[0]) : label(f.totals, totals), `合计读作${zeros.some((l) => l.amount.blank) ? '空白' : '0'}，而其各项之和为${expected.toString()}，可能未读到合计所在的单元格`, zeros.map((z) => z.amount.cell));
    }
    // Parts = k × total: subtotals counted together with their items.
    if (!actual.isZero() && f.parts.length >= 2) {
      for (const k of [2, 3, 4]) {
        if (expected.minus(actual.times(k)).abs().lte(step.times(k))) {
          add(label(f.totals, totals), `各项之和${expected.toString()}恰为合计${actual.toString()}的${k}倍，可能把小计与其明细重复计入`);
          break;
        }
      }
    }
    // The difference is one whole summand that may not be a summand at all.
    if (difference && !difference.isZero() && !actual.isZero()) {
      const d = difference.abs();
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (!p || !inUnit(p, f.unit).minus(d).abs().lte(step)) continue;
        const why = notASummand(p, parts, i, totals[0]?.amount.cell.row);
        if (why) {
          add(where(p), `差额${d.toString()}恰等于${where(p)}的数额，${why}`);
          break;
        }
      }
    }
  }
  return out;
}

/** Why a summand might not be one (its label, its column, or it equals its neighbours' sum). */
function notASummand(p: Located, parts: (Located | undefined)[], i: number, totalRow: number | undefined): string | null {
  // Form figures are named one by one in the rule: they are summands by the rule's own words.
  if (p.list.columns.some((c) => c.virtual)) return null;
  const sameRowAsTotal = totalRow === p.amount.cell.row;
  if (!sameRowAsTotal && (NOT_A_SUMMAND_LINE.test(p.line.name || p.line.label) || p.line.kind === 'subtotal' || p.line.kind === 'total')) return '该行可能是小计或“其中”项，不应计入';
  if (sameRowAsTotal && p.column && NOT_A_SUMMAND_COLUMN.test(p.column.path.join(''))) return '该栏可能是“其中”、比率或上年数栏，不应计入';
  // A line equal to the sum of the ≥ 2 summands right after (or before) it in the same column is a subtotal.
  const same = (q: Located | undefined) => !!q && q.table === p.table && q.amount.cell.col === p.amount.cell.col;
  for (const dir of [1, -1]) {
    let sum = new Decimal(0);
    let n = 0;
    for (let j = i + dir; j >= 0 && j < parts.length && same(parts[j]); j += dir) {
      sum = sum.plus(parts[j]!.amount.value);
      n++;
      if (n >= 2 && sum.minus(p.amount.value).abs().lte('0.01') && !p.amount.value.isZero()) return '该行等于其相邻各行之和，可能是小计';
      if (sum.abs().gt(p.amount.value.abs())) break;
    }
  }
  return null;
}

const isError = (f: Failure) => f.outcome === 'error' && (f.severity ?? f.rule.severity) === 'error';

/**
 * Failures whose readings are in doubt become warnings that say so; the others are unchanged. A
 * total found in doubt by one check (read as blank while its parts are not) is in doubt as an
 * input of every other check too (the same blank cell seen as a part of its row).
 */
export function temperByDoubt(failures: Failure[], model: BudgetModel): Failure[] {
  const found = failures.map((f) => (isError(f) ? doubtsOf(f, model) : []));
  const doubtedCells = new Map<string, Doubt>();
  for (const ds of found) for (const d of ds) for (const c of d.zeroCells ?? []) doubtedCells.set(refToString(c), d);
  return failures.map((f, i) => {
    if (!isError(f)) return f;
    const ds = [...found[i]];
    if (ds.length === 0) {
      const hit = [...f.totals, ...f.parts].map((c) => doubtedCells.get(refToString(c))).find(Boolean);
      if (hit) ds.push(hit);
    }
    if (ds.length === 0) return f;
    const lead = `未能确认${ds[0].what}的读数：${ds.map((d) => d.why).join('；')}`;
    return { ...f, severity: 'warning' as const, message: `${lead}。${f.message}`, doubt: ds.map((d) => `${d.what}：${d.why}`).join('；') };
  });
}
