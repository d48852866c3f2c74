/**
 * PDF-to-text tables wrap long 科目 names over neighbouring lines:
 *
 *   2080505   机关事业单位基本养老保险缴      446.11        (name continues below)
 *             费支出
 *
 *              机关事业单位                               (three-line cell: above, own, below)
 *   2080505    基本养老保险       446.11
 *              缴费支出
 *
 * This rejoins such fragments onto the code line so the pair is read whole.
 */
import { isNameToken } from './extract';

const CODE_START = /^\s*\d{3}(?:\d{2}){0,2}(?:\s+\d{2}){0,2}(?=\s|$)/;

/** An indented line holding one Chinese fragment and nothing else. */
function isFragment(line: string | undefined): boolean {
  if (line === undefined || !/^\s+\S/.test(line)) return false;
  const t = line.trim();
  return !/\s/.test(t) && isNameToken(t);
}

/**
 * Lines with wrapped name fragments folded into their code line. Returns the same number of
 * lines (fragments consumed become empty) so line numbers stay true.
 */
export function unwrapLines(lines: string[]): string[] {
  const out = [...lines];
  const used = new Set<number>();
  const parse = (line: string | undefined) => {
    const m = line === undefined ? null : CODE_START.exec(line);
    if (!m) return undefined;
    const rest = line!.slice(m[0].length).trim().split(/\s+/).filter((t) => t !== '');
    const own = rest.length > 0 && isNameToken(rest[0]) ? rest.shift()! : '';
    return { head: m[0], own, rest };
  };
  for (let i = 0; i < lines.length; i++) {
    const row = parse(lines[i]);
    if (!row) continue;
    // a fragment above belongs to this row unless the previous row already took it as its tail
    const above = i > 0 && !used.has(i - 1) && isFragment(lines[i - 1]) ? lines[i - 1].trim() : '';
    // fragments below are this row's tail, except one directly above a code row without a name
    // of its own (that is the first line of the next row's three-line cell). With a fragment
    // above, the cell is three lines: take one below; otherwise the name may run on for several.
    const below: string[] = [];
    for (let k = i + 1; isFragment(lines[k]) && (above === '' || below.length === 0); k++) {
      const next = parse(lines[k + 1]);
      if (next && next.own === '') break;
      below.push(lines[k].trim());
    }
    if (!above && below.length === 0) continue;
    if (above) used.add(i - 1);
    below.forEach((_, n) => used.add(i + 1 + n));
    out[i] = `${row.head}  ${above}${row.own}${below.join('')}  ${row.rest.join('  ')}`;
  }
  for (const k of used) out[k] = '';
  return out;
}
