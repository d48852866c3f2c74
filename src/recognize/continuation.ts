/**
 * Tables split over several sheets (or pages printed as sheets): a title-less table that repeats
 * the header of the table just before it is its continuation, not a table of its own. Its lines
 * join that table's list (every amount keeps its real cell on its own sheet), so that a 合计 on
 * the first part is checked against the lines of every part — and the part is never taken for
 * another kind (a header alone names a kind only weakly: 支出总表 for the rest of a 一般公共预算支出表).
 */
import type { RecognizedTable, SheetReport, TableList } from './types';
import { titleForm } from '../vocabulary/labels';

const headerKey = (l: TableList) => l.columns.map((c) => titleForm(c.path.join('/'))).join('|');

function continues(prev: RecognizedTable, t: RecognizedTable): boolean {
  if (t.title || t.titleCell || prev.kind === 'unknown' || prev.kind === 'table_of_contents') return false;
  // A sheet named as another table (「政府性基金支出表」, title only in the sheet name) is that table.
  if (t.kind !== prev.kind && t.reasons.some((r) => r.startsWith('工作表名'))) return false;
  if (t.lists.length !== prev.lists.length || t.lists.length === 0) return false;
  // the same columns in the same places: the header repeated
  return t.lists.every((l, i) => headerKey(l) === headerKey(prev.lists[i]) && l.columns.every((c, j) => c.col === prev.lists[i].columns[j].col));
}

/** Join continuations into the table before them; the sheet reports say where they went. */
export function joinContinuations(tables: RecognizedTable[], reports: SheetReport[]): RecognizedTable[] {
  const out: RecognizedTable[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    if (!prev || !continues(prev, t)) {
      out.push(t);
      continue;
    }
    // The same line objects (their amounts and texts are read lazily: never copy them).
    t.lists.forEach((l, i) => {
      for (const line of l.lines) {
        if (line.side !== undefined) line.side = prev.lists[i].side;
        prev.lists[i].lines.push(line);
      }
    });
    if (prev.empty && !t.empty) prev.empty = false;
    prev.reasons.push(`续表：工作表「${t.sheet}」重复本表表头、无标题，按本表的续页并入`);
    const r = reports.find((x) => x.sheet === t.sheet);
    if (r) {
      r.tables -= 1;
      if (r.tables === 0) r.reason = `续表：已并入「${prev.title || prev.sheet}」`;
    }
  }
  return out;
}
