/** Text normalization shared by recognition and the model: labels, titles, header cells. */
import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import { toHalfWidth } from '../grid/number';

/** Cell value as trimmed text ('' for empty / errors). Numbers keep their digits. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isCellError(v)) return v.error;
  return '';
}

const NUMBERING = /^(?:[(（][一二三四五六七八九十百零〇]+[)）][、.．,，]?|[一二三四五六七八九十百零〇]+[、.．,，]|[(（][0-9]+[)）][、.．]?|[0-9]{1,2}[、.．](?![0-9])|[①②③④⑤⑥⑦⑧⑨⑩])/;

/**
 * Compact form of a label for matching: no whitespace, half-width digits/ASCII, Chinese
 * parentheses unified to （）, quotes unified to “”, numbering and 「其中：」 stripped.
 */
export function normalizeLabel(s: string): string {
  let t = toHalfWidth(s).replace(/\s+/g, '');
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
  return toHalfWidth(s).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Is this label a 「其中：」 line? */
export function isOfWhich(s: string): boolean {
  return /^\s*其中\s*[:：]?/.test(s);
}
