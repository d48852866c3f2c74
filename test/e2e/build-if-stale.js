/**
 * Build dist/web when any input is newer than the last build (or there is none), so that
 * `npm run test:e2e` always tests the current code without rebuilding needlessly.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const OUTPUT = path.join(root, 'dist', 'web', 'taskpane.html');
const INPUTS = ['src', 'taskpane', 'functions', 'samples', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json'];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

function isStale() {
  if (!fs.existsSync(OUTPUT)) return true;
  const built = fs.statSync(OUTPUT).mtimeMs;
  return INPUTS.some((i) => newest(path.join(root, i)) > built);
}

module.exports = async function buildIfStale() {
  if (!isStale()) return;
  process.stdout.write('\n[e2e] dist/web is stale: building (npm run build)…\n');
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  // html-webpack-plugin may not re-emit an unchanged taskpane.html: mark the build time.
  const now = new Date();
  fs.utimesSync(OUTPUT, now, now);
};

if (require.main === module) module.exports();
