/** Test helper: read a workbook file into grids and recognize it (cached per path). */
import * as fs from 'fs';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import type { SheetGrid } from '../../src/grid/types';
import { recognize, type TableCorrection } from '../../src/recognize';
import { buildModel } from '../../src/model';
import type { BudgetModel } from '../../src/model/types';
import type { RecognizedTable } from '../../src/recognize/types';

const cache = new Map<string, Promise<SheetGrid[]>>();

export function gridsOf(file: string): Promise<SheetGrid[]> {
  let p = cache.get(file);
  if (!p) {
    p = XlsxWorkbookSource.fromBuffer(file, fs.readFileSync(file)).then((s) => s.readSheets());
    cache.set(file, p);
  }
  return p;
}

export async function recognizeFile(file: string, corrections: TableCorrection[] = []): Promise<{ tables: RecognizedTable[]; model: BudgetModel }> {
  const { tables, sheets } = recognize(await gridsOf(file), corrections);
  return { tables, model: buildModel(tables, sheets) };
}
