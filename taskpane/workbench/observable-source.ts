/**
 * The workbench's source: an .xlsx file (or a published PDF package) wrapped so that the page can show what the pane does to
 * "Excel" (the selected sheet and cells, the marks) in the grid preview.
 */
import type { CellRef, SheetGrid } from '../../src/grid/types';
import type { ClearMarksResult, WorkbookSource } from '../../src/source';
import type { PdfPackageView } from '../state/pdf-package';

export interface WorkbenchView {
  selection: CellRef[];
  marked: CellRef[];
  /** Sheet last activated by a selection. */
  activeSheet: string | null;
}

export class ObservableSource implements WorkbookSource {
  private view: WorkbenchView = { selection: [], marked: [], activeSheet: null };
  private listeners = new Set<(v: WorkbenchView) => void>();
  private grids: SheetGrid[] | null = null;

  /** A published PDF package: its 说明 and the page of every cell (null for an .xlsx). */
  readonly pdf: PdfPackageView | null;

  constructor(private readonly inner: WorkbookSource, pdf?: PdfPackageView) {
    this.pdf = pdf ?? null;
  }

  get name(): string {
    return this.inner.name;
  }

  subscribe(fn: (v: WorkbenchView) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(change: Partial<WorkbenchView>): void {
    this.view = { ...this.view, ...change };
    for (const fn of this.listeners) fn(this.view);
  }

  listSheets(): Promise<string[]> {
    return this.inner.listSheets();
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    const grids = await this.inner.readSheets(names);
    if (!names) this.grids = grids;
    return grids;
  }

  /** Grids for the preview (read once). */
  async previewGrids(): Promise<SheetGrid[]> {
    return this.grids ?? this.readSheets();
  }

  async select(cells: CellRef[]): Promise<void> {
    await this.inner.select(cells);
    this.emit({ selection: cells.slice(), activeSheet: cells[0]?.sheet ?? this.view.activeSheet });
  }

  async mark(cells: CellRef[]): Promise<void> {
    await this.inner.mark(cells);
    this.emit({ marked: cells.slice() });
  }

  async clearMarks(): Promise<ClearMarksResult | void> {
    const result = await this.inner.clearMarks();
    this.emit({ marked: [] });
    return result;
  }

  getSetting<T>(key: string): Promise<T | undefined> {
    return this.inner.getSetting<T>(key);
  }

  setSetting<T>(key: string, value: T): Promise<void> {
    return this.inner.setSetting(key, value);
  }
}
