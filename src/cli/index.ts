/** Process entry for bin/yusuan.js. */
import { runCli } from './main';
import './narrative-command';
import './convert-command';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`内部错误：${String(e)}\n`);
    process.exitCode = 2;
  },
);
