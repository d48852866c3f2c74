/**
 * Facts: what the 说明 talks about, read from the model in 万元 (tables in 元 converted exactly,
 * never rounded here). The generator prints them; the checker compares stated figures with them.
 */
import Decimal from 'decimal.js';
import { convertUnit } from '../grid/decimal';
import type { CellRef } from '../grid/types';
import { amountIn, mainColumn } from '../model/lines';
import type { BudgetModel, Figure } from '../model/types';
import { resolveFigure } from '../model/resolver';
import type { TableKind } from '../vocabulary/tables';
import type { Line, RecognizedTable } from '../recognize/types';
import { departmentOf } from './department';
import { FACT_SOURCES } from './fact-sources';
import { procurementFacts } from './procurement';
import { subjectPhrase } from './subject-phrase';
import type { Fact } from './types';

export type { Fact } from './types';

export interface ListItem {
  name: string;
  value: Decimal;
  cells: CellRef[];
  code?: string;
  prior?: Decimal;
}

export interface Facts {
  department: string;
  year: number | null;
  /** The first candidate present in the model. */
  get(name: string): Fact | undefined;
  /** Every candidate present (for the checker: a stated figure may match any). */
  all(name: string): Fact[];
  prior(name: string): Decimal | undefined;
  /** A figure the user typed for this year (国有资产 counts …), for facts no table holds. */
  typed(name: string): Decimal | undefined;
  list(name: string): ListItem[];
  hasKind(kind: TableKind): boolean;
  /** True when the workbook holds tables of this kind and every one of them is empty. */
  kindEmpty(kind: TableKind): boolean;
}

export function toWan(value: Decimal, unit: string | null): Decimal {
  return unit === '元' ? convertUnit(value, '元', '万元') : new Decimal(value);
}

function fromFigure(name: string, f: Figure): Fact {
  return { name, value: toWan(f.value, f.unit), cells: f.cells, table: f.table };
}

/**
 * A blank 合计/总计 line (the table left its total empty) stands for nothing: the single unit or
 * item line below it carries the figure then.
 */
function belowBlankTotal(name: string, f: Figure): Fact | undefined {
  if (!f.blank || f.line?.kind !== 'total') return undefined;
  const col = f.cells[0]?.col;
  const list = f.table.lists.find((l) => l.lines.includes(f.line!));
  const filled = (list?.lines ?? []).filter((l) => l !== f.line && (l.kind === 'unit' || l.kind === 'item') && l.amounts[col] && !l.amounts[col].blank);
  if (filled.length !== 1) return undefined;
  const a = filled[0].amounts[col];
  return { name, value: toWan(a.value, f.unit), cells: [a.cell], table: f.table };
}

/**
 * A figure the engine could not read for sure is no fact (the 说明 leaves a marked blank, never
 * 0.00): a cell that is not a number, or a blank total while other lines of its column hold money.
 */
function unreadable(f: Figure): boolean {
  if (f.reading && !f.reading.sure) return true;
  if (!f.blank || !f.line) return false;
  const col = f.cells[0]?.col;
  const list = f.table.lists.find((l) => l.lines.includes(f.line!));
  return (list?.lines ?? []).some((l) => l !== f.line && l.amounts[col] && !l.amounts[col].value.isZero());
}

function candidates(model: BudgetModel, name: string): Fact[] {
  const out: Fact[] = [];
  for (const [kind, figure] of FACT_SOURCES[name] ?? []) {
    for (const t of model.tablesOf(kind)) {
      // the one resolver (src/model/resolver.ts): the same name is the same cell as in the rules and YS.AMOUNT
      const f = resolveFigure(model, t, figure);
      if (!f) continue;
      const below = belowBlankTotal(name, f);
      if (below) out.push(below);
      else if (!unreadable(f)) out.push(fromFigure(name, f));
    }
  }
  return out;
}

const INCOME_SOURCES = ['一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入', '单位资金', '上年结转'];
const THREE_ITEMS = ['因公出国费', '公务用车购置及运行费', '公务接待费'];

function lineAmount(t: RecognizedTable, line: Line): { value: Decimal; cells: CellRef[] } | undefined {
  const list = t.lists.find((l) => l.lines.includes(line));
  const a = list ? amountIn(list, line) : undefined;
  return a ? { value: toWan(a.value, t.unit), cells: [a.cell] } : undefined;
}

