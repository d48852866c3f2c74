/**
 * What every source outside Excel shares: selection, marks and settings kept in memory (a file on
 * disk is never written unless the user asks). Subclasses say where the sheets come from.
 */
import type { CellRef, SheetGrid } from '../grid/types';
import type { WorkbookSource } from '../source';

export abstract class InMemorySource implements WorkbookSource {
  private marks: CellRef[] = [];
  private settings = new Map<string, unknown>();
  /** The last selection, for tests and the workbench's highlight. */
  selection: CellRef[] = [];

  constructor(readonly name: string) {}

  abstract listSheets(): Promise<string[]>;
  abstract readSheets(names?: string[]): Promise<SheetGrid[]>;

  async select(cells: CellRef[]): Promise<void> {
    this.selection = cells.slice();
  }

  async mark(cells: CellRef[]): Promise<void> {
    this.marks = cells.slice();
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
  }

  /** Cells currently marked (the workbench draws them). */
  get marked(): CellRef[] {
    return this.marks;
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.settings.get(key) as T | undefined;
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    this.settings.set(key, value);
  }
}

/**
 * Sheets already read (the workbench reads the .xlsx in a Web Worker and gets the grids back):
 * the same behaviour as XlsxWorkbookSource without the parsed workbook.
 */
export class GridWorkbookSource extends InMemorySource {
  constructor(
    name: string,
    private readonly grids: SheetGrid[],
  ) {
    super(name);
  }

  async listSheets(): Promise<string[]> {
    return this.grids.map((g) => g.name);
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    return names ? this.grids.filter((g) => names.includes(g.name)) : this.grids.slice();
  }
}
