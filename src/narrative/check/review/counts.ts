/**
 * Counts and complete lists in the 说明:
 *  - 「实行绩效目标管理的项目3个」 against the projects of the 项目支出绩效目标表(s): the distinct
 *    projects the indicators name, else the number of forms (one per project);
 *  - a list said to be complete (「包括」「分别为」「由…构成」, not 「其中」) whose parts add up to less
 *    than its stated total (more is parts_exceed_total); within 尾差 said so. Warnings.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import type { BudgetModel } from '../../../model/types';
import { wan } from '../arithmetic';
import { namesCompleteSet } from '../partition';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';

function projectsWithTargets(model: BudgetModel): { count: number; cells: Finding['cells'] } | null {
  const tables = model.tablesOf('performance_project');
  if (tables.length === 0) return null;
  const named = new Map<string, Finding['cells'][number]>();
  for (const t of tables) for (const i of model.indicators(t)) if (i.project && !named.has(i.project)) named.set(i.project, i.cells.level3);
  if (named.size > 0) return { count: named.size, cells: [...named.values()] };
  return { count: tables.length, cells: tables.map((t) => t.titleCell ?? { sheet: t.sheet, row: t.range.r0, col: t.range.c0 }) };
}

export function projectCountFindings(claims: Claim[], model: BudgetModel): Finding[] {
  const known = projectsWithTargets(model);
  if (!known) return [];
  const out: Finding[] = [];
  for (const c of claims) {
    // only 「设置/实行/编制…绩效目标…的项目N个」 of this budget, not 监控/自评/评价 counts of last year
    if (c.kind !== 'count' || c.unit !== '个' || !/(设置|编制|实行|实施|申报|填报|纳入|开展)[^，,。；;]{0,12}绩效目标/.test(c.before) || /监控|自评|评价|完成|上年|(19|20)\d{2}年度/.test(c.before)) continue;
    const isProjects = /项目\s*(数|数量)?\s*(为|共|达)?\s*$/.test(c.before) || /^\s*(个)?\s*项目/.test(c.noun ?? '') || /^项目/.test(c.noun ?? '');
    if (!isProjects || /指标|单位|部门/.test(c.before.slice(-6))) continue;
    if (c.value.eq(known.count)) continue;
    out.push(claimFinding('project_count', 'warning', c, `说明称设置绩效目标的项目${c.printed}个，工作簿的项目支出绩效目标表中有${known.count}个项目`, { expected: String(known.count), actual: c.printed, cells: known.cells }));
  }
  return out;
}

const COMPLETE = /包括|分别(为|是)|由.{0,20}(构成|组成)|构成如下|组成如下/;

export function partsBelowTotalFindings(claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  const lists = new Map<Claim, Claim[]>();
  for (const c of claims) if (c.listTotal && c.listTotal !== c && c.kind === 'amount' && c.listTotal.kind === 'amount') lists.set(c.listTotal, [...(lists.get(c.listTotal) ?? []), c]);
  for (const [total, items] of lists) {
    if (items.length < 2 || total.listUnsure || items.some((i) => i.listUnsure || !i.unit.endsWith('元'))) continue;
    // a complete set (货物/工程/服务 of 政府采购) is partitionFindings' (parts_short_of_total), reported once
    if (namesCompleteSet(total, items)) continue;
    const opening = total.text.slice(total.end, items[0].start);
    // 「主要包括」 and a list ending in 「等」 name the main parts only
    const after = total.text.slice(items[items.length - 1].end, items[items.length - 1].end + 12);
    if (!COMPLETE.test(opening) || /其中|主要/.test(opening) || /^[^，。；,;]{0,6}等/.test(after)) continue;
    // every figure of the list must have been read: a digit left over (a figure broken across a
    // line, 「补 助 支 出 57 .82万元」) makes the sum unsure
    const last = items[items.length - 1];
    const end = total.text.slice(last.end).search(/[。；;]/);
    // the list must close in its paragraph (a page break cuts it) and open in the total's sentence
    if (end < 0 || /[。！？]/.test(opening)) continue;
    let span = total.text.slice(total.end, last.end + end);
    for (const i of [...items].reverse()) span = span.slice(0, i.start - total.end) + span.slice(i.end - total.end);
    if (/\d/.test(span)) continue;
    const sum = items.reduce((s, i) => s.plus(wan(i)), new Decimal(0));
    const gap = wan(total).minus(sum);
    if (gap.lte(0)) continue;
    const rounding = gap.lte(new Decimal('0.01').times(items.length));
    out.push(claimFinding('parts_below_total', 'warning', total, `说明列出的各项之和${fixed(sum, 2)}万元小于所称总数${total.printed}${total.unit}${rounding ? '（差额在四舍五入允许范围内，属尾差）' : '，列举不完整或金额有误'}`,
      { expected: fixed(wan(total), 2), actual: fixed(sum, 2), difference: fixed(sum.minus(wan(total)), 2), rounding }));
  }
  return out;
}
