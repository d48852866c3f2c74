/**
 * The one list of check plugins (./plugin.ts) and the one dispatch: a check's keyword picks its
 * plugin. run.ts asks here; nothing else branches on the kind of a check.
 */
import type { Check, Rule } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import { Missing } from '../evaluation/evaluate';
import type { CheckKind, CheckPlugin, RunCheck } from './plugin';
import { FIGURE_COMPARISON } from './figure-comparison';
import { PER_ROW } from './per-row';
import { ROW_SUMS } from './row-sums';
import { COLUMN_SUMS } from './columns';
import { BY_CODE } from './bycode';
import { REQUIRED_TABLES } from './required-tables';
import { LABEL_CHECKS } from './labels';
import { COST_INDICATORS } from './cost-indicators';
import { TABLE_OF_CONTENTS } from './toc';
import { BASIC_CLOSURE } from './basic-closure';
import { REVIEW } from './review-checks';

export const CHECK_PLUGINS: CheckPlugin[] = [
  FIGURE_COMPARISON,
  PER_ROW,
  ROW_SUMS,
  COLUMN_SUMS,
  BY_CODE,
  REQUIRED_TABLES,
  LABEL_CHECKS,
  COST_INDICATORS,
  TABLE_OF_CONTENTS,
  BASIC_CLOSURE,
  REVIEW,
];

/** Keyword → check over the plugins; a keyword defined twice is a defect found at load. */
export function indexKinds(plugins: CheckPlugin[]): Map<string, CheckKind> {
  const m = new Map<string, CheckKind>();
  for (const p of plugins) {
    for (const [keyword, kind] of Object.entries(p.kinds)) {
      if (m.has(keyword)) throw new Error(`检查「${keyword}」在两个插件中定义（${p.family}）`);
      m.set(keyword, kind);
    }
  }
  return m;
}

const KINDS = indexKinds(CHECK_PLUGINS);

/** The keyword a check is written with: 比较, 逐行, 逐级汇总 …, 内置 <name>. */
export function keywordOf(check: Check): string {
  if (check.type === 'compare') return check.perRow ? '逐行' : '比较';
  return check.kind === '内置' ? `内置 ${check.name ?? ''}` : check.kind;
}

/** Every keyword the plugins implement (docs and tests list them). */
export function checkKeywords(): string[] {
  return [...KINDS.keys()];
}

/** True when the check runs once on the whole model rather than on the tables it names. */
export function runsOnWholeModel(check: Check): boolean {
  return check.type === 'structure' && (check.kind === '内置' || !!KINDS.get(keywordOf(check))?.wholeModel);
}

export function runKind(rule: Rule, check: Check, ctx: Ctx): Failure[] | Missing {
  const kind = KINDS.get(keywordOf(check));
  if (!kind) return new Missing(check.type === 'structure' && check.kind === '内置' ? `没有名为「${check.name}」的内置检查` : `没有「${keywordOf(check)}」这种检查`);
  return (kind.run as RunCheck<Check>)(rule, check, ctx);
}
