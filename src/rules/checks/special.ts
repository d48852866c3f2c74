/**
 * 内置 checks: the few checks that are not arithmetic on figures (科目 names against the catalog,
 * a header that says 经济分类 over 功能分类 codes, missing unit labels, empty tables without their
 * explanation). Each is named in a rule file (内置 科目名称 支出总表) and implemented here.
 */
import type { Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import { Missing } from '../evaluation/evaluate';
import { SPECIAL_CHECKS } from './special-checks';

export function runSpecial(rule: Rule, check: StructureCheck, ctx: Ctx): Failure[] | Missing {
  const fn = SPECIAL_CHECKS[check.name ?? ''];
  if (!fn) return new Missing(`没有名为「${check.name}」的内置检查`);
  return fn(rule, check, ctx);
}
