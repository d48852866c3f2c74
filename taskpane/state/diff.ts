/** What changed since the last check: findings fixed and findings new, by a stable key. */
import type { Finding } from '../../src/findings';
import { refToString } from '../../src/grid/address';

/** Same rule on the same cells is the same problem, even if its figures changed. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.cells.map(refToString).sort().join(',')}|${f.line ?? ''}`;
}

export interface FindingDiff {
  fixed: Finding[];
  added: Finding[];
  /** Keys of findings new in this check, to badge them in the list. */
  addedKeys: Set<string>;
}

export function diffFindings(previous: Finding[], current: Finding[]): FindingDiff {
  const prev = new Map(previous.map((f) => [findingKey(f), f]));
  const cur = new Map(current.map((f) => [findingKey(f), f]));
  const fixed = [...prev].filter(([k]) => !cur.has(k)).map(([, f]) => f);
  const added = [...cur].filter(([k]) => !prev.has(k)).map(([, f]) => f);
  return { fixed, added, addedKeys: new Set(added.map(findingKey)) };
}
