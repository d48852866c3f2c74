/**
 * Ordering races of the shared WorkbookState, with a fake WorkbookSource whose reads finish when
 * the test says so (deferred promises): a read that started before a pane publish must not
 * overwrite it, an older publish must not overwrite a newer read, and a change during a read (ours
 * or the pane's) leaves the analysis stale.
 */
import type { Analysis } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import { liveCell } from '../../functions/live';
import { checkCount } from '../../functions/pure/check';
import { sourceReader, WorkbookState } from '../../functions/workbook-state';
import { fakeCell, FakeSource, grid } from './fake-source';
import { finding, sampleAnalysis } from './helpers';
import { settle, useFakeClock, wait } from './clock';

useFakeClock();

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Each readSheets() waits until the test finishes it: source.finish(i) resolves the i-th read. */
class ControlledSource extends FakeSource {
  readonly pending: Deferred<SheetGrid[]>[] = [];
  readSheets(): Promise<SheetGrid[]> {
    const d = deferred<SheetGrid[]>();
    this.pending.push(d);
    return d.promise;
  }
  finish(i: number, sheetName = `read${i}`): void {
    this.pending[i].resolve(grid(sheetName));
  }
}

const tick = () => wait(0);
const sheetOf = (a: Analysis | undefined) => a?.tables.length ?? -1;

describe('a functions read and a pane publish', () => {
  test('a read that started before the publish finishes after it: the pane analysis stays', async () => {
    const source = new ControlledSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const waiting = state.current(); // our read starts
    await tick();
    expect(source.pending).toHaveLength(1);
    const pane = sampleAnalysis([finding('error'), finding('error')]);
    state.publish(pane); // the pane's richer analysis of the same workbook
    source.finish(0);
    await expect(settle(waiting)).resolves.toBe(pane); // the caller waiting for our read gets the newer one
    expect(state.latest()).toBe(pane);
    expect(state.isStale()).toBe(false);
    expect(source.pending).toHaveLength(1); // and no second read
  });

  test('live cells keep the pane value when our slower read lands', async () => {
    const source = new ControlledSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const cell = fakeCell();
    liveCell(state, (s) => checkCount(s.analysis, '全部'), cell);
    await tick();
    state.publish(sampleAnalysis([finding('error'), finding('warning'), finding('info')]));
    expect(cell.values).toEqual([3]);
    source.finish(0); // the plain read would count other findings: it must not be shown
    await settle(state.idle());
    await tick();
    expect(cell.values).toEqual([3]);
  });

  test('a change before our read started makes our read newer than an older pane analysis', async () => {
    const source = new ControlledSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const token = state.readToken(); // the pane starts reading
    state.invalidate(); // the user types while the pane reads
    const ours = state.current(); // our read sees the change
    await tick();
    source.finish(0);
    const read = await settle(ours);
    expect(state.isStale()).toBe(false);
    state.publish(sampleAnalysis(), { seenVersion: token }); // the pane's older analysis lands last
    expect(state.latest()).toBe(read);
    expect(state.isStale()).toBe(false);
  });

  test('an older pane publish still brings its 说明 settings', async () => {
    const state = new WorkbookState(async () => sampleAnalysis([]), { debounceMs: 1 });
    const token = state.readToken();
    state.invalidate();
    const read = await settle(state.current());
    state.publish(sampleAnalysis(), { seenVersion: token, narrative: { template: 'henan' } });
    expect(state.latest()).toBe(read);
    expect(state.snapshot()?.narrative).toEqual({ template: 'henan' });
  });
});

