/** 「是否是 …？」: the nearest known name to a mistyped one. */
import { editDistance } from '../edit-distance';

/**
 * The closest candidate, when it is close enough to be a typo: at most 1 edit for short names,
 * about a third of the length for longer ones; a candidate that starts with what was typed
 * (--narr → --narrative) also counts.
 */
export function suggest(typed: string, candidates: string[]): string | undefined {
  const t = typed.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(t, c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  if (best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3))) return best;
  const prefixed = candidates.filter((c) => t.length >= 3 && c.toLowerCase().startsWith(t));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
