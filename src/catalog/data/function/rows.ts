/** Compact data rows: [code, name] or [code, name, options]. One line per 科目 keeps diffs readable. */
import type { RawEntry } from '../../types';

export type Row = [string, string] | [string, string, Omit<RawEntry, 'code' | 'name'>];

export function rows(list: Row[]): RawEntry[] {
  return list.map(([code, name, opts]) => ({ code, name, ...(opts ?? {}) }));
}

/** Shorthand for a row recalled from the catalog but not verified (never raises an error). */
export const UNSURE = { sure: false } as const;
