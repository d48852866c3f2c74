/**
 * A check plugin: one family of checks (the way HyperFormula keeps one plugin per function family),
 * each check under the keyword it is written with in the notation — 逐级汇总, 逐科目, 必备, 内置 科目名称
 * …, and 比较 / 逐行 for the comparisons. The one list of plugins is ./registry.ts; a new kind of check
 * is a file here and one line there, never a branch in the runner.
 */
import type { Check, CompareCheck, Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import type { Missing } from '../evaluation/evaluate';

export type RunCheck<C extends Check = StructureCheck> = (rule: Rule, check: C, ctx: Ctx) => Failure[] | Missing;

/** A 内置 check: its name in a rule file (内置 科目名称 支出总表) is its keyword after 「内置 」. */
export type SpecialCheck = RunCheck<StructureCheck>;

export interface CheckKind {
  run: RunCheck<CompareCheck> | RunCheck<StructureCheck>;
  /**
   * Runs once on the whole model instead of on the tables the check names (必备 lists tables that may
   * be absent; a 内置 check looks at every table it cares about).
   */
  wholeModel?: boolean;
}

export interface CheckPlugin {
  family: string;
  /** Keyword as written in the notation → the check. */
  kinds: Record<string, CheckKind>;
}

/** The 内置 checks of a family as plugin kinds (「内置 」 + name, run on the whole model). */
export function builtinKinds(checks: Record<string, SpecialCheck>): Record<string, CheckKind> {
  return Object.fromEntries(Object.entries(checks).map(([name, run]) => [`内置 ${name}`, { run, wholeModel: true }]));
}
