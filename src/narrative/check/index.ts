/** The 说明 checker: text → claims → findings (arithmetic, tables, leftovers, repetitions). */
import type { Finding } from '../../findings';
import type { BudgetModel } from '../../model/types';
import { buildFacts } from '../facts';
import { amountFindings, candidatesFor, itemFindings, relationFindings } from './against-model';
import { priorFindings } from './against-prior';
import { arithmeticFindings } from './arithmetic';
import { extractClaims } from './claims';
import { repeatedAmountFindings, repeatedCountFindings } from './consistency';
import { indicatorCountFindings } from './indicator-counts';
import { leftoverFindings } from './leftovers';
import { reasonScopeFindings } from './reason-scope';
import { reviewFindings, type ReviewOptions } from './review';
import { rateFitsTable, tableRateFindings } from './table-rate';
import { tocFindings } from './toc';

export type CheckOptions = ReviewOptions;

export function runNarrativeChecks(text: string, model: BudgetModel, prior?: BudgetModel, options: CheckOptions = {}): Finding[] {
  const claims = extractClaims(text);
  const facts = buildFacts(model, prior);
  const checkable = (c: { subject: string | null }) => !!c.subject && candidatesFor(c.subject, facts, model).length > 0;
  const findings = [
    ...amountFindings(claims, facts, model),
    ...arithmeticFindings(claims, (rate) => rateFitsTable(rate, facts, model)),
    ...tableRateFindings(claims, facts, model),
    ...reasonScopeFindings(claims),
    ...itemFindings(claims, model),
    ...relationFindings(claims, facts),
    ...repeatedAmountFindings(claims, checkable),
    ...repeatedCountFindings(claims),
    ...indicatorCountFindings(claims, model),
    ...leftoverFindings(text),
    ...tocFindings(text, model),
    ...reviewFindings(text, model, claims, facts, options),
    ...(prior ? priorFindings(claims, facts, model, buildFacts(prior), prior) : []),
  ];
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
