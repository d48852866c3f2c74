/**
 * A worker thread of the folder check (src/cli/folder.ts): receives file paths, answers each with
 * its report or with the error that stopped it (as plain data: errors do not cross threads).
 */
import { parentPort, workerData } from 'worker_threads';
import type { AnalyzeOptions } from '../engine';
import { checkOne } from './check-one';
import { InputError } from './load';

export interface FolderTask {
  index: number;
  file: string;
  name: string;
}

export type FolderAnswer =
  | { index: number; report: import('../report').JsonReport; notes: string[] }
  | { index: number; error: { input: boolean; message: string; stack?: string } };

const options = (workerData as { options: AnalyzeOptions }).options;

parentPort?.on('message', (task: FolderTask) => {
  checkOne(task.file, options, task.name).then(
    ({ report, notes }) => parentPort!.postMessage({ index: task.index, report, notes } satisfies FolderAnswer),
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      parentPort!.postMessage({ index: task.index, error: { input: e instanceof InputError, message: err.message, stack: err.stack } } satisfies FolderAnswer);
    },
  );
});
