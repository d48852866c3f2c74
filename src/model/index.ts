/**
 * Build the BudgetModel from recognized tables: named figures resolved on demand from the lists
 * (docs/model.md explains the name forms: 行, 列, 行[列], 科目编码, 类名).
 */
import Decimal from 'decimal.js';
import { convertUnit } from '../grid/decimal';
import type { TableKind } from '../vocabulary/tables';
import type { Amount, Column, Line, RecognizedTable, TableList, Unit } from '../recognize/types';
import { figureOfLabel, functionClassOf, roleOfText } from '../recognize/roles';
import { columnOf, mainColumn } from './lines';
import type { BudgetModel, Figure } from './types';
import { FUNCTION_CLASSES } from '../vocabulary/function-classes';
import { TOTAL_NAMES_BY_KIND } from '../vocabulary/figures';
import type { SheetReport } from '../recognize';
import { readingOf } from './reading';

export { functionClassOf };

function makeFigure(name: string, table: RecognizedTable, list: TableList, line: Line, col: Column | undefined): Figure | undefined {
  if (!col) return undefined;
  const a: Amount | undefined = line.amounts[col.col];
  if (!a) return undefined;
  return { name, value: a.value, unit: table.unit, cells: [a.cell], table, line, blank: a.blank, reading: readingOf(table, list, line, col, a) };
}

/** The line that totals a list: a 'total' line named 合计, else the first total line. */
function totalLine(list: TableList): Line | undefined {
  const totals = list.lines.filter((l) => l.kind === 'total');
  return totals.find((l) => l.figure === '合计') ?? totals[0];
}

/** Lines that carry data (not placeholders/notes). */
function dataLines(list: TableList): Line[] {
  return list.lines.filter((l) => l.kind !== 'placeholder' && l.kind !== 'note');
}

function resolve(table: RecognizedTable, name: string): Figure | undefined {
  const m = /^(.+?)\[(.+)\]$/.exec(name.trim());
  const rowName = m ? m[1] : name.trim();
  const colRole = m ? m[2] : undefined;
  const pick = (list: TableList) => (colRole ? columnOf(list, colRole) : mainColumn(list));
  // 0. a form's line by its label as written (整体绩效目标表.基本支出合计)
  for (const list of table.lists) {
    if (!list.columns.some((c) => c.virtual)) continue;
    const line = list.lines.find((l) => l.name === rowName);
    if (line) return makeFigure(name, table, list, line, pick(list));
  }
  // 1. a row figure, by its canonical name or any label it is known by (一般公共预算 → 一般公共预算财政拨款收入)
  const canonical = figureOfLabel(rowName);
  for (const fig of canonical && canonical !== rowName ? [rowName, canonical] : [rowName]) {
    for (const list of table.lists) {
      const line = list.lines.find((l) => l.figure === fig && l.kind === 'total') ?? list.lines.find((l) => l.figure === fig);
      if (line) return makeFigure(name, table, list, line, pick(list));
    }
  }
  // 2. a code, or a 功能分类 类 name
  const code = /^\d{3,}$/.test(rowName) ? rowName : functionClassOf(rowName);
  if (code) {
    for (const list of table.lists) {
      const line = list.lines.find((l) => l.code === code) ?? list.lines.find((l) => !l.code && functionClassOf(l.name) === code);
      if (line) return makeFigure(name, table, list, line, pick(list));
    }
  }
  // 3. the total line under its own name (合计, 机关运行经费 …)
  if (rowName === '合计' || TOTAL_NAMES_BY_KIND[table.kind]?.includes(rowName)) {
    for (const list of table.lists) {
      const line = totalLine(list);
      if (line) return makeFigure(name, table, list, line, pick(list));
    }
  }
  // 4. a column role on the total line (or the single data line); a row figure's name finds its
  //    column too (收入总表 by columns: 一般公共预算财政拨款收入 → the 一般公共预算 column)
  const asRole = roleOfText(rowName);
  if (!colRole) {
    for (const list of table.lists) {
      const col = columnOf(list, rowName) ?? (asRole ? columnOf(list, asRole) : undefined);
      if (!col) continue;
      const data = dataLines(list);
      const line = totalLine(list) ?? (data.length === 1 ? data[0] : undefined);
      if (line) return makeFigure(name, table, list, line, col);
    }
  }
  return undefined;
}

function allFigures(table: RecognizedTable): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<string>();
  const add = (f: Figure | undefined) => {
    if (f && !seen.has(f.name)) {
      seen.add(f.name);
      out.push(f);
    }
  };
  for (const list of table.lists) {
    for (const line of list.lines) if (line.figure) add(makeFigure(line.figure, table, list, line, mainColumn(list)));
    const total = totalLine(list);
    if (total) for (const c of list.columns) if (c.type === 'amount' && c.role && !seen.has(c.role)) add(makeFigure(c.role, table, list, total, columnOf(list, c.role) ?? c));
    for (const line of list.lines) {
      const code = line.code && line.code.length === 3 && line.classification === 'function' ? line.code : !line.code && list.side === 'expenditure' ? functionClassOf(line.name) : undefined;
      const cls = code ? FUNCTION_CLASSES.find((c) => c.code === code) : undefined;
      if (cls) add(makeFigure(cls.name, table, list, line, mainColumn(list)));
    }
  }
  return out;
}

/**
 * @param sheets the per-sheet reports of recognize() (none when only tables are at hand).
 */
export function buildModel(tables: RecognizedTable[], sheets: SheetReport[] = []): BudgetModel {
  const stage = tables.some((t) => t.stage === '决算') ? '决算' : '预算';
  const cache = new Map<RecognizedTable, Map<string, Figure | undefined>>();
  const firstOf = (kind: TableKind, table?: RecognizedTable) => table ?? tables.find((t) => t.kind === kind);
  return {
    tables,
    stage,
    year: tables.find((t) => t.year !== null)?.year ?? null,
    department: tables.find((t) => t.department)?.department ?? null,
    tablesOf: (kind: TableKind) => tables.filter((t) => t.kind === kind),
    indicators: (table: RecognizedTable) => table.indicators ?? [],
    sheets,
    figure(kind: TableKind, name: string, table?: RecognizedTable): Figure | undefined {
      const t = firstOf(kind, table);
      if (!t) return undefined;
      let c = cache.get(t);
      if (!c) cache.set(t, (c = new Map()));
      if (!c.has(name)) c.set(name, resolve(t, name));
      return c.get(name);
    },
    figures: (table: RecognizedTable) => allFigures(table),
    lines(kind: TableKind, side?: 'main' | 'income' | 'expenditure', table?: RecognizedTable): Line[] {
      const t = firstOf(kind, table);
      if (!t) return [];
      return t.lists.filter((l) => !side || l.side === side).flatMap((l) => l.lines);
    },
    line(kind: TableKind, code: string, table?: RecognizedTable): Line | undefined {
      const t = firstOf(kind, table);
      return t?.lists.flatMap((l) => l.lines).find((l) => l.code === code);
    },
  };
}

/** A figure's value converted exactly to a unit (tables without a unit are taken as given). */
export function figureIn(model: BudgetModel, kind: TableKind, name: string, unit: Unit): Decimal | undefined {
  const f = model.figure(kind, name);
  if (!f) return undefined;
  return f.unit ? convertUnit(f.value, f.unit, unit) : new Decimal(f.value);
}
