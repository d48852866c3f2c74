/**
 * Argument parsing for the `yusuan` command, checked against the option table (./options.ts):
 * an unknown option, a missing value or an option of another command is a UsageError (exit 2)
 * with a Chinese reason and, when the typo is close, a suggestion.
 */
import { COMMANDS, OPTIONS, findCommand, findOption, optionApplies, usage } from './options';
import { suggest } from './suggest';

export interface CliArgs {
  command: string | null;
  positional: string[];
  flags: Record<string, string | true>;
}

/** A command line that cannot be run as written: exit code 2 with this message. */
export class UsageError extends Error {}

/** The help text (generated from the option table). Kept under its old name for callers. */
export const USAGE = usage();

export function parseArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  let command: string | null = null;
  const seenOptions: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPositional || a === '-' || !a.startsWith('-')) {
      if (command === null) command = a;
      else positional.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositional = true;
      continue;
    }
    const long = a.startsWith('--');
    const eq = long ? a.indexOf('=') : -1;
    const typed = long ? (eq > 0 ? a.slice(2, eq) : a.slice(2)) : a.slice(1);
    const spec = long ? findOption(typed) : OPTIONS.find((o) => o.short === typed);
    if (!spec) throw new UsageError(unknownOption(a, long ? typed : null));
    const shown = `--${spec.name}`;
    if (spec.value) {
      let value: string | undefined;
      if (eq > 0) value = a.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      if (value === undefined || value === '') throw new UsageError(`选项 ${shown} 需要一个值：${shown} <${spec.value}>`);
      if (typeof flags[spec.name] === 'string' && flags[spec.name] !== value) throw new UsageError(`选项 ${shown} 给了两次（「${flags[spec.name]}」和「${value}」），请只给一个`);
      flags[spec.name] = value;
    } else {
      if (eq > 0) throw new UsageError(`选项 ${shown} 不带值，请去掉「${a.slice(eq)}」`);
      flags[spec.name] = true;
    }
    seenOptions.push(spec.name);
  }
  if (flags.help || flags.version) return { command, positional, flags };
  if (command !== null) {
    const cmd = findCommand(command);
    if (!cmd) {
      const near = suggest(command, COMMANDS.map((c) => c.name));
      throw new UsageError(`未知命令「${command}」${near ? `，是否是 ${near}？` : ''}（可用命令：${COMMANDS.map((c) => c.name).join('、')}；yusuan --help 查看用法）`);
    }
    for (const name of seenOptions) {
      const o = findOption(name)!;
      if (!optionApplies(o, command)) throw new UsageError(`选项 --${name} 不能用于 ${command} 命令（只用于 ${o.commands!.join('、')}）`);
    }
    if (positional.length > cmd.maxArgs) {
      throw new UsageError(`多余的参数「${positional[cmd.maxArgs]}」：yusuan ${cmd.name} ${cmd.args}${cmd.maxArgs === 1 ? ' 只接受一个文件或文件夹' : ''}（文件名中有空格时请加引号）`);
    }
  }
  return { command, positional, flags };
}

function unknownOption(written: string, typed: string | null): string {
  const near = typed === null ? undefined : suggest(typed, OPTIONS.map((o) => o.name));
  return `未知选项 ${written}${near ? `，是否是 --${near}？` : ''}（yusuan --help 列出全部选项）`;
}
