/** functions.ts as Excel calls it: errors come back as CustomFunctions.Error, never thrown. */
import { excelError, FnError, type CustomFunctionsLike } from '../../functions/errors';
import { watchWorkbook } from '../../functions/excel-host';
import * as YS from '../../functions/functions';
import { WorkbookState, workbookState } from '../../functions/workbook-state';
import { finding, sampleAnalysis } from './helpers';
import { useFakeClock, wait } from './clock';

useFakeClock();

/** The runtime's Error class and ErrorCode enum, as Excel defines them. */
class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const fakeRuntime = {
  Error: FakeCfError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
} as unknown as CustomFunctionsLike;

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = fakeRuntime;
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

describe('the error factory', () => {
  test('builds CustomFunctions.Error with the ErrorCode and the Chinese message', () => {
    const e = excelError(new FnError('#N/A', '总数为 0，无法计算占比'), fakeRuntime);
    expect(e).toBeInstanceOf(FakeCfError);
    expect(e).toEqual({ code: '#N/A', message: '总数为 0，无法计算占比' });
  });
  test('without a runtime (tests, bench) the FnError stands in', () => {
    const f = new FnError('#VALUE!', 'x');
    expect(excelError(f, null)).toBe(f);
  });
});

describe('YS.* as Excel calls them', () => {
  test('values for good input, CustomFunctions.Error objects (not exceptions) for bad input', () => {
    expect(YS.pct([[65]], [[100]])).toBe(0.65);
    expect(YS.pctText([['89.05']], [['137.05']])).toBe('64.98%');
    expect(YS.change([[6.63]], [[4.99]])).toBe('增加1.64万元，增长32.87%');
    expect(YS.rate([[6.63]], [[4.99]])).toBe(0.3287);
    expect(YS.wan([[12350]])).toEqual([[1.24]]);
    expect(YS.sumCode([['201'], ['2010301']], [[5], [5]], '201')).toBe(5);
    expect(YS.codeName([['30101']])).toBe('基本工资');
    expect(YS.pct([[1]], [[0]])).toEqual(new FakeCfError('#N/A', '总数为 0，无法计算占比'));
    expect(YS.rate([[1]], [[0]])).toBeInstanceOf(FakeCfError);
    expect(YS.codeName([['abc']])).toBeInstanceOf(FakeCfError);
    const cells = YS.wan([[10050], ['x']]);
    expect(cells[0][0]).toBe(1.01);
    expect(cells[1][0]).toEqual(new FakeCfError('#VALUE!', '元金额「x」不是数字'));
  });

  test('an unexpected exception becomes #VALUE! with a message', () => {
    expect(YS.cell(() => {
      throw new Error('boom');
    })).toEqual(new FakeCfError('#VALUE!', '预算公开助手内部错误：boom'));
  });

  test('YS.AMOUNT / YS.CHECK / YS.TEXT stream from the shared state the task pane publishes into', async () => {
    workbookState.publish(sampleAnalysis([finding('error')]));
    const got: unknown[] = [];
    const invocation = { setResult: (v: unknown) => got.push(v) } as unknown as CustomFunctions.StreamingInvocation<number>;
    YS.amount('收支总表', '收入总计', null, null, invocation);
    YS.check(null, invocation);
    await wait(0);
    expect(got).toEqual([137.05, 1]);
    workbookState.publish(sampleAnalysis([], 140));
    expect(got).toEqual([137.05, 1, 140, 0]);
  });

  test('the state is one per page, shared by separately bundled copies of the module', () => {
    expect((globalThis as Record<string, unknown>).__yusuanWorkbookState).toBe(workbookState);
  });
});

describe('workbook change events', () => {
  test('registered in one sync; a change invalidates the analysis without any Excel call', async () => {
    const handlers = new Map<string, () => Promise<void>>();
    const event = (name: string) => ({ add: (h: () => Promise<void>) => handlers.set(name, h) });
    let syncs = 0;
    const ctx = {
      workbook: { worksheets: { onChanged: event('onChanged'), onAdded: event('onAdded'), onDeleted: event('onDeleted'), onCalculated: event('onCalculated'), onNameChanged: event('onNameChanged'), onRowHiddenChanged: event('onRowHiddenChanged') } },
      sync: async () => {
        syncs++;
      },
    };
    const state = new WorkbookState(async () => sampleAnalysis(), { debounceMs: 1 });
    await state.current();
    const names = await watchWorkbook(state, { run: ((batch: (c: unknown) => Promise<unknown>) => batch(ctx)) as never, supports: (v) => v !== '1.17' });
    expect(names).toEqual(['onChanged', 'onAdded', 'onDeleted', 'onRowHiddenChanged']);
    expect(syncs).toBe(1);
    expect(state.isStale()).toBe(false);
    await handlers.get('onChanged')?.();
    expect(state.isStale()).toBe(true);
    expect(syncs).toBe(1);
  });
});
