/** What every command of `yusuan` is given and returns, and the one wording of an internal error. */

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export type Flags = Record<string, string | true>;

/** A command: its positional arguments and flags (already validated against ./options.ts) → exit code. */
export type CommandHandler = (positional: string[], flags: Flags, io: CliIO) => Promise<number>;

/** One Chinese sentence; the stack only with --debug (for the developers, not the user). */
export function internalErrorText(e: unknown, debug: boolean): string {
  const msg = e instanceof Error ? e.message : String(e);
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return `内部错误：检查未能完成（${msg}）。请将此工作簿反馈给开发者；加 --debug 可显示详细信息。${stack}`;
}
