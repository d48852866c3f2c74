/**
 * YS.AMOUNT(table, item, [column], [unit]): a named figure of a recognized table, read from the
 * latest analysis of the workbook. Table and item are written as a finance officer says them:
 * 「收支总表」「三公经费表」「部门收入总表」, 「收入总计」「收入合计」「201」「一般公共服务支出」.
 */
import { convertUnit } from '../../src/grid/decimal';
import type { Analysis } from '../../src/engine';
import Decimal from 'decimal.js';
import { canonicalName, COLUMN_ROLES, LINE_FIGURES, type NameDef } from '../../src/vocabulary/figures';
import { codeTotal } from '../../src/model/code-total';
import { resolveFigure, type Resolved } from '../../src/model/resolver';
import { classify } from '../../src/recognize/classify';
import { kindName, kindOfWrittenName, type TableKind } from '../../src/vocabulary/tables';
import { normalizeLabel } from '../../src/vocabulary/labels';
import type { RecognizedTable, Unit } from '../../src/recognize/types';
import { badValue, isFnError, notAvailable, type Result } from '../errors';
import { isOmitted, textArg, toExcelNumber, type Arg } from './inputs';

/** The table kind a name stands for (kind id, Chinese name, or a title-like text); null if none. */
export function tableKindOf(name: string): TableKind | null {
  const byName = kindOfWrittenName(name);
  if (byName) return byName;
  const guess = classify(name, '', '').kind;
  return guess === 'unknown' ? null : guess;
}

/** The first table of the named kind, else a table whose sheet name or title is the name. */
export function findTable(analysis: Analysis, name: string): Result<RecognizedTable> {
  const kind = tableKindOf(name);
  const byKind = kind ? analysis.model.tablesOf(kind)[0] : undefined;
  if (byKind) return byKind;
  const key = normalizeLabel(name);
  const bySheet = analysis.tables.find((t) => normalizeLabel(t.sheet) === key || normalizeLabel(t.title) === key);
  if (bySheet) return bySheet;
  const what = kind ? kindName(kind) : `「${name}」`;
  return notAvailable(`工作簿中没有识别到${what}${kind ? '' : '（可写标准表名，如 收支总表、三公经费表）'}`);
}

/** The canonical vocabulary name an alias stands for (收入合计 → 收入总计); undefined if none. */
function canonical(item: string, defs: NameDef[]): string | undefined {
  return canonicalName(defs, item, 'normalized');
}

/**
 * Resolve item (and column) in a table through the one resolver of the model (src/model/resolver.ts),
 * so that a name is the same cell here as in a rule and in the 说明. A name as people say it
 * (收入合计) is tried as written first, then as the vocabulary's canonical name (收入总计).
 */
export function findFigure(analysis: Analysis, table: RecognizedTable, item: string, column: string): Resolved | undefined {
  const rows = [item, canonical(item, LINE_FIGURES), canonical(item, COLUMN_ROLES)];
  const cols = column ? [column, canonical(column, COLUMN_ROLES)].filter((c): c is string => !!c) : [undefined];
  for (const r of rows) {
    if (!r) continue;
    for (const c of cols) {
      const f = resolveFigure(analysis.model, table, r, c);
      if (f) return f;
    }
  }
  return undefined;
}

/** An empty table (「本表为空」) states zeros: any figure name or column it could carry is 0. */
function emptyTableZero(table: RecognizedTable, item: string): boolean {
  if (!table.empty) return false;
  const roles = new Set(table.lists.flatMap((l) => l.columns.map((c) => c.role)));
  return roles.has(item) || canonical(item, LINE_FIGURES) !== undefined || canonical(item, COLUMN_ROLES) !== undefined;
}

function unitArg(v: Arg): Result<Unit | null> {
  if (isOmitted(v)) return null;
  const s = textArg(v, '单位');
  if (isFnError(s)) return s;
  return s === '元' || s === '万元' ? s : badValue(`单位应为「万元」或「元」，收到「${s}」`);
}

export function amount(analysis: Analysis, table: Arg, item: Arg, column?: Arg, unit?: Arg): Result<number> {
  const tableName = textArg(table, '表名');
  if (isFnError(tableName)) return tableName;
  if (!tableName) return badValue('表名为空：请写表名，如「收支总表」');
  const itemName = textArg(item, '项目');
  if (isFnError(itemName)) return itemName;
  if (!itemName) return badValue('项目为空：请写项目名，如「收入总计」');
  const col = isOmitted(column) ? '' : textArg(column, '列');
  if (isFnError(col)) return col;
  const u = unitArg(unit);
  if (isFnError(u)) return u;
  const t = findTable(analysis, tableName);
  if (isFnError(t)) return t;
  const f = findFigure(analysis, t, itemName, col);
  const value = f?.value ?? codeTotal(t, itemName, col) ?? (emptyTableZero(t, itemName) ? new Decimal(0) : undefined);
  if (value === undefined) {
    const offered = analysis.model.figures(t).slice(0, 8).map((x) => x.name).join('、');
    const where = col ? `「${itemName}」的「${col}」列` : `「${itemName}」`;
    return notAvailable(`${kindName(t.kind)}（${t.sheet}）中没有${where}${offered ? `；可用：${offered}` : ''}`);
  }
  const from = f ? f.unit : t.unit;
  if (!u || u === from) return toExcelNumber(value);
  if (!from) return notAvailable(`${kindName(t.kind)}（${t.sheet}）没有写明金额单位，无法换算为${u}`);
  return toExcelNumber(convertUnit(value, from, u));
}
