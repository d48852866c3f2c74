/** Runs the CLI in-process and collects what it prints (stdout and stderr apart). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function run(argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'yusuan-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
