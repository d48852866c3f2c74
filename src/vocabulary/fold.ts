/**
 * The one half-width fold. Published tables mix full-width and half-width digits, punctuation and
 * letters; every comparison folds first. Two scopes, chosen by the caller because they answer
 * different questions:
 *  - 'number' (default): digits and the punctuation of a number (，．－＋（）％, the ideographic
 *    space and the minus sign U+2212) — what src/grid/number.ts needs and what labels are matched
 *    with; full-width letters stay as they are.
 *  - 'ascii': every full-width ASCII character (U+FF01–FF5E) and the ideographic space — the
 *    catalog's name keys, where 【】-free brackets and letters must fold too.
 */
export type FoldScope = 'number' | 'ascii';

const NUMBER_PUNCTUATION: Record<string, string> = {
  '，': ',', '．': '.', '－': '-', '＋': '+', '（': '(', '）': ')', '％': '%', '　': ' ', '−': '-',
};

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const NEEDS_NUMBER_FOLD = /[\uff10-\uff19，．－＋（）％\u3000\u2212]/;

/** Full-width → half-width in the given scope. */
export function toHalfWidth(s: string, scope: FoldScope = 'number'): string {
  if (scope === 'ascii') {
    return s.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  }
  if (!NEEDS_NUMBER_FOLD.test(s)) return s; // most labels have nothing to fold
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else out += NUMBER_PUNCTUATION[ch] ?? ch;
  }
  return out;
}
