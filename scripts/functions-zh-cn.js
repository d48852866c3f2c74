#!/usr/bin/env node
// Placeholder: produces the zh-CN custom-function metadata from dist/web/functions.json.
// The functions engineer replaces this with the real generator.
const fs = require('fs');
const path = require('path');
const src = path.join(__dirname, '..', 'dist', 'web', 'functions.json');
if (fs.existsSync(src)) fs.copyFileSync(src, path.join(path.dirname(src), 'functions.zh-CN.json'));
