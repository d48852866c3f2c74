/**
 * Drawn ruling lines → table grids. A table drawn with lines gives its cells exactly: vertical
 * lines are column borders, horizontal lines row borders, and a border missing between two
 * neighbouring boxes means one merged cell (a header spanning columns or rows).
 */
import type { PdfSegment } from './pdf-types';

/** Lines closer than this (points) are one line (thin filled rectangles give two edges). */
const SAME_LINE = 2.5;
const MIN_LENGTH = 4;

export interface RuledGrid {
  /** Column borders (x) and row borders (y), ascending. */
  xs: number[];
  ys: number[];
  /** Is there a drawn border at xs[c] between ys[r] and ys[r+1]? */
  vBorder(c: number, r: number): boolean;
  /** Is there a drawn border at ys[r] between xs[c] and xs[c+1]? */
  hBorder(r: number, c: number): boolean;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Line {
  at: number;
  from: number;
  to: number;
}

function split(segments: PdfSegment[]): { h: Line[]; v: Line[] } {
  const h: Line[] = [];
  const v: Line[] = [];
  for (const s of segments) {
    const dx = s.x1 - s.x0;
    const dy = s.y1 - s.y0;
    if (dy <= 1.5 && dx >= MIN_LENGTH) h.push({ at: (s.y0 + s.y1) / 2, from: s.x0, to: s.x1 });
    else if (dx <= 1.5 && dy >= MIN_LENGTH) v.push({ at: (s.x0 + s.x1) / 2, from: s.y0, to: s.y1 });
  }
  return { h, v };
}

/** Cluster positions closer than SAME_LINE; returns the cluster centres ascending. */
function clusterPositions(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1] > SAME_LINE) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** Group lines that touch or cross into connected drawings (one per table on the page). */
function components(h: Line[], v: Line[]): { h: Line[]; v: Line[] }[] {
  const n = h.length + v.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const tol = SAME_LINE + 1;
  // touching horizontals and verticals
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i];
      const b = v[j];
      if (b.at >= a.from - tol && b.at <= a.to + tol && a.at >= b.from - tol && a.at <= b.to + tol) parent[find(i)] = find(h.length + j);
    }
  }
  // collinear pieces of one line (a line drawn cell by cell)
  const byAt = (lines: Line[], offset: number) => {
    const idx = lines.map((_, i) => i).sort((a, b) => lines[a].at - lines[b].at || lines[a].from - lines[b].from);
    for (let k = 1; k < idx.length; k++) {
      const a = lines[idx[k - 1]];
      const b = lines[idx[k]];
      if (Math.abs(a.at - b.at) <= SAME_LINE && b.from <= a.to + tol && a.from <= b.to + tol) parent[find(offset + idx[k])] = find(offset + idx[k - 1]);
    }
  };
  byAt(h, 0);
  byAt(v, h.length);
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  for (let i = 0; i < n; i++) {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    if (i < h.length) g.h.push(h[i]);
    else g.v.push(v[i - h.length]);
    groups.set(find(i), g);
  }
  return [...groups.values()];
}

function covered(lines: Line[], at: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  const need = Math.min(3, (to - from) / 3);
  return lines.some((l) => Math.abs(l.at - at) <= SAME_LINE && l.from <= mid - need && l.to >= mid + need);
}

/**
 * The ruled grids of a page: each connected drawing with at least two column borders and two
 * row borders. Underlines and boxes around a single text are not grids.
 */
export function ruledGrids(segments: PdfSegment[]): RuledGrid[] {
  if (segments.length > 20000) return []; // a drawing, not a table
  const { h, v } = split(segments);
  const out: RuledGrid[] = [];
  for (const g of components(h, v)) {
    const xs = clusterPositions(g.v.map((l) => l.at));
    const ys = clusterPositions(g.h.map((l) => l.at));
    // a table has some body: at least three column borders or three row borders
    if (xs.length < 2 || ys.length < 2 || xs.length + ys.length < 5) continue;
    const x0 = Math.min(...g.h.map((l) => l.from), ...xs);
    const x1 = Math.max(...g.h.map((l) => l.to), ...xs);
    const y0 = Math.min(...g.v.map((l) => l.from), ...ys);
    const y1 = Math.max(...g.v.map((l) => l.to), ...ys);
    if (x1 - x0 < 40 || y1 - y0 < 15) continue;
    const vLines = g.v;
    const hLines = g.h;
    out.push({
      xs,
      ys,
      x0,
      y0,
      x1,
      y1,
      vBorder: (c, r) => covered(vLines, xs[c], ys[r], ys[r + 1]),
      hBorder: (r, c) => covered(hLines, ys[r], xs[c], xs[c + 1]),
    });
  }
  return out.sort((a, b) => a.y0 - b.y0);
}
