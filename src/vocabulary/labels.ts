/**
 * The one label normalizer. Labels, names, titles and 说明 words are compared after a
 * normalization whose steps each caller chooses explicitly (LabelOptions): the steps always run
 * in the same order, so two callers that choose the same options always agree. The presets below
 * are the ones the engine uses; see docs/architecture.md ("Where knowledge lives").
 */
import { toHalfWidth, type FoldScope } from './fold';

export interface LabelOptions {
  /** Fold full-width characters first (see fold.ts); none when absent. */
  fold?: FoldScope;
  /** 「[30201]办公费」「【2010301】…」: drop a bracketed code in front (【】 read as []). */
  codePrefix?: boolean;
  /** Drop all whitespace (the ideographic space included). */
  spaces?: boolean;
  /**
   * Numbering in front of the label:
   *  - 'label': marked numbering (一、 （一） 1. (1) ① 第一、), up to two levels, never the whole label;
   *  - 'name': marked numbering, every level;
   *  - 'leading-numerals': a leading run of Chinese numerals with or without a mark, then (1)/1、 —
   *    the rules' reading, kept because both sides of every rule comparison are read alike
   *    (it turns 「一般」 into 「般」 on both sides).
   */
  numbering?: 'label' | 'name' | 'leading-numerals';
  /** Parentheses: all full-width （）, all half-width (), dropped, or dropped with what they enclose (a remark). */
  parens?: 'full' | 'half' | 'drop' | 'drop-content';
  /** Drop quotes “”"'‘’「」. */
  quotes?: boolean;
  /** Drop a leading 「其中」 (with or without colon). */
  ofWhich?: boolean;
  /** Drop 「（类）」「(款)」「（项）」 markers. */
  levelMarks?: boolean;
  /** Drop separators left in front after the numbering (「：」「、」「.」). */
  leadingSeparators?: boolean;
  /** Drop trailing punctuation (：；，。、). */
  trailingPunctuation?: boolean;
}

/** Row labels, header cells and figure names as recognition and the model match them. */
export const LABEL: LabelOptions = { fold: 'number', spaces: true, parens: 'full', quotes: true, ofWhich: true, numbering: 'label', leadingSeparators: true };
/** Titles and headers: whitespace-free, half-width, full-width parentheses, numbering kept. */
export const TITLE: LabelOptions = { fold: 'number', spaces: true, parens: 'full' };
/** Line labels as the rules' references compare them (no fold; half-width parentheses). */
export const RULE_LABEL: LabelOptions = { spaces: true, numbering: 'leading-numerals', parens: 'half', quotes: true };
/** 科目 names as the catalog compares them: every numbering level, level marks and code prefixes gone. */
export const CATALOG_NAME: LabelOptions = { fold: 'ascii', codePrefix: true, spaces: true, ofWhich: true, numbering: 'name', levelMarks: true, trailingPunctuation: true };
/** Words of a 说明 compared with table labels: no spaces and no parentheses at all. */
export const BARE: LabelOptions = { fold: 'number', spaces: true, parens: 'drop' };

const CN_NUM = '[一二三四五六七八九十百零〇两]+';
/** 「一、」「（一）」「(1)」「1.」「①」「第一、」 in front of a label. */
const MARKED = new RegExp(`^(?:第?${CN_NUM}[、.．,，]|[(（]${CN_NUM}[)）][、.．,，]?|[(（][0-9]+[)）][、.．]?|[0-9]{1,2}[、.．](?![0-9])|[①②③④⑤⑥⑦⑧⑨⑩])`);
const LEADING_NUMERALS = /^[（(]?[一二三四五六七八九十]+[）)、.．]?/;
const LEADING_DIGITS = /^[（(]?\d+[）)、.．]/;
const BRACKET_CODE = /^\s*\[\s*\d{3,7}\s*\]\s*/;
const QUOTES = /[“”"'‘’「」]/g;
const LEVEL_MARK = /[(（](?:类|款|项)[)）]/g;

function apply(s: string, o: LabelOptions): string {
  let t = o.fold ? toHalfWidth(s, o.fold) : s;
  if (o.codePrefix) t = t.replace(/【/g, '[').replace(/】/g, ']').replace(BRACKET_CODE, '');
  if (o.spaces) t = t.replace(/\s+/g, '');
  if (o.numbering === 'leading-numerals') t = t.replace(LEADING_NUMERALS, '').replace(LEADING_DIGITS, '');
  if (o.parens === 'full') t = t.replace(/\(/g, '（').replace(/\)/g, '）');
  else if (o.parens === 'half') t = t.replace(/（/g, '(').replace(/）/g, ')');
  else if (o.parens === 'drop') t = t.replace(/[()（）]/g, '');
  else if (o.parens === 'drop-content') t = t.replace(/[（(][^）)]*[）)]/g, '');
  if (o.quotes) t = t.replace(QUOTES, '');
  if (o.ofWhich) t = t.replace(/^其中[:：]?/, '');
  if (o.numbering === 'label' || o.numbering === 'name') {
    for (let i = 0; o.numbering === 'name' || i < 2; i++) {
      const m = MARKED.exec(t);
      if (!m || (o.numbering === 'label' && m[0].length >= t.length)) break;
      t = t.slice(m[0].length);
    }
  }
  if (o.levelMarks) t = t.replace(LEVEL_MARK, '');
  if (o.leadingSeparators) t = t.replace(/^[:：、.]+/, '');
  if (o.trailingPunctuation) t = t.replace(/[:：;；,，.。、]+$/, '');
  return t;
}

/** A label with none of these (anywhere, or at its start) is its own LABEL form. */
const LABEL_CHANGES_ANYWHERE = /[\s()“”"'‘’「」\uff01-\uff5e\u3000\u2212]/;
const LABEL_CHANGES_AT_START = /^[(（一二三四五六七八九十百零〇两0-9①②③④⑤⑥⑦⑧⑨⑩其第:：、.]/;

/**
 * A normalizer for the given options, memoized (labels repeat across the units of a package;
 * the cache is bounded so 100k distinct project names only churn it).
 */
export function normalizer(o: LabelOptions, cacheSize = 20000): (s: string) => string {
  const cache = new Map<string, string>();
  const unchanged = o === LABEL ? (s: string) => !LABEL_CHANGES_ANYWHERE.test(s) && !LABEL_CHANGES_AT_START.test(s) : () => false;
  return (s: string) => {
    if (unchanged(s)) return s;
    let t = cache.get(s);
    if (t === undefined) {
      if (cache.size > cacheSize) cache.clear();
      t = apply(s, o);
      cache.set(s, t);
    }
    return t;
  };
}

/** Normalize once with explicit options (not memoized: for rare calls). */
export function normalize(s: string, o: LabelOptions): string {
  return apply(s, o);
}

/** Row labels, header cells, figure names (LABEL). */
export const normalizeLabel = normalizer(LABEL);
/** Titles and header text with numbering kept (TITLE). */
export const titleForm = normalizer(TITLE);
