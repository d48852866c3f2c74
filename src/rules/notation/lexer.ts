/**
 * Tokens of one rule line. Names are runs of anything that is not an operator, so that Chinese
 * names with full-width brackets (因公出国（境）费) stay whole; ASCII ( ) group, and a function name
 * (合计, Σ, 求和) followed by ( or （ opens a call.
 */

export type TokenType = 'name' | 'number' | 'op' | 'cmp' | 'lparen' | 'rparen' | 'dot' | 'bracket' | 'question' | 'colon' | 'comma';

export interface Token {
  type: TokenType;
  text: string;
  /** 0-based character offset in the line. */
  pos: number;
}

export class LexError extends Error {
  constructor(message: string, public pos: number) {
    super(message);
  }
}

export const SUM_FUNCTIONS = new Set(['合计', 'Σ', '∑', '求和']);

const CMP: [string, string][] = [
  ['==', '='], ['<=', '<='], ['>=', '>='], ['≤', '<='], ['≥', '>='], ['≈', '≈'], ['=', '='], ['＝', '='],
  ['＜＝', '<='], ['＞＝', '>='],
];

const STOP = new Set([...' \t\u3000.．·+＋-－−=＝<>＜＞≤≥≈()[]［］【】,，、?？:：']);

export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const chars = [...line];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === ' ' || ch === '\t' || ch === '\u3000') {
      i++;
      continue;
    }
    const rest = chars.slice(i, i + 2).join('');
    const cmp = CMP.find(([s]) => rest.startsWith(s));
    if (cmp) {
      out.push({ type: 'cmp', text: cmp[1], pos: i });
      i += [...cmp[0]].length;
      continue;
    }
    if ('+＋'.includes(ch)) out.push({ type: 'op', text: '+', pos: i });
    else if ('-－−'.includes(ch)) out.push({ type: 'op', text: '-', pos: i });
    else if (ch === '(' || ch === '（') out.push({ type: 'lparen', text: ch, pos: i });
    else if (ch === ')' || ch === '）') out.push({ type: 'rparen', text: ch, pos: i });
    else if ('.．·'.includes(ch)) out.push({ type: 'dot', text: '.', pos: i });
    else if ('?？'.includes(ch)) out.push({ type: 'question', text: '?', pos: i });
    else if (':：'.includes(ch)) out.push({ type: 'colon', text: ':', pos: i });
    else if (',，、'.includes(ch)) out.push({ type: 'comma', text: ',', pos: i });
    else if ('[［【'.includes(ch)) {
      const close = chars.findIndex((c, k) => k > i && ']］】'.includes(c));
      if (close < 0) throw new LexError('方括号没有闭合，缺少「]」', i);
      out.push({ type: 'bracket', text: chars.slice(i + 1, close).join('').trim(), pos: i });
      i = close + 1;
      continue;
    } else if (']］】<>＜＞'.includes(ch)) throw new LexError(`多余的「${ch}」`, i);
    else {
      i = readName(chars, i, out);
      continue;
    }
    i++;
  }
  return out;
}

/** A name, or a number when it reads as one. Full-width （） inside a name must balance. */
function readName(chars: string[], start: number, out: Token[]): number {
  let i = start;
  let depth = 0;
  let text = '';
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === '（') {
      if (SUM_FUNCTIONS.has(text)) break;
      depth++;
    } else if (ch === '）') {
      if (depth === 0) break;
      depth--;
    } else if (STOP.has(ch)) break;
    text += ch;
    i++;
  }
  const isNumber = /^\d+(\.\d+)?$/.test(text) && !(chars[i] === '.' && /\d/.test(chars[i + 1] ?? ''));
  out.push({ type: isNumber ? 'number' : 'name', text, pos: start });
  // "12.50": the dot was a decimal point, not a separator
  if (/^\d+$/.test(text) && (chars[i] === '.' || chars[i] === '．') && /\d/.test(chars[i + 1] ?? '')) {
    let j = i + 1;
    while (j < chars.length && /\d/.test(chars[j])) j++;
    out[out.length - 1] = { type: 'number', text: `${text}.${chars.slice(i + 1, j).join('')}`, pos: start };
    return j;
  }
  return i;
}
