/**
 * Errors of the YS.* functions. The pure modules return an FnError value (never throw); the Excel
 * glue (functions.ts) turns it into a CustomFunctions.Error through excelError(). Excel shows a
 * custom message only for #VALUE! and #N/A, so every bad input uses one of those two codes and
 * carries a Chinese sentence saying what to fix.
 */

/** The Excel error codes the functions return (the values of CustomFunctions.ErrorCode). */
export type FnErrorCode = '#VALUE!' | '#N/A';

export class FnError {
  constructor(
    readonly code: FnErrorCode,
    readonly message: string,
  ) {}
}

/** Bad input: wrong type, unreadable number, out-of-range option. */
export function badValue(message: string): FnError {
  return new FnError('#VALUE!', message);
}

/** Not available: unknown table/figure/code, no analysis, a rate with a zero base. */
export function notAvailable(message: string): FnError {
  return new FnError('#N/A', message);
}

export function isFnError(x: unknown): x is FnError {
  return x instanceof FnError;
}

/** A pure function's result: the value, or the error to show in the cell. */
export type Result<T> = T | FnError;

/** The part of the CustomFunctions runtime the factory needs (a fake in tests). */
export interface CustomFunctionsLike {
  Error: new (code: never, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

const CODE_NAMES: Record<FnErrorCode, string> = { '#VALUE!': 'invalidValue', '#N/A': 'notAvailable' };

function runtime(): CustomFunctionsLike | undefined {
  const g = globalThis as { CustomFunctions?: CustomFunctionsLike };
  return g.CustomFunctions;
}

/**
 * CustomFunctions.Error for an FnError. Outside Excel (jest, the bench) there is no runtime: the
 * FnError itself stands in, so callers always get an object and never an exception.
 */
export function excelError(e: FnError, cf: CustomFunctionsLike | null = runtime() ?? null): unknown {
  if (!cf) return e;
  const code = cf.ErrorCode[CODE_NAMES[e.code]] ?? e.code;
  return new cf.Error(code as never, e.message);
}

/** An unexpected exception inside a function (a bug): reported in the cell, never thrown raw. */
export function internalError(err: unknown): FnError {
  const detail = err instanceof Error ? err.message : String(err);
  return badValue(`预算公开助手内部错误：${detail}`);
}
