#!/usr/bin/env node
/**
 * Compile the CLI (tsc -p tsconfig.cli.json → dist/cli) only when a source is newer than the last
 * compile: `npm run sample` then costs the check itself (~1.5 s), not a tsc run (6–16 s) each time.
 * The stamp file is written only after tsc succeeded, so a failed compile is retried next time.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const STAMP = path.join(root, 'dist', 'cli', '.built');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.cli.json', 'package.json'];

/** Newest modification time under p (0 when absent). */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs; // a deleted file changes its folder's mtime
  for (const e of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

function isStale() {
  if (!fs.existsSync(STAMP)) return true;
  const built = fs.statSync(STAMP).mtimeMs;
  return INPUTS.some((i) => newest(path.join(root, i)) > built);
}

if (process.argv.includes('--always') || isStale()) {
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.cli.json')], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
  // the stamp's time is when tsc started: a source saved during the compile counts as newer
  fs.utimesSync(STAMP, new Date(started), new Date(started));
}
