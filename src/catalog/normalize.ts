/**
 * Name and code normalization. Real tables write the same 科目 name many ways:
 * 「维修(护)费」/「维修（护）费」, 「一般公共服务（类）」, 「一、一般公共服务支出」, 「（一）…」,
 * 「[30201]办公费」, stray spaces (PDF text: 「公 务 用 车」), full-width digits.
 * The steps are the one label normalizer's (src/vocabulary/labels.ts).
 */
import { toHalfWidth } from '../vocabulary/fold';
import { CATALOG_NAME, normalizer } from '../vocabulary/labels';

const catalogName = normalizer(CATALOG_NAME);

/**
 * Canonical key for comparing names: half-width, no spaces, no numbering, no level markers,
 * no bracketed code prefix, no trailing punctuation (CATALOG_NAME). Keeps the words themselves.
 */
export function nameKey(name: string): string {
  return catalogName(String(name ?? ''));
}

/** Key that also ignores a trailing 「支出」 (「一般公共服务」 ≡ 「一般公共服务支出」 at 类 level). */
export function looseKey(name: string): string {
  return nameKey(name).replace(/支出$/, '');
}

/**
 * Code parts → joined digits, or undefined when they do not form a code.
 * Accepts "2010301", "201 03 01", ["201","03","01"], ["201","3","1"] (numbers lose zeros), full-width digits.
 */
export function joinCode(code: string | number | ReadonlyArray<string | number | null | undefined>): string | undefined {
  if (Array.isArray(code)) {
    const parts = (code as ReadonlyArray<string | number | null | undefined>)
      .map((p) => (p === null || p === undefined ? '' : toHalfWidth(String(p), 'ascii').trim()))
      .filter((p) => p !== '');
    if (parts.length === 0 || parts.length > 3) return undefined;
    if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
    const [head, ...rest] = parts;
    if (head.length !== 3 && !(parts.length === 1 && /^\d{3}(\d{2}){0,2}$/.test(head))) return undefined;
    if (rest.some((p) => p.length > 2)) return undefined;
    return head + rest.map((p) => p.padStart(2, '0')).join('');
  }
  const s = toHalfWidth(String(code), 'ascii').replace(/[\s\-_.]/g, '');
  return /^\d{3}(\d{2}){0,2}$/.test(s) ? s : undefined;
}
