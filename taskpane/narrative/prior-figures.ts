/**
 * Prior-year figures typed by the user when no prior-year workbook is chosen: which figures the
 * chosen template compares with last year ({事实|比上年}, {事实|上年}), read from the template's own
 * text (templates are data, so a new template needs no change here), and the typed values checked
 * with the engine's amount parser (千分位, full-width digits, a trailing 万元 are fine).
 */
import type Decimal from 'decimal.js';
import { amountText } from '../../src/format/figures';
import { parseAmountText } from '../../src/grid/number';
import type { BudgetModel } from '../../src/model/types';
import { buildFacts } from '../../src/narrative/facts';
import { builtinTemplate, MOF_DEFAULT_ID } from '../../src/narrative/templates/registry';
import type { NarrativeTemplate } from '../../src/narrative/templates/types';

export interface PriorField {
  /** The fact's name, as the template and the engine's priorFigures call it. */
  name: string;
  /** This year's figure, printed in 万元 (2 decimals), for orientation. */
  current: string;
}

const PRIOR_REF = /\{([^{}|?*]+)\|(?:比上年|上年)\}/g;

function templateTexts(t: NarrativeTemplate): string[] {
  return t.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => (typeof p === 'string' ? p : p.text))]);
}

/** Facts the template compares with the prior year, in the order the text names them. */
export function priorFactNames(templateId: string | null): string[] {
  const t = builtinTemplate(templateId ?? MOF_DEFAULT_ID) ?? builtinTemplate(MOF_DEFAULT_ID);
  if (!t) return [];
  const names = templateTexts(t).flatMap((text) => [...text.matchAll(PRIOR_REF)].map((m) => m[1].trim()));
  return [...new Set(names)];
}

/** The fields to offer: facts the template compares that this year's tables hold (non-zero). */
export function priorFields(model: BudgetModel, templateId: string | null): PriorField[] {
  const facts = buildFacts(model);
  return priorFactNames(templateId).flatMap((name) => {
    const f = facts.get(name);
    return f && !f.value.isZero() ? [{ name, current: amountText(f.value) }] : [];
  });
}

export type ParsedPrior = { ok: true; value: Decimal | null } | { ok: false; message: string };

/** A typed prior-year amount in 万元: blank = not given; anything but one number is refused. */
export function parsePriorInput(text: string): ParsedPrior {
  const t = text.trim();
  // The parser drops a trailing unit; an amount in 元 or a percentage here would be misread.
  if (/%$/.test(t) || (/元$/.test(t) && !/万元$/.test(t))) return { ok: false, message: '请按万元填写金额，如 1146.01' };
  const p = parseAmountText(t);
  if (p.kind === 'blank') return { ok: true, value: null };
  if (p.kind === 'number') return { ok: true, value: p.value };
  return { ok: false, message: '请填写金额（万元），如 1146.01' };
}

/** The figures to save and hand to the generator: valid, non-blank values as exact decimal text. */
export function cleanPriorFigures(typed: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(typed)) {
    const p = parsePriorInput(text);
    if (p.ok && p.value) out[name] = p.value.toString();
  }
  return out;
}
