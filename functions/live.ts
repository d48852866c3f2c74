/**
 * Live cells: YS.AMOUNT / YS.CHECK / YS.TEXT are streaming functions. Each cell computes its
 * value from the shared snapshot (analysis + 说明 settings) and is pushed a new value whenever it
 * changes (a workbook edit, a publish from the task pane), so the cells follow the tables without
 * any per-cell read. A value is set only when it differs from the last one, so a re-read that
 * changes nothing writes nothing (and cannot start a change → read → write loop).
 */
import { excelError, internalError, isFnError, notAvailable, type Result } from './errors';
import type { Snapshot, WorkbookState } from './workbook-state';

/** The part of CustomFunctions.StreamingInvocation a live cell uses (a fake in tests). */
export interface StreamTarget {
  setResult(value: unknown): void;
  onCanceled?: () => void;
}

export function liveCell<T>(
  state: WorkbookState,
  compute: (snapshot: Snapshot) => Result<T>,
  target: StreamTarget,
): void {
  let lastSnapshot: Snapshot | undefined;
  let lastKey: string | undefined;
  const show = (r: Result<T>) => {
    const key = isFnError(r) ? `${r.code}:${r.message}` : JSON.stringify(r);
    if (key === lastKey) return;
    lastKey = key;
    target.setResult(isFnError(r) ? excelError(r) : r);
  };
  const push = (s: Snapshot) => {
    if (s === lastSnapshot) return;
    lastSnapshot = s;
    let r: Result<T>;
    try {
      r = compute(s);
    } catch (e) {
      r = internalError(e);
    }
    show(r);
  };
  const unsubscribe = state.subscribe(push);
  target.onCanceled = () => {
    unsubscribe();
  };
  state.currentSnapshot().then(push, (e: unknown) => {
    const detail = e instanceof Error ? e.message : String(e);
    show(notAvailable(`无法读取工作簿：${detail}`));
  });
}
