/** Fakes for the workbook-reading tests: a WorkbookSource without Excel, and a live cell. */
import type { SheetGrid } from '../../src/grid/types';
import type { WorkbookSource } from '../../src/source';
import type { StreamTarget } from '../../functions/live';

export function grid(name = 'Sheet1'): SheetGrid[] {
  return [{ name, index: 0, top: 0, left: 0, values: [['收入总计', 1]], merges: [], hiddenRows: [], hiddenCols: [] }];
}

/** Everything but readSheets; settings from a plain object (as the pane saves them). */
export abstract class FakeSource implements WorkbookSource {
  readonly name = 'fake.xlsx';
  settings: Record<string, unknown> = {};
  abstract readSheets(): Promise<SheetGrid[]>;
  async listSheets() {
    return (await this.readSheets()).map((g) => g.name);
  }
  async select() {}
  async mark() {}
  async clearMarks() {}
  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.settings[key] as T | undefined;
  }
  async setSetting<T>(key: string, value: T) {
    this.settings[key] = value;
  }
}

/** A streaming cell that records every value set. */
export function fakeCell(): StreamTarget & { values: unknown[] } {
  const values: unknown[] = [];
  return { values, setResult: (v) => values.push(v) };
}
