/** Built-in 说明 templates; user templates (JSON of the same shape) are validated by parseTemplate. */
import { HENAN } from './henan';
import { MOF_DEFAULT } from './mof-default';
import type { NarrativeTemplate } from './types';

export type { NarrativeTemplate, TemplateParagraph, TemplateSection } from './types';

export const BUILTIN_TEMPLATES: NarrativeTemplate[] = [MOF_DEFAULT, HENAN];

export function listTemplates(): { id: string; name: string; description: string }[] {
  return BUILTIN_TEMPLATES.map(({ id, name, description }) => ({ id, name, description }));
}

export const MOF_DEFAULT_ID = MOF_DEFAULT.id;

export function builtinTemplate(id: string): NarrativeTemplate | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}

/** A user template from JSON (the pane stores them in the workbook); throws a Chinese message. */
export function parseTemplate(json: string): NarrativeTemplate {
  let t: NarrativeTemplate;
  try {
    t = JSON.parse(json) as NarrativeTemplate;
  } catch (e) {
    throw new Error(`模板不是有效的 JSON：${(e as Error).message}`);
  }
  if (!t || typeof t !== 'object' || !Array.isArray(t.sections)) throw new Error('模板缺少 sections（章节）列表');
  if (typeof t.id !== 'string' || !t.id) throw new Error('模板缺少 id');
  t.name = t.name || t.id;
  t.description = t.description || '';
  t.title = t.title || '{单位}{年度}年部门预算说明';
  t.lists = t.lists || {};
  for (const s of t.sections) {
    if (typeof s.heading !== 'string' || !Array.isArray(s.paragraphs)) throw new Error(`模板章节「${String(s.id)}」缺少 heading 或 paragraphs`);
  }
  return t;
}
