/**
 * The template interpreter: fills one paragraph pattern from the facts (notation in
 * templates/types.ts). Returns null when a mandatory fact is unknown, so that the paragraph is
 * left out rather than printed with an invented figure.
 */
import Decimal from 'decimal.js';
import { amountText, changeText, percentText, sharePercent, changeRatePercent } from '../format/figures';
import { fixed, roundHalfUp } from '../grid/decimal';
import type { Facts, ListItem } from './facts';
import { FACT_SOURCES } from './fact-sources';
import { BLANK, type NarrativeFigure } from './types';

export interface Filled {
  text: string;
  figures: NarrativeFigure[];
}

export interface FillContext {
  facts: Facts;
  /** Text values: 单位, 年度, 上年度. */
  words: Record<string, string>;
  lists: Record<string, string>;
  /** The current list item, inside list patterns. */
  item?: ListItem;
}

class Unknown extends Error {}

function amountFigure(label: string, value: Decimal, cells: NarrativeFigure['cells']): [string, NarrativeFigure] {
  const text = amountText(value);
  return [text, { label, kind: 'amount', value, text, cells }];
}

/**
 * Figures as printed: 万元 rounded half-up to 2 places. 占比 and 增减率 are computed from these,
 * as the documents do, so that a reader (and the checker) can recompute them from the text.
 */
function value(ctx: FillContext, name: string): { value: Decimal; cells: NarrativeFigure['cells'] } {
  const f = ctx.item && name === '金额' ? ctx.item : ctx.facts.get(name);
  const typed = f ? undefined : ctx.facts.typed(name);
  if (!f && !typed) throw new Unknown(name);
  return f ? { value: roundHalfUp(f.value, 2), cells: f.cells } : { value: roundHalfUp(typed!, 2), cells: [] };
}

/** {事实?} the amount or the marked blank; {事实|数} a count (辆, 台套), or the marked blank. */
function orBlank(ctx: FillContext, name: string, count: boolean, figures: NarrativeFigure[]): string {
  let v: { value: Decimal; cells: NarrativeFigure['cells'] };
  try {
    v = value(ctx, name);
  } catch (e) {
    if (e instanceof Unknown) return BLANK;
    throw e;
  }
  const text = count ? fixed(v.value, 0) : amountText(v.value);
  figures.push({ label: name, kind: count ? 'count' : 'amount', value: v.value, text, cells: v.cells });
  return text;
}

function prior(ctx: FillContext, name: string): Decimal {
  const p = ctx.item && name === '金额' ? ctx.item.prior : ctx.facts.prior(name);
  if (p === undefined) throw new Unknown(`${name}（上年）`);
  return roundHalfUp(p, 2);
}

