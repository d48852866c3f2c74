/** Choose a table's kind from its title, sheet name and header/label signature (kind-signatures.ts). */
import { kindName, type TableKind } from '../vocabulary/tables';
import { HEADER_SIGNS, MIN_SCORE } from './kind-signatures';
import { TITLE_SIGNS } from '../vocabulary/tables';
import { cleanTitle } from './title-block';

/** Kinds whose header signs (kind-signatures.ts) name words no other table has. */
const DISTINCT_HEADER_KINDS = new Set<TableKind>(['three_public_expenses', 'government_procurement', 'performance_overall', 'performance_project', 'transfer_payment', 'agency_operating_expenses']);

export interface KindChoice {
  kind: TableKind;
  confidence: number;
  reasons: string[];
}

export function bestTitle(text: string): { kind: TableKind; weight: number } | null {
  const t = cleanTitle(text).replace(/[“”"‘’'「」]/g, '');
  if (!t) return null;
  let best: { kind: TableKind; weight: number } | null = null;
  for (const s of TITLE_SIGNS) if (s.pattern.test(t) && (!best || s.weight > best.weight)) best = { kind: s.kind, weight: s.weight };
  return best;
}

/**
 * @param title the table's title ('' when none)
 * @param sheetName used when the title says little ("表六", "Sheet3", none)
 * @param bag normalized header texts and row labels, joined with '|'
 */
export function classify(title: string, sheetName: string, bag: string): KindChoice {
  const reasons: string[] = [];
  const scores = new Map<TableKind, number>();
  const add = (k: TableKind, w: number) => scores.set(k, (scores.get(k) ?? 0) + w);
  const byTitle = bestTitle(title);
  if (byTitle) {
    add(byTitle.kind, byTitle.weight);
    reasons.push(`标题「${title}」像${kindName(byTitle.kind)}`);
  } else {
    const bySheet = bestTitle(sheetName);
    if (bySheet) {
      add(bySheet.kind, bySheet.weight * 0.8);
      reasons.push(`工作表名「${sheetName}」像${kindName(bySheet.kind)}`);
    }
  }
  for (const h of HEADER_SIGNS) {
    if (h.all.every((w) => bag.includes(w)) && !(h.none ?? []).some((w) => bag.includes(w))) {
      add(h.kind, h.weight);
      reasons.push(`表头/行标签含「${h.all.join('、')}」`);
    }
  }
  let kind: TableKind = 'unknown';
  let best = 0;
  let second = 0;
  for (const [k, s] of scores) {
    if (s > best) {
      second = best;
      best = s;
      kind = k;
    } else if (s > second) second = s;
  }
  // a title naming a kind decides: the header words only confirm it (西安's 「支出总表」 lists
  // its expenditure by source of funds under 收入总表's columns 事业收入、上年结转…) — unless
  // they are words only one kind of table has (因公出国, 采购, 指标值…): a title wrapped over
  // two lines may have been read in part (「会议费、培训费支出预算表」 of a 三公 table)
  if (byTitle && kind !== byTitle.kind && !DISTINCT_HEADER_KINDS.has(kind)) {
    second = best;
    kind = byTitle.kind;
    best = scores.get(kind) ?? 0;
  }
  if (best < MIN_SCORE) return { kind: 'unknown', confidence: 0, reasons: reasons.length ? reasons : ['标题和表头都不像标准报表'] };
  const confidence = Math.min(1, best / 16) * (best - second >= 3 ? 1 : 0.7);
  return { kind, confidence: Math.round(confidence * 100) / 100, reasons };
}
