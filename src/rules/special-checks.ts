/** The registry of 内置 checks (see special.ts). */
import type { Rule, StructureCheck } from './ast';
import type { Ctx, Failure } from './context';
import type { Missing } from './evaluate';

export type SpecialCheck = (rule: Rule, check: StructureCheck, ctx: Ctx) => Failure[] | Missing;

export const SPECIAL_CHECKS: Record<string, SpecialCheck> = {};
