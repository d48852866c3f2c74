/**
 * 政府收支分类科目 catalog — the public API. Data: ./data (one file per classification);
 * evidence from real documents: ./data/evidence.generated.ts (tools/harvest.ts).
 */
export type { Alias, CatalogEntry, Classification, Evidence, Level, YearRange } from './types';
export { joinCode, nameKey } from './normalize';
export {
  allEntries,
  classify,
  entryName,
  getEntry,
  lookupCode,
  lookupName,
  nameFor,
  parentCodes,
  resolvePath,
  splitPath,
  type CodeInput,
  type CodeLookup,
  type NameQuery,
} from './lookup';
export { compareName, isSure, type NameComparison, type NameStatus } from './compare';
export { phrase, path } from './phrase';
export { prefixTotals, type CodedAmount } from './sums';
