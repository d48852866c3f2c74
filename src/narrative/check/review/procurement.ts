/**
 * 政府采购 and 绩效 in the 说明: 政府采购预算总额 = 货物 + 工程 + 服务; 面向中小企业预留 ≤ 总额;
 * 涉及项目资金 ≤ 项目支出; 项目支出 > 0 with no 绩效 section and no 绩效目标表 is a warning.
 * (The number of projects with 绩效目标 against the 绩效目标表: indicator-counts.ts and
 * projectCountFindings below.) The figures are read from the 说明's own sentences: warnings.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import type { BudgetModel } from '../../../model/types';
import { toWan, type Fact, type Facts } from '../../facts';
import { wan } from '../arithmetic';
import type { Claim } from '../claims';
import { claimFinding } from '../finding';
import { documentFinding, type Para } from './util';

function amountAfter(p: Para, claims: Claim[], re: RegExp): Claim | undefined {
  return claims.find((c) => c.para === p.index && c.kind === 'amount' && c.unit.endsWith('元') && re.test(c.context.replace(/\s+/g, '').replace(/^.*[，,；;。]/, '')));
}

/** 项目支出 in 万元: the 说明's fact, else the 支出总表's or 一般公共预算支出表's 项目支出. */
function projectSpending(facts: Facts, model: BudgetModel): { value: Decimal; cells: Fact['cells'] } | undefined {
  const fact = facts.all('项目支出')[0];
  if (fact) return fact;
  for (const kind of ['expenditure_summary', 'general_budget_expenditure'] as const) {
    const f = model.figure(kind, '项目支出');
    if (f) return { value: toWan(f.value, f.unit), cells: f.cells };
  }
  return undefined;
}

export function procurementFindings(paras: Para[], claims: Claim[], facts: Facts, model: BudgetModel): Finding[] {
  const out: Finding[] = [];
  for (const p of paras) {
    if (!/政府采购/.test(p.text)) continue;
    const total = amountAfter(p, claims, /政府采购(预算|决算|支出)?(总额|合计|金额|资金)?(为|共计|总计)?$|采购(预算|支出)?总额(为)?$/);
    const goods = amountAfter(p, claims, /货物(类)?(采购)?(预算|支出)?(为)?$/);
    const works = amountAfter(p, claims, /工程(类)?(采购)?(预算|支出)?(为)?$/);
    const services = amountAfter(p, claims, /服务(类)?(采购)?(预算|支出)?(为)?$/);
    const reserved = amountAfter(p, claims, /(中小企业|小微企业)[^，,；;。]{0,20}$/);
    if (total && (goods || works || services)) {
      const parts = [goods, works, services].filter((c): c is Claim => !!c);
      const sum = parts.reduce((s, c) => s.plus(wan(c)), new Decimal(0));
      const diff = wan(total).minus(sum);
      const n = parts.length;
      if (!diff.isZero() && parts.length === 3) {
        const rounding = diff.abs().lte(new Decimal('0.01').times(n));
        out.push(claimFinding('procurement_parts', 'warning', total, `政府采购总额${total.printed}${total.unit}不等于货物、工程、服务之和${fixed(sum, 2)}万元${rounding ? '（差额在四舍五入允许范围内，属尾差）' : ''}`, { expected: fixed(sum, 2), actual: fixed(wan(total), 2), difference: fixed(diff, 2), rounding }));
      } else if (parts.length < 3 && diff.isNegative()) {
        out.push(claimFinding('procurement_parts', 'warning', total, `政府采购总额${total.printed}${total.unit}小于所列货物、工程、服务之和${fixed(sum, 2)}万元`, { expected: fixed(sum, 2), actual: fixed(wan(total), 2), difference: fixed(diff, 2) }));
      }
    }
    if (total && reserved && wan(reserved).gt(wan(total))) {
      out.push(claimFinding('procurement_reserved', 'warning', reserved, `面向中小企业预留的采购金额${reserved.printed}${reserved.unit}超过政府采购总额${total.printed}${total.unit}`, { expected: `≤ ${fixed(wan(total), 2)}`, actual: fixed(wan(reserved), 2) }));
    }
  }
  // 「绩效目标管理的项目N个，涉及资金X万元」: X cannot exceed 项目支出
  const projects = projectSpending(facts, model);
  for (const c of claims) {
    if (!projects || c.kind !== 'amount' || !c.unit.endsWith('元')) continue;
    const clause = c.before.replace(/\s+/g, '').replace(/^.*[。；;]/, '');
    // only 「…项目N个，涉及资金X万元」: a count of projects before the amount in the same sentence
    if (!/绩效/.test(clause) || !/涉及|覆盖/.test(clause.slice(-16)) || !/项目\s*\d+\s*个|\d+\s*个项目/.test(c.before)) continue;
    // 「本部门实行绩效目标管理的项目2个」: 本部门 is the subject, not the 部门整体 scope
    if (wan(c).gt(projects.value) && !/基本支出|部门|整体|全部/.test(clause.replace(/[本我]部门|[本我]单位/g, ''))) {
      out.push(claimFinding('performance_funds', 'warning', c, `说明中实行绩效目标管理的项目资金${c.printed}${c.unit}超过项目支出${fixed(projects.value, 2)}万元`, { expected: `≤ ${fixed(projects.value, 2)}`, actual: fixed(wan(c), 2), cells: projects.cells }));
    }
  }
  return out;
}

/** 项目支出 > 0 with neither a 绩效 part in the 说明 nor a 绩效目标表 in the workbook. */
export function performancePresenceFindings(text: string, model: BudgetModel, facts: Facts): Finding[] {
  const projects = projectSpending(facts, model);
  if (!projects || projects.value.lte(0)) return [];
  if (/绩效/.test(text) || model.tablesOf('performance_project').length || model.tablesOf('performance_overall').length) return [];
  return [documentFinding('performance_missing', 'warning', `项目支出为${fixed(projects.value, 2)}万元，但说明中没有绩效目标情况，工作簿中也没有绩效目标表`, projects.cells)];
}
