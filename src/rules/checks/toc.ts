/**
 * 内置 目录: the workbook's own table of contents (公开报表目录) against the tables present.
 *  - a table the 目录 lists that the workbook does not have;
 *  - a table the workbook has that the 目录 does not list;
 *  - a table the 目录 calls empty (空表, 无数据 …) that has data, and — when the 目录 marks empty
 *    tables at all — an empty table it does not mark.
 * All warnings: a 目录 is a text list whose titles are read by words, never a balance.
 * Only judged for a package (at least 3 known tables present).
 */
import type { CellRef } from '../../grid/types';
import type { RecognizedTable } from '../../recognize/types';
import type { Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import { builtinKinds, type CheckPlugin } from './plugin';
import { listedTitleKind, standInsFor, tableShortName, type TableKind } from '../../vocabulary/tables';

/** Kinds a 目录 title is read as well enough to say "listed" or "not listed". */
const JUDGED: TableKind[] = [
  'income_expenditure_summary', 'income_summary', 'expenditure_summary', 'fiscal_appropriation_summary',
  'fiscal_appropriation_expenditure', 'general_budget_expenditure', 'general_budget_basic_expenditure',
  'three_public_expenses', 'government_fund_expenditure', 'state_capital_expenditure', 'agency_operating_expenses',
  'transfer_payment', 'project_expenditure', 'government_procurement',
];

const SAYS_EMPTY = /空表|无数据|没有数据|无此|为空|不涉及|未安排|无相关/;

interface Entry {
  title: string;
  kind: TableKind;
  empty: boolean;
  cell: CellRef;
}

function entries(t: RecognizedTable, ctx: Ctx): Entry[] {
  const out: Entry[] = [];
  for (const list of t.lists) {
    const nameCol = list.columns.find((c) => c.type === 'name')?.col ?? t.range.c0;
    for (const line of list.lines) {
      const title = line.label.replace(/^(\d+|[一二三四五六七八九十]+)[、.．]\s*|^\d+\s+|^(附)?表[一二三四五六七八九十\d]+[、.．:：\s]*/, '').trim();
      const kind = listedTitleKind(title);
      if (!kind) continue;
      const others = (t.rowTexts?.[line.row] ?? []).filter((s) => s && s !== line.label);
      out.push({ title, kind, empty: others.some((s) => SAYS_EMPTY.test(s)) || SAYS_EMPTY.test(title.replace(/表$/, '')), cell: { sheet: t.sheet, row: line.row, col: nameCol } });
    }
  }
  return out;
}

function covers(kind: TableKind, present: Set<TableKind>): boolean {
  return standInsFor(kind).some((k) => present.has(k));
}

export function tableOfContents(rule: Rule, _check: StructureCheck, ctx: Ctx): Failure[] {
  const toc = ctx.model.tablesOf('table_of_contents')[0];
  if (!toc) return [];
  const tables = ctx.model.tables.filter((t) => t.kind !== 'unknown' && t.kind !== 'table_of_contents');
  const present = new Set(tables.map((t) => t.kind));
  if (present.size < 3) return [];
  const list = entries(toc, ctx);
  if (list.length < 3) return [];
  const warn = (message: string, cells: CellRef[], t?: RecognizedTable): Failure => ({ rule, outcome: 'error', severity: 'warning', message, totals: cells, parts: [], tables: [toc.id, ...(t ? [t.id] : [])] });
  const out: Failure[] = [];
  for (const e of list) {
    if (!covers(e.kind, present)) out.push(warn(`目录列有「${e.title}」，但工作簿中没有找到这张表`, [e.cell]));
  }
  const listed = new Set(list.map((e) => e.kind));
  const marksEmpty = list.some((e) => e.empty);
  for (const t of tables) {
    const where = t.titleCell ?? { sheet: t.sheet, row: t.range.r0, col: t.range.c0 };
    const e = list.find((x) => standInsFor(x.kind).includes(t.kind));
    if (!e) {
      if (JUDGED.includes(t.kind) && ![...listed].some((k) => standInsFor(k).includes(t.kind))) out.push(warn(`工作簿中有${tableShortName(t.kind)}「${t.title}」（${t.sheet}），但目录中没有列出`, [where], t));
      continue;
    }
    if (e.empty && !t.empty) out.push(warn(`目录注明「${e.title}」为空表，但该表（${t.sheet}）有数据`, [e.cell, where], t));
    else if (marksEmpty && t.empty && !e.empty) out.push(warn(`${tableShortName(t.kind)}（${t.sheet}）为空表，但目录中没有注明（其他空表已注明）`, [e.cell, where], t));
  }
  return out;
}

export const TABLE_OF_CONTENTS: CheckPlugin = { family: '目录', kinds: builtinKinds({ 目录: tableOfContents }) };
