/**
 * 政府收支分类科目 catalog: the shape of one entry. Data lives in ./data, one file per
 * classification; logic (lookups, comparison, phrasing) lives beside this file.
 */

/** Which classification a code belongs to. */
export type Classification =
  | 'function' // 支出功能分类科目 (类 201 / 款 20103 / 项 2010301)
  | 'economic' // 部门预算支出经济分类科目 (类 301 / 款 30101)
  | 'gov_economic' // 政府预算支出经济分类科目 (类 501 / 款 50101)
  | 'income'; // 收入分类科目 (类 101 / 款 10101 / 项 1010101)

/** 类 / 款 / 项 */
export type Level = 'class' | 'section' | 'item';

/** An inclusive range of budget years; a missing bound is open. */
export interface YearRange {
  from?: number;
  to?: number;
}

/**
 * Another name of the entry: a former name (with the years it applied), or — variant: true —
 * a non-official wording seen in real documents (accepted as the same 科目, reported as info).
 */
export interface Alias extends YearRange {
  name: string;
  variant?: boolean;
  note?: string;
}

/**
 * Where an entry's code–name pair comes from.
 * - 'document': seen in a real published document (source = file:line or workbook!cell).
 * - 'catalog': from the published 政府收支分类科目 as the catalog author knows it.
 */
export type Evidence =
  | { kind: 'document'; source: string }
  | { kind: 'catalog'; sure: boolean; note?: string };

export interface CatalogEntry {
  classification: Classification;
  /** Joined digits, e.g. "2010301". */
  code: string;
  level: Level;
  /** The current (latest) official name. */
  name: string;
  /** Years the code exists; absent = all years this catalog covers. */
  years?: YearRange;
  /** Former names with the years they applied. */
  aliases?: Alias[];
  evidence: Evidence[];
}

/** The compact form data files are written in (see data/*.ts). */
export interface RawEntry {
  code: string;
  name: string;
  /** false = recalled but not verified: never used to raise an error. Default true. */
  sure?: boolean;
  years?: YearRange;
  aliases?: Alias[];
  note?: string;
}

export function inYears(r: YearRange | undefined, year: number | undefined): boolean {
  if (!r || year === undefined) return true;
  return (r.from === undefined || year >= r.from) && (r.to === undefined || year <= r.to);
}
