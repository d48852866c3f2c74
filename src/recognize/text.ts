/** Cell text as recognition reads it. Label normalization is src/vocabulary/labels.ts. */
import type { CellValue } from '../grid/types';
import { isCellError, NO_CACHED_RESULT } from '../grid/types';

/** Cell value as trimmed text ('' for empty / errors). Numbers keep their digits. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isCellError(v)) return v.error === NO_CACHED_RESULT ? '' : v.error;
  return '';
}

/** Is this label a 「其中：」 line? */
export function isOfWhich(s: string): boolean {
  return /^\s*其中\s*[:：]?/.test(s);
}
