import { analyze } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import { liveCell } from '../../functions/live';
import { checkCount } from '../../functions/pure/check';
import { amount } from '../../functions/pure/amount';
import { sourceReader, WorkbookState } from '../../functions/workbook-state';
import { fakeCell, FakeSource, grid } from './fake-source';
import { finding, sampleAnalysis } from './helpers';
import { settle, useFakeClock, wait } from './clock';

useFakeClock();

/** A WorkbookSource that counts readSheets calls (each is one batched read in Excel). */
class CountingSource extends FakeSource {
  reads = 0;
  grids: SheetGrid[] = grid();
  async readSheets() {
    this.reads++;
    await new Promise((r) => setTimeout(r, 5)); // a read takes time (on the test's fake clock)
    return this.grids;
  }
}

describe('WorkbookState', () => {
  test('1,000 concurrent calls cause one read of the workbook', async () => {
    const source = new CountingSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const all = await settle(Promise.all(Array.from({ length: 1000 }, () => state.current())));
    expect(source.reads).toBe(1);
    expect(new Set(all).size).toBe(1);
    await settle(state.current());
    expect(source.reads).toBe(1); // cached until the workbook changes
  });

  test('a change marks the analysis stale: the next call reads once more', async () => {
    const source = new CountingSource();
    const state = new WorkbookState(sourceReader(source), { debounceMs: 1 });
    const first = await settle(state.current());
    state.invalidate();
    state.invalidate();
    expect(state.isStale()).toBe(true);
    const [x, y] = await settle(Promise.all([state.current(), state.current()]));
    expect(source.reads).toBe(2);
    expect(x).toBe(y);
    expect(x).not.toBe(first);
  });

  test('a published analysis from the task pane is used without reading', async () => {
    const source = new CountingSource();
    const state = new WorkbookState(sourceReader(source));
    const published = sampleAnalysis();
    state.publish(published);
    expect(await settle(state.current())).toBe(published);
    expect(source.reads).toBe(0);
  });

  test('calls made before the host is ready wait for the reader', async () => {
    const state = new WorkbookState(undefined, { debounceMs: 1 });
    const pending = state.current();
    const a = sampleAnalysis();
    state.setReader(async () => a);
    expect(await settle(pending)).toBe(a);
    expect(state.reads).toBe(1);
  });

  test('a read error reaches the caller and the next call retries', async () => {
    let fail = true;
    const state = new WorkbookState(async () => {
      if (fail) throw new Error('连接中断');
      return sampleAnalysis();
    });
    await expect(settle(state.current())).rejects.toThrow('连接中断');
    fail = false;
    await expect(settle(state.current())).resolves.toBeDefined();
  });
});

describe('live cells', () => {
  test('1,000 live YS.AMOUNT cells: one read, then one re-read per burst of changes, new values pushed', async () => {
    let total = 137.05;
    const reader = jest.fn(async () => sampleAnalysis(undefined, total));
    const state = new WorkbookState(reader, { debounceMs: 5 });
    const cells = Array.from({ length: 1000 }, () => fakeCell());
    for (const c of cells) liveCell(state, (s) => amount(s.analysis, '收支总表', '收入总计'), c);
    await settle(state.idle());
    await wait(0);
    expect(reader).toHaveBeenCalledTimes(1);
    expect(cells.every((c) => c.values.length === 1 && c.values[0] === 137.05)).toBe(true);

    total = 140;
    for (let i = 0; i < 20; i++) state.invalidate(); // a burst of edits
    await settle(state.idle());
    expect(reader).toHaveBeenCalledTimes(2);
    expect(cells.every((c) => c.values.length === 2 && c.values[1] === 140)).toBe(true);

    state.invalidate(); // a change that alters nothing writes nothing
    await settle(state.idle());
    expect(reader).toHaveBeenCalledTimes(3);
    expect(cells.every((c) => c.values.length === 2)).toBe(true);
  });

  test('YS.CHECK follows a publish; a canceled cell stops updating', async () => {
    const state = new WorkbookState(async () => sampleAnalysis([]), { debounceMs: 1 });
    const kept = fakeCell();
    const dropped = fakeCell();
    liveCell(state, (s) => checkCount(s.analysis), kept);
    liveCell(state, (s) => checkCount(s.analysis), dropped);
    await settle(state.idle());
    await wait(0);
    expect(kept.values).toEqual([0]);
    dropped.onCanceled?.();
    state.publish(sampleAnalysis([finding('error'), finding('error')]));
    expect(kept.values).toEqual([0, 2]);
    expect(dropped.values).toEqual([0]);
  });

  test('errors show as the error object, a thrown bug as #VALUE!, never an exception', async () => {
    const state = new WorkbookState(async () => sampleAnalysis(), { debounceMs: 1 });
    const missing = fakeCell();
    const buggy = fakeCell();
    liveCell(state, (s) => amount(s.analysis, '项目支出表', '合计'), missing);
    liveCell(state, () => {
      throw new Error('boom');
    }, buggy);
    await settle(state.idle());
    await wait(0);
    expect(missing.values[0]).toMatchObject({ code: '#N/A', message: '工作簿中没有识别到项目支出表' });
    expect(buggy.values[0]).toMatchObject({ code: '#VALUE!', message: '预算公开助手内部错误：boom' });
  });

  test('a read failure shows #N/A with the reason', async () => {
    const state = new WorkbookState(async () => {
      throw new Error('工作簿已关闭');
    });
    const cell = fakeCell();
    liveCell(state, (s) => checkCount(s.analysis), cell);
    await wait(5);
    expect(cell.values[0]).toMatchObject({ code: '#N/A', message: '无法读取工作簿：工作簿已关闭' });
  });

  test('the real engine runs behind the reader', async () => {
    const source = new CountingSource();
    const a = await settle(new WorkbookState(sourceReader(source)).current());
    expect(a).toEqual(expect.objectContaining({ findings: expect.any(Array) }));
    expect(Object.keys(analyze(source.grids))).toEqual(Object.keys(a));
  });
});
