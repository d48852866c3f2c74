/** Filtering and grouping of findings for the list (pure, so it is cheap to test and reason about). */
import type { Finding, Severity } from '../../src/findings';
import { refToString } from '../../src/grid/address';
import type { RecognizedTable } from '../../src/recognize/types';

export interface FindingFilter {
  severity: Severity | 'all';
  /** Table id, or 'all'. */
  table: string;
  search: string;
}

export const NO_FILTER: FindingFilter = { severity: 'all', table: 'all', search: '' };

/** The table a finding belongs to: its first table id, else the table holding its first cell. */
export function tableOf(f: Finding, tables: RecognizedTable[]): string {
  if (f.tables && f.tables.length > 0) return f.tables[0];
  const c = f.cells[0];
  if (!c) return f.line !== undefined ? '说明' : '其他';
  const t = tables.find((x) => x.sheet === c.sheet && c.row >= x.range.r0 && c.row <= x.range.r1 && c.col >= x.range.c0 && c.col <= x.range.c1);
  return t ? t.id : c.sheet;
}

export function matches(f: Finding, filter: FindingFilter, tables: RecognizedTable[]): boolean {
  if (filter.severity !== 'all' && f.severity !== filter.severity) return false;
  if (filter.table !== 'all' && tableOf(f, tables) !== filter.table && !(f.tables ?? []).includes(filter.table)) return false;
  const q = filter.search.trim().toLowerCase();
  if (!q) return true;
  const hay = [f.message, f.rule, f.expected, f.actual, f.difference, f.quote, ...f.cells.map(refToString)]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return hay.includes(q);
}

export interface FindingGroup {
  key: string;
  label: string;
  findings: Finding[];
}

export function groupFindings(
  findings: Finding[],
  by: 'table' | 'rule',
  tables: RecognizedTable[],
  ruleLabel: (id: string) => string,
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = by === 'table' ? tableOf(f, tables) : f.rule;
    let g = groups.get(key);
    if (!g) {
      g = { key, label: by === 'table' ? tableLabel(key, tables) : ruleLabel(key), findings: [] };
      groups.set(key, g);
    }
    g.findings.push(f);
  }
  return [...groups.values()];
}

export function tableLabel(id: string, tables: RecognizedTable[]): string {
  const t = tables.find((x) => x.id === id);
  if (!t) return id;
  return t.title ? `${t.title}（${t.sheet}）` : t.sheet;
}
