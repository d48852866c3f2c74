/**
 * The progress line of a folder check on the terminal: 「检查中 12/300 某某局.xlsx」, rewritten in
 * place on a terminal (stderr is a TTY) and one line per file with --progress into a log. Never on
 * stdout, which carries the report or the JSON.
 */
export interface Progress {
  update: (done: number, total: number, file: string) => void;
  /** Erases the line (before a report is printed, and at the end). */
  clear: () => void;
}

export function folderProgress(asked: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  if (!tty && !asked) return { update: () => undefined, clear: () => undefined };
  let shown = 0;
  return {
    update: (done, total, file) => {
      const text = `检查中 ${done}/${total}（${Math.floor((done * 100) / total)}%）${file}`;
      if (!tty) {
        stream.write(text + '\n');
        return;
      }
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      const line = text.length > width / 2 ? text.slice(0, Math.floor(width / 2)) : text; // CJK is two columns wide
      stream.write(`\r${line}${' '.repeat(Math.max(0, shown - line.length))}`);
      shown = line.length * 2;
    },
    clear: () => {
      if (tty && shown) stream.write(`\r${' '.repeat(shown)}\r`);
      shown = 0;
    },
  };
}
