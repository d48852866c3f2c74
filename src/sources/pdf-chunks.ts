/**
 * A page's text runs as words (chunks): adjacent runs on one baseline joined, a run cut where a drawn
 * column border passes through it, and chunks grouped into baselines. The grid and row logic that
 * places them is pdf-page-rows.ts.
 */
import { printsDecimalsOrGrouping } from '../grid/number';
import type { PdfTextRun } from './pdf-types';

/** A text run as a word of the page: adjacent runs on one baseline are joined. */
export interface Chunk {
  s: string;
  x0: number;
  x1: number;
  y: number;
  h: number;
  /** Why its extent is a guess (see PositionedCell.doubt). */
  doubt?: string;
}

/** A run cut apart where no drawn border says where one cell ends: the cut is estimated. */
export const DOUBT_SPLIT_RUN = 'PDF中相邻两格的文字连成一段，按字宽估计断开处，所属栏目系推定';

const AMOUNT = /^[-－(（]?\d{1,3}(?:,\d{3})*(?:\.\d+)?[)）]?$|^[-－]?\d+(?:\.\d+)?$/;

export function isAmountText(s: string): boolean {
  return AMOUNT.test(s.replace(/\s+/g, ''));
}

/** Runs closer than this share a word (fraction of the font size). */
const JOIN_GAP = 0.3;

/** Relative advance of a character: CJK and full-width are about twice as wide as Latin. */
function advance(ch: string): number {
  return /[\u2e80-\uffff]/.test(ch) ? 1 : 0.5;
}

/**
 * pdf.js joins the texts of neighbouring cells into one run with a space between
 * (「92,600.296597 一、一般公共服务支出」). Split a run at a space where a drawn column border
 * falls, or between two figures.
 */
export function splitRun(r: PdfTextRun, borders: number[]): (PdfTextRun & { doubt?: string })[] {
  if (!/\S\s+\S/.test(r.s)) return [r];
  const chars = [...r.s];
  const total = chars.reduce((a, ch) => a + advance(ch), 0) || 1;
  const xAt: number[] = [];
  let acc = 0;
  for (const ch of chars) {
    xAt.push(r.x + (r.w * acc) / total);
    acc += advance(ch);
  }
  const inner = borders.filter((b) => b > r.x + 2 && b < r.x + r.w - 2);
  const cuts = new Set<number>();
  const atBorder = new Set<number>();
  const spaces = chars.map((ch, i) => (/\s/.test(ch) ? i : -1)).filter((i) => i > 0);
  for (const b of inner) {
    let best = -1;
    for (const i of spaces) if (best < 0 || Math.abs(xAt[i] - b) < Math.abs(xAt[best] - b)) best = i;
    if (best >= 0 && Math.abs(xAt[best] - b) < r.h * 3) {
      cuts.add(best);
      atBorder.add(best);
    }
  }
  // 「1,234.00 5,678.00」: two figures are two cells
  const words = r.s.split(/(\s+)/);
  let pos = 0;
  for (let k = 0; k + 2 < words.length; k += 2) {
    pos += [...words[k]].length;
    if (isAmountText(words[k]) && isAmountText(words[k + 2])) cuts.add(pos);
    pos += [...words[k + 1]].length;
  }
  if (!cuts.size) return [r];
  const out: (PdfTextRun & { doubt?: string })[] = [];
  let start = 0;
  let prevGuessed = false;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(chars.length)) {
    const text = chars.slice(start, cut).join('');
    const x0 = xAt[start];
    const x1 = cut < chars.length ? xAt[cut] : r.x + r.w;
    // a piece is placed by estimated character widths when a cut beside it has no drawn border
    const guessed = cut < chars.length && !atBorder.has(cut);
    if (text.trim()) out.push({ ...r, s: text.trim(), x: x0, w: x1 - x0, ...(guessed || prevGuessed ? { doubt: DOUBT_SPLIT_RUN } : {}) });
    prevGuessed = guessed;
    start = cut + 1;
  }
  return out;
}

/** Adjacent runs on one baseline become one chunk, unless a drawn column border lies between. */
export function chunksOf(input: PdfTextRun[], borders: number[] = []): Chunk[] {
  const runs = input.flatMap((r) => splitRun(r, borders));
  const sorted = runs.slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: (PdfTextRun & { doubt?: string })[][] = [];
  for (const r of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - r.y) <= Math.max(1, 0.3 * Math.min(line[0].h, r.h))) line.push(r);
    else lines.push([r]);
  }
  const out: Chunk[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let cur: Chunk | null = null;
    for (const r of line) {
      const x1 = r.x + r.w;
      const gap = cur ? r.x - cur.x1 : Infinity;
      // a long name may run over its column's border up to the figure of the next column (西安
      // 「19、自然资源海洋气象等支出18803323.32」): a border between the name's start and the figure parts them
      const crosses = cur ? borders.some((b) => b > cur!.x1 - 1 && b < r.x + 1) || (printsDecimalsOrGrouping(r.s) && !isAmountText(cur.s) && borders.some((b) => b > cur!.x0 + 1 && b < r.x + 1)) : false;
      if (cur && gap <= JOIN_GAP * Math.max(cur.h, r.h) && !crosses) {
        // a real space between two runs is kept (English words); CJK and digits join tight
        cur.s += gap > 0.15 * r.h && /[A-Za-z]$/.test(cur.s) && /^[A-Za-z]/.test(r.s) ? ' ' + r.s : r.s;
        cur.x1 = Math.max(cur.x1, x1);
        if (r.doubt) cur.doubt = r.doubt;
      } else {
        cur = { s: r.s, x0: r.x, x1, y: r.y, h: r.h, ...(r.doubt ? { doubt: r.doubt } : {}) };
        out.push(cur);
      }
    }
  }
  for (const c of out) c.s = c.s.replace(/\s+/g, ' ').trim();
  return out.filter((c) => c.s !== '');
}

/** Chunks into baselines (text lines), top to bottom, each left to right. */
export function textLines(chunks: Chunk[]): Chunk[][] {
  const sorted = chunks.slice().sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Chunk[][] = [];
  for (const c of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - c.y) <= Math.max(1.5, 0.4 * Math.min(line[0].h, c.h))) line.push(c);
    else lines.push([c]);
  }
  for (const l of lines) l.sort((a, b) => a.x0 - b.x0);
  return lines;
}
