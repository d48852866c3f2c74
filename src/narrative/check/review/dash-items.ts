/**
 * 科目 named 「类-款-项」 in the 说明 (「农林水支出-林业和草原-行政运行120万元」, also with the codes:
 * 「2130201行政运行120万元」, 「行政运行（2130201）120万元」): the amount against that 项's line of the 一般公共预算支出表 (else the
 * 支出总表). The 「（类）（款）（项）」 form is against-model.ts's itemFindings. Found by name: the
 * 项's own name and its 款 line's name must both agree (or the code), else the 科目 is not
 * compared. A warning, as every review check: the name-to-line reading can be unsure (a 项 name
 * repeated under several 款, a unit's line).
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import { BARE, normalizer } from '../../../vocabulary/labels';
import { amountIn } from '../../../model/lines';
import type { BudgetModel } from '../../../model/types';
import type { Line, RecognizedTable, TableList } from '../../../recognize/types';
import { toWan } from '../../facts';
import { otherPeriod } from '../against-model';
import { wan } from '../arithmetic';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';

const NAME = '[\\u4e00-\\u9fff（）()“”]{2,24}?';
const DASH = '\\s*[-－—–]\\s*';
/** 「类-款-项」 right before the figure (with 支出/预算/为 between). */
const PATH = new RegExp(`(${NAME})${DASH}(${NAME})${DASH}(${NAME})(支出|预算|预算数|决算数|为|：|:|\\s)*$`);
const CODE = /(?<!\d)(\d{7})\s*([\u4e00-\u9fff（）()]{2,24}?)(支出|预算|预算数|为|：|:|\s)*$/;
/** 「行政运行（2012601）210万元」: the code in brackets after the name. */
const CODE_AFTER = /([\u4e00-\u9fff]{2,24}?)[（(](\d{7})[)）](支出|预算|预算数|为|：|:|\s)*$/;

const bareWords = normalizer({ ...BARE, quotes: true });
const norm = (s: string) => bareWords(s).replace(/(支出|（项）|项)$/, '');

interface Hit { t: RecognizedTable; list: TableList; line: Line }

function itemLines(model: BudgetModel): Hit[] {
  for (const kind of ['general_budget_expenditure', 'expenditure_summary'] as const) {
    const hits = model.tablesOf(kind).flatMap((t) => t.lists.flatMap((list) => list.lines.filter((l) => l.code?.length === 7 && l.classification === 'function').map((line) => ({ t, list, line }))));
    if (hits.length) return hits;
  }
  return [];
}

export function dashItemFindings(claims: Claim[], model: BudgetModel): Finding[] {
  const items = itemLines(model);
  if (items.length === 0) return [];
  const out: Finding[] = [];
  for (const c of claims) {
    if (c.kind !== 'amount' || !c.unit.endsWith('元') || otherPeriod(c, model)) continue;
    const ctx = c.context.replace(/^.*[，,；;。]/, '');
    const path = PATH.exec(ctx);
    const before = path ? null : CODE.exec(ctx);
    const after = path || before ? null : CODE_AFTER.exec(ctx);
    const code = before ? [before[1], before[2]] : after ? [after[2], after[1]] : null;
    if (!path && !code) continue;
    let hits: Hit[];
    let label: string;
    if (path) {
      const [kuan, xiang] = [norm(path[2]), norm(path[3])];
      hits = items.filter((h) => {
        if (norm(h.line.name) !== xiang) return false;
        const parent = h.list.lines.find((l) => l.code === h.line.code!.slice(0, 5));
        return !parent || norm(parent.name) === kuan;
      });
      label = `${path[1]}-${path[2]}-${path[3]}`;
    } else {
      hits = items.filter((h) => h.line.code === code![0]);
      label = `${code![0]} ${code![1]}`;
    }
    // a 项 repeated under several units: compare with their sum is not certain — take distinct lines only
    if (hits.length === 0) continue;
    const values = hits.map((h) => ({ h, a: amountIn(h.list, h.line) })).filter((v) => v.a);
    if (values.length === 0) continue;
    const shown = wan(c).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP);
    const fits = values.some((v) => toWan(v.a!.value, v.h.t.unit).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP).eq(shown));
    if (fits) continue;
    const expected = toWan(values[0].a!.value, values[0].h.t.unit);
    out.push(claimFinding('item_amount', 'warning', c,
      `说明中科目「${label}」${c.printed}${c.unit}与${values[0].h.t.title || values[0].h.t.sheet}（${values[0].h.line.code}）的${fixed(expected, 2)}万元不符`,
      { expected: fixed(expected, 2), actual: c.printed, difference: fixed(wan(c).minus(expected), 2), cells: values.map((v) => v.a!.cell) }));
  }
  return out;
}
