/**
 * `window.yusuanWorkbench`: what the browser tests need to see beyond the screen, installed by the
 * workbench only (never in Excel): the analysis the YS.* cells use (as the functions compute their
 * values from it), the workbook settings, and a slow-down of the check's steps so that 「取消」 can be
 * pressed mid-check deterministically.
 */
import { checkCount } from '../../functions/pure/check';
import { sectionText } from '../../functions/pure/text';
import type { WorkbookSource } from '../../src/source';
import { stepDelay } from '../state/pipeline';
import { functionReads, publishedAnalysis } from '../state/shared-runtime';

export interface WorkbenchHook {
  /** The analysis the cells use, or null before the first publish. */
  published(): { tables: number; findings: number; narrativeFindings: number; prior: boolean; reads: number } | null;
  /** A YS.CHECK(level) / YS.TEXT(section) cell's value on the published analysis. */
  ysCheck(level?: string): unknown;
  ysText(section: string): unknown;
  setting(key: string): Promise<unknown>;
  setStepDelay(ms: number): void;
}

export function installWorkbenchHook(source: WorkbookSource | null): () => void {
  const hook: WorkbenchHook = {
    published() {
      const a = publishedAnalysis();
      if (!a) return null;
      return {
        tables: a.tables.length,
        findings: a.findings.length,
        narrativeFindings: a.findings.filter((f) => f.rule.startsWith('narrative')).length,
        prior: !!a.priorModel,
        reads: functionReads(),
      };
    },
    ysCheck: (level) => {
      const a = publishedAnalysis();
      return a ? checkCount(a, level) : null;
    },
    ysText: (section) => {
      const a = publishedAnalysis();
      return a ? sectionText(a, section) : null;
    },
    setting: async (key) => (source ? source.getSetting(key) : undefined),
    setStepDelay: (ms) => {
      stepDelay.ms = Math.max(0, ms);
    },
  };
  const w = window as unknown as { yusuanWorkbench?: WorkbenchHook };
  w.yusuanWorkbench = hook;
  return () => {
    if (w.yusuanWorkbench === hook) delete w.yusuanWorkbench;
  };
}
