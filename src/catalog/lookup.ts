/** Lookups by code (joined or split) and by name (tolerant), and year-aware names. */
import type { CatalogEntry, Classification, Level } from './types';
import { inYears } from './types';
import { getRegistry, levelOf } from './registry';
import { joinCode, nameKey, looseKey } from './normalize';

/** "2010301", 2010301, "201 03 01", ["201","03","01"], ["201", 3, 1]. */
export type CodeInput = string | number | ReadonlyArray<string | number | null | undefined>;

const CLASS_PREFIX: Array<[RegExp, Classification]> = [
  [/^2/, 'function'],
  [/^3/, 'economic'],
  [/^5/, 'gov_economic'],
  [/^1/, 'income'],
];

/**
 * Which classification a code belongs to, by its 类: a code whose 类 is in the catalog
 * (even if its 款/项 is not) is classified; anything else (unit codes like 「106」) is null.
 * Economic codes have no 项 level: a 7-digit 3xx/5xx code is null.
 */
export function classify(code: CodeInput): Classification | null {
  const c = joinCode(code);
  if (!c) return null;
  const cls = getRegistry().byCode.get(c.slice(0, 3));
  if (!cls) return null;
  if (c.length === 7 && cls.classification !== 'function' && cls.classification !== 'income') return null;
  for (const [re, k] of CLASS_PREFIX) if (re.test(c)) return k === cls.classification ? k : null;
  return null;
}

/** The catalog entry for a code, or undefined (unknown or not a code). */
export function getEntry(code: CodeInput): CatalogEntry | undefined {
  const c = joinCode(code);
  return c ? getRegistry().byCode.get(c) : undefined;
}

export interface CodeLookup {
  /** joined digits */
  code: string;
  level: Level;
  classification: Classification | null;
  entry?: CatalogEntry;
}

/** Code → what the catalog knows; undefined when the input is not shaped like a code. */
export function lookupCode(code: CodeInput): CodeLookup | undefined {
  const c = joinCode(code);
  if (!c) return undefined;
  const entry = getRegistry().byCode.get(c);
  return { code: c, level: levelOf(c), classification: classify(c), ...(entry ? { entry } : {}) };
}

/** 类 and 款 codes above a code: "2010301" → ["201", "20103"]. */
export function parentCodes(code: CodeInput): string[] {
  const c = joinCode(code);
  if (!c) return [];
  const out: string[] = [];
  for (let n = 3; n < c.length; n += 2) out.push(c.slice(0, n));
  return out;
}

/** The entry's name in a given year: a former name (alias) when the year falls in its range. */
export function entryName(entry: CatalogEntry, year?: number): string {
  if (year !== undefined) {
    for (const a of entry.aliases ?? []) {
      if ((a.from !== undefined || a.to !== undefined) && inYears(a, year)) return a.name;
    }
  }
  return entry.name;
}

/** Name of a code, honouring renames by year; undefined for an unknown code. */
export function nameFor(code: CodeInput, year?: number): string | undefined {
  const e = getEntry(code);
  return e ? entryName(e, year) : undefined;
}

export interface NameQuery {
  classification?: Classification;
  level?: Level;
  /** restrict to children of this 类/款 code */
  parent?: string;
}

/**
 * Entries whose current name or an alias matches `name` (tolerant: brackets, spaces,
 * 「（类）」 markers, 「一、」 numbering, 「[30201]」 prefixes, a missing 「支出」 at 类 level).
 * Common 项 names (「行政运行」) match many codes: narrow with `parent`.
 */
export function lookupName(name: string, q: NameQuery = {}): CatalogEntry[] {
  const reg = getRegistry();
  const k = nameKey(name);
  if (!k) return [];
  let hits = reg.byName.get(k) ?? [];
  if (hits.length === 0) {
    // 「一般公共服务」 for 「一般公共服务支出」: only at 类 level, where tables drop 「支出」.
    const lk = looseKey(name);
    hits = reg.all.filter(
      (e) => e.level === 'class' && [e.name, ...(e.aliases ?? []).map((a) => a.name)].some((n) => looseKey(n) === lk),
    );
  }
  return hits.filter(
    (e) =>
      (!q.classification || e.classification === q.classification) &&
      (!q.level || e.level === q.level) &&
      (!q.parent || (e.code.startsWith(q.parent) && e.code !== q.parent)),
  );
}

/** Every entry (for listings and tests). */
export function allEntries(): readonly CatalogEntry[] {
  return getRegistry().all;
}

/**
 * The code of a 类/款/项 name path, as the 说明 writes it: ["一般公共服务支出", "政府办公厅（室）及相关机构事务",
 * "行政运行"] (from 「…（类）…（款）…（项）」 or 「…-…-…」). Each level is looked up under the previous one;
 * undefined when any level is unknown or ambiguous.
 */
export function resolvePath(names: string[], classification: Classification = 'function'): string | undefined {
  let parent: string | undefined;
  for (const [i, n] of names.entries()) {
    const level: Level = i === 0 ? 'class' : i === 1 ? 'section' : 'item';
    const hits = lookupName(n, { classification, level, ...(parent ? { parent } : {}) });
    if (hits.length !== 1) return undefined;
    parent = hits[0].code;
  }
  return parent;
}

/** Splits 「一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）」 or 「A-B-C」 into names. */
export function splitPath(text: string): string[] {
  const t = text.trim();
  if (/[（(](类|款|项)[）)]/.test(t)) {
    return t
      .split(/[（(](?:类|款|项)[）)]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return t.split(/\s*[-－—–]\s*/).filter((s) => s !== '');
}
