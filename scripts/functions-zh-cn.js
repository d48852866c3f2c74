#!/usr/bin/env node
/**
 * Writes dist/web/functions.zh-CN.json, the custom-function metadata for Chinese Excel, from the
 * functions.json that custom-functions-metadata-plugin generated and the ONE source of truth for
 * the Chinese names, the JSDoc of functions/functions.ts:
 *   - `@zhname 占比值` gives the function's Chinese name;
 *   - each `@param` description starts with the parameter's Chinese name and 「：」
 *     (`@param part 部分数：金额、文本数字或区域`).
 * Descriptions are Chinese already. Run after webpack by `npm run build`; fails the build when a
 * function has no Chinese name or a name Excel would refuse.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const SOURCE = path.join(ROOT, 'functions', 'functions.ts');
/** dist/web, or another folder for tests (YUSUAN_WEB_DIR). */
const OUT_DIR = process.env.YUSUAN_WEB_DIR || path.join(ROOT, 'dist', 'web');

/** Excel's rule for function and parameter names: a letter first, then letters, digits, . and _. */
const VALID_NAME = /^\p{L}[\p{L}0-9._]*$/u;

function tagText(tag) {
  const c = tag.comment;
  if (c === undefined) return '';
  return (typeof c === 'string' ? c : c.map((part) => part.text).join('')).trim();
}

/** id → { name, params: { englishName: chineseName } } from the JSDoc of every @customfunction. */
function zhNamesFromSource(sourceText, fileName = 'functions.ts') {
  const file = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.ES2020, true);
  const out = {};
  const visit = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      const tags = ts.getJSDocTags(node);
      const cf = tags.find((t) => t.tagName.text.toLowerCase() === 'customfunction');
      if (cf) {
        const id = (tagText(cf).split(/\s+/)[0] || node.name.text).toUpperCase();
        const zh = tags.find((t) => t.tagName.text.toLowerCase() === 'zhname');
        const params = {};
        for (const t of tags) {
          if (!ts.isJSDocParameterTag(t)) continue;
          const m = /^([^：:\s]+)\s*[：:]/.exec(tagText(t));
          if (m) params[t.name.getText()] = m[1];
        }
        out[id] = { name: zh ? tagText(zh) : '', params };
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** functions.json with Chinese names; throws an Error listing every problem found. */
function buildZhCn(metadata, zhNames) {
  const problems = [];
  const seen = new Set();
  const functions = metadata.functions.map((f) => {
    const zh = zhNames[f.id];
    if (!zh || !zh.name) {
      problems.push(`${f.id}: 缺少 @zhname（中文函数名）`);
      return f;
    }
    if (!VALID_NAME.test(zh.name) || [...zh.name].length < 3) problems.push(`${f.id}: 中文函数名「${zh.name}」须以文字开头、至少 3 个字，只含文字、数字、点和下划线`);
    if (seen.has(zh.name)) problems.push(`${f.id}: 中文函数名「${zh.name}」重复`);
    seen.add(zh.name);
    const parameters = (f.parameters || []).map((p) => {
      const name = zh.params[p.name];
      if (!name) {
        problems.push(`${f.id}.${p.name}: 参数说明应以「中文参数名：」开头`);
        return p;
      }
      if (!VALID_NAME.test(name)) problems.push(`${f.id}.${p.name}: 中文参数名「${name}」无效`);
      return { ...p, name };
    });
    return { ...f, name: zh.name, parameters };
  });
  if (problems.length) throw new Error(`functions.zh-CN.json 无法生成：\n${problems.join('\n')}`);
  return { ...metadata, functions };
}

function main() {
  const input = path.join(OUT_DIR, 'functions.json');
  if (!fs.existsSync(input)) {
    process.stderr.write(`找不到 ${path.relative(ROOT, input)}：请先运行 webpack（npm run build）。\n`);
    process.exit(1);
  }
  const metadata = JSON.parse(fs.readFileSync(input, 'utf8'));
  const zh = buildZhCn(metadata, zhNamesFromSource(fs.readFileSync(SOURCE, 'utf8'), SOURCE));
  const output = path.join(OUT_DIR, 'functions.zh-CN.json');
  fs.writeFileSync(output, JSON.stringify(zh, null, 4) + '\n');
  process.stdout.write(`${path.relative(ROOT, output)}: ${zh.functions.map((f) => `YS.${f.name}`).join(' ')}\n`);
}

module.exports = { zhNamesFromSource, buildZhCn, VALID_NAME };

if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
