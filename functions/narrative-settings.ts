/**
 * The 说明 settings YS.TEXT needs to write what the task pane writes: the template, the prior-year
 * figures typed in the pane's 说明 tab, and a prior-year model. The pane saves the first two in the
 * workbook (document settings, taskpane/state/settings.ts), so the functions can also read them
 * there when they analyze the workbook on their own.
 */
import type { BudgetModel } from '../src/model/types';
import type { NarrativeTemplate } from '../src/narrative/templates/types';

export interface NarrativeSettings {
  /** A built-in template id, or a user template object; null/undefined = the default template. */
  template?: string | NarrativeTemplate | null;
  /** Prior-year figures typed by the user: fact name → 万元 as exact decimal text. */
  priorFigures?: Record<string, string | number>;
  /** Prior-year model; when absent the analysis's own priorModel (from a prior-year workbook). */
  prior?: BudgetModel;
}

/** The workbook setting keys the pane saves them under (test/functions checks they match). */
export const NARRATIVE_SETTING_KEYS = { template: 'yusuan.template', priorFigures: 'yusuan.priorFigures' } as const;

/** Settings as saved (hand-edited or foreign values dropped, never a crash). */
export function narrativeSettingsFrom(template: unknown, priorFigures: unknown): NarrativeSettings {
  const out: NarrativeSettings = {};
  if (typeof template === 'string' && template) out.template = template;
  else if (template && typeof template === 'object' && !Array.isArray(template)) out.template = template as NarrativeTemplate;
  if (priorFigures && typeof priorFigures === 'object' && !Array.isArray(priorFigures)) {
    const figures = Object.entries(priorFigures as Record<string, unknown>).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    );
    if (figures.length > 0) out.priorFigures = Object.fromEntries(figures);
  }
  return out;
}

/** Anything with the WorkbookSource's getSetting. */
export interface SettingsReader {
  getSetting<T>(key: string): Promise<T | undefined>;
}

/** The saved settings through a WorkbookSource (the functions' own read in Excel). */
export async function readNarrativeSettings(source: SettingsReader): Promise<NarrativeSettings> {
  const [template, priorFigures] = await Promise.all([
    source.getSetting<unknown>(NARRATIVE_SETTING_KEYS.template),
    source.getSetting<unknown>(NARRATIVE_SETTING_KEYS.priorFigures),
  ]);
  return narrativeSettingsFrom(template, priorFigures);
}

interface OfficeSettingsGlobal {
  Office?: { context?: { document?: { settings?: { get(name: string): unknown } } } };
}

/**
 * The settings in Excel's in-memory document settings, read synchronously (the pane and the
 * functions share them in the shared runtime); undefined outside Excel.
 */
export function documentNarrativeSettings(g: unknown = globalThis): NarrativeSettings | undefined {
  try {
    const settings = (g as OfficeSettingsGlobal).Office?.context?.document?.settings;
    if (!settings) return undefined;
    return narrativeSettingsFrom(settings.get(NARRATIVE_SETTING_KEYS.template), settings.get(NARRATIVE_SETTING_KEYS.priorFigures));
  } catch {
    return undefined; // Office loaded but not ready: the settings stay as they were
  }
}
