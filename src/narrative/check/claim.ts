/** A figure of a 说明 as the checker reads it (made by ./claims.ts, placed in lists by ./lists.ts). */
import type Decimal from 'decimal.js';

export type ClaimKind = 'amount' | 'change' | 'share' | 'rate' | 'count';

export interface Claim {
  id: number;
  kind: ClaimKind;
  line: number;
  /** Offsets in the (half-width) line text. */
  start: number;
  end: number;
  /** As printed ("0.65"), the exact value, and the printed decimals. */
  printed: string;
  value: Decimal;
  decimals: number;
  /** 万元 / 元 / 亿元 / % / the counter (个, 辆 …). */
  unit: string;
  direction?: 'up' | 'down';
  /** Fact name of the subject (fact-sources.ts, or class:201), null when none is named. */
  subject: string | null;
  /** Share: the subject named after 占 (「占本年收入的」 → 收入合计), null when none. */
  denominator?: string | null;
  /** Subject named in the same clause as the figure (not across a comma). */
  strong: boolean;
  /** The noun after a counter ("部门（单位）" in 「33 个部门（单位）」). */
  noun?: string;
  sentence: string;
  /** Share → its amount; rate → its change; change → the current amount it changes. */
  of?: Claim;
  /** Item of a 「其中/包括」 list → the list's total. */
  listTotal?: Claim;
  /** The 政府性基金/国有资本经营 heading the figure is under (fund-sections.ts). */
  fundSection?: string;
  /** Which figure that total is, is not certain (lists.ts): a warning at most. */
  listUnsure?: boolean;
  /** 「比2023年预算数90.05万元减少…」: the amount a change is measured from, not the one it changes. */
  baseline?: boolean;
  /** Text between the previous figure (or sentence start) and this one. */
  context: string;
  /** The sentence up to this figure (to tell which part of a long sentence it belongs to). */
  before: string;
  /** Index of the logical line (wrapped lines joined) and its text; `start`/`end` are offsets in it. */
  para: number;
  text: string;
  /** First figure of a line under a title line without full stop: that line. */
  lead?: string;
  /** The unit section (「三、XX分局」 heading) the figure is in (scope.ts). */
  section?: string;
  /** Numbered line led by a figure of a named item (「2.口岸管理业务40,000.70万元，主要包括：…」): that item. */
  leadItem?: { name: string };
  /** The clause's words before the subject (「上级专项转移支付」 in 「上级专项转移支付支出预算」). */
  qualifier?: string;
  /** A figure without subject: the words naming it (「污水处理费预算总额」). */
  namedAs?: string;
}
