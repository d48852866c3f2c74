/**
 * The folder check on every core: one worker thread per core (folder-worker.ts) takes the next
 * file as soon as it is free, so 300 packages of very different sizes keep every core busy.
 * Results come back in the folder's order whatever order they finish in, so the printed report,
 * the JSON and the reviewer's report do not depend on timing.
 *
 * In-process (no threads) when there is one core, one file, or when running from TypeScript
 * sources (tests under ts-jest: a worker cannot load .ts). YUSUAN_WORKERS=n overrides the count.
 */
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { AnalyzeOptions } from '../engine';
import type { JsonReport } from '../report';
import { checkOne } from './check-one';
import type { FolderAnswer, FolderTask } from './folder-worker';
import { InputError } from './load';

export interface FolderFailure {
  file: string;
  reason: string;
}

export interface FolderResult {
  reports: JsonReport[];
  failed: FolderFailure[];
  /** Per file in the folder's order: its report, or why it could not be checked. */
  results: ({ file: string; report: JsonReport } | { file: string; reason: string })[];
}

export interface FolderOptions {
  /** How a file is named in reports (default: its base name). */
  nameOf?: (file: string) => string;
  /** How an unexpected (non-input) error is told to the user. */
  describeError: (e: unknown, file: string) => string;
  /** Called in the folder's order, as soon as every file before it is done; `notes` are for the user. */
  onReport?: (report: JsonReport, notes: string[]) => void;
  /** Called whenever a file finishes (in finishing order). */
  onProgress?: (done: number, total: number, file: string) => void;
  workers?: number;
}

const WORKER_SCRIPT = path.join(__dirname, 'folder-worker.js');

export function workerCount(files: number): number {
  const forced = Number(process.env.YUSUAN_WORKERS);
  const cores = Number.isInteger(forced) && forced > 0 ? forced : typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (__filename.endsWith('.ts')) return 0; // sources under ts-node/jest: no compiled worker script
  return Math.min(cores, files) > 1 ? Math.min(cores, files) : 0;
}

type Outcome = { report: JsonReport; notes: string[] } | { reason: string };

export async function checkFolder(files: string[], options: AnalyzeOptions, o: FolderOptions): Promise<FolderResult> {
  const outcomes: (Outcome | undefined)[] = new Array(files.length);
  let printed = 0;
  let done = 0;
  const settle = (index: number, outcome: Outcome): void => {
    outcomes[index] = outcome;
    o.onProgress?.(++done, files.length, path.basename(files[index]));
    for (; printed < files.length && outcomes[printed]; printed++) {
      const x = outcomes[printed]!;
      if ('report' in x) o.onReport?.(x.report, x.notes);
    }
  };
  const nameOf = o.nameOf ?? ((f: string) => path.basename(f));
  const reasonOf = (e: unknown, i: number): string => (e instanceof InputError ? e.message : o.describeError(e, files[i]));
  const n = o.workers ?? workerCount(files.length);
  if (n === 0) {
    for (let i = 0; i < files.length; i++) {
      try {
        settle(i, await checkOne(files[i], options, nameOf(files[i])));
      } catch (e) {
        // one unusable or crashing workbook must not stop the rest of the folder
        settle(i, { reason: reasonOf(e, i) });
      }
    }
  } else {
    await inWorkers(files, nameOf, options, n, settle, reasonOf);
  }
  const results: FolderResult['results'] = files.map((f, i) => {
    const x = outcomes[i]!;
    return 'report' in x ? { file: nameOf(f), report: x.report } : { file: nameOf(f), reason: x.reason };
  });
  return {
    reports: outcomes.flatMap((x) => (x && 'report' in x ? [x.report] : [])),
    failed: results.flatMap((r) => ('reason' in r ? [{ file: r.file, reason: r.reason }] : [])),
    results,
  };
}

function inWorkers(
  files: string[],
  nameOf: (file: string) => string,
  options: AnalyzeOptions,
  n: number,
  settle: (i: number, x: Outcome) => void,
  reasonOf: (e: unknown, i: number) => string,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let running = 0;
    const start = (): void => {
      if (next >= files.length) return;
      const worker = new Worker(WORKER_SCRIPT, { workerData: { options } });
      running++;
      let current: FolderTask | null = null;
      const feed = (): void => {
        if (next < files.length) {
          current = { index: next, file: files[next], name: nameOf(files[next]) };
          next++;
          worker.postMessage(current);
        } else {
          current = null;
          void worker.terminate();
        }
      };
      worker.on('message', (a: FolderAnswer) => {
        if ('report' in a) settle(a.index, { report: a.report, notes: a.notes });
        else {
          const e = a.error.input ? new InputError(a.error.message) : Object.assign(new Error(a.error.message), { stack: a.error.stack });
          settle(a.index, { reason: reasonOf(e, a.index) });
        }
        feed();
      });
      // A worker that dies (out of memory on a hostile file …) fails its file; a new one goes on.
      worker.on('error', (e) => {
        if (current) settle(current.index, { reason: reasonOf(e, current.index) });
        current = null;
      });
      worker.on('exit', () => {
        if (current) settle(current.index, { reason: reasonOf(new Error('检查线程意外退出'), current.index) });
        current = null;
        running--;
        if (next < files.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < n; i++) start();
  });
}
