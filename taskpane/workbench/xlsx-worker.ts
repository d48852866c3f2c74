/**
 * The .xlsx read off the main thread (a separate webpack entry, dist/web/xlsx-worker.js): a big or
 * hostile file keeps only this worker busy, the tab stays responsive, and the page can cancel by
 * terminating the worker. Message in: { name, data }; out: { started }, then { grids } or { error } (Chinese).
 */
import ExcelJS from 'exceljs';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ name: string; data: ArrayBuffer }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { name, data } = e.data;
  scope.postMessage({ started: true });
  // exceljs is handed over: the worker cannot load the lazily split chunk the page uses
  XlsxWorkbookSource.fromBuffer(name, data, ExcelJS)
    .then((src) => src.readSheets())
    .then((grids) => scope.postMessage({ grids }))
    .catch((err: unknown) => scope.postMessage({ error: err instanceof Error ? err.message : String(err) }));
};
