/** Column roles from header paths, and row figures from labels, via the vocabulary tables. */
import { COLUMN_ROLES, FIGURE_SIDE, LINE_FIGURES, type NameDef } from '../vocabulary/figures';
import { FUNCTION_CLASSES } from '../vocabulary/function-classes';
import { normalizeLabel } from '../vocabulary/labels';

function index(defs: NameDef[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of defs) {
    if (!m.has(normalizeLabel(d.name))) m.set(normalizeLabel(d.name), d.name);
    for (const a of d.aliases) if (!m.has(normalizeLabel(a))) m.set(normalizeLabel(a), d.name);
  }
  return m;
}

const ROLE_INDEX = index(COLUMN_ROLES);
const FIGURE_INDEX = index(LINE_FIGURES);
/** normalized label → figure name ('' for none); labels repeat across the units of a package */
const figureCache = new Map<string, string>();

const patterned = new Map<NameDef[], NameDef[]>();

function byPattern(defs: NameDef[], label: string): string | undefined {
  let withPatterns = patterned.get(defs);
  if (!withPatterns) patterned.set(defs, (withPatterns = defs.filter((d) => d.patterns?.length)));
  for (const d of withPatterns) if (d.patterns!.some((p) => p.test(label))) return d.name;
  return undefined;
}

/** Canonical role of one header text, if known. Strips units 「（万元）」 and 「数」 suffixes. */
export function roleOfText(text: string): string | undefined {
  // 「2024年预算数」「2023年“三公”经费」: the year says which year, not what the column is
  const n = normalizeLabel(text).replace(/[（(](万元|元)[）)]$/, '').replace(/^(19|20)\d{2}年度?/, '');
  return ROLE_INDEX.get(n) ?? ROLE_INDEX.get(n.replace(/(预算数|决算数|数)$/, '')) ?? byPattern(COLUMN_ROLES, n);
}

const GENERIC = new Set(['合计', '预算数', '决算数']);

/** Roles along a path, and the most specific one (generic leaves take their parent's role). */
export function rolesOfPath(path: string[]): { role: string | null; roles: string[] } {
  const roles: string[] = [];
  for (const p of path) {
    const r = roleOfText(p);
    if (r && !roles.includes(r)) roles.push(r);
  }
  if (roles.length === 0) return { role: null, roles };
  const specific = [...roles].reverse().find((r) => !GENERIC.has(r));
  const last = roles[roles.length - 1];
  // 「一般公共预算 › 小计」 → 一般公共预算; 「合计」 alone → 合计; 「收入 › 金额」 → 合计
  return { role: GENERIC.has(last) && specific && roles.indexOf(specific) < roles.indexOf(last) ? specific : last, roles };
}

/** Canonical figure of a row label, if it names one. */
export function figureOfLabel(label: string, side: 'main' | 'income' | 'expenditure' = 'main'): string | undefined {
  const n = normalizeLabel(label);
  if (!n) return undefined;
  let f = figureCache.get(n);
  if (f === undefined) {
    if (figureCache.size > 20000) figureCache.clear();
    f = FIGURE_INDEX.get(n) ?? byPattern(LINE_FIGURES, n) ?? '';
    figureCache.set(n, f);
  }
  if (!f) return undefined;
  if (!f || side === 'main') return f;
  const s = FIGURE_SIDE[f];
  return s && s !== side ? undefined : f;
}

const CLASS_BY_NAME = new Map<string, string>();
for (const c of FUNCTION_CLASSES) {
  CLASS_BY_NAME.set(normalizeLabel(c.name), c.code);
  for (const a of c.aliases) CLASS_BY_NAME.set(normalizeLabel(a), c.code);
}

/** The 功能分类 类 code (201 …) a label names, if any. */
export function functionClassOf(label: string): string | undefined {
  return CLASS_BY_NAME.get(normalizeLabel(label));
}
