/**
 * The 说明 as data: a document of sections and paragraphs, each paragraph keeping the figures it
 * cites (with their source cells), so that presenters (text, HTML, .docx, the pane) and the
 * checker see the same thing.
 */
import type Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import type { RecognizedTable } from '../recognize/types';

/** Section ids in the standard order of a 部门预算说明. */
export type SectionId =
  | 'overview' // 收支总体情况
  | 'income' // 收入预算
  | 'expenditure' // 支出预算
  | 'fiscal' // 财政拨款收支
  | 'general_budget' // 一般公共预算支出
  | 'basic' // 基本支出
  | 'three_public' // "三公"经费
  | 'operating' // 机关运行经费
  | 'fund' // 政府性基金
  | 'state_capital' // 国有资本经营
  | 'procurement' // 政府采购
  | 'assets' // 国有资产占用
  | 'performance' // 绩效目标
  | 'glossary'; // 名词解释

export type FigureKind = 'amount' | 'share' | 'change' | 'rate' | 'count';

/** A figure a paragraph cites: what it is, how it is printed and where it comes from. */
export interface NarrativeFigure {
  /** What the figure is about, e.g. "基本支出" or "基本支出占支出合计". */
  label: string;
  kind: FigureKind;
  /** Exact value (万元 for amounts, percent for shares/rates). */
  value: Decimal;
  /** As printed in the text, e.g. "909.25" or "79.39%". */
  text: string;
  cells: CellRef[];
}

export interface NarrativeParagraph {
  text: string;
  figures: NarrativeFigure[];
}

export interface NarrativeSection {
  id: SectionId | string;
  /** Heading text without its number (the renderers number it: 一、（一）1.). */
  heading: string;
  /** 1 = 一、 2 = （一） 3 = 1. */
  level: 1 | 2 | 3;
  paragraphs: NarrativeParagraph[];
}

export interface NarrativeDoc {
  title: string;
  /** Template id the document was written with. */
  template: string;
  sections: NarrativeSection[];
  /** What could not be written (no prior year, table missing …), in Chinese. */
  notes: string[];
}

/** The marked blank left for the user (「主要原因是____」). */
export const BLANK = '____';

/** A figure of the workbook as the 说明 names it (facts.ts builds them; procurement.ts adds some). */
export interface Fact {
  name: string;
  /** Exact, in 万元. */
  value: Decimal;
  cells: CellRef[];
  /** Where it came from, e.g. "一般公共预算支出表". */
  table: RecognizedTable;
}
