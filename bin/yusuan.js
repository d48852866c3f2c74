#!/usr/bin/env node
// The `yusuan` command. The TypeScript is compiled to dist/ by `npm run build:cli`
// (run automatically by `npm install` through the "prepare" script).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'src', 'cli', 'index.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('命令行尚未编译：请先在项目目录运行 npm run build:cli\n');
  process.exit(2);
}
require(entry);
