/**
 * 内置 成本指标: in a 项目绩效目标表, the 成本指标 of each project against its own amounts.
 *  - the parts named in the indicator text (「办公经费41万，水电费50万…」) must add up to the
 *    indicator value (「207万」) — an arithmetic error in the table: error;
 *  - the indicator value, when it is money (万/万元/元), should be the project's 资金总额 —
 *    a different 口径 (「结转结余资金40万」 for a 2.61 万元 project): warning.
 * The texts are the line's (Line.texts: recognition reads the list's text columns).
 */
import Decimal from 'decimal.js';
import { fixed } from '../../grid/decimal';
import type { CellRef } from '../../grid/types';
import type { Rule, StructureCheck } from '../notation/ast';
import { unitOf, type Ctx, type Failure } from '../evaluation/context';
import { mainColumn } from '../../model/lines';
import { show } from '../evaluation/value';
import { builtinKinds, type CheckPlugin } from './plugin';

const MONEY = /(\d+(?:\.\d+)?)\s*(万元|万|元)?/g;

/** Money amounts in a text, in 元; a bare number takes the table's unit. */
function amounts(text: string, unit: '元' | '万元', requireUnit: boolean): Decimal[] {
  const out: Decimal[] = [];
  for (const m of text.matchAll(MONEY)) {
    if (!m[2] && requireUnit) continue;
    const u = m[2] ? (m[2] === '元' ? '元' : '万元') : unit;
    const v = new Decimal(m[1]);
    out.push(u === '万元' ? v.times(10000) : v);
  }
  return out;
}

export function costIndicators(rule: Rule, _check: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  for (const t of ctx.model.tablesOf('performance_project')) {
    const unit = unitOf(t, ctx);
    for (const list of t.lists) {
      const cost = list.columns.filter((c) => c.type !== 'amount' && c.path.some((p) => p.includes('成本指标')));
      if (cost.length < 2) continue;
      const valueCol = cost.find((c) => /指标值/.test(c.path[c.path.length - 1] ?? '')) ?? cost[1];
      const textCol = cost.find((c) => c !== valueCol)!;
      const main = mainColumn(list);
      if (!main) continue;
      const seen = new Set<string>();
      for (const line of list.lines) {
        const a = line.amounts[main.col];
        if (!a || a.value.isZero() || line.kind === 'total') continue;
        const texts = line.texts ?? {};
        const ind = texts[textCol.col] ?? '';
        const val = texts[valueCol.col] ?? '';
        const key = `${line.name}|${ind}|${val}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const cells: CellRef[] = [{ sheet: t.sheet, row: line.row, col: textCol.col }, { sheet: t.sheet, row: line.row, col: valueCol.col }, a.cell];
        const parts = amounts(ind, unit, true);
        const values = amounts(val, unit, false);
        if (values.length !== 1) continue;
        const stated = values[0];
        const project = unit === '万元' ? a.value.times(10000) : a.value;
        const name = line.name || line.label;
        if (parts.length >= 2) {
          const sum = parts.reduce((x, y) => x.plus(y), new Decimal(0));
          if (!sum.eq(stated)) {
            out.push({ rule, outcome: 'error', severity: 'error', message: `项目绩效目标表「${name}」成本指标分项之和 ${show(sum, unit)}${unit}（${ind.slice(0, 40)}）与指标值「${val}」不符`, totals: cells, parts: [], expected: show(stated, unit), actual: show(sum, unit), difference: show(sum.minus(stated), unit), tables: [t.id] });
            continue;
          }
        }
        if (!/[万元]/.test(val) && parts.length === 0) continue;
        if (!stated.eq(project)) {
          out.push({ rule, outcome: 'error', severity: 'warning', message: `项目绩效目标表「${name}」成本指标「${ind || val}」/指标值「${val}」与项目资金总额 ${fixed(a.value, 2)}${unit} 不符（口径不一致）`, totals: cells, parts: [], expected: show(project, unit), actual: show(stated, unit), difference: show(stated.minus(project), unit), tables: [t.id] });
        }
      }
    }
  }
  return out;
}

export const COST_INDICATORS: CheckPlugin = { family: '成本指标', kinds: builtinKinds({ 成本指标: costIndicators }) };
