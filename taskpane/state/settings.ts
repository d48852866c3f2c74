/**
 * Settings saved in the workbook through WorkbookSource (document settings in Excel), so they
 * travel with the file. Bad or missing values fall back to defaults, never crash the pane.
 */
import type { TableCorrection } from '../../src/recognize';
import type { WorkbookSource } from '../../src/source';

export const SETTING_KEYS = {
  corrections: 'yusuan.corrections',
  disabledRules: 'yusuan.disabledRules',
  userRules: 'yusuan.userRules',
  template: 'yusuan.template',
  priorFigures: 'yusuan.priorFigures',
  explainThreshold: 'yusuan.explainThreshold',
} as const;

export interface PaneSettings {
  corrections: TableCorrection[];
  disabledRules: string[];
  userRules: string;
  template: string | null;
  /** Prior-year figures typed in the 说明 tab (fact name → 万元 as exact decimal text). */
  priorFigures: Record<string, string>;
  /** 万元 as typed ('' = off): every 项 of the 一般公共预算支出表 at or above it must be named in a checked 说明. */
  explainThreshold: string;
}

export const DEFAULT_SETTINGS: PaneSettings = { corrections: [], disabledRules: [], userRules: '', template: null, priorFigures: {}, explainThreshold: '' };

/** A saved object of name → text, anything else dropped (a hand-edited or foreign setting). */
function stringRecord(v: unknown): Record<string, string> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export async function loadSettings(source: WorkbookSource): Promise<PaneSettings> {
  const [corrections, disabledRules, userRules, template, priorFigures, explainThreshold] = await Promise.all([
    source.getSetting<unknown>(SETTING_KEYS.corrections),
    source.getSetting<unknown>(SETTING_KEYS.disabledRules),
    source.getSetting<unknown>(SETTING_KEYS.userRules),
    source.getSetting<unknown>(SETTING_KEYS.template),
    source.getSetting<unknown>(SETTING_KEYS.priorFigures),
    source.getSetting<unknown>(SETTING_KEYS.explainThreshold),
  ]);
  return {
    corrections: Array.isArray(corrections) ? (corrections as TableCorrection[]) : [],
    disabledRules: Array.isArray(disabledRules) ? disabledRules.filter((x): x is string => typeof x === 'string') : [],
    userRules: typeof userRules === 'string' ? userRules : '',
    template: typeof template === 'string' ? template : null,
    priorFigures: stringRecord(priorFigures),
    explainThreshold: typeof explainThreshold === 'string' ? explainThreshold : '',
  };
}

export async function saveSetting<K extends keyof PaneSettings>(
  source: WorkbookSource,
  key: K,
  value: PaneSettings[K],
): Promise<void> {
  await source.setSetting(SETTING_KEYS[key], value);
}
