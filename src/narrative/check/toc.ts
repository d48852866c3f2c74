/**
 * The 说明's list of attached tables (目录 / 附件) against the workbook: a table listed there but
 * recognized nowhere in the workbook is reported. Only when recognition found the package's
 * tables (otherwise every entry would look missing).
 */
import type { Finding } from '../../findings';
import type { BudgetModel } from '../../model/types';
import { kindName, listedTitleKind, standInsFor, type TableKind } from '../../vocabulary/tables';
import { claimFinding } from './finding';

export function tocFindings(text: string, model: BudgetModel): Finding[] {
  const present = new Set<TableKind>(model.tables.map((t) => t.kind).filter((k) => k !== "unknown" && k !== "table_of_contents"));
  if (present.size < 3) return [];
  const out: Finding[] = [];
  const lines = text.split(/\r?\n/);
  let inToc = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/[#*\s]/g, '');
    if (/^目录$|^目\s*录|附件[:：]?.*表$|预算表$/.test(raw.replace(/[#*\s]/g, '')) && /目录|附件/.test(line)) {
      inToc = true;
      return;
    }
    if (!inToc) return;
    if (/^第[一二三四五六七八九十]+部分/.test(line) && !/表$/.test(line)) return;
    const m = /^[-•·]?([一二三四五六七八九十]+[、.．]|\d+[、.．]|表[一二三四五六七八九十\d]+)?(.{4,40}表)$/.exec(line);
    if (!m) {
      if (line.length > 40) inToc = false;
      return;
    }
    const kind = listedTitleKind(m[2]);
    if (!kind || standInsFor(kind).some((k) => present.has(k))) return;
    out.push(claimFinding('toc_table_missing', 'warning', { line: i + 1, sentence: raw.trim() },
      `说明目录列示「${m[2]}」，但工作簿中没有识别到${kindName(kind)}`, { expected: m[2], actual: '工作簿中无此表' }));
  });
  return out;
}
