/**
 * Opening an .xlsx file in the browser (workbench, prior-year picker). The read runs in a Web Worker
 * (workbench/xlsx-worker.ts) so that a big or hostile file never freezes the tab, and can be
 * cancelled; where no worker can start (a page without the worker script, tests) the reader
 * (exceljs) runs here as a lazily loaded chunk, so that the pane inside Excel never downloads it.
 */
import type { WorkbookSource } from '../../src/source';
import type { SheetGrid } from '../../src/grid/types';

/** Where the worker script is, next to taskpane.html (a separate webpack entry). */
const WORKER_SCRIPT = 'xlsx-worker.js';

export class OpenCancelled extends Error {
  constructor() {
    super('已取消打开工作簿');
  }
}

function checkName(name: string): void {
  if (!/\.xlsx$/i.test(name)) throw new Error(`「${name}」不是 .xlsx 文件，请选择 Excel 2007 及以上格式的工作簿。`);
}

async function openHere(name: string, data: ArrayBuffer): Promise<WorkbookSource> {
  const mod = await import(/* webpackChunkName: "xlsx-reader" */ '../../src/sources/xlsx');
  return mod.XlsxWorkbookSource.fromBuffer(name, data);
}

/**
 * Read in a worker. Resolves null when no worker could be started (the caller reads here instead);
 * rejects with OpenCancelled when `signal` aborts, with the reader's Chinese message otherwise.
 */
function openInWorker(name: string, data: ArrayBuffer, signal?: AbortSignal): Promise<WorkbookSource | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  let worker: Worker;
  try {
    worker = new Worker(new URL(WORKER_SCRIPT, document.baseURI).href);
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(new OpenCancelled());
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    let started = false;
    worker.onmessage = async (e: MessageEvent<{ started?: true; grids?: SheetGrid[]; error?: string }>) => {
      if (e.data.started) {
        started = true;
        return;
      }
      done();
      if (e.data.error !== undefined) return reject(new Error(e.data.error));
      const { GridWorkbookSource } = await import(/* webpackChunkName: "grid-source" */ '../../src/sources/memory-source');
      resolve(new GridWorkbookSource(name, e.data.grids ?? []));
    };
    // the script missing (404) or failing to start: read on the page instead; a worker that
    // died while reading (out of memory) must not be retried here, where it would take the tab
    worker.onerror = (e) => {
      e.preventDefault();
      done();
      if (started) reject(new Error('读取工作簿时出错（文件可能过大或已损坏），请在 Excel 中打开后另存为 .xlsx 再试'));
      else resolve(null);
    };
    worker.postMessage({ name, data }, [data]);
  });
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
