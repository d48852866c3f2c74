/** The output files of a command (options marked `output` in ./options.ts), checked before any work. */
import { OPTIONS } from './options';
import { InputError, checkOutputPath } from './files';
import * as path from 'path';

/**
 * Every output option given: not an input, not an existing file without --force, in a folder that
 * exists, and no two outputs on the same path. Call before computing, so a refused output costs nothing.
 */
export function checkOutputs(flags: Record<string, string | true>, inputs: string[]): void {
  const force = flags.force === true;
  const seen = new Map<string, string>();
  for (const o of OPTIONS.filter((x) => x.output)) {
    const out = flags[o.name];
    if (typeof out !== 'string') continue;
    const key = path.resolve(out);
    if (seen.has(key)) throw new InputError(`--${seen.get(key)} 与 --${o.name} 指向同一个文件「${out}」`);
    seen.set(key, o.name);
    checkOutputPath(out, `--${o.name}`, inputs, force);
  }
}

/** The input files a command line names (positional arguments and value options that are not outputs). */
export function inputPaths(positional: string[], flags: Record<string, string | true>): string[] {
  const fromOptions = OPTIONS.filter((o) => o.value && !o.output)
    .map((o) => flags[o.name])
    .filter((v): v is string => typeof v === 'string');
  return [...positional, ...fromOptions];
}
