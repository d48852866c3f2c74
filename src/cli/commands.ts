/**
 * The commands of `yusuan`, as a table: name → the one file that runs it by calling the engine.
 * Their arguments, options and help are rows of ./options.ts; a new command is a row there and
 * a row here (test/cli/commands.test.ts keeps the two tables in step).
 */
import { runCheck } from './check-command';
import { runConvert } from './convert-command';
import type { CommandHandler } from './io';
import { runNarrative } from './narrative-command';

export const COMMAND_HANDLERS: Record<string, CommandHandler> = {
  check: runCheck,
  narrative: runNarrative,
  convert: runConvert,
};
