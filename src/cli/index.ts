/** Process entry for bin/yusuan.js. */
import './pdf-prewarm'; // first: pdf.js loads while the rest does
import { runCli } from './main';
import { osErrorText } from './files';

// `yusuan check … | head`: the reader went away. Nothing more can be shown; end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${osErrorText(e) ? `无法完成：${osErrorText(e)}` : `内部错误：${String(e)}`}\n`);
    process.exitCode = 2;
  },
);
