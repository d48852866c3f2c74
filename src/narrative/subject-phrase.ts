/**
 * The 说明's name of a 功能分类 项: 「一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）」.
 * The catalog knows the official names; when it does not know a code (a local or retired 科目),
 * the names of the table's own 类/款 lines are used, so the phrase always matches the table.
 */
import { phrase } from '../catalog';
import type { Line, RecognizedTable } from '../recognize/types';

const MARKS: Record<number, string> = { 3: '（类）', 5: '（款）', 7: '（项）' };

export function subjectPhrase(line: Line, table: RecognizedTable, year: number | null): string {
  if (line.code) {
    const fromCatalog = phrase(line.code, year ?? undefined);
    if (fromCatalog && fromCatalog.endsWith(MARKS[line.code.length] ?? '')) return fromCatalog;
    const lines = table.lists.flatMap((l) => l.lines);
    const parts: string[] = [];
    for (const len of [3, 5, 7]) {
      if (line.code.length < len) break;
      const code = line.code.slice(0, len);
      const own = lines.find((l) => l.code === code);
      if (own) parts.push(own.name + MARKS[len]);
    }
    if (parts.length) return parts.join('');
  }
  return line.name;
}
