/**
 * A file read in a Web Worker (a separate webpack entry next to taskpane.html): a big or hostile
 * file keeps only the worker busy, the tab stays responsive, and 取消 terminates the worker.
 * The worker answers { started } first, then its result (or { error } in Chinese).
 */

export class OpenCancelled extends Error {
  constructor() {
    super('已取消打开工作簿');
  }
}

/**
 * Resolves null when no worker could be started (the caller reads on the page instead); rejects
 * with OpenCancelled when `signal` aborts, with the worker's Chinese message otherwise.
 * `onProgress` gets the worker's { progress } messages.
 */
export function readInWorker<R>(
  script: string,
  message: { name: string; data: ArrayBuffer },
  /** The Chinese reason shown when the worker dies while reading (out of memory). */
  crashed: string,
  signal?: AbortSignal,
  onProgress?: (progress: number) => void,
): Promise<R | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  let worker: Worker;
  try {
    worker = new Worker(new URL(script, document.baseURI).href);
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
    worker.onmessage = (e: MessageEvent<{ started?: true; progress?: number; error?: string }>) => {
      if (e.data.started) {
        started = true;
        return;
      }
      if (e.data.progress !== undefined) {
        onProgress?.(e.data.progress);
        return;
      }
      done();
      if (e.data.error !== undefined) reject(new Error(e.data.error));
      else resolve(e.data as R);
    };
    // the script missing (404) or failing to start: read on the page instead; a worker that
    // died while reading (out of memory) must not be retried here, where it would take the tab
    worker.onerror = (e) => {
      e.preventDefault();
      done();
      if (started) reject(new Error(crashed));
      else resolve(null);
    };
    worker.postMessage(message, [message.data]);
  });
}
