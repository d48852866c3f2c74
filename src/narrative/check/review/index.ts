/**
 * The 说明 as a 财政局 reviewer reads it (issue 14): required sections, reasons for changes,
 * years and names, 决算 wording, 政府采购/绩效 figures, change wording and text hygiene. Every
 * finding here is a warning: these are defects a reviewer marks, read from words whose meaning can
 * be unsure — the exact checks against the tables stay in against-model/arithmetic.
 *
 * Whole-document checks (sections, names, 绩效 presence) and per-sentence wording checks run on a
 * whole 说明 only (options.review: undefined → when the text looks like one: ≥ 8 non-empty lines or
 * ≥ 600 characters), so a sentence pasted to check one figure is not told it lacks a 名词解释; the
 * 项 threshold (explainThreshold), set explicitly by the user, applies to any text.
 */
import type { Finding } from '../../../findings';
import type { BudgetModel } from '../../../model/types';
import type { Facts } from '../../facts';
import type { Claim } from '../claims';
import { partsBelowTotalFindings, projectCountFindings } from './counts';
import { dashItemFindings } from './dash-items';
import { finalWordingFindings, quotedBudgetFindings } from './final';
import { finalAgainstTableFindings } from './final-table';
import { unexplainedItemFindings } from './items';
export { explainThresholdOf } from './items';
import { oppositePairFindings } from './opposite';
import { performancePresenceFindings, procurementFindings } from './procurement';
import { purposeFindings } from './purpose';
import { quotedLineBudgetFindings } from './quoted-budget';
import { reasonFindings } from './reasons';
import { sectionFindings } from './sections';
import { budgetYear, paragraphs, stageOf } from './util';
import { claimWordingFindings, oppositeTotalsFindings, textFindings } from './wording';
import { nameFindings, scopeWordingFindings, yearFindings } from './years';

export interface ReviewOptions {
  /** true: run every review check; false: none; undefined: on a whole 说明 only. */
  review?: boolean;
  /** 万元: every 项 of the 一般公共预算支出表 at or above it must be named in the 说明. */
  explainThreshold?: number;
}

export function looksLikeWholeDocument(text: string): boolean {
  return text.split(/\r?\n/).filter((l) => l.trim()).length >= 8 || text.replace(/\s+/g, '').length >= 600;
}

export function reviewFindings(text: string, model: BudgetModel, claims: Claim[], facts: Facts, options: ReviewOptions = {}): Finding[] {
  const on = options.review ?? looksLikeWholeDocument(text);
  // the threshold is asked for explicitly: it applies to a short text too (never with review: false)
  if (!on) return options.review === undefined && options.explainThreshold !== undefined ? unexplainedItemFindings(text, model, options.explainThreshold) : [];
  const paras = paragraphs(text);
  const stage = stageOf(text, model);
  return [
    ...sectionFindings(text, stage),
    ...reasonFindings(claims, paras),
    ...yearFindings(paras, claims, budgetYear(text, model), facts, model),
    ...nameFindings(paras, model),
    ...scopeWordingFindings(paras, model),
    ...(stage === '决算' ? finalWordingFindings(paras, claims) : []),
    ...finalAgainstTableFindings(paras, claims, model),
    ...quotedBudgetFindings(claims, model),
    ...quotedLineBudgetFindings(claims, model),
    ...procurementFindings(paras, claims, facts, model),
    ...performancePresenceFindings(text, model, facts),
    ...unexplainedItemFindings(text, model, options.explainThreshold),
    ...dashItemFindings(claims, model),
    ...projectCountFindings(claims, model),
    ...partsBelowTotalFindings(claims),
    ...textFindings(paras),
    ...purposeFindings(paras, model),
    ...claimWordingFindings(claims, model),
    ...oppositeTotalsFindings(claims),
    ...oppositePairFindings(claims, model, stage),
  ];
}
