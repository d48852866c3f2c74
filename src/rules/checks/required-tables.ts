/**
 * 必备 表、表… — the tables a package publishes: one the workbook lacks is an error (an empty table is
 * published with its explanation). 必备（预算） / 必备（决算） apply to packages of that stage only.
 */
import type { Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import { tableKindOf } from '../../vocabulary/tables';
import type { CheckPlugin } from './plugin';

function requiredTables(rule: Rule, check: StructureCheck, ctx: Ctx): Failure[] {
  // A 预算 list says nothing about a 决算 package and the reverse.
  if (check.stage && check.stage !== ctx.model.stage) return [];
  // Only a package (at least 3 of the tables present) is expected to be complete.
  const missing = check.tables.filter((name) => ctx.model.tablesOf(tableKindOf(name)!).length === 0);
  if (missing.length === 0 || check.tables.length - missing.length < 3) return [];
  return [{ rule, outcome: 'error', message: `${rule.name}：工作簿中没有找到${missing.map((m) => `「${m}」`).join('、')}；如确无数据，也应公开空表并说明`, totals: [], parts: [], tables: [] }];
}

export const REQUIRED_TABLES: CheckPlugin = { family: '必备', kinds: { 必备: { run: requiredTables, wholeModel: true } } };
