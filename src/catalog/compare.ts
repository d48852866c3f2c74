/**
 * Comparing a name printed in a table with the catalog — what the 科目 rule uses.
 * An entry that is not sure never yields an error: the caller maps
 *   unknown → info, mismatch with a sure entry → warning (naming catalogName), else info.
 */
import type { CatalogEntry } from './types';
import { inYears } from './types';
import { entryName, getEntry, type CodeInput } from './lookup';
import { nameKey, looseKey } from './normalize';

/** Sure = seen in a real document, or a catalog entry its author vouches for. */
export function isSure(entry: CatalogEntry | undefined): boolean {
  if (!entry) return false;
  return entry.evidence.some((e) => e.kind === 'document' || e.sure);
}

export type NameStatus = 'ok' | 'alias' | 'mismatch' | 'unknown';

export interface NameComparison {
  /**
   * ok: the right name (for that year); alias: a former/other-year name of this code;
   * mismatch: a different name; unknown: the code is not in the catalog.
   */
  status: NameStatus;
  /** The catalog's name for that year (undefined when unknown). */
  catalogName?: string;
  /** Whether the catalog entry is sure (only then may a mismatch be a warning). */
  sure: boolean;
  /** Suggested severity for a finding. */
  severity: 'ok' | 'info' | 'warning';
  entry?: CatalogEntry;
}

function sameName(a: string, b: string, classLevel: boolean): boolean {
  return classLevel ? looseKey(a) === looseKey(b) : nameKey(a) === nameKey(b);
}

export function compareName(code: CodeInput, name: string, year?: number): NameComparison {
  const entry = getEntry(code);
  if (!entry) return { status: 'unknown', sure: false, severity: 'info' };
  const catalogName = entryName(entry, year);
  const sure = isSure(entry);
  const base = { catalogName, sure, entry };
  const classLevel = entry.level === 'class';
  if (sameName(name, catalogName, classLevel)) return { ...base, status: 'ok', severity: 'ok' };
  // A name valid in that year: an alias whose years include it (when no year: any alias).
  if ((entry.aliases ?? []).some((a) => !a.variant && inYears(a, year) && sameName(name, a.name, classLevel))) {
    return { ...base, status: 'ok', severity: 'ok' };
  }
  const alias = (entry.aliases ?? []).find((a) => sameName(name, a.name, classLevel));
  if (alias?.variant) return { ...base, status: 'alias', severity: 'info' };
  if (alias || sameName(name, entry.name, classLevel)) {
    // a name from another year (e.g. 文化体育与传媒 in 2024): outdated
    return { ...base, status: 'alias', severity: sure ? 'warning' : 'info' };
  }
  return { ...base, status: 'mismatch', severity: sure ? 'warning' : 'info' };
}
