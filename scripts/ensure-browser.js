#!/usr/bin/env node
// Runs before `npm test`: the browser tests drive Debian's chromium (never a downloaded browser).
// On a fresh Debian machine, install it (and a CJK font for readable screenshots) with apt-get
// when we are root; otherwise say in Chinese what to install.
const { execSync } = require('child_process');
const fs = require('fs');

const hasChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => fs.existsSync(p));
const hasFont = (() => {
  try {
    execSync('dpkg -s fonts-noto-cjk', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const need = [...(hasChromium ? [] : ['chromium']), ...(hasFont ? [] : ['fonts-noto-cjk'])];
if (need.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  if (!hasChromium) {
    process.stderr.write(`浏览器测试需要 Debian 的 chromium：请运行 sudo apt-get install -y ${need.join(' ')}\n`);
    process.exit(1);
  }
  process.exit(0); // the font only improves screenshots
}
process.stdout.write(`[test] 安装浏览器测试所需的 Debian 软件包：${need.join(' ')}\n`);
execSync('apt-get update -qq', { stdio: 'inherit' });
// Only what the browser tests need: no recommended packages, and no upgrade of anything installed.
execSync(`apt-get install -y -qq --no-install-recommends --no-upgrade ${need.join(' ')}`, {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
