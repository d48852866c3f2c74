/**
 * The workbook as the YS.* functions see it: the latest Analysis, shared by every cell.
 *
 * A thousand YS.AMOUNT cells must not each read the workbook: the first call starts ONE read
 * (WorkbookSource.readSheets, a batched load) and every other call waits for that same read.
 * A workbook change only marks the analysis stale (invalidate); the re-read happens once, after a
 * short quiet period, and pushes the new analysis to the live cells (subscribe). The task pane,
 * which analyzes the workbook itself, can publish its analysis so that no read is needed at all.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../src/engine';
import type { WorkbookSource } from '../src/source';

export type AnalysisReader = () => Promise<Analysis>;
export type Listener = (analysis: Analysis) => void;

/** One read of the whole workbook through the source, then the engine pipeline. */
export function sourceReader(source: WorkbookSource, options: () => AnalyzeOptions = () => ({})): AnalysisReader {
  return async () => analyze(await source.readSheets(), options());
}

export interface WorkbookStateOptions {
  /** Quiet time after the last change before re-reading (edits come in bursts). */
  debounceMs?: number;
}

export class WorkbookState {
  private analysis: Analysis | undefined;
  /** Bumped by every change; analysisVersion says which change the analysis has seen. */
  private version = 0;
  private analysisVersion = -1;
  private inflight: Promise<Analysis> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly waiters: Array<() => void> = [];
  private readonly debounceMs: number;
  /** Reads done so far (for the bench and the tests). */
  reads = 0;

  constructor(
    private reader?: AnalysisReader,
    options: WorkbookStateOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 300;
  }

  /** Attach the reader once the host is ready (Office.onReady); calls waiting for it proceed. */
  setReader(reader: AnalysisReader): void {
    this.reader = reader;
    this.invalidate();
    this.waiters.splice(0).forEach((w) => w());
  }

  /** The analysis as of now, without reading (undefined before the first read or publish). */
  latest(): Analysis | undefined {
    return this.analysis;
  }

  isStale(): boolean {
    return this.analysisVersion < this.version;
  }

  /** The current analysis: cached, or from the one read in flight, or from a new read. */
  async current(): Promise<Analysis> {
    if (this.analysis && !this.isStale()) return this.analysis;
    return this.read();
  }

  /** The workbook changed: the analysis is stale; live cells get a re-read after a quiet period. */
  invalidate(): void {
    this.version++;
    if (this.listeners.size > 0) this.schedule();
  }

  /** The task pane analyzed the workbook itself: take its analysis (no read needed). */
  publish(analysis: Analysis): void {
    this.setAnalysis(analysis, this.version);
  }

  /** Be told of every new analysis; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when no read is scheduled or in flight (tests, the bench). */
  async idle(): Promise<void> {
    while (this.timer !== undefined || this.inflight) {
      if (this.inflight) await this.inflight.catch(() => undefined);
      else await new Promise((r) => setTimeout(r, this.debounceMs + 1));
    }
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.read().catch(() => undefined); // live cells show read errors when they ask again
    }, this.debounceMs);
  }

  private read(): Promise<Analysis> {
    if (this.inflight) return this.inflight;
    let started = this.version;
    const run = async (): Promise<Analysis> => {
      if (!this.reader) await new Promise<void>((r) => this.waiters.push(r));
      started = this.version;
      this.reads++;
      return (this.reader as AnalysisReader)();
    };
    const p = run().then(
      (a) => {
        this.inflight = undefined;
        this.setAnalysis(a, started);
        // Changed while reading: the live cells get one more read after the quiet period.
        if (this.isStale() && this.listeners.size > 0) this.schedule();
        return this.analysis ?? a;
      },
      (e: unknown) => {
        this.inflight = undefined;
        throw e;
      },
    );
    this.inflight = p;
    return p;
  }

  private setAnalysis(a: Analysis, seenVersion: number): void {
    if (seenVersion < this.analysisVersion) return; // an older read finishing after a publish
    this.analysis = a;
    this.analysisVersion = seenVersion;
    for (const l of [...this.listeners]) {
      try {
        l(a);
      } catch {
        // a broken cell must not keep the others from updating
      }
    }
  }
}

/**
 * The one state of the shared runtime: functions.ts reads it, the task pane publishes into it.
 * The pane and the functions are separate webpack entries loaded in the same page, each with its
 * own copy of this module: the instance lives on globalThis so that both see the same one.
 */
const GLOBAL_KEY = '__yusuanWorkbookState';
const holder = globalThis as unknown as Record<string, WorkbookState | undefined>;
export const workbookState: WorkbookState = (holder[GLOBAL_KEY] ??= new WorkbookState());
