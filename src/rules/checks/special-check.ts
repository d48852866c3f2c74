/** The signature of a built-in special check (the registry is special-checks.ts); its own file so checks can name it without importing the registry. */
import type { Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import type { Missing } from '../evaluation/evaluate';

export type SpecialCheck = (rule: Rule, check: StructureCheck, ctx: Ctx) => Failure[] | Missing;
