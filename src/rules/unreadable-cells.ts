/**
 * Amount cells the engine cannot read: Excel error values (#REF!, #DIV/0! …) and formulas whose
 * file holds no computed result (a workbook written by a program that saves formulas only). Such a
 * cell counts as 0 in every sum, so a check that reads it must not look clean or look like an
 * ordinary arithmetic error:
 *  - every such cell of a recognized table becomes a finding naming the cell and what it holds
 *    (an error value: error — the table as published shows it; a missing result: warning — the
 *    workbook may be right once Excel recalculates it, the engine just cannot see the figure);
 *  - a balance error that reads such a cell becomes a warning saying which input cell is the cause.
 */
import type { Finding } from '../findings';
import { refToString } from '../grid/address';
import { excelErrorMessage } from '../grid/number';
import { NO_CACHED_RESULT, type CellRef } from '../grid/types';
import type { BudgetModel } from '../model/types';
import type { RecognizedTable, UnreadableCell } from '../recognize/types';
import { unreadableCode } from '../recognize/unreadable-cells';

/** Names of the findings made here, for grouping by rule (the built-in catalogue does not hold them). */
export const UNREADABLE_RULE_NAMES: Record<string, string> = {
  'cells.error_value': '单元格为错误值',
  'cells.no_cached_result': '公式没有保存计算结果',
  'workbook.sheet_unreadable': '工作表未能读取',
};

/** Cells named one finding each per table; the rest of a table's cells are one finding. */
const CELLS_NAMED_PER_TABLE = 30;
/** Cells listed in the one finding for the rest (a whole column of #REF! lists the first ones). */
const CELLS_LISTED_IN_REST = 500;

interface Unreadable extends UnreadableCell {
  table: RecognizedTable;
}

const key = (c: CellRef) => `${c.sheet}\u0000${c.row}\u0000${c.col}`;

/**
 * The unreadable amount cells recognition handed over (src/recognize/unreadable-cells.ts); a table
 * not recognized from a grid (built by hand) is looked at through its amounts' raw values.
 */
function findUnreadable(model: BudgetModel): Unreadable[] {
  const out: Unreadable[] = [];
  const seen = new Set<string>();
  for (const table of model.tables) {
    if (table.kind.startsWith('performance')) continue; // forms: indicator values are texts
    for (const u of table.unreadableCells ?? fromAmounts(table)) {
      if (seen.has(key(u.cell))) continue;
      seen.add(key(u.cell));
      out.push({ ...u, table });
    }
  }
  return out;
}

function fromAmounts(table: RecognizedTable): UnreadableCell[] {
  const out: UnreadableCell[] = [];
  for (const list of table.lists) {
    const cols = list.columns.filter((c) => c.type === 'amount' && !c.virtual).map((c) => c.col);
    for (const line of list.lines) {
      for (const col of cols) {
        const code = unreadableCode(line.amounts[col]?.raw);
        if (code) out.push({ cell: { sheet: table.sheet, row: line.row, col }, code, formula: null });
      }
    }
  }
  return out;
}

function tableName(t: RecognizedTable): string {
  return t.title ? `「${t.title}」` : `工作表「${t.sheet}」中的表格`;
}

/** What the cell holds, in words: 「为错误值 #REF!（…）」 or 「的公式 =SUM(…) 没有保存计算结果」. */
export function unreadableWhat(code: string, formula: string | null): string {
  if (code === NO_CACHED_RESULT) {
    return `的公式${formula ? ` ${formula.slice(0, 60)}` : ''}没有保存计算结果（文件可能由其他程序生成、未经 Excel 计算），读不出金额`;
  }
  return `为错误值 ${code}（${excelErrorMessage(code).replace(/（#[^）]*）$/, '')}），读不出金额`;
}