/** One {…} placeholder. */
function placeholder(ctx: FillContext, body: string, figures: NarrativeFigure[]): string {
  if (body in ctx.words) return ctx.words[body];
  if (body === '名称' && ctx.item) return ctx.item.name;
  const listMatch = /^(.+)\*$/.exec(body);
  if (listMatch) {
    const parts = ctx.facts.list(listMatch[1]).map((item) => fill({ ...ctx, item }, ctx.lists[listMatch[1]] ?? '{名称}{金额}万元'));
    const ok = parts.filter((p): p is Filled => p !== null);
    if (ok.length === 0) throw new Unknown(listMatch[1]);
    ok.forEach((p) => figures.push(...p.figures));
    return ok.map((p) => p.text).join('；');
  }
  if (body.endsWith('?')) return orBlank(ctx, body.slice(0, -1), false, figures);
  if (body.endsWith('|数')) return orBlank(ctx, body.slice(0, -2), true, figures);
  const [nameRaw, op] = body.split('|');
  const name = ctx.item && (nameRaw === '比上年' || nameRaw.startsWith('占比')) ? '金额' : nameRaw;
  const opEff = ctx.item && nameRaw === '比上年' ? '比上年' : ctx.item && nameRaw.startsWith('占比') ? nameRaw.replace(/^占比/, '占') : op;
  const v = value(ctx, name);
  const label = name === '金额' && ctx.item ? ctx.item.name : name;
  if (!opEff) {
    const [text, fig] = amountFigure(label, v.value, v.cells);
    figures.push(fig);
    return text;
  }
  if (opEff === '上年') {
    const [text, fig] = amountFigure(`${label}（上年）`, prior(ctx, name), []);
    figures.push(fig);
    return text;
  }
  if (opEff === '比上年') {
    const p = prior(ctx, name);
    const text = changeText(v.value, p);
    const rate = changeRatePercent(v.value, p);
    figures.push({ label: `${label}比上年`, kind: 'change', value: v.value.minus(p), text, cells: v.cells });
    if (rate) figures.push({ label: `${label}增减率`, kind: 'rate', value: rate, text: percentText(rate.abs()), cells: v.cells });
    return text;
  }
  const share = /^占:(.+)$/.exec(opEff);
  if (share) {
    const total = value(ctx, share[1]);
    const pct = sharePercent(v.value, total.value);
    if (!pct) throw new Unknown(`${share[1]}（为0）`);
    const text = percentText(pct);
    figures.push({ label: `${label}占${share[1]}`, kind: 'share', value: pct, text, cells: [...v.cells, ...total.cells] });
    return text;
  }
  throw new Unknown(body);
}

function fillPlain(ctx: FillContext, pattern: string, figures: NarrativeFigure[]): string {
  return pattern.replace(/\{([^{}]+)\}/g, (_, body: string) => placeholder(ctx, body, figures));
}

/** Fill a pattern; optional [ … ] parts are dropped when they need an unknown fact. */
export function fill(ctx: FillContext, pattern: string): Filled | null {
  const figures: NarrativeFigure[] = [];
  try {
    const text = pattern.replace(/\[([^[\]]*)\]/g, (_, inner: string) => {
      const local: NarrativeFigure[] = [];
      try {
        const t = fillPlain(ctx, inner, local);
        figures.push(...local);
        return t;
      } catch (e) {
        if (e instanceof Unknown) return '';
        throw e;
      }
    });
    return { text: fillPlain(ctx, text, figures), figures };
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

/**
 * Whether the workbook shows fact X to be nothing: its own table (the first source of
 * FACT_SOURCES) is present and either says 0 or is an empty table. Only then may a 说明 say
 * 「…为空表」/「无…支出」; a table not found says so instead (「缺X」).
 */
function shownEmpty(facts: Facts, name: string): boolean {
  const kind = FACT_SOURCES[name]?.[0]?.[0];
  if (!kind || !facts.hasKind(kind)) return false;
  const f = facts.all(name).find((x) => x.table.kind === kind);
  return facts.kindEmpty(kind) || (f !== undefined && f.value.isZero());
}

/**
 * `when` conditions: "X" non-zero, "!X" zero or unknown, "?X" known, "!?X" unknown; "空X" the
 * workbook shows X's table empty or zero; "缺X" X not non-zero and not shown empty (its table
 * not found, or its figure not read).
 */
export function holds(facts: Facts, when: string | undefined): boolean {
  if (!when) return true;
  if (/^[空缺]/.test(when)) {
    const name = when.slice(1);
    if (when[0] === '空') return shownEmpty(facts, name);
    return !holds(facts, name) && !shownEmpty(facts, name);
  }
  const neg = when.startsWith('!');
  const body = neg ? when.slice(1) : when;
  const knownOnly = body.startsWith('?');
  const name = knownOnly ? body.slice(1) : body;
  const typed = facts.typed(name);
  const f = facts.get(name) ?? (typed ? { value: typed } : facts.list(name).length ? { value: new Decimal(1) } : undefined);
  const ok = knownOnly ? f !== undefined : f !== undefined && !f.value.isZero();
  return neg ? !ok : ok;
}