describe('a change during a read', () => {
  test('pane: the analysis is taken but stale when the workbook changed during its read; live cells re-read once', async () => {
    const source = new ControlledSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const pane = sampleAnalysis([finding('error')]);
    state.publish(sampleAnalysis([])); // an earlier check
    const cell = fakeCell();
    liveCell(state, (s) => checkCount(s.analysis), cell);
    await tick();
    expect(cell.values).toEqual([0]);
    const token = state.readToken(); // the pane's next read starts
    state.invalidate(); // an edit lands during it
    await wait(5); // our debounced read starts, waits on the source
    expect(source.pending).toHaveLength(1);
    state.publish(pane, { seenVersion: token });
    expect(state.latest()).toBe(pane); // newer than what the cells had
    expect(cell.values).toEqual([0, 1]);
    expect(state.isStale()).toBe(true); // but it did not see the edit
    source.finish(0, 'after-edit');
    await settle(state.idle());
    expect(state.isStale()).toBe(false);
    expect(state.latest()?.tables).toEqual(expect.any(Array));
    expect(state.latest()).not.toBe(pane); // our read saw the edit: it wins
    expect(source.pending).toHaveLength(1);
  });

  test('pane: without a change during its read the analysis is current and nothing is read', async () => {
    const source = new ControlledSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    state.invalidate(); // an edit before the pane started reading
    const token = state.readToken();
    const pane = sampleAnalysis();
    state.publish(pane, { seenVersion: token });
    expect(state.isStale()).toBe(false);
    await expect(settle(state.current())).resolves.toBe(pane);
    expect(source.pending).toHaveLength(0);
  });

  test('ours: an edit during our read leaves it stale, and live cells get exactly one more read', async () => {
    const source = new ControlledSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const cell = fakeCell();
    liveCell(state, (s) => sheetOf(s.analysis), cell);
    await tick();
    state.invalidate(); // during read 0
    source.finish(0);
    await wait(10);
    expect(cell.values).toHaveLength(1); // read 0 shown (better than nothing) …
    expect(source.pending).toHaveLength(2); // … and read 1 started for the edit
    source.finish(1);
    await settle(state.idle());
    expect(state.isStale()).toBe(false);
    expect(source.pending).toHaveLength(2);
  });

  test('a failed read does not retry in a loop; the next call does', async () => {
    const source = new ControlledSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const cell = fakeCell();
    liveCell(state, (s) => checkCount(s.analysis), cell);
    await tick();
    state.invalidate(); // an edit: one re-read is due
    source.pending[0].reject(new Error('工作簿已关闭'));
    await wait(10);
    expect(cell.values[0]).toMatchObject({ code: '#N/A', message: '无法读取工作簿：工作簿已关闭' });
    expect(source.pending).toHaveLength(2); // the edit's re-read …
    source.pending[1].reject(new Error('工作簿已关闭'));
    await wait(20);
    expect(source.pending).toHaveLength(2); // … and no retry loop after it failed too
    const again = state.current();
    await tick();
    expect(source.pending).toHaveLength(3);
    source.finish(2);
    await expect(settle(again)).resolves.toBeDefined();
  });
});

describe('说明 settings ordering', () => {
  test('settings read with a slow read do not overwrite settings published meanwhile', async () => {
    const gate = deferred<void>();
    const state = new WorkbookState(async () => {
      await gate.promise;
      return { analysis: sampleAnalysis(), narrative: { template: 'mof-default' } };
    });
    const waiting = state.current();
    await tick();
    state.setNarrative({ template: 'henan', priorFigures: { 收入总计: '100' } });
    gate.resolve();
    await settle(waiting);
    expect(state.snapshot()?.narrative).toEqual({ template: 'henan', priorFigures: { 收入总计: '100' } });
  });

  test('setNarrative pushes a new snapshot to live cells without a read', async () => {
    const reader = jest.fn(async () => sampleAnalysis());
    const state = new WorkbookState(reader, { debounceMs: 1 });
    const seen: unknown[] = [];
    liveCell(state, (s) => s.narrative.template ?? '默认', { setResult: (v) => seen.push(v) });
    await settle(state.idle());
    await tick();
    state.setNarrative({ template: 'henan' });
    expect(seen).toEqual(['默认', 'henan']);
    expect(reader).toHaveBeenCalledTimes(1);
  });
});
