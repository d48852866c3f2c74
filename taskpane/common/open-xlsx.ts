/**
 * Opening an .xlsx file in the browser (workbench, prior-year picker). The read runs in a Web Worker
 * (workbench/xlsx-worker.ts) so that a big or hostile file never freezes the tab, and can be
 * cancelled; where no worker can start (a page without the worker script, tests) the reader
 * (exceljs) runs here as a lazily loaded chunk, so that the pane inside Excel never downloads it.
 */
import type { WorkbookSource } from '../../src/source';
import type { SheetGrid } from '../../src/grid/types';
import { OpenCancelled, readInWorker } from './worker-read';

/** Where the worker script is, next to taskpane.html (a separate webpack entry). */
const WORKER_SCRIPT = 'xlsx-worker.js';

export { OpenCancelled };

function checkName(name: string): void {
  if (!/\.xlsx$/i.test(name)) throw new Error(`「${name}」不是 .xlsx 文件，请选择 Excel 2007 及以上格式的工作簿。`);
}

async function openHere(name: string, data: ArrayBuffer): Promise<WorkbookSource> {
  const mod = await import(/* webpackChunkName: "xlsx-reader" */ '../../src/sources/xlsx');
  return mod.XlsxWorkbookSource.fromBuffer(name, data);
}

/** Read in a worker; null when no worker could be started (see readInWorker). */
async function openInWorker(name: string, data: ArrayBuffer, signal?: AbortSignal): Promise<WorkbookSource | null> {
  const crashed = '读取工作簿时出错（文件可能过大或已损坏），请在 Excel 中打开后另存为 .xlsx 再试';
  const result = await readInWorker<{ grids?: SheetGrid[] }>(WORKER_SCRIPT, { name, data }, crashed, signal);
  if (!result) return null;
  const { GridWorkbookSource } = await import(/* webpackChunkName: "grid-source" */ '../../src/sources/memory-source');
  return new GridWorkbookSource(name, result.grids ?? []);
}

export async function openXlsx(name: string, data: ArrayBuffer, signal?: AbortSignal): Promise<WorkbookSource> {
  checkName(name);
  // the worker takes the bytes (transfer): keep a copy for the fallback
  const copy = data.slice(0);
  const inWorker = await openInWorker(name, data, signal);
  if (inWorker) return inWorker;
  if (signal?.aborted) throw new OpenCancelled();
  return openHere(name, copy);
}

export async function openXlsxFile(file: File, signal?: AbortSignal): Promise<WorkbookSource> {
  return openXlsx(file.name, await file.arrayBuffer(), signal);
}