/** Coded 功能分类 lines of the first table that has them (一般公共预算支出表, else 财政拨款收支总表). */
function functionLines(model: BudgetModel, level: number): { t: RecognizedTable; line: Line }[] {
  const kinds: TableKind[] = ['general_budget_expenditure', 'fiscal_appropriation_summary', 'income_expenditure_summary'];
  for (const kind of kinds) {
    for (const t of model.tablesOf(kind)) {
      const lines = t.lists
        .filter((l) => l.side !== 'income' && mainColumn(l))
        .flatMap((l) => l.lines)
        .filter((l) => l.classification === 'function' && l.level === level && l.kind !== 'total' && !l.hidden);
      if (lines.length) return lines.map((line) => ({ t, line }));
    }
  }
  return [];
}

function codedList(model: BudgetModel, level: number, year: number | null): ListItem[] {
  const out: ListItem[] = [];
  for (const { t, line } of functionLines(model, level)) {
    const a = lineAmount(t, line);
    if (!a || a.value.isZero()) continue;
    const name = level === 3 ? line.name : subjectPhrase(line, t, year);
    out.push({ name, value: a.value, cells: a.cells, code: line.code });
  }
  return out;
}

/** Facts some tables print only as their parts (表八 splits 公务用车购置和运行费 into two columns). */
const DERIVED: Record<string, string[]> = {
  公务用车购置及运行费: ['公务用车购置费', '公务用车运行费'],
};

function derived(name: string, all: (n: string) => Fact[]): Fact[] {
  const parts = (DERIVED[name] ?? []).map((n) => all(n)[0]);
  if (parts.length === 0 || parts.some((p) => !p)) return [];
  const ps = parts as Fact[];
  return [{ name, value: ps.reduce((s, p) => s.plus(p.value), new Decimal(0)), cells: ps.flatMap((p) => p.cells), table: ps[0].table }];
}

/** A typed figure as an exact decimal (「1,234.50」 accepted), undefined when empty or not a number. */
function typedValue(figures: Record<string, string | number>, name: string): Decimal | undefined {
  const typed = figures[name];
  if (typed === undefined || String(typed).trim() === '') return undefined;
  try {
    return new Decimal(String(typed).replace(/,/g, '').trim());
  } catch {
    return undefined;
  }
}

export function buildFacts(model: BudgetModel, prior?: BudgetModel, priorFigures: Record<string, string | number> = {}, figures: Record<string, string | number> = {}): Facts {
  const cache = new Map<string, Fact[]>();
  const all = (name: string): Fact[] => {
    if (!cache.has(name)) {
      const direct = [...candidates(model, name), ...procurementFacts(model, name)];
      cache.set(name, direct.length ? direct : derived(name, all));
    }
    return cache.get(name)!;
  };
  const priorFacts = prior ? buildFacts(prior) : undefined;
  const priorOf = (name: string): Decimal | undefined => typedValue(priorFigures, name) ?? priorFacts?.get(name)?.value;
  const withPrior = (items: ListItem[], priorItems?: ListItem[]) =>
    items.map((i) => ({ ...i, prior: priorItems?.find((p) => (i.code && p.code === i.code) || p.name === i.name)?.value ?? priorOf(i.name) }));
  const lists: Record<string, () => ListItem[]> = {
    收入来源: () => INCOME_SOURCES.map((n) => all(n)[0]).filter((f): f is Fact => !!f && !f.value.isZero()).map((f) => ({ name: f.name, value: f.value, cells: f.cells })),
    三公明细: () => THREE_ITEMS.map((n) => all(n)[0]).filter((f): f is Fact => !!f).map((f) => ({ name: f.name, value: f.value, cells: f.cells })),
    支出功能类: () => codedList(model, 3, model.year),
    支出功能项: () => codedList(model, 7, model.year),
  };
  const listCache = new Map<string, ListItem[]>();
  return {
    department: departmentOf(model) ?? '本部门',
    year: model.year,
    get: (name) => all(name)[0],
    all,
    prior: priorOf,
    typed: (name) => typedValue(figures, name),
    list(name) {
      if (!listCache.has(name)) {
        const items = lists[name]?.() ?? [];
        const priorItems = priorFacts?.list(name);
        listCache.set(name, withPrior(items, priorItems));
      }
      return listCache.get(name)!;
    },
    hasKind: (kind) => model.tablesOf(kind).length > 0,
    kindEmpty: (kind) => model.tablesOf(kind).length > 0 && model.tablesOf(kind).every((t) => t.empty),
  };
}
