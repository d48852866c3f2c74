/**
 * How a rule's name compares with a line's label (norm), and what the labels say about a line's
 * place: a 「其中」 line is a part of the line above, a figure line closes a run of items. Shared
 * by the line sets (./items.ts) and the resolver (./resolve.ts), so neither imports the other.
 */
import type { Line } from '../recognize/types';
import { normalizer, RULE_LABEL } from '../vocabulary/labels';

/** A label as rule references compare it (RULE_LABEL; memoized for every line of huge tables). */
export const norm = normalizer(RULE_LABEL, 100_000);

export function isOtherwise(line: Line): boolean {
  return !!line.ofWhich || (line.label.includes('其中') && /^其中/.test(norm(line.label)));
}

const FIGURE_BOUNDARY = /^(本年收入(合计|小计)?|本年支出(合计|小计)?|上年结转(结余)?|上年结余|年初结转和?结余|结转下年|年终结转结余|年末结转和?结余|收入(总计|合计)|支出(总计|合计)|用事业基金弥补收支差额|使用非财政拨款结余.*|结余分配)$/;

/** Figures that close a run of items (income sources are figures too, but not boundaries). */
const BOUNDARY_FIGURES = new Set(['收入总计', '支出总计', '本年收入合计', '本年支出合计', '上年结转', '上年结余', '结转下年', '用事业基金弥补收支差额', '使用非财政拨款结余', '结余分配', '合计']);

/** Every FIGURE_BOUNDARY label holds one of these (norm only removes characters): a cheap pre-test. */
const BOUNDARY_CHARS = /[本上年结收支用使]/;

export function isBoundary(l: Line): boolean {
  return l.kind === 'total' || (!!l.figure && BOUNDARY_FIGURES.has(l.figure)) || (BOUNDARY_CHARS.test(l.name) && FIGURE_BOUNDARY.test(norm(l.name)));
}
