/**
 * The generator: template (data) + facts from the model (+ prior year) → NarrativeDoc.
 * Sentences that need a figure the workbook does not have are left out (never invented) and
 * listed in doc.notes.
 */
import type { BudgetModel } from '../model/types';
import { buildFacts } from './facts';
import { fill, holds, type FillContext } from './fill';
import { builtinTemplate, MOF_DEFAULT_ID } from './templates/registry';
import type { NarrativeTemplate } from './templates/types';
import type { NarrativeDoc, NarrativeParagraph, NarrativeSection } from './types';

export interface GenerateOptions {
  /** Prior-year model (from a prior-year workbook) for 比上年 figures. */
  prior?: BudgetModel;
  /** A built-in template id or a template object (user templates). */
  template?: string | NarrativeTemplate;
  /** Prior-year figures typed by the user, fact name → amount in 万元 (e.g. {收入总计: "1146.01"}). */
  priorFigures?: Record<string, string | number>;
  /**
   * This year's figures no table holds, typed by the user, fact name → value: 国有资产 counts
   * (车辆总数, 一般公务用车, 执法执勤用车, 特种专业技术用车, 通用设备, 专用设备) or 政府采购货物/工程/服务 in 万元.
   */
  figures?: Record<string, string | number>;
}

function resolveTemplate(t: GenerateOptions['template']): NarrativeTemplate {
  if (t && typeof t === 'object') return t;
  const found = builtinTemplate(t ?? MOF_DEFAULT_ID);
  if (!found) throw new Error(`没有名为「${String(t)}」的说明模板`);
  return found;
}

export function generateNarrative(model: BudgetModel, options: GenerateOptions = {}): NarrativeDoc {
  const template = resolveTemplate(options.template);
  const facts = buildFacts(model, options.prior, options.priorFigures, options.figures);
  const year = model.year;
  const ctx: FillContext = {
    facts,
    words: {
      单位: facts.department,
      年度: year !== null ? String(year) : '____',
      上年度: year !== null ? String(year - 1) : '____',
    },
    lists: template.lists,
  };
  const notes: string[] = [];
  const sections: NarrativeSection[] = [];
  for (const s of template.sections) {
    if (!holds(facts, s.when)) {
      notes.push(`未生成「${s.heading}」：工作簿中没有所需的表格或数据。`);
      continue;
    }
    const paragraphs: NarrativeParagraph[] = [];
    for (const p of s.paragraphs) {
      const pattern = typeof p === 'string' ? p : p.text;
      if (typeof p !== 'string' && !holds(facts, p.when)) continue;
      const each = /^\{\*(.+)\}$/.exec(pattern.trim());
      if (each) {
        const items = facts.list(each[1]);
        items.forEach((item) => {
          const f = fill({ ...ctx, item }, template.lists[each[1]] ?? '{名称}{金额}万元。');
          if (f) paragraphs.push(f);
        });
        continue;
      }
      const f = fill(ctx, pattern);
      // A sentence written because a table was not found (or its figure not read) keeps a
      // marked blank; the note says why, so that nobody publishes it as a statement of 0.
      if (f && typeof p !== 'string' && /^(缺|!\?)/.test(p.when ?? '')) notes.push(`「${s.heading}」：工作簿中未找到或未能读取所需的表格数额，相应金额留空（____）待填。`);
      if (f) paragraphs.push(f);
      else notes.push(`「${s.heading}」中有一段因缺少数据未生成。`);
    }
    if (paragraphs.length === 0 && s.paragraphs.length > 0) {
      notes.push(`未生成「${s.heading}」：工作簿中没有所需的数据。`);
      continue;
    }
    const heading = fill(ctx, s.heading)?.text ?? s.heading;
    sections.push({ id: s.id, heading, level: s.level ?? 1, paragraphs });
  }
  if (!options.prior && !options.priorFigures) notes.push('未提供上年数据：与上年比较的句子已略去。');
  const title = fill(ctx, template.title)?.text ?? '部门预算说明';
  return { title, template: template.id, sections, notes };
}
