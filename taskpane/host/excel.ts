/** The Excel host: the only place the pane touches the Office.js workbook source. */
import { ExcelWorkbookSource } from '../../src/sources/excel';
import type { WorkbookSource } from '../../src/source';

export function openExcelSource(): WorkbookSource {
  return new ExcelWorkbookSource();
}
