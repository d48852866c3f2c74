/**
 * The pane's state and actions in one hook, shared with the tabs through PaneContext: the source,
 * its settings, the last check (and the one before, for 「已修复 / 新增」), progress and errors.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetGrid } from '../../src/grid/types';
import type { WorkbookSource } from '../../src/source';
import { describeError } from '../common/errors';
import type { HostKind } from '../host/detect';
import { diffFindings, type FindingDiff } from './diff';
import { CancelledError, runCheck, type CheckRun, type StepIndex } from './pipeline';
import { DEFAULT_SETTINGS, loadSettings, saveSetting, type PaneSettings } from './settings';
import { pdfPackageOf } from './pdf-package';
import { publishNarrativeSettings } from './shared-runtime';

/** A PDF package's own 说明 (its prose pages), checked with its tables as the CLI does. */
function ownNarrative(source: WorkbookSource): string {
  return pdfPackageOf(source)?.narrative.trim() ? pdfPackageOf(source)!.narrative : '';
}

export interface Progress {
  step: StepIndex;
  detail?: string;
}

export interface PriorWorkbook {
  name: string;
  sheets: SheetGrid[];
}

export interface PaneController {
  /** Excel, or none (the workbench in a browser). */
  host: HostKind;
  source: WorkbookSource | null;
  settings: PaneSettings;
  run: CheckRun | null;
  diff: FindingDiff | null;
  progress: Progress | null;
  error: string | null;
  notice: string | null;
  prior: PriorWorkbook | null;
  check: () => Promise<void>;
  /**
   * Check an existing 说明 with the tables: a full check whose findings include the text's (so the
   * YS.CHECK cells count them too); later checks keep checking it until the text is cleared.
   */
  checkNarrative: (text: string) => Promise<void>;
  cancel: () => void;
  updateSetting: <K extends keyof PaneSettings>(key: K, value: PaneSettings[K], recheck?: boolean) => Promise<void>;
  setPrior: (p: PriorWorkbook | null) => void;
  /** Run an action, turning a failure into the Chinese MessageBar. */
  attempt: <T>(action: string, fn: () => Promise<T>) => Promise<T | undefined>;
  showNotice: (text: string | null) => void;
  dismissError: () => void;
}

export function usePane(source: WorkbookSource | null, host: HostKind): PaneController {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [run, setRun] = useState<CheckRun | null>(null);
  const [diff, setDiff] = useState<FindingDiff | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [prior, setPriorState] = useState<PriorWorkbook | null>(null);
  const abort = useRef<AbortController | null>(null);
  const settingsRef = useRef(settings);
  const runRef = useRef<CheckRun | null>(null);
  const priorRef = useRef<PriorWorkbook | null>(null);
  const narrativeRef = useRef('');

  const attempt = useCallback(async <T,>(action: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (e) {
      setError(describeError(action, e));
      return undefined;
    }
  }, []);

  // A new workbook: forget the old results, read its saved settings.
  useEffect(() => {
    abort.current?.abort();
    setRun(null);
    runRef.current = null;
    setDiff(null);
    setProgress(null);
    setError(null);
    setNotice(null);
    narrativeRef.current = '';
    setSettings(DEFAULT_SETTINGS);
    settingsRef.current = DEFAULT_SETTINGS;
    if (!source) return;
    let live = true;
    loadSettings(source)
      .then((s) => {
        if (!live) return;
        settingsRef.current = s;
        setSettings(s);
      })
      .catch((e) => setError(describeError('读取工作簿设置', e)));
    return () => {
      live = false;
    };
  }, [source]);

  const check = useCallback(async () => {
    if (!source) return;
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setError(null);
    setProgress({ step: 0 });
    try {
      const s = settingsRef.current;
      const result = await runCheck(
        source,
        {
          corrections: s.corrections, disabledRules: s.disabledRules, userRules: s.userRules,
          prior: priorRef.current?.sheets, narrative: narrativeRef.current || ownNarrative(source), explainThreshold: s.explainThreshold,
        },
        (step, detail) => {
          if (!ctrl.signal.aborted) setProgress({ step, detail });
        },
        ctrl.signal,
      );
      const previous = runRef.current;
      setDiff(previous ? diffFindings(previous.analysis.findings, result.analysis.findings) : null);
      runRef.current = result;
      setRun(result);
    } catch (e) {
      if (e instanceof CancelledError) setNotice('检查已取消。');
      else setError(describeError('检查', e));
    } finally {
      if (abort.current === ctrl) {
        abort.current = null;
        setProgress(null);
      }
    }
  }, [source]);

  const checkNarrative = useCallback(async (text: string) => {
    narrativeRef.current = text.trim() ? text : '';
    if (narrativeRef.current) await check();
  }, [check]);

  const cancel = useCallback(() => {
    abort.current?.abort();
    abort.current = null;
    setProgress(null);
    setNotice('检查已取消。');
  }, []);

  const updateSetting = useCallback(
    async <K extends keyof PaneSettings>(key: K, value: PaneSettings[K], recheck = false) => {
      if (!source) return;
      const next = { ...settingsRef.current, [key]: value };
      settingsRef.current = next;
      setSettings(next);
      await attempt('保存设置', () => saveSetting(source, key, value));
      // YS.TEXT cells follow the 说明 settings at once, without waiting for a new check
      if (key === 'template' || key === 'priorFigures') publishNarrativeSettings({ template: next.template, priorFigures: next.priorFigures });
      if (recheck) await check();
    },
    [source, attempt, check],
  );

  const setPrior = useCallback((p: PriorWorkbook | null) => {
    priorRef.current = p;
    setPriorState(p);
  }, []);

  return {
    host,
    source,
    settings,
    run,
    diff,
    progress,
    error,
    notice,
    prior,
    check,
    checkNarrative,
    cancel,
    updateSetting,
    setPrior,
    attempt,
    showNotice: setNotice,
    dismissError: () => setError(null),
  };
}
