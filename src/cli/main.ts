/** The `yusuan` command line: arguments → the command's handler (./commands.ts) → exit code. */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, UsageError } from './args';
import { COMMAND_HANDLERS } from './commands';
import { osErrorText } from './files';
import { internalErrorText, type CliIO } from './io';
import { InputError } from './load';
import { usage } from './options';
import { terminalSafe } from './terminal-safe';

export type { CliIO } from './io';

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** Runs the CLI; returns the exit code (0 ok, 1 error-level findings, 2 unusable input). */
export async function runCli(argv: string[], rawIO: CliIO = defaultIO): Promise<number> {
  // what reaches a terminal is made safe (terminal-safe.ts); the JSON is printed as it is
  const io: CliIO = { out: argv.includes('--json') ? rawIO.out : (s) => rawIO.out(terminalSafe(s)), err: (s) => rawIO.err(terminalSafe(s)) };
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return 2;
  }
  if (args.flags.version) {
    io.out(`yusuan ${packageVersion()}`);
    return 0;
  }
  if (args.flags.help || args.command === 'help') {
    io.out(usage());
    return 0;
  }
  if (!args.command) {
    io.err(usage());
    return 2;
  }
  try {
    const run = COMMAND_HANDLERS[args.command];
    if (run) return await run(args.positional, args.flags, io);
    io.err(`未知命令「${args.command}」。\n${usage()}`);
    return 2;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${args.command === 'check' ? '无法检查' : '无法完成'}：${e.message}`);
      return 2;
    }
    const os = osErrorText(e);
    if (os) {
      io.err(`无法完成：${os}`);
      return 2;
    }
    io.err(internalErrorText(e, args.flags.debug === true));
    return 2;
  }
}

/** The version in package.json (found upwards from here: src/cli in tests, dist/cli/src/cli when built). */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p)) {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'yusuan') return pkg.version ?? '?';
    }
    if (path.dirname(dir) === dir) return '?';
  }
}
