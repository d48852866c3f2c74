/** Text normalization shared by recognition and the model: labels, titles, header cells. */
import type { CellValue } from '../grid/types';
import { isCellError, NO_CACHED_RESULT } from '../grid/types';
import { toHalfWidth } from '../grid/number';

const NEEDS_HALF = /[\uff01-\uff5e\u3000\u2212]/;

/** toHalfWidth with a fast path: most labels have nothing to convert. */
export function half(s: string): string {
  return NEEDS_HALF.test(s) ? toHalfWidth(s) : s;
}

/** Cell value as trimmed text ('' for empty / errors). Numbers keep their digits. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isCellError(v)) return v.error === NO_CACHED_RESULT ? '' : v.error;
  return '';
}

const NUMBERING = /^(?:[(（][一二三四五六七八九十百零〇]+[)）][、.．,，]?|[一二三四五六七八九十百零〇]+[、.．,，]|[(（][0-9]+[)）][、.．]?|[0-9]{1,2}[、.．](?![0-9])|[①②③④⑤⑥⑦⑧⑨⑩])/;

/**
 * Compact form of a label for matching: no whitespace, half-width digits/ASCII, Chinese
 * parentheses unified to （）, quotes unified to “”, numbering and 「其中：」 stripped.
 */
const normalized = new Map<string, string>();

export function normalizeLabel(s: string): string {
  let t = normalized.get(s);
  if (t === undefined) {
    // labels repeat across units of a consolidated package: remember them (bounded)
    if (normalized.size > 20000) normalized.clear();
    t = normalizeUncached(s);
    normalized.set(s, t);
  }
  return t;
}

function normalizeUncached(s: string): string {
  let t = half(s).replace(/\s+/g, '');
  t = t.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[“”"'‘’「」]/g, '');
  t = t.replace(/^其中[:：]?/, '');
  for (let i = 0; i < 2; i++) {
    const m = NUMBERING.exec(t);
    if (m && m[0].length < t.length) t = t.slice(m[0].length);
  }
  return t.replace(/^[:：、.]+/, '');
}

/** Whitespace-free text, half-width, for titles and headers (numbering kept). */
export function compact(s: string): string {
  return half(s).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Is this label a 「其中：」 line? */
export function isOfWhich(s: string): boolean {
  return /^\s*其中\s*[:：]?/.test(s);
}
