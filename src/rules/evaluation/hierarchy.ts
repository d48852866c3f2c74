/**
 * A hierarchy the layout does not mark. Tables from other provinces often list a group line and
 * its members on the same level, without codes, 小计 labels or merged headers:
 *   rows    — 「某局 200 / 项目1 150 / 项目2 50 / 某中心 100 / 项目3 100」 under 合计 300;
 *   columns — 「合计 | 基本支出 | 人员经费 | 公用经费 | 项目支出」 with unmerged headers.
 * Read flat, 合计 ≠ Σ and every row or column is a false error. Before reporting such a sum, the
 * rules look for a grouped reading: an element equal (in every component, within 尾差) to the sum
 * of the elements right after it is their group line. When the grouped reading balances, the
 * table is consistent and nothing is reported.
 */
import Decimal from 'decimal.js';

export interface GroupNode {
  index: number;
  children: GroupNode[];
  /** Index after the last element of the group. */
  end: number;
}

const MAX_CHILDREN = 200;

function close(a: Decimal[], b: Decimal[], tol: Decimal): boolean {
  return a.every((x, i) => x.minus(b[i]).abs().lte(tol));
}

function isZero(v: Decimal[]): boolean {
  return v.every((x) => x.isZero());
}

/**
 * Read `vectors` (the elements in order; each a vector of exact values) as a forest: each element
 * is a leaf, or a group line followed by members that sum to it. Greedy, shortest groups first.
 * `step` is the 尾差 per summand (0.01 of the unit).
 */
export function readForest(vectors: Decimal[][], step: Decimal): GroupNode[] {
  const n = vectors.length;
  const memo = new Map<number, GroupNode>();
  const width = vectors[0]?.length ?? 0;
  const node = (i: number): GroupNode => {
    const known = memo.get(i);
    if (known) return known;
    const leaf: GroupNode = { index: i, children: [], end: i + 1 };
    memo.set(i, leaf); // guards the recursion; replaced below when a group closes
    let found = leaf;
    if (!isZero(vectors[i])) {
      let acc = Array.from({ length: width }, () => new Decimal(0));
      const kids: GroupNode[] = [];
      let p = i + 1;
      while (p < n && kids.length < MAX_CHILDREN) {
        const k = node(p);
        kids.push(k);
        acc = acc.map((x, c) => x.plus(vectors[k.index][c]));
        p = k.end;
        if (close(acc, vectors[i], step.times(kids.length))) {
          found = { index: i, children: kids, end: p };
          break;
        }
      }
    }
    memo.set(i, found);
    return found;
  };
  const tops: GroupNode[] = [];
  for (let p = 0; p < n; ) {
    const t = node(p);
    tops.push(t);
    p = t.end;
  }
  return tops;
}

const SEARCH_LIMIT = 16;

function sub(a: Decimal[], b: Decimal[]): Decimal[] {
  return a.map((x, i) => x.minus(b[i]));
}

/**
 * Exhaustive search for few elements (column groups): parts[i..end) read as a forest whose top
 * elements sum to `target`; the tops, or null. Leaves are tried first; the search gives up (null)
 * after a fixed number of steps.
 */
function search(parts: Decimal[][], i: number, end: number, target: Decimal[], tol: Decimal, budget: { calls: number }): number[] | null {
  if (--budget.calls < 0) return null;
  if (i === end) return target.every((x) => x.abs().lte(tol)) ? [] : null;
  const rest = search(parts, i + 1, end, sub(target, parts[i]), tol, budget);
  if (rest) return [i, ...rest];
  if (isZero(parts[i])) return null;
  for (let j = i + 2; j <= end; j++) {
    if (!search(parts, i + 1, j, parts[i], tol, budget)) continue;
    const after = search(parts, j, end, sub(target, parts[i]), tol, budget);
    if (after) return [i, ...after];
  }
  return null;
}

/**
 * The top elements of a grouped reading of `parts` that sums to `total` (within 尾差), or null
 * when there is none other than the flat one. Few parts are searched exhaustively, many greedily.
 */
export function groupedTops(total: Decimal[], parts: Decimal[][], step: Decimal): number[] | null {
  if (parts.length < 2) return null;
  if (parts.length <= SEARCH_LIMIT) {
    const tops = search(parts, 0, parts.length, total, step.times(parts.length), { calls: 20000 });
    if (tops) return tops.length < parts.length ? tops : null;
    // the search gave up (leaves are tried first: 15 parts whose first two are nested groups
    // exceed its steps) or found nothing: the greedy reading below is checked against the total
  }
  const tops = readForest(parts, step);
  if (tops.length === parts.length) return null;
  const width = total.length;
  const sum = Array.from({ length: width }, (_, c) => tops.reduce((s, t) => s.plus(parts[t.index][c]), new Decimal(0)));
  return close(sum, total, step.times(tops.length)) ? tops.map((t) => t.index) : null;
}
