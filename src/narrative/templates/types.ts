/**
 * A 说明 template is data, readable and editable by a finance officer (the pane stores user
 * templates in the workbook as JSON). Notation, in paragraph text:
 *   {事实}            the fact's amount in 万元, 2 decimals ("909.25"); {单位} {年度} {上年} are text
 *   {事实|比上年}     「增加1.64万元，增长32.87%」/「减少…，下降…」/「持平」 (needs the prior year)
 *   {事实|上年}       the prior-year amount
 *   {事实|占:总数}    the share of 事实 in 总数, 2 decimals with "%"
 *   {清单*}           the items of a list joined with "；" (item pattern in `lists`)
 *   [ … ]             optional: left out when a fact inside it is unknown (no prior year …)
 *   ____              a marked blank for the user (主要原因是____)
 * A paragraph that is exactly "{*清单}" becomes one paragraph per item. A paragraph whose
 * mandatory fact is unknown is left out; `when` keeps it only when the fact is non-zero
 * ("!事实": only when zero or absent). The empty-table statements use "空事实" (the fact's own
 * table is present and empty or zero — never said of a table the workbook lacks) and "缺事实"
 * (its table not found or its figure not read: a sentence with a marked blank ____).
 */
export interface TemplateParagraph {
  text: string;
  when?: string;
}

export interface TemplateSection {
  id: string;
  heading: string;
  level?: 1 | 2 | 3;
  /** Keep the section only when this fact is known (and non-zero unless prefixed with "?"). */
  when?: string;
  paragraphs: (string | TemplateParagraph)[];
}

export interface NarrativeTemplate {
  id: string;
  name: string;
  description: string;
  title: string;
  /** Item patterns of the lists, e.g. 收入来源: "{名称}{金额}万元，占{占比}". */
  lists: Record<string, string>;
  sections: TemplateSection[];
}
