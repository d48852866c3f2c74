/**
 * Fake time for the functions tests: WorkbookState's debounce and the fake sources' delays run
 * when the test moves the clock, so the tests neither sleep nor depend on a loaded machine.
 */

/** Fake timers for every test of the file (call at the top level of a test file). */
export function useFakeClock(): void {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
}

/** Move the clock by `ms`, running the timers due and the promise callbacks they cause. */
export async function wait(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

/** Move the clock a millisecond at a time until `p` settles (resolved or rejected); then return it. */
export async function settle<T>(p: Promise<T>, limitMs = 60_000): Promise<T> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  for (let t = 0; !done && t < limitMs; t++) await jest.advanceTimersByTimeAsync(1);
  return p;
}
