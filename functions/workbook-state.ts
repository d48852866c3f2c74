/**
 * The workbook as the YS.* functions see it: the latest Analysis (and the 说明 settings YS.TEXT
 * uses), shared by every cell.
 *
 * A thousand YS.AMOUNT cells must not each read the workbook: the first call starts ONE read
 * (WorkbookSource.readSheets, a batched load) and every other call waits for that same read.
 * A workbook change only marks the analysis stale (invalidate); the re-read happens once, after a
 * short quiet period, and pushes the new snapshot to the live cells (subscribe). The task pane,
 * which analyzes the workbook itself, can publish its analysis so that no read is needed at all.
 *
 * Ordering: every analysis is stamped with the workbook version its read STARTED at (a change
 * during the read leaves it stale) and with a sequence number (when the read started, or when it
 * was published). An analysis replaces the current one only if it saw a later version, or the
 * same version and started later — so a slow read of ours cannot overwrite the pane's richer
 * analysis published meanwhile, and an older pane analysis cannot overwrite a newer read.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../src/engine';
import type { WorkbookSource } from '../src/source';
import type { NarrativeSettings } from './narrative-settings';

export type { NarrativeSettings } from './narrative-settings';

/** What the cells compute from: one object per (analysis, 说明 settings) pair. */
export interface Snapshot {
  readonly analysis: Analysis;
  readonly narrative: NarrativeSettings;
}

/** A read gives the analysis, optionally with the 说明 settings saved in the workbook. */
export interface ReadResult {
  analysis: Analysis;
  narrative?: NarrativeSettings;
}
export type AnalysisReader = () => Promise<Analysis | ReadResult>;
export type Listener = (snapshot: Snapshot) => void;

/** One read of the whole workbook through the source, then the engine pipeline. */
export function sourceReader(source: WorkbookSource, options: () => AnalyzeOptions = () => ({})): AnalysisReader {
  return async () => analyze(await source.readSheets(), options());
}

function isReadResult(r: Analysis | ReadResult): r is ReadResult {
  return 'analysis' in r;
}

export interface WorkbookStateOptions {
  /** Quiet time after the last change before re-reading (edits come in bursts). */
  debounceMs?: number;
}

export interface PublishOptions {
  /**
   * readToken() taken when the publisher's read of the workbook started: changes after it leave
   * the analysis stale. Without it the analysis is taken as current.
   */
  seenVersion?: number;
  /** The 说明 settings the publisher writes its 说明 with (undefined: keep the current ones). */
  narrative?: NarrativeSettings;
}

const NO_SETTINGS: NarrativeSettings = Object.freeze({});

export class WorkbookState {
  private snap: Snapshot | undefined;
  /** Bumped by every change; analysisVersion says which change the analysis has seen. */
  private version = 0;
  private analysisVersion = -1;
  /** Order of reads (at their start) and publishes; analysisSeq/narrativeSeq: of the current ones. */
  private seq = 0;
  private analysisSeq = -1;
  private narrativeSeq = -1;
  private narrative: NarrativeSettings = NO_SETTINGS;
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
    return this.snap?.analysis;
  }

  /** The analysis with the 说明 settings, as of now. */
  snapshot(): Snapshot | undefined {
    return this.snap;
  }

  isStale(): boolean {
    return this.analysisVersion < this.version;
  }

  /** The workbook version now: take it when a read starts, pass it to publish as seenVersion. */
  readToken(): number {
    return this.version;
  }

  /** The current analysis: cached, or from the one read in flight, or from a new read. */
  async current(): Promise<Analysis> {
    return (await this.currentSnapshot()).analysis;
  }

  async currentSnapshot(): Promise<Snapshot> {
    if (this.snap && !this.isStale()) return this.snap;
    await this.read();
    return this.snap as Snapshot;
  }

  /** The workbook changed: the analysis is stale; live cells get a re-read after a quiet period. */
  invalidate(): void {
    this.version++;
    if (this.listeners.size > 0) this.schedule();
  }

  /** The task pane analyzed the workbook itself: take its analysis (no read needed). */
  publish(analysis: Analysis, options: PublishOptions = {}): void {
    const seq = ++this.seq;
    const seen = Math.min(options.seenVersion ?? this.version, this.version);
    const tookNarrative = this.takeNarrative(options.narrative, seq);
    const tookAnalysis = this.takeAnalysis(analysis, seen, seq);
    if (tookAnalysis || tookNarrative) this.emit();
    this.rereadIfStale();
  }

  /** New 说明 settings (the pane changed its template or typed figures): pushed, no read. */
  setNarrative(narrative: NarrativeSettings): void {
    if (this.takeNarrative(narrative, ++this.seq)) this.emit();
  }

  /** Be told of every new snapshot; returns the unsubscribe function. */
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

  /** Changed while the analysis was being read: live cells get one more read after the quiet period. */
  private rereadIfStale(): void {
    if (this.isStale() && this.listeners.size > 0 && !this.inflight) this.schedule();
  }

  private read(): Promise<Analysis> {
    if (this.inflight) return this.inflight;
    const run = async (): Promise<Analysis> => {
      if (!this.reader) await new Promise<void>((r) => this.waiters.push(r));
      const started = this.version;
      const seq = ++this.seq;
      this.reads++;
      const r = await (this.reader as AnalysisReader)();
      const result = isReadResult(r) ? r : { analysis: r };
      const tookNarrative = this.takeNarrative(result.narrative, seq);
      if (this.takeAnalysis(result.analysis, started, seq) || tookNarrative) this.emit();
      return (this.snap as Snapshot).analysis; // ours, or a newer one published meanwhile
    };
    const p = run().then(
      (a) => {
        this.inflight = undefined;
        this.rereadIfStale();
        return a;
      },
      (e: unknown) => {
        this.inflight = undefined; // no retry loop on a closed workbook: the next call retries
        throw e;
      },
    );
    this.inflight = p;
    return p;
  }

  /** Take the analysis unless the current one saw a later version, or the same one and is newer. */
  private takeAnalysis(a: Analysis, seenVersion: number, seq: number): boolean {
    if (seenVersion < this.analysisVersion || (seenVersion === this.analysisVersion && seq < this.analysisSeq)) return false;
    this.analysisVersion = seenVersion;
    this.analysisSeq = seq;
    this.snap = { analysis: a, narrative: this.narrative };
    return true;
  }

  private takeNarrative(n: NarrativeSettings | undefined, seq: number): boolean {
    if (!n || seq < this.narrativeSeq) return false;
    this.narrativeSeq = seq;
    this.narrative = n;
    if (this.snap) this.snap = { analysis: this.snap.analysis, narrative: n };
    return this.snap !== undefined;
  }

  private emit(): void {
    const s = this.snap;
    if (!s) return;
    for (const l of [...this.listeners]) {
      try {
        l(s);
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
