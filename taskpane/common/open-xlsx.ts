/**
 * Opening an .xlsx file in the browser (workbench, prior-year picker). The reader (exceljs) is a
 * lazily loaded chunk so that the pane inside Excel never downloads it.
 */
import type { XlsxWorkbookSource } from '../../src/sources/xlsx';

export async function openXlsx(name: string, data: ArrayBuffer): Promise<XlsxWorkbookSource> {
  if (!/\.xlsx$/i.test(name)) throw new Error(`「${name}」不是 .xlsx 文件，请选择 Excel 2007 及以上格式的工作簿。`);
  const mod = await import(/* webpackChunkName: "xlsx-reader" */ '../../src/sources/xlsx');
  return mod.XlsxWorkbookSource.fromBuffer(name, data);
}

export async function openXlsxFile(file: File): Promise<XlsxWorkbookSource> {
  return openXlsx(file.name, await file.arrayBuffer());
}