function cellFinding(u: Unreadable): Finding {
  const error = u.code !== NO_CACHED_RESULT;
  return {
    rule: error ? 'cells.error_value' : 'cells.no_cached_result',
    severity: error ? 'error' : 'warning',
    message: `${tableName(u.table)}单元格 ${refToString(u.cell)} ${unreadableWhat(u.code, u.formula)}，核对时按 0 计算；${error ? '请修正公式或引用后再检查' : '请在 Excel 中打开该工作簿、保存后再检查'}`,
    cells: [u.cell],
    actual: u.code === NO_CACHED_RESULT ? undefined : u.code,
    tables: [u.table.id],
  };
}

/** One finding per unreadable cell (the first ones of each table), then one for the rest. */
function cellFindings(cells: Unreadable[]): Finding[] {
  const byTable = new Map<RecognizedTable, Unreadable[]>();
  for (const u of cells) {
    const list = byTable.get(u.table);
    if (list) list.push(u);
    else byTable.set(u.table, [u]);
  }
  const out: Finding[] = [];
  for (const [table, us] of byTable) {
    out.push(...us.slice(0, CELLS_NAMED_PER_TABLE).map(cellFinding));
    const rest = us.slice(CELLS_NAMED_PER_TABLE);
    if (rest.length === 0) continue;
    const errors = rest.filter((u) => u.code !== NO_CACHED_RESULT).length;
    out.push({
      rule: errors ? 'cells.error_value' : 'cells.no_cached_result',
      severity: errors ? 'error' : 'warning',
      message: `${tableName(table)}另有 ${rest.length} 个金额单元格读不出金额（${errors ? `${errors} 个为错误值` : ''}${errors && errors < rest.length ? '，' : ''}${errors < rest.length ? `${rest.length - errors} 个公式没有保存计算结果` : ''}），如 ${rest.slice(0, 5).map((u) => refToString(u.cell)).join('、')}，核对时均按 0 计算`,
      cells: rest.slice(0, CELLS_LISTED_IN_REST).map((u) => u.cell),
      tables: [table.id],
    });
  }
  return out;
}

function cellsOf(f: Finding): CellRef[] {
  return [...f.cells, ...(f.consequences ?? []).flatMap(cellsOf)];
}

/**
 * A balance error that reads an unreadable cell is not sure: it becomes a warning naming the cell
 * (「合计 0.00 ≠ 1145.25」 alone would send the user hunting for a wrong figure).
 */
function downgrade(f: Finding, unreadable: Map<string, Unreadable>): Finding {
  if (f.rule.startsWith('cells.')) return f;
  const hit = cellsOf(f).map((c) => unreadable.get(key(c))).filter((u): u is Unreadable => u !== undefined);
  if (hit.length === 0) return f;
  const first = hit[0];
  const more = hit.length > 1 ? `等 ${hit.length} 个单元格` : '';
  const note = `；但参与核对的单元格 ${refToString(first.cell)}${more}${unreadableWhat(first.code, first.formula)}，已按 0 计算，此项不符可能由此引起，请先处理该单元格`;
  return {
    ...f,
    severity: f.severity === 'error' ? 'warning' : f.severity,
    message: f.message + note,
    consequences: f.consequences?.map((c) => ({ ...c, severity: c.severity === 'error' ? 'warning' : c.severity })),
  };
}

/** A sheet the source could not read (part missing, over a size cap): the check is incomplete. */
function unreadSheetFindings(model: BudgetModel): Finding[] {
  return model.sheets
    .filter((r) => r.unreadable)
    .map((r) => ({
      rule: 'workbook.sheet_unreadable',
      severity: 'warning' as const,
      message: `工作表「${r.sheet}」未能读取：${r.unreadable}；此表未参与核对`,
      cells: [],
    }));
}

/**
 * The findings with the unreadable-cell (and unread-sheet) findings added and the balance errors
 * those cells cause softened.
 */
export function withUnreadableCells(findings: Finding[], model: BudgetModel): Finding[] {
  const cells = findUnreadable(model);
  const unread = unreadSheetFindings(model);
  if (cells.length === 0) return unread.length ? [...unread, ...findings] : findings;
  const map = new Map(cells.map((u) => [key(u.cell), u]));
  return [...cellFindings(cells), ...unread, ...findings.map((f) => downgrade(f, map))];
}
