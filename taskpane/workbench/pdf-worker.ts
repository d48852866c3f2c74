/**
 * A published PDF package read off the main thread (a separate webpack entry, dist/web/pdf-worker.js),
 * like xlsx-worker.ts: the tab stays responsive and 取消 terminates the worker. Message in:
 * { name, data }; out: { started }, { progress: page }…, then { reading, notes } or { refused }
 * (both turned into a source or a Chinese message by taskpane/common/open-pdf.ts), or { error }.
 */
import { readPdfPackage } from './pdf-read';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ name: string; data: ArrayBuffer }>) => void) | null;
  postMessage(message: unknown): void;
  location: { href: string };
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { name, data } = e.data;
  scope.postMessage({ started: true });
  readPdfPackage(name, data, new URL('.', scope.location.href).href, (page) => scope.postMessage({ progress: page }))
    .then((pkg) => scope.postMessage(pkg))
    .catch((err: unknown) => scope.postMessage({ error: `无法读取「${name}」：${err instanceof Error ? err.message : String(err)}` }));
};
