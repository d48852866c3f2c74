#!/usr/bin/env node
// `npm run sample`: check the bundled sample workbook. The sample is a real published package
// with real errors, so finding them (exit code 1) is the expected result, not a failure.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const r = spawnSync(process.execPath, [path.join(root, 'bin', 'yusuan.js'), 'check', path.join(root, 'samples', 'yongdeng-2024.xlsx'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (r.status === 1) {
  process.stdout.write('\n（示例工作簿来自真实公开材料，其中的错误是真实存在的；以上就是检查结果。）\n');
  process.exit(0);
}
process.exit(r.status ?? 2);
